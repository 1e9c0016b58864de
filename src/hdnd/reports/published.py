"""Published figures set beside the figures a report counts from records.

The register of petitions and the voter-contact summary both count from records and, where
the dataset holds the figures an office published for the same unit and days, show them in
two more columns — what was published, and the difference (counted − published) — with a
note naming where each published figure comes from.

```pycon
>>> [column.key for column in COMPARED_COLUMNS]
['published', 'difference']

```
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from hdnd._core.formatting import format_value
from hdnd._core.i18n import N_, Language
from hdnd._core.period import Period
from hdnd.figures.reported import ReportedFigure
from hdnd.reports.base import Column
from hdnd.reports.figures import SourceRef

__all__ = ["COMPARED_COLUMNS", "PUBLISHED_NOTE", "FiguresUsed", "longest_figures"]

COMPARED_COLUMNS = (
    Column("published", N_("Đã công bố"), "number"),
    Column("difference", N_("Chênh lệch (đếm − công bố)"), "number"),
)
"""The two columns a table gains when published figures stand beside its counts."""

PUBLISHED_NOTE = N_(
    "Cột «Đã công bố» ghi số liệu đã công bố ({figures}); "
    "chênh lệch là số đếm từ hồ sơ trừ số đã công bố."
)
"""The note under such a table; ``figures`` is a :class:`FiguresUsed`."""


@attrs.frozen
class FiguresUsed:
    """The source and period of each published figure a table is compared with."""

    used: tuple[tuple[SourceRef, Period], ...]
    """Each figure's source and the days it covers."""

    def localize(self, language: Language) -> str:
        """The sources and their days, each once, in *language*."""
        parts = dict.fromkeys(
            f"{source.localize(language)}, {format_value(days.start, language)}"
            f"–{format_value(days.end, language)}"
            for source, days in self.used
        )
        return "; ".join(parts)


def longest_figures(figures: Iterable[ReportedFigure], days: Period | None) -> list[ReportedFigure]:
    """Of *figures*, those that overlap *days* (all when ``None``), without double counting.

    Figures of one unit and indicator that overlap each other are not added up: the longest
    is taken, then the longest of those that do not overlap it, and so on.
    """
    overlapping = [f for f in figures if days is None or days.overlaps(f.period)]
    chosen: list[ReportedFigure] = []
    taken: dict[tuple[str, str], list[Period]] = {}
    for figure in sorted(overlapping, key=lambda f: -f.period.days):
        periods = taken.setdefault((figure.unit, figure.indicator), [])
        if not any(p.overlaps(figure.period) for p in periods):
            periods.append(figure.period)
            chosen.append(figure)
    return chosen
