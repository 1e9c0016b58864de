"""Composition of councils: who serves, in which proportions, against the targets of the term.

Four reports, all computed from the delegates and their mandates:

- :func:`council_composition`: seats by quota, serving and vacant on a day; counts and exact
  shares by gender, ethnic minority, age band, education, Party membership, re-election and
  full-time work; and the targets of the term with whether they are reached;
- :func:`composition_over_term`: one row per day on which the membership changed;
- :func:`councils_composition`: one row per council of a province or of the whole dataset,
  ready for :meth:`~hdnd.reports.base.Report.to_frame`; :func:`composition_by_province`
  adds the councils of each province up;
- the plots are in :mod:`hdnd.reports.plots` (the ``plot`` extra).

Shares are exact fractions of the delegates serving (of the candidates, for targets set on
candidate lists); a delegate whose gender, age ... is not recorded counts in an "unknown"
row and never in the share of a category.

```pycon
>>> import datetime as dt
>>> from hdnd.examples import load_example
>>> ds = load_example("synthetic-council")
>>> report = council_composition(ds, "hdnd-tinh-mau-2026", as_of=dt.date(2026, 11, 1))
>>> [(r["category"], r["count"]) for r in report.rows() if r["group"] == "seats"]
[('quota', 57), ('serving', 55), ('vacant', 2)]
>>> [(r["day"], r["joined"], r["left"], r["serving"])
...  for r in composition_over_term(ds, "hdnd-tinh-mau-2026").rows()][:2]
[(datetime.date(2026, 4, 20), 57, 0, 57), (datetime.date(2026, 7, 16), 0, 1, 56)]

```
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from fractions import Fraction
from typing import TYPE_CHECKING

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.reports.base import Column, Report, breakdown_columns, freeze, shares, typed
from hdnd.reports.common import COUNCIL_COLUMNS, council_name, councils_in
from hdnd.reports.composition_across import (
    CouncilsComposition,
    composition_by_province,
    councils_composition,
)
from hdnd.reports.indicators import (
    INDICATORS,
    SEAT_COLUMNS,
    Indicator,
    indicator_columns,
    indicator_values,
)
from hdnd.reports.profiles import AGE_BANDS, COMPOSITION_GROUPS, Profile, breakdown_rows
from hdnd.reports.scope import Scope
from hdnd.reports.seats import _seats, quota_basis, seat_notes, seat_rows
from hdnd.reports.targets import (
    DEFAULT_TARGETS,
    Target,
    _candidate_profiles,
    _target_rows,
    targets_for,
)

if TYPE_CHECKING:
    pass

__all__ = [
    "AGE_BANDS",
    "COMPOSITION_GROUPS",
    "COUNCIL_COLUMNS",
    "DEFAULT_TARGETS",
    "INDICATORS",
    "CompositionOverTerm",
    "CouncilComposition",
    "CouncilsComposition",
    "Indicator",
    "Profile",
    "Target",
    "breakdown_rows",
    "composition_by_province",
    "composition_over_term",
    "council_composition",
    "council_name",
    "councils_composition",
    "councils_in",
    "quota_basis",
    "seat_notes",
    "seat_rows",
    "targets_for",
]


# --- one council on one day ----------------------------------------------------------------

_COMPOSITION_COLUMNS = breakdown_columns(
    Column("target", N_("Mục tiêu"), "share"),
    Column("met", N_("Đạt")),
    Column("source", N_("Căn cứ")),
)


@attrs.frozen(hash=False)
class CouncilComposition(Report):
    """The composition of one council on a day, as a table and as fields.

    Attributes:
        council: The council's id.
        as_of: The day.
        serving: The delegates serving that day (the base of every share).
        counts: How many serving delegates are in each category, keyed ``group/category``
            (``gender/female``, ``age/under-40``, ``party/member`` …).
        met: For each target, keyed by :attr:`Target.code`, whether it is reached
            (``None`` when nothing is counted).
    """

    council: str = attrs.field(kw_only=True)
    as_of: dt.date = attrs.field(kw_only=True)
    serving: int = attrs.field(kw_only=True)
    counts: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    met: Mapping[str, bool | None] = attrs.field(kw_only=True, converter=freeze)

    def share(self, category: str) -> Fraction | None:
        """The exact share of *category* (``group/category``) among the delegates serving."""
        return shares(self.counts.get(category, 0), self.serving)


def council_composition(
    dataset: Dataset,
    council: str,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
    targets: Iterable[Target] | None = None,
) -> CouncilComposition:
    """Seats, composition and targets of one council on day *as_of* (else *period*'s end).

    Args:
        dataset: The dataset.
        council: Id of the council.
        as_of: The day.
        period: Its last day is the day when *as_of* is not given.
        targets: The targets to compare with; by default those of the council's term
            (:data:`DEFAULT_TARGETS`). Pass ``()`` for none.

    Rows have a ``group``: ``seats``; the composition groups of :data:`COMPOSITION_GROUPS`
    (count and share of each category); ``targets`` (count and share reached, the ``target``
    share, whether it is ``met``, and its ``source``). Targets on candidates count the
    candidates of the council's general elections in the dataset.

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
        TypeError: Neither *as_of* nor *period* is given.
    """
    as_of = Scope(as_of, period).require_day("council_composition")
    index = dataset.index
    record = index.council(council)
    chosen = targets_for(record.term) if targets is None else tuple(targets)
    seats, found = seat_rows(index, record, as_of, None, None, None)
    delegates = [Profile.of_delegate(d, m, as_of) for d, m in found.serving]
    rows = seats + breakdown_rows(delegates, COMPOSITION_GROUPS, None, None, None)
    rows += _target_rows(chosen, delegates, _candidate_profiles(dataset, record))
    notes = seat_notes(dataset, found.quota)
    if chosen:
        notes.insert(1, N_("Mục tiêu đạt khi tỷ lệ ít nhất bằng mục tiêu."))
    report = Report(
        title=N_("Cơ cấu {council}"),
        subtitle=N_("Nhiệm kỳ {term}, tính đến ngày {day}"),
        columns=_COMPOSITION_COLUMNS,
        data=tuple(rows),
        params={
            "council": council_name(index, record),
            "term": index.term(record.term).label,
            "day": as_of,
            "quota_basis": quota_basis(found.quota),
        },
        notes=tuple(notes),
    )
    return typed(
        report,
        CouncilComposition,
        council=record.id,
        as_of=as_of,
        serving=len(found.serving),
        counts={
            f"{group}/{category}": count
            for group, category, _, count, *_ in rows
            if group not in ("seats", "targets") and count is not None
        },
        met={code: met for group, code, _, _, _, _, met, *_ in rows if group == "targets"},
    )


# --- one row per council or per day --------------------------------------------------------


_TERM_COLUMNS = (
    Column("day", N_("Ngày")),
    Column("joined", N_("Bắt đầu"), "number"),
    Column("left", N_("Chấm dứt"), "number"),
    *SEAT_COLUMNS,
    *indicator_columns(),
)


@attrs.frozen(hash=False)
class CompositionOverTerm(Report):
    """How the membership of one council changed, as a table and as fields.

    Attributes:
        council: The council's id.
        serving: The delegates serving from each day of change on, in day order.
    """

    council: str = attrs.field(kw_only=True)
    serving: Mapping[dt.date, int] = attrs.field(kw_only=True, converter=freeze)

    @property
    def changes(self) -> tuple[dt.date, ...]:
        """The days on which the membership changed, in order."""
        return tuple(self.serving)


def composition_over_term(
    dataset: Dataset, council: str, *, as_of: dt.date | None = None, period: Period | None = None
) -> CompositionOverTerm:
    """How the membership of one council changed: a row per day on which it changed.

    A day is a change when a mandate starts on it (``joined``) or when a mandate ended the
    day before (``left``: a mandate's end is its last day). Each row gives the seats and the
    shares of :data:`INDICATORS` from that day on, ages counted on that day. Only the days of
    *period* up to *as_of* have rows (every day of change when both are omitted).

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
    """
    index = dataset.index
    record = index.council(council)
    term = index.term(record.term)
    within = Scope(as_of, period).days(start=term.election_day)
    pairs = index.mandates_of(record.id)
    joined = Counter(m.start for _, m in pairs)
    left = Counter(m.end + dt.timedelta(days=1) for _, m in pairs if m.end is not None)
    rows: list[tuple[object, ...]] = []
    quota = index.seat_quota(record)
    changes = sorted(set(joined) | set(left))
    for day in changes if within is None else (d for d in changes if d in within):
        found = _seats(index, record, day)
        profiles = [Profile.of_delegate(d, m, day) for d, m in found.serving]
        rows.append(
            (
                day,
                joined[day],
                left[day],
                found.seats,
                len(found.serving),
                found.vacant,
                *indicator_values(profiles),
            )
        )
    report = Report(
        title=N_("Biến động cơ cấu {council}"),
        subtitle=(
            N_("Nhiệm kỳ {term}")
            if within is None
            else N_("Nhiệm kỳ {term}, từ ngày {start} đến ngày {end}")
        ),
        columns=_TERM_COLUMNS,
        data=tuple(rows),
        params={
            "council": council_name(index, record),
            "term": term.label,
            "quota_basis": quota_basis(quota),
            **({} if within is None else {"start": within.start, "end": within.end}),
        },
        notes=(
            N_("Mỗi dòng là một ngày có đại biểu bắt đầu hoặc chấm dứt nhiệm vụ."),
            *seat_notes(dataset, quota),
        ),
    )
    serving = {day: count for day, _, _, _, count, *_ in rows}
    return typed(report, CompositionOverTerm, council=record.id, serving=serving)
