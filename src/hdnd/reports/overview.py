"""Council overview: seats by quota, serving, vacancies, and the composition of delegates.

```pycon
>>> import datetime as dt
>>> from hdnd.examples import load_example
>>> ds = load_example("synthetic-council")
>>> report = council_overview(ds, "hdnd-tinh-mau-2026", as_of=dt.date(2026, 11, 1))
>>> [(r["category"], r["count"]) for r in report.rows() if r["group"] == "seats"]
[('quota', 57), ('serving', 55), ('vacant', 2)]
>>> report.quota, report.serving, report.vacant
(57, 55, 2)

```
"""

from __future__ import annotations

import datetime as dt

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.reports.base import Report, breakdown_columns, typed
from hdnd.reports.common import council_name
from hdnd.reports.profiles import AGE_BANDS, Profile, breakdown_rows
from hdnd.reports.scope import Scope
from hdnd.reports.seats import quota_basis, seat_notes, seat_rows

__all__ = ["AGE_BANDS", "OVERVIEW_GROUPS", "CouncilOverview", "council_overview"]


@attrs.frozen(hash=False)
class CouncilOverview(Report):
    """The overview of one council on a day, as a table and as fields.

    Attributes:
        council: The council's id.
        as_of: The day.
        quota: The seats the law gives the council's term; ``None`` where hdnd cannot
            compute it (a note says why).
        serving: The delegates serving that day.
    """

    council: str = attrs.field(kw_only=True)
    as_of: dt.date = attrs.field(kw_only=True)
    quota: int | None = attrs.field(kw_only=True)
    serving: int = attrs.field(kw_only=True)

    @property
    def vacant(self) -> int | None:
        """Seats without a serving delegate; ``None`` without a quota."""
        return None if self.quota is None else self.quota - self.serving


OVERVIEW_GROUPS = ("gender", "ethnicity", "age", "full-time", "re-elected")
"""The composition groups of the overview, in order (see :mod:`hdnd.reports.composition`)."""

_COLUMNS = breakdown_columns()


def council_overview(
    dataset: Dataset, council: str, *, as_of: dt.date | None = None, period: Period | None = None
) -> CouncilOverview:
    """Seats and composition of one council on day *as_of* (else the last day of *period*).

    Shares are of the delegates serving that day. The quota is the one of the council's
    term (:func:`hdnd.law.framework_for_term`); where hdnd cannot compute it, the quota and
    vacancy rows are empty and a note says why.
    :func:`~hdnd.reports.composition.council_composition` adds education, Party membership
    and the targets of the term.

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
        TypeError: Neither *as_of* nor *period* is given.
    """
    day = Scope(as_of, period).require_day("council_overview")
    index = dataset.index
    record = index.council(council)
    rows, found = seat_rows(index, record, day)
    profiles = [Profile.of_delegate(d, m, day) for d, m in found.serving]
    rows += breakdown_rows(profiles, OVERVIEW_GROUPS)
    report = Report(
        title=N_("Tổng quan {council}"),
        subtitle=N_("Nhiệm kỳ {term}, tính đến ngày {day}"),
        columns=_COLUMNS,
        data=tuple(rows),
        params={
            "council": council_name(index, record),
            "term": index.term(record.term).label,
            "day": day,
            "quota_basis": quota_basis(found.quota),
        },
        notes=tuple(seat_notes(dataset, found.quota)),
    )
    return typed(
        report,
        CouncilOverview,
        council=record.id,
        as_of=day,
        quota=found.seats,
        serving=len(found.serving),
    )
