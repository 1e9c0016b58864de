"""Reported figures (the totals councils publish) and the sources they cite."""

from hdnd.figures.reported import (
    INDICATORS,
    Breakdown,
    IndicatorCode,
    IndicatorInfo,
    Qualifier,
    ReportedFigure,
    category_label,
)
from hdnd.figures.sources import (
    Source,
)

__all__ = [
    "INDICATORS",
    "Breakdown",
    "IndicatorCode",
    "IndicatorInfo",
    "Qualifier",
    "ReportedFigure",
    "Source",
    "category_label",
]
