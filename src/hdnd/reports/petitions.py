"""Citizen reception and petitions: visits by kind, petitions by outcome, with shares.

The summary uses the published figures of the dataset (indicators ``citizen-visits`` and
``petitions-received``) and, where a unit has no such figure, counts the individual records
(``citizen_visits``, ``petitions``).

```pycon
>>> from hdnd.examples import load_example
>>> report = reception_summary(load_example("can-tho"))
>>> for row in report.rows("en")[:3]:
...     print(row["label"], row["count"], row["share"])
Citizen visits 105 None
Individual 100 20/21
Group (delegation) 5 1/21

```
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.figures.reported import INDICATORS, ReportedFigure, category_label
from hdnd.petitions.reception import PetitionOutcome, VisitKind
from hdnd.reports.base import Column, Report, breakdown_columns, freeze, shares, typed
from hdnd.reports.figures import FigureLabel, SourceRef
from hdnd.reports.scope import Scope

__all__ = ["ReceptionSummary", "reception_summary"]


@attrs.frozen(hash=False)
class ReceptionSummary(Report):
    """Citizen visits and petitions, as a table and as fields.

    Attributes:
        unit: The unit whose figures and records are counted; ``None`` for all.
        period: The days counted; ``None`` for all.
        visits: Visits by category (``total``, ``individual``, ``group`` …), added up over
            the units listed.
        petitions: Petitions by category (``total``, ``guided``, ``forwarded`` …), likewise.
    """

    unit: str | None = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    visits: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    petitions: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)


_COLUMNS = breakdown_columns(Column("source", N_("Nguồn")))
_GROUPS = MappingProxyType({"citizen-visits": "visits", "petitions-received": "petitions"})


def reception_summary(
    dataset: Dataset,
    unit: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
) -> ReceptionSummary:
    """Visits by kind and petitions by outcome for *unit* in *period* (all when omitted).

    A published figure counts when its period overlaps *period*; a record when its day is in
    it. With *as_of*, nothing after that day counts. Shares are of the total of their group,
    as exact fractions.
    """
    period = Scope(as_of, period).days()
    rows: list[tuple[object, ...]] = []
    figures = [
        f
        for f in dataset.figures
        if f.indicator in _GROUPS
        and (unit is None or f.unit == unit)
        and (period is None or period.overlaps(f.period))
    ]
    for figure in figures:
        rows += _figure_rows(dataset, figure)
    covered = {(f.unit, f.indicator) for f in figures}
    rows += _record_rows(dataset, unit, period, covered)
    report = Report(
        title=N_("Tiếp công dân và xử lý đơn, thư"),
        columns=_COLUMNS,
        data=tuple(rows),
        notes=(N_("Tỷ lệ tính trên tổng số của từng nhóm."),),
    )
    totals: dict[str, Counter[str]] = {"visits": Counter(), "petitions": Counter()}
    for group, category, _, count, *_ in rows:
        if isinstance(count, int):
            totals[str(group)][str(category)] += count
    return typed(
        report,
        ReceptionSummary,
        unit=unit,
        period=period,
        visits=dict(totals["visits"]),
        petitions=dict(totals["petitions"]),
    )


def _figure_rows(dataset: Dataset, figure: ReportedFigure) -> list[tuple[object, ...]]:
    group = _GROUPS[figure.indicator]
    source = SourceRef(dataset.index.sources.get(figure.source), figure.source)
    rows: list[tuple[object, ...]] = [
        (group, "total", FigureLabel(figure), figure.value, None, source)
    ]
    for breakdown in figure.breakdowns:
        for category, count in breakdown.parts.items():
            share = shares(count, figure.value)
            label = category_label(figure.indicator, category)
            rows.append((group, category, label, count, share, source))
    return rows


def _record_rows(
    dataset: Dataset,
    unit: str | None,
    period: Period | None,
    covered: set[tuple[str, str]],
) -> list[tuple[object, ...]]:
    def wanted(code: str, day: object, indicator: str) -> bool:
        in_period = period is None or day in period
        return (unit is None or code == unit) and in_period and (code, indicator) not in covered

    visits = [v.kind for v in dataset.citizen_visits if wanted(v.unit, v.day, "citizen-visits")]
    outcomes = [
        p.outcome for p in dataset.petitions if wanted(p.unit, p.received, "petitions-received")
    ]
    rows: list[tuple[object, ...]] = []
    rows += _counted("visits", "citizen-visits", visits, list(VisitKind))
    rows += _counted("petitions", "petitions-received", outcomes, list(PetitionOutcome))
    return rows


def _counted(
    group: str, indicator: str, values: Sequence[object], order: Iterable[object]
) -> list[tuple[object, ...]]:
    if not values:
        return []
    source = N_("Hồ sơ từng trường hợp")
    counts = Counter(values)
    total = len(values)
    rows: list[tuple[object, ...]] = [
        (group, "total", INDICATORS[indicator].label, total, None, source)
    ]
    for key in [*order, None]:
        if counts[key]:
            code = "unknown" if key is None else str(key)
            label = N_("Chưa rõ") if key is None else category_label(indicator, code)
            rows.append((group, code, label, counts[key], shares(counts[key], total), source))
    return rows
