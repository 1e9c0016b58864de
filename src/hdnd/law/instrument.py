"""Legal instruments: one class per instrument, amendments subclass what they amend.

An instrument declares its identity (number, title, dates, what it replaces) as class
attributes, in the style of the ``holidays`` package's country classes, and exposes its
rules as methods. :func:`hdnd.law.framework_at` composes the instruments in force on a day.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.law.citation import Citation, Confidence, InstrumentKind

__all__ = ["Decision", "Domain", "Instrument"]


class Domain(LabelledEnum):
    """The area of law an instrument governs; one instrument per domain is in force a day."""

    LOCAL_GOVERNMENT = "local-government"


class Decision(LabelledEnum):
    """Kinds of council decision whose passing threshold the law fixes."""

    RESOLUTION = "resolution"
    RECALL = "recall"
    REDUCED_COUNCIL = "reduced-council"


register_labels(Domain, {Domain.LOCAL_GOVERNMENT: N_("Tổ chức chính quyền địa phương")})
register_labels(
    Decision,
    {
        Decision.RESOLUTION: N_("Thông qua nghị quyết"),
        Decision.RECALL: N_("Bãi nhiệm đại biểu"),
        Decision.REDUCED_COUNCIL: N_("Quyết định của Hội đồng nhân dân chỉ còn dưới hai phần ba"),
    },
)


class Instrument:
    """Base of every legal instrument class.

    Class attributes:
        key: Short stable key (``lg2025``), used by ``hdnd law show KEY``.
        kind: Law, resolution, decree ...
        number: Number and symbol, e.g. ``72/2025/QH15``.
        title: Vietnamese title.
        domain: The area of law it governs.
        promulgated: Date it was passed or signed.
        effective: First day it is in force.
        replaces: Numbers of the instruments it replaces or repeals.
    """

    key: ClassVar[str]
    kind: ClassVar[InstrumentKind]
    number: ClassVar[str]
    title: ClassVar[str]
    domain: ClassVar[Domain]
    promulgated: ClassVar[dt.date]
    effective: ClassVar[dt.date]
    replaces: ClassVar[tuple[str, ...]] = ()

    @classmethod
    def cite(
        cls,
        article: int,
        clause: int | None = None,
        point: str | None = None,
        confidence: Confidence = Confidence.VERIFIED,
    ) -> Citation:
        """A citation of this instrument's *article*, *clause* and *point*."""
        return Citation(cls.kind, cls.number, article, clause, point, confidence)

    @classmethod
    def name(cls) -> str:
        """Kind and number, as in ``Luật 72/2025/QH15``."""
        return f"{cls.kind.label('vi')} {cls.number}"

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.number}, in force from {self.effective}>"
