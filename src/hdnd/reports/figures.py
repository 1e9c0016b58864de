"""Every reported figure of a dataset, with its qualifier, breakdowns, share and source.

```pycon
>>> from hdnd.examples import load_example
>>> report = figures_report(load_example("can-tho"))
>>> [(r["indicator"], r["value"]) for r in report.rows()][:2]
[('citizen-visits', '105'), ('petitions-received', '191')]

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

import attrs

from hdnd._core.formatting import format_number, format_percent, format_value
from hdnd._core.i18n import N_, Language, translate
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.figures.reported import Breakdown, Qualifier, ReportedFigure, category_label
from hdnd.figures.sources import Source
from hdnd.reports.base import Column, Report, typed
from hdnd.reports.scope import Scope

__all__ = [
    "FigureLabel",
    "FiguresReport",
    "Parts",
    "PublishedShare",
    "Quantity",
    "SourceRef",
    "figures_report",
]


@attrs.frozen
class Quantity:
    """A published number with its qualifier: ``gần 700``, ``hơn 1.750``, ``105``."""

    value: int
    qualifier: Qualifier = Qualifier.EXACT

    def localize(self, language: Language) -> str:
        """The number as published, in *language*."""
        number = format_number(self.value, language)
        return number if self.qualifier.is_exact else f"{self.qualifier.label(language)} {number}"


@attrs.frozen
class Parts:
    """The parts of a breakdown: ``Cá nhân 100; Tập thể (đoàn) 5``."""

    indicator: str
    breakdowns: tuple[Breakdown, ...]

    def localize(self, language: Language) -> str:
        """The parts in *language*, breakdowns separated by `` / ``."""
        return " / ".join(
            "; ".join(
                f"{category_label(self.indicator, category, language)} "
                f"{format_number(count, language)}"
                for category, count in breakdown.parts.items()
            )
            for breakdown in self.breakdowns
        )


@attrs.frozen
class FigureLabel:
    """The label of a reported figure, in the reader's language."""

    figure: ReportedFigure

    def localize(self, language: Language) -> str:
        """See :meth:`hdnd.figures.reported.ReportedFigure.label_text`."""
        return self.figure.label_text(language)


@attrs.frozen
class PublishedShare:
    """A percentage as published (``92,20%``), with what it is a share of."""

    percent: Decimal
    of: str | None = None

    def localize(self, language: Language) -> str:
        """``92,20% (tổng số đại biểu ...)`` in *language*."""
        text = format_percent(self.percent / 100, language)
        return f"{text} ({translate(self.of, language)})" if self.of else text


@attrs.frozen
class SourceRef:
    """A short reference to a source: publisher and date, or its title."""

    source: Source | None
    source_id: str

    def localize(self, language: Language) -> str:
        """``Báo Cần Thơ, 21/06/2016`` (or the id when the source is missing)."""
        if self.source is None:
            return self.source_id
        head = self.source.publisher or self.source.title
        when = self.source.published
        return f"{head}, {format_value(when, language)}" if when else head


_COLUMNS = (
    Column("figure", N_("Mã"), "code", shown=False),
    # TRANSLATORS: the period a figure covers (kỳ), not a session of a council (kỳ họp).
    Column("period", N_("Kỳ báo cáo"), "code"),
    Column("indicator", N_("Loại chỉ tiêu"), "code", shown=False),
    Column("label", N_("Chỉ tiêu")),
    Column("value", N_("Số liệu"), "number"),
    Column("parts", N_("Chi tiết")),
    Column("share", N_("Tỷ lệ công bố")),
    Column("source", N_("Nguồn")),
    # machine-readable twins of the published text, for rows() and DataFrames
    Column("number", N_("Giá trị số"), "number", shown=False),
    Column("qualifier", N_("Cách ghi"), "code", shown=False),
    Column("share_value", N_("Tỷ lệ (số)"), "share", shown=False),
)


@attrs.frozen(hash=False)
class FiguresReport(Report):
    """Reported figures, as a table and as the records listed.

    Attributes:
        figures: The figures listed, in order.
    """

    figures: tuple[ReportedFigure, ...] = attrs.field(kw_only=True)

    @property
    def total(self) -> int:
        """How many figures are listed."""
        return len(self.figures)


def figures_report(
    dataset: Dataset,
    unit: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
    figures: Iterable[ReportedFigure] | None = None,
) -> FiguresReport:
    """A table of reported figures, in dataset order.

    The figures are those of *unit* (every unit by default) whose period overlaps *period*
    and starts by *as_of*, taken from *figures* (the dataset's by default). The shown columns
    give each figure as published (``gần 700``, ``92,20%``); the hidden columns ``number``,
    ``qualifier`` and ``share_value`` give the same as values, so that ``to_frame()`` has
    numbers to compute with.
    """
    if unit is not None and not isinstance(unit, str):
        msg = f"unit must be a unit code, not {type(unit).__name__}: pass a selection as figures="
        raise TypeError(msg)
    index = dataset.index
    within = Scope(as_of, period).days()
    chosen = tuple(
        figure
        for figure in (dataset.figures if figures is None else figures)
        if (unit is None or figure.unit == unit)
        and (within is None or within.overlaps(figure.period))
    )
    rows = []
    for figure in chosen:
        share = None if figure.share is None else PublishedShare(figure.share, figure.share_of)
        rows.append(
            (
                figure.id,
                str(figure.period),
                figure.indicator,
                FigureLabel(figure),
                Quantity(figure.value, figure.qualifier),
                Parts(figure.indicator, figure.breakdowns) if figure.breakdowns else None,
                share,
                SourceRef(index.sources.get(figure.source), figure.source),
                figure.value,
                figure.qualifier.value,
                None if figure.share is None else figure.share / 100,
            )
        )
    report = Report(
        title=N_("Số liệu đã công bố"),
        columns=_COLUMNS,
        data=tuple(rows),
        notes=(N_("Mỗi số liệu ghi rõ nguồn; số liệu gần đúng giữ nguyên cách ghi của nguồn."),),
    )
    return typed(report, FiguresReport, figures=chosen)
