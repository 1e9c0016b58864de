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
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING

import attrs

from hdnd._core.i18n import N_
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import Education
from hdnd.reports.base import Column, Report, breakdown_columns, shares
from hdnd.reports.common import COUNCIL_COLUMNS, _local_name, council_name, councils_in
from hdnd.reports.profiles import (
    _GROUPS,
    _UNKNOWN,
    AGE_BANDS,
    COMPOSITION_GROUPS,
    Profile,
    breakdown_rows,
)
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


def council_composition(
    dataset: Dataset,
    council: str,
    *,
    as_of: dt.date,
    targets: Iterable[Target] | None = None,
) -> Report:
    """Seats, composition and targets of one council on day *as_of*.

    Args:
        dataset: The dataset.
        council: Id of the council.
        as_of: The day.
        targets: The targets to compare with; by default those of the council's term
            (:data:`DEFAULT_TARGETS`). Pass ``()`` for none.

    Rows have a ``group``: ``seats``; the composition groups of :data:`COMPOSITION_GROUPS`
    (count and share of each category); ``targets`` (count and share reached, the ``target``
    share, whether it is ``met``, and its ``source``). Targets on candidates count the
    candidates of the council's general elections in the dataset.

    Raises:
        KeyError: The dataset has no council *council*.
    """
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
    return Report(
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


# --- one row per council or per day --------------------------------------------------------


@attrs.frozen
class Indicator:
    """A share shown in one-row-per-council tables: the categories of a group it counts.

    Attributes:
        key: The column key of the count; the share is ``{key}_share``.
        group: The group (one of :data:`COMPOSITION_GROUPS`).
        categories: The categories of the group counted.
        label: Heading of the count, in Vietnamese.
        share_label: Heading of the share, in Vietnamese.
    """

    key: str
    group: str
    categories: frozenset[str]
    label: str
    share_label: str

    def count(self, profiles: Sequence[Profile]) -> int | None:
        """How many of *profiles* are in the categories (``None`` if nobody's is recorded)."""
        codes = [_GROUPS[self.group].classify(p)[0] for p in profiles]
        if profiles and all(code == _UNKNOWN[0] for code in codes):
            return None
        return sum(code in self.categories for code in codes)


def _indicator(key: str, group: str, label: str, share_label: str, *codes: str) -> Indicator:
    return Indicator(key, group, frozenset(codes or (key.replace("_", "-"),)), label, share_label)


INDICATORS: tuple[Indicator, ...] = (
    _indicator("female", "gender", N_("Nữ"), N_("Tỷ lệ nữ")),
    _indicator("minority", "ethnicity", N_("Dân tộc thiểu số"), N_("Tỷ lệ dân tộc thiểu số")),
    _indicator("under_40", "age", N_("Dưới 40 tuổi"), N_("Tỷ lệ dưới 40 tuổi")),
    _indicator(
        "higher_education",
        "education",
        N_("Đại học trở lên"),
        N_("Tỷ lệ đại học trở lên"),
        *(e.value for e in (Education.UNIVERSITY, Education.MASTER, Education.DOCTORATE)),
    ),
    _indicator("party_member", "party", N_("Đảng viên"), N_("Tỷ lệ đảng viên"), "member"),
    _indicator("re_elected", "re-elected", N_("Tái cử"), N_("Tỷ lệ tái cử")),
    _indicator("full_time", "full-time", N_("Chuyên trách"), N_("Tỷ lệ chuyên trách")),
)
"""The shares of :func:`composition_over_term` and :func:`councils_composition`, in order:
each has a count column ``key`` (hidden in rendered tables) and a share column
``{key}_share``, of all delegates serving, as in :func:`council_composition`. A delegate whose
value is not recorded is not in the category; when nobody's is, count and share are empty."""


def _indicator_columns() -> tuple[Column, ...]:
    columns: list[Column] = []
    for indicator in INDICATORS:
        columns.append(Column(indicator.key, indicator.label, "number", shown=False))
        columns.append(Column(f"{indicator.key}_share", indicator.share_label, "share"))
    return tuple(columns)


def _indicator_values(profiles: Sequence[Profile]) -> tuple[object, ...]:
    values: list[object] = []
    for indicator in INDICATORS:
        count = indicator.count(profiles)
        values += [count, None if count is None else shares(count, len(profiles))]
    return tuple(values)


_SEAT_COLUMNS = (
    Column("quota", N_("Số đại biểu theo luật"), "number"),
    Column("serving", N_("Đang hoạt động"), "number"),
    Column("vacant", N_("Ghế khuyết"), "number"),
)

_TERM_COLUMNS = (
    Column("day", N_("Ngày")),
    Column("joined", N_("Bắt đầu"), "number"),
    Column("left", N_("Chấm dứt"), "number"),
    *_SEAT_COLUMNS,
    *_indicator_columns(),
)


def composition_over_term(dataset: Dataset, council: str) -> Report:
    """How the membership of one council changed: a row per day on which it changed.

    A day is a change when a mandate starts on it (``joined``) or when a mandate ended the
    day before (``left``: a mandate's end is its last day). Each row gives the seats and the
    shares of :data:`INDICATORS` from that day on, ages counted on that day.

    Raises:
        KeyError: The dataset has no council *council*.
    """
    index = dataset.index
    record = index.council(council)
    pairs = index.mandates_of(record.id)
    joined = Counter(m.start for _, m in pairs)
    left = Counter(m.end + dt.timedelta(days=1) for _, m in pairs if m.end is not None)
    rows: list[tuple[object, ...]] = []
    quota = index.seat_quota(record)
    for day in sorted(set(joined) | set(left)):
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
                *_indicator_values(profiles),
            )
        )
    return Report(
        title=N_("Biến động cơ cấu {council}"),
        subtitle=N_("Nhiệm kỳ {term}"),
        columns=_TERM_COLUMNS,
        data=tuple(rows),
        params={
            "council": council_name(index, record),
            "term": index.term(record.term).label,
            "quota_basis": quota_basis(quota),
        },
        notes=(
            N_("Mỗi dòng là một ngày có đại biểu bắt đầu hoặc chấm dứt nhiệm vụ."),
            *seat_notes(dataset, quota),
        ),
    )


_COUNCIL_COLUMNS = (*COUNCIL_COLUMNS, *_SEAT_COLUMNS, *_indicator_columns())


def councils_composition(
    dataset: Dataset, *, as_of: dt.date, province: str | None = None
) -> Report:
    """One row per council: seats and the shares of :data:`INDICATORS` on day *as_of*.

    The councils are those whose term covers *as_of* and, when *province* (a unit code) is
    given, whose unit is that province or lies in it (its parent, or its parent's parent).
    Rows are in the dataset's order; ``to_frame()`` turns them into a DataFrame with one
    row per council. A council whose unit the dataset does not know is left out.

    Raises:
        KeyError: *province* is not a province-level unit the dataset or register knows.
    """
    index = dataset.index
    rows: list[tuple[object, ...]] = []
    for record, names in councils_in(dataset, province, lambda term: term.covers(as_of)):
        found = _seats(index, record, as_of)
        profiles = [Profile.of_delegate(d, m, as_of) for d, m in found.serving]
        rows.append(
            (
                *names,
                found.seats,
                len(found.serving),
                found.vacant,
                *_indicator_values(profiles),
            )
        )
    notes: list[str] = [N_("Tỷ lệ tính trên số đại biểu đang hoạt động.")]
    if dataset.synthetic:
        notes.append(N_("Dữ liệu tổng hợp, không phải số liệu thật."))
    where = _local_name(index, province) if province else None
    return Report(
        title=N_("Cơ cấu đại biểu Hội đồng nhân dân {where}") if where else _ALL_TITLE,
        subtitle=N_("Tính đến ngày {day}"),
        columns=_COUNCIL_COLUMNS,
        data=tuple(rows),
        params={"day": as_of, "where": where or ""},
        notes=tuple(notes),
    )


_ALL_TITLE = N_("Cơ cấu đại biểu các Hội đồng nhân dân")

_PROVINCE_COLUMNS = (
    Column("province", N_("Mã tỉnh"), "code", shown=False),
    Column("province_name", N_("Tỉnh, thành phố")),
    Column("councils", N_("Số Hội đồng"), "number"),
    Column("serving", N_("Đang hoạt động"), "number"),
    *_indicator_columns(),
)


def composition_by_province(report: Report) -> Report:
    """The rows of :func:`councils_composition` added up by province.

    Counts are summed and shares recomputed exactly from the sums (never averaged).
    Councils outside any known province are left out.
    """
    check = [c.key for c in report.columns]
    if check != [c.key for c in _COUNCIL_COLUMNS]:
        msg = "composition_by_province() takes the report of councils_composition()"
        raise ValueError(msg)
    councils: Counter[str] = Counter()
    serving: Counter[str] = Counter()
    counts: dict[tuple[str, str], int | None] = {}
    names: dict[str, str] = {}
    for row in report.rows():
        code = row["province"]
        if code is None:
            continue
        names[code] = row["province_name"]
        councils[code] += 1
        serving[code] += row["serving"]
        for indicator in INDICATORS:
            known = counts.get((code, indicator.key))
            value = row[indicator.key]
            counts[code, indicator.key] = known if value is None else (known or 0) + value
    rows: list[tuple[object, ...]] = []
    for code, name in names.items():
        values: list[object] = []
        for indicator in INDICATORS:
            count = counts[code, indicator.key]
            values += [count, None if count is None else shares(count, serving[code])]
        rows.append((code, name, councils[code], serving[code], *values))
    return Report(
        title=N_("Cơ cấu đại biểu theo tỉnh, thành phố"),
        subtitle=report.subtitle,
        columns=_PROVINCE_COLUMNS,
        data=tuple(rows),
        params=report.params,
        notes=report.notes,
    )
