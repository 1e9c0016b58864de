"""Reported figures: the totals councils publish, next to individual records.

Many datasets only ever have published totals — "105 visits, of which 100 individual and
5 group". A :class:`ReportedFigure` records such a total for a unit and a period with its
breakdowns, how exact it is, and the source it comes from.

```pycon
>>> figure = ReportedFigure(
...     id="visits", unit="92", period={"start": "2014-01-01", "end": "2014-12-31"},
...     indicator="citizen-visits", value=105, source="seed-003",
...     breakdowns=[{"dimension": "kind", "parts": {"individual": 100, "group": 5}}])
>>> figure.breakdowns[0].total, figure.label_text()
(105, 'Lượt tiếp công dân')
>>> Qualifier.NEARLY.label("vi"), figure.qualifier.is_exact
('gần', True)

```
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from types import MappingProxyType
from typing import Annotated

import attrs
from pydantic import Field, StringConstraints

from hdnd._core.i18n import N_, Language, translate
from hdnd._core.labels import LabelledEnum, register_labels
from hdnd._core.model import Record
from hdnd._core.period import Period
from hdnd._core.text import VnText
from hdnd._core.types import Count, Flag, Identifier
from hdnd.units.unit import UnitCode

__all__ = [
    "INDICATORS",
    "Breakdown",
    "IndicatorCode",
    "IndicatorInfo",
    "Qualifier",
    "ReportedFigure",
    "category_label",
]

IndicatorCode = Annotated[str, StringConstraints(pattern=r"^[a-z0-9]+(-[a-z0-9]+)*$")]
"""A kebab-case indicator code such as ``citizen-visits``."""


class Qualifier(LabelledEnum):
    """How exact a published number is."""

    EXACT = "exact"
    APPROXIMATELY = "approximately"
    NEARLY = "nearly"
    MORE_THAN = "more-than"
    AT_LEAST = "at-least"

    @property
    def is_exact(self) -> bool:
        """Whether the number was published as exact (only exact numbers must add up)."""
        return self is Qualifier.EXACT


register_labels(
    Qualifier,
    {
        Qualifier.EXACT: N_("chính xác"),
        Qualifier.APPROXIMATELY: N_("khoảng"),
        Qualifier.NEARLY: N_("gần"),
        Qualifier.MORE_THAN: N_("hơn"),
        Qualifier.AT_LEAST: N_("ít nhất"),
    },
)


@attrs.frozen
class IndicatorInfo:
    """What hdnd knows about an indicator: its label and the labels of its categories."""

    label: str
    categories: dict[str, str] = attrs.field(factory=dict)


_INDICATORS_TABLE = {
    "citizen-visits": IndicatorInfo(
        N_("Lượt tiếp công dân"),
        {"individual": N_("Cá nhân"), "group": N_("Tập thể (đoàn)")},
    ),
    "petitions-received": IndicatorInfo(
        N_("Đơn, thư tiếp nhận"),
        {
            # TRANSLATORS: a petition's outcome: the petitioner was guided to the right body.
            "guided": N_("Hướng dẫn"),
            "answered": N_("Trả lời"),
            # TRANSLATORS: a petition filed without further action (not a storage place).
            "stored": N_("Lưu đơn"),
            "forwarded": N_("Chuyển cơ quan có thẩm quyền"),
            "complaint": N_("Khiếu nại"),
            "denunciation": N_("Tố cáo"),
            "recommendation": N_("Kiến nghị, phản ánh"),
        },
    ),
    "voter-meetings": IndicatorInfo(N_("Hội nghị tiếp xúc cử tri")),
    "voter-attendances": IndicatorInfo(N_("Lượt cử tri tham dự tiếp xúc")),
    "voter-speakers": IndicatorInfo(N_("Lượt cử tri phát biểu ý kiến")),
    "law-consultations": IndicatorInfo(N_("Hội nghị lấy ý kiến dự án luật")),
    "delegates-trained": IndicatorInfo(N_("Đại biểu được tập huấn")),
}
INDICATORS: Mapping[str, IndicatorInfo] = MappingProxyType(_INDICATORS_TABLE)
"""Indicators hdnd knows, with Vietnamese labels; others need a ``label`` on the figure."""


def category_label(indicator: str, category: str, language: Language = "vi") -> str:
    """The label of a breakdown category (the category code itself if unknown)."""
    info = INDICATORS.get(indicator)
    known = info.categories.get(category) if info else None
    return translate(known, language) if known else category


class Breakdown(Record):
    """A split of a figure along one dimension, e.g. visits by kind."""

    dimension: IndicatorCode
    """What the split is by: ``kind``, ``outcome`` ..."""
    parts: dict[IndicatorCode, Count]
    """The count of each category, in the order published."""
    complete: Flag = True
    """Whether the parts are meant to add up to the figure (``False`` for "of which" lists)."""

    @property
    def total(self) -> int:
        """Sum of the parts."""
        return sum(self.parts.values())


class ReportedFigure(Record):
    """A published total for one unit and period."""

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit the figure is about."""
    reporter: VnText | None = None
    """The body that reported it, e.g. ``Văn phòng Đoàn ĐBQH và HĐND thành phố``."""
    period: Period
    """The period the figure covers."""
    indicator: IndicatorCode
    """What is counted (see :data:`INDICATORS`)."""
    label: VnText | None = Field(default=None)
    """Vietnamese label, when the indicator's own is not precise enough (or unknown)."""
    label_en: VnText | None = None
    """English label, used with ``label`` in English output."""
    value: Count
    """The number, as published."""
    qualifier: Qualifier = Qualifier.EXACT
    """How exact the number is (``gần 700``, ``hơn 1.750``)."""
    breakdowns: tuple[Breakdown, ...] = ()
    """Splits of the figure as published."""
    share: Decimal | None = Field(default=None, ge=0, le=100)
    """A percentage published with the figure (``92.20`` for 92,20%)."""
    share_of: VnText | None = None
    """What the percentage is of, in Vietnamese."""
    source: Identifier
    """Id of the source the figure is taken from."""
    note: VnText | None = None
    """Anything a reader should know about the figure."""

    @property
    def display_label(self) -> str:
        """The Vietnamese label: the figure's own, else the indicator's, else its code."""
        if self.label:
            return self.label
        info = INDICATORS.get(self.indicator)
        return info.label if info else self.indicator

    def label_text(self, language: Language = "vi") -> str:
        """The figure's label in *language* (``label_en`` in English when given)."""
        if language == "en" and self.label and self.label_en:
            return self.label_en
        return translate(self.display_label, language)
