"""Council overview: seats by quota, serving, vacancies, and the composition of delegates.

```pycon
>>> import datetime as dt
>>> from hdnd.examples import load_example
>>> ds = load_example("synthetic-council")
>>> report = council_overview(ds, "hdnd-tinh-mau-2026", as_of=dt.date(2026, 11, 1))
>>> [(r["category"], r["count"]) for r in report.rows() if r["group"] == "seats"]
[('quota', 57), ('serving', 55), ('vacant', 2)]

```
"""

from __future__ import annotations

import datetime as dt

from hdnd._core.i18n import N_
from hdnd.dataset.dataset import Dataset
from hdnd.reports.base import Report, breakdown_columns
from hdnd.reports.common import council_name
from hdnd.reports.profiles import AGE_BANDS, Profile, breakdown_rows
from hdnd.reports.seats import quota_basis, seat_notes, seat_rows

__all__ = ["AGE_BANDS", "OVERVIEW_GROUPS", "council_overview"]

OVERVIEW_GROUPS = ("gender", "ethnicity", "age", "full-time", "re-elected")
"""The composition groups of the overview, in order (see :mod:`hdnd.reports.composition`)."""

_COLUMNS = breakdown_columns()


def council_overview(dataset: Dataset, council: str, *, as_of: dt.date) -> Report:
    """Seats and composition of one council on day *as_of*.

    Shares are of the delegates serving that day. The quota is the one of the council's
    term (:func:`hdnd.law.framework_for_term`); where hdnd cannot compute it, the quota and
    vacancy rows are empty and a note says why.
    :func:`~hdnd.reports.composition.council_composition` adds education, Party membership
    and the targets of the term.

    Raises:
        KeyError: The dataset has no council *council*.
    """
    index = dataset.index
    record = index.council(council)
    rows, found = seat_rows(index, record, as_of)
    profiles = [Profile.of_delegate(d, m, as_of) for d, m in found.serving]
    rows += breakdown_rows(profiles, OVERVIEW_GROUPS)
    return Report(
        title=N_("Tổng quan {council}"),
        subtitle=N_("Nhiệm kỳ {term}, tính đến ngày {day}"),
        columns=_COLUMNS,
        data=tuple(rows),
        params={
            "council": council_name(index, record),
            "term": index.term(record.term).label,
            "day": as_of,
            "quota_basis": quota_basis(found.quota),
        },
        notes=tuple(seat_notes(dataset, found.quota)),
    )
