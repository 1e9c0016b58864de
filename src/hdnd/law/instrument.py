"""Legal instruments: one class per instrument, amendments subclass what they amend.

An instrument declares its identity (number, title, dates, what it replaces) as class
attributes, in the style of the ``holidays`` package's country classes, and exposes its
rules as methods. :func:`hdnd.law.framework_at` composes the instruments in force on a day.
"""

from __future__ import annotations

import abc
import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar

from hdnd._core.i18n import Language
from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.seats import NotApplicable, SeatBasis, SeatQuota
from hdnd.law.thresholds import Threshold

__all__ = ["Decision", "Domain", "Instrument", "LocalGovernmentLaw"]


class Domain(LabelledEnum):
    """The area of law an instrument governs; one instrument per domain is in force a day."""

    LOCAL_GOVERNMENT = "local-government"
    ELECTIONS = "elections"
    SUPERVISION = "supervision"
    CONFIDENCE_VOTES = "confidence-votes"
    CITIZEN_RECEPTION = "citizen-reception"
    COMPLAINTS = "complaints"
    DENUNCIATIONS = "denunciations"
    PETITION_HANDLING = "petition-handling"
    VOTER_CONTACT = "voter-contact"


class Decision(LabelledEnum):
    """Kinds of council decision whose passing threshold the law fixes."""

    RESOLUTION = "resolution"
    RECALL = "recall"
    REDUCED_COUNCIL = "reduced-council"
    EXPLANATION_CONCLUSION = "explanation-conclusion"


register_labels(
    Domain,
    {
        Domain.LOCAL_GOVERNMENT: N_("Tổ chức chính quyền địa phương"),
        Domain.ELECTIONS: N_("Bầu cử"),
        Domain.SUPERVISION: N_("Hoạt động giám sát"),
        Domain.CONFIDENCE_VOTES: N_("Lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm"),
        Domain.CITIZEN_RECEPTION: N_("Tiếp công dân"),
        Domain.COMPLAINTS: N_("Pháp luật về khiếu nại"),
        Domain.DENUNCIATIONS: N_("Pháp luật về tố cáo"),
        Domain.PETITION_HANDLING: N_("Quy trình xử lý đơn"),
        Domain.VOTER_CONTACT: N_("Tiếp xúc cử tri"),
    },
)
register_labels(
    Decision,
    {
        Decision.RESOLUTION: N_("Thông qua nghị quyết"),
        Decision.RECALL: N_("Bãi nhiệm đại biểu"),
        Decision.REDUCED_COUNCIL: N_("Quyết định của Hội đồng nhân dân chỉ còn dưới hai phần ba"),
        Decision.EXPLANATION_CONCLUSION: N_("Kết luận phiên giải trình của Thường trực"),
    },
)


class Instrument(abc.ABC):
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
        amends: Number of the instrument it amends (an amendment subclasses it).
        dates_confidence: How well the dates are established.
        source: Where hdnd's authors read the text (a stored copy, or a secondary source).
        THRESHOLDS: The voting thresholds it sets, by decision.
        DEADLINES: The time limits it sets, by kind.

    An instance is the instrument as applied on one day (``on``), for rules whose effect
    depends on the day within the instrument's life (a transitional clause).
    """

    key: ClassVar[str]
    kind: ClassVar[InstrumentKind]
    number: ClassVar[str]
    title: ClassVar[str]
    domain: ClassVar[Domain]
    promulgated: ClassVar[dt.date]
    effective: ClassVar[dt.date]
    replaces: ClassVar[tuple[str, ...]] = ()
    amends: ClassVar[str | None] = None
    dates_confidence: ClassVar[Confidence] = Confidence.VERIFIED
    source: ClassVar[str] = ""
    THRESHOLDS: ClassVar[Mapping[Decision, Threshold]] = MappingProxyType({})
    DEADLINES: ClassVar[Mapping[DeadlineKind, Deadline]] = MappingProxyType({})

    def __init__(self, on: dt.date | None = None) -> None:
        self.on = self.effective if on is None else on

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
    def name(cls, language: Language = "vi") -> str:
        """Kind and number, as in ``Luật 72/2025/QH15`` (``Law 72/2025/QH15`` in English)."""
        return f"{cls.kind.label(language)} {cls.number}"

    def threshold(self, decision: Decision) -> Threshold | None:
        """The threshold this instrument sets for *decision*, if it sets one."""
        return self.THRESHOLDS.get(decision)

    def deadline(self, kind: DeadlineKind) -> Deadline | None:
        """The time limit this instrument sets for *kind*, if it sets one."""
        return self.DEADLINES.get(kind)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.number}, in force from {self.effective}>"


class LocalGovernmentLaw(Instrument):
    """Base of the laws on the organisation of local government (seat quotas, organs)."""

    domain: ClassVar[Domain] = Domain.LOCAL_GOVERNMENT

    @abc.abstractmethod
    def seat_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        """The number of delegates of the council of a unit, or why there is none."""
