"""Citizen reception and petitions over time, and the units of a province side by side.

:func:`petition_trends` counts visits and petitions by outcome month by month (or by
quarter, or year), empty months included; :meth:`PetitionTrends.plot` draws them.
:func:`units_compared` gives one row per unit, with the shares forwarded and answered or
guided and the replies overdue on a day. Both count as
:func:`~hdnd.reports.register.petition_register` does, and neither shows a name.

```pycon
>>> from hdnd.examples import load_example
>>> ds = load_example("can-tho-register")
>>> trends = petition_trends(ds, "92")
>>> trends.months[:3], len(trends.months)
(('2014-01', '2014-02', '2014-03'), 12)
>>> trends.petitions["2014-01"], trends.visits["2014-01"], sum(trends.forwarded.values())
(25, 12, 81)

```
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal, get_args

import attrs

from hdnd._core.i18n import N_, Language, Phrase
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.levels import Level
from hdnd.petitions.deadlines import time_limits
from hdnd.petitions.kinds import PetitionOutcome
from hdnd.petitions.petition import Petition
from hdnd.petitions.reception import CitizenVisit
from hdnd.reports.base import Column, Report, freeze, shares, typed
from hdnd.reports.common import _province_of, check_province
from hdnd.reports.counted import counted, headings, records_of, within
from hdnd.reports.period import _notes
from hdnd.reports.plots import plot_petition_trends
from hdnd.reports.register import _DUPLICATES, _OUTCOMES
from hdnd.reports.scope import Scope

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # noqa: TID251 - type annotations only

__all__ = ["Every", "PetitionTrends", "UnitsCompared", "petition_trends", "units_compared"]

Every = Literal["month", "quarter", "year"]
"""How :func:`petition_trends` groups the days: one row per month, quarter or year."""

_YEAR, _QUARTER = 12, 3  # months in a year and in a quarter
_STEP = MappingProxyType({"month": 1, "quarter": _QUARTER, "year": _YEAR})
_UNKNOWN = "unknown"
_OUTCOME_KEYS = (*(str(o.value) for o in PetitionOutcome), _UNKNOWN)
_VISITS = N_("Lượt tiếp công dân")

_TREND_TITLES = (
    N_("Tiếp công dân và đơn, thư theo thời gian"),
    N_("Tiếp công dân và đơn, thư theo thời gian: {name}"),
)
_TREND_COLUMNS = (
    Column("period", N_("Mã kỳ"), "code", shown=False),
    Column("label", N_("Thời gian")),
    Column("visits", _VISITS, "number"),
    Column("petitions", N_("Đơn, thư tiếp nhận"), "number"),
    *(Column(str(o.value), o.label("vi"), "number") for o in PetitionOutcome),
    Column(_UNKNOWN, N_("Chưa rõ"), "number"),
)


def _nested(mapping: Mapping[str, Mapping[str, int]]) -> Mapping[str, Mapping[str, int]]:
    return freeze({key: freeze(inner) for key, inner in mapping.items()})


@attrs.frozen(hash=False)
class PetitionTrends(Report):
    """Visits and petitions by month, quarter or year, as a table, as fields and as a plot.

    Attributes:
        unit: The unit whose records are counted; ``None`` for all.
        period: The days counted (without ``as_of`` or ``period``, the first record's day to
            the last's); ``None`` when there is nothing to count.
        every: ``month``, ``quarter`` or ``year``.
        months: The label of each row, in order (``2014-03``, ``2014-Q1``, ``2014``).
        visits: Visits received by label (refused visits are not visits received).
        petitions: Petitions received by label, each counted once (duplicates left out).
        by_outcome: By label, the petitions by
            :attr:`~hdnd.petitions.petition.Petition.handled_as` (every outcome, and
            ``unknown``).
        forwarded: By label, the petitions forwarded to the competent body (their outcome).
    """

    unit: str | None = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    every: Every = attrs.field(kw_only=True)
    months: tuple[str, ...] = attrs.field(kw_only=True)
    visits: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    petitions: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    by_outcome: Mapping[str, Mapping[str, int]] = attrs.field(kw_only=True, converter=_nested)
    forwarded: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)

    def plot(self, language: Language = "vi", ax: Axes | None = None) -> Axes:
        """Bars of petitions by outcome, stacked per row, and a line of visits.

        The y axis starts at zero with whole-number ticks; the title and legend are in
        *language*. Needs the ``plot`` extra; see
        :func:`~hdnd.reports.plots.plot_petition_trends`.

        Raises:
            MissingExtraError: matplotlib is not installed.
        """
        return plot_petition_trends(self, language=language, ax=ax)


def _index(day: dt.date, step: int) -> int:
    """The row of *day*: the first month of its month, quarter or year, counted from year 0."""
    months = day.year * _YEAR + day.month - 1
    return months - months % step


def _label(start: int, every: Every) -> tuple[str, Phrase]:
    """The label of the row starting at month *start* (``2014-03``), and the same in words."""
    year, month = divmod(start, _YEAR)
    if every == "month":
        shown = f"{month + 1:02d}"
        return f"{year:04d}-{shown}", Phrase(N_("Tháng {month}/{year}"), month=shown, year=year)
    if every == "quarter":
        q = month // _QUARTER + 1
        return f"{year:04d}-Q{q}", Phrase(N_("Quý {quarter}/{year}"), quarter=q, year=year)
    return f"{year:04d}", Phrase(N_("Năm {when}"), when=year)


def _span(scope: Scope, days: Iterable[dt.date]) -> Period | None:
    """The days counted: the scope's; else from the first record (to ``as_of`` or the last)."""
    counted = scope.days()
    if counted is not None and counted.start != dt.date.min:
        return counted
    inside = [day for day in days if within(day, counted)]
    if counted is None:
        return Period(start=min(inside), end=max(inside)) if inside else None
    return Period(start=min(inside, default=counted.end), end=counted.end)


def _counted(
    dataset: Dataset, unit: str | None, days: Period | None
) -> tuple[Sequence[CitizenVisit], Sequence[Petition]]:
    """The visits received and the petitions (duplicates left out) of *unit* in *days*."""
    found = counted(dataset, unit, days)
    return found.received, found.petitions


def _outcome(petition: Petition) -> str:
    return _UNKNOWN if petition.handled_as is None else str(petition.handled_as.value)


def petition_trends(
    dataset: Dataset,
    unit: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
    every: Every = "month",
) -> PetitionTrends:
    """Visits and petitions of *unit* (all units when omitted), one row per month.

    With *every* ``quarter`` or ``year``, one row per quarter or year. Rows cover the days
    counted — *period*, cut at *as_of*; with *as_of* alone, from the first record to
    *as_of*; with neither, from the first record to the last — every month of them, in
    order, empty ones included. Petitions count once (duplicates left out) in the month
    they were received, by outcome; visits refused reception are not counted. Rows have
    ``period`` (``2014-03``, ``2014-Q1``, ``2014``), ``label`` (the same in words),
    ``visits``, ``petitions`` and one column per outcome (and ``unknown``).

    Raises:
        ValueError: *every* is not ``month``, ``quarter`` or ``year``.

    ```pycon
    >>> from hdnd import Dataset, Period
    >>> ds = Dataset.model_validate({"petitions": [
    ...     {"id": "p1", "unit": "92", "received": "2014-01-06", "petitioner": "Trần Văn B",
    ...      "steps": [{"kind": "forwarded", "day": "2014-01-08", "to": "UBND quận"}]},
    ...     {"id": "p2", "unit": "92", "received": "2014-03-03", "duplicate_of": "p1"}]})
    >>> trends = petition_trends(ds, "92", period=Period.year(2014), every="quarter")
    >>> trends.months, trends.forwarded["2014-Q1"]
    (('2014-Q1', '2014-Q2', '2014-Q3', '2014-Q4'), 1)
    >>> dict(trends.petitions)  # p2 repeats p1: counted once
    {'2014-Q1': 1, '2014-Q2': 0, '2014-Q3': 0, '2014-Q4': 0}
    >>> dict(petition_trends(ds, "92").petitions)  # no period: first record to last
    {'2014-01': 1, '2014-02': 0, '2014-03': 0}
    >>> "Trần" in trends.render("vi") + repr(trends)
    False

    ```
    """
    if every not in get_args(Every):
        msg = f"unknown every={every!r}: choose month, quarter or year"
        raise ValueError(msg)
    step = _STEP[every]
    recorded = [v.day for v in records_of(dataset, "citizen_visits", unit)]
    recorded += [p.received for p in records_of(dataset, "petitions", unit)]
    days = _span(Scope(as_of, period), recorded)
    visits, petitions = _counted(dataset, unit, days)
    first, last = (1, 0) if days is None else (_index(days.start, step), _index(days.end, step))
    seen = Counter(_index(v.day, step) for v in visits)
    outcomes = Counter((_index(p.received, step), _outcome(p)) for p in petitions)
    rows: list[tuple[object, ...]] = []
    by_outcome: dict[str, dict[str, int]] = {}
    received: dict[str, int] = {}
    came: dict[str, int] = {}
    for start in range(first, last + 1, step):
        label, shown = _label(start, every)
        by_outcome[label] = {key: outcomes[start, key] for key in _OUTCOME_KEYS}
        came[label], received[label] = seen[start], sum(by_outcome[label].values())
        rows.append((label, shown, came[label], received[label], *by_outcome[label].values()))
    (title, named), (subtitle, when) = headings(dataset, unit, days, _TREND_TITLES)
    report = Report(
        title=title,
        subtitle=subtitle,
        columns=_TREND_COLUMNS,
        data=tuple(rows),
        params=named | when,
        notes=_notes(dataset, _OUTCOMES, _DUPLICATES),
    )
    return typed(
        report,
        PetitionTrends,
        unit=unit,
        period=days,
        every=every,
        months=tuple(received),
        visits=came,
        petitions=received,
        by_outcome=by_outcome,
        forwarded={label: counts["forwarded"] for label, counts in by_outcome.items()},
    )


# --- the units of a province side by side -----------------------------------------------------


@attrs.frozen(hash=False)
class UnitsCompared(Report):
    """Visits, petitions and how they were handled, one row per unit.

    Attributes:
        province: The province-level unit whose units are compared; ``None`` for all.
        period: The days counted; ``None`` for all.
        as_of: The day overdue replies are counted on; ``None``: they are not counted.
        units: The units' codes, in the order of the rows.
        visits: Visits received by unit.
        petitions: Petitions received by unit, each counted once (duplicates left out).
        overdue: By unit, the petitions whose reply time limit was missed as of *as_of*;
            ``None`` without *as_of*.
    """

    province: str | None = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    as_of: dt.date | None = attrs.field(kw_only=True)
    units: tuple[str, ...] = attrs.field(kw_only=True)
    visits: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    petitions: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    overdue: Mapping[str, int] | None = attrs.field(
        kw_only=True, converter=attrs.converters.optional(freeze)
    )


_UNIT_COLUMNS = (
    Column("unit", N_("Mã đơn vị"), "code", shown=False),
    Column("name", N_("Đơn vị")),
    Column("province", N_("Mã tỉnh"), "code", shown=False),
    Column("visits", _VISITS, "number"),
    Column("petitions", N_("Đơn, thư tiếp nhận"), "number"),
    Column("forwarded", PetitionOutcome.FORWARDED.label("vi"), "number"),
    Column("forwarded_share", N_("Tỷ lệ chuyển"), "share"),
    Column("answered_or_guided", N_("Trả lời hoặc hướng dẫn"), "number"),
    Column("answered_or_guided_share", N_("Tỷ lệ trả lời hoặc hướng dẫn"), "share"),
    Column("overdue", N_("Quá hạn trả lời"), "number"),
)
_UNIT_TITLES = (
    N_("Tiếp công dân và đơn, thư theo đơn vị"),
    N_("Tiếp công dân và đơn, thư theo đơn vị: {name}"),
)
_REPLIED = frozenset({PetitionOutcome.ANSWERED, PetitionOutcome.GUIDED})
_UNIT_SHARES = N_("Tỷ lệ tính trên số đơn của đơn vị.")
_OVERDUE = N_(
    "Quá hạn trả lời: đơn trả lời muộn, hoặc đã quá hạn mà chưa trả lời, tính đến ngày {day}; "
    "thời hạn theo luật có hiệu lực vào ngày nhận đơn."
)
_NO_OVERDUE = N_("Không tính số đơn quá hạn trả lời: chưa có ngày lập báo cáo (as_of).")


def _units(dataset: Dataset, province: str | None) -> list[str]:
    """The units compared, by province, level and code (units of no known province last)."""
    index = dataset.index
    found = set(index.grouped.get("citizen_visits", {})) | set(index.grouped.get("petitions", {}))
    if province is not None:
        found = {c for c in found | set(index.units) if _province_of(index, c) == province}
        found.add(province)
    ranks = {level: rank for rank, level in enumerate(Level)}

    def order(code: str) -> tuple[bool, str, int, str]:
        home = _province_of(index, code)
        rank = ranks[index.unit(code).level] if index.has_unit(code) else len(ranks)
        return home is None, home or "", rank, code

    return sorted(found, key=order)


def _overdue(petitions: Iterable[Petition], as_of: dt.date) -> int:
    """How many of *petitions* missed their reply time limit as of *as_of* (one each at most)."""
    clocks = (c for p in petitions for c in time_limits(p))
    return sum(c.limit.kind is DeadlineKind.PETITION_REPLY and c.missed(as_of) for c in clocks)


def units_compared(
    dataset: Dataset,
    province: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
) -> UnitsCompared:
    """One row per unit: visits, petitions, shares forwarded and answered or guided, overdue.

    With *province* (a unit code), the province and every unit in it the dataset declares
    or has records of; without, every unit with records; by province, level, then code.
    Counts are those of :func:`~hdnd.reports.register.petition_register`; shares are exact
    fractions of the unit's petitions. ``overdue`` counts the petitions whose reply time
    limit (:func:`hdnd.petitions.deadlines.time_limits`) was missed as of *as_of* —
    answered late, or past due and unanswered; without *as_of*, none are counted (``—``,
    and a note says so).

    Raises:
        UnknownRecordError: *province* is not a province-level unit the dataset or register
            knows (a :class:`KeyError`).

    ```pycon
    >>> from hdnd import Dataset
    >>> ds = Dataset.model_validate({"petitions": [
    ...     {"id": "p1", "unit": "92", "received": "2026-03-02", "petitioner": "Trần Văn B",
    ...      "steps": [{"kind": "answered", "day": "2026-03-04"}]},
    ...     {"id": "p2", "unit": "92", "received": "2026-03-02"}]})
    >>> compared = units_compared(ds, "92", as_of=dt.date(2026, 6, 30))
    >>> compared.rows("en")[0]["answered_or_guided_share"], dict(compared.overdue or {})
    (Fraction(1, 2), {'92': 1})
    >>> units_compared(ds, "92").overdue is None
    True

    ```
    """
    index = dataset.index
    check_province(index, province)
    days = Scope(as_of, period).days()
    rows: list[tuple[object, ...]] = []
    visits_of, petitions_of, overdue_of = dict[str, int](), dict[str, int](), dict[str, int]()
    for code in _units(dataset, province):
        visits, petitions = _counted(dataset, code, days)
        visits_of[code], petitions_of[code] = len(visits), len(petitions)
        if as_of is not None:
            overdue_of[code] = _overdue(petitions, as_of)
        forwarded = sum(p.handled_as is PetitionOutcome.FORWARDED for p in petitions)
        replied = sum(p.handled_as in _REPLIED for p in petitions)
        total, name = len(petitions), index.unit(code).name if index.has_unit(code) else code
        handled = (forwarded, shares(forwarded, total), replied, shares(replied, total))
        home, overdue = _province_of(index, code), overdue_of.get(code)
        rows.append((code, name, home, len(visits), total, *handled, overdue))
    (title, named), (subtitle, when) = headings(dataset, province, days, _UNIT_TITLES)
    overdue_note = _NO_OVERDUE if as_of is None else _OVERDUE
    report = Report(
        title=title,
        subtitle=subtitle,
        columns=_UNIT_COLUMNS,
        data=tuple(rows),
        params={"day": as_of, **named, **when},
        notes=_notes(dataset, _UNIT_SHARES, _DUPLICATES, overdue_note),
    )
    return typed(
        report,
        UnitsCompared,
        province=province,
        period=days,
        as_of=as_of,
        units=tuple(visits_of),
        visits=visits_of,
        petitions=petitions_of,
        overdue=None if as_of is None else overdue_of,
    )
