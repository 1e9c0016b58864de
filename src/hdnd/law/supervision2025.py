"""Luật Hoạt động giám sát 121/2025/QH15 (supervision), from 1 March 2026.

It replaces Law 87/2015/QH13 and leaves most detail to the National Assembly Standing
Committee (Resolution 114/2025/UBTVQH15 for councils; not read). Whether the 20-day written
answer, the 10-day notice of an explanation sitting and the majority of the standing
committee carried over is not known: hdnd keeps them, marked **unverified**, so checks built
on them report warnings only. A claim that its Art. 40 sets 15 days (30 when complex) for
explanations comes from an application's notes, not from the law, and is not encoded.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import ClassVar

import attrs

from hdnd.law.citation import Confidence
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.instrument import Decision
from hdnd.law.rules import Fact
from hdnd.law.supervision2015 import SupervisionLaw2015
from hdnd.law.thresholds import Base, Threshold

__all__ = ["SupervisionLaw2025"]


def _carried(rule: Deadline) -> Deadline:
    """*rule* as hdnd assumes it carried over: same citation, confidence unverified."""
    return attrs.evolve(
        rule, citation=attrs.evolve(rule.citation, confidence=Confidence.UNVERIFIED)
    )


class SupervisionLaw2025(SupervisionLaw2015):
    """Law 121/2025/QH15 on supervision (replaces 87/2015/QH13 from 1 March 2026).

    >>> SupervisionLaw2025.QUESTION_WRITTEN_ANSWER.citation.confidence.value
    'unverified'
    """

    key: ClassVar[str] = "supervision2025"
    number: ClassVar[str] = "121/2025/QH15"
    title: ClassVar[str] = "Luật Hoạt động giám sát"
    promulgated: ClassVar[dt.date] = dt.date(2025, 12, 10)
    effective: ClassVar[dt.date] = dt.date(2026, 3, 1)
    replaces: ClassVar[tuple[str, ...]] = ("87/2015/QH13",)
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = "secondary: xaydungchinhsach.chinhphu.vn (30/01/2026); text not read"

    QUESTION_WRITTEN_ANSWER: ClassVar[Deadline] = _carried(
        SupervisionLaw2015.QUESTION_WRITTEN_ANSWER
    )
    QUESTION_FOLLOW_UP_REPORT: ClassVar[Deadline] = _carried(
        SupervisionLaw2015.QUESTION_FOLLOW_UP_REPORT
    )
    EXPLANATION_NOTICE: ClassVar[Deadline] = _carried(SupervisionLaw2015.EXPLANATION_NOTICE)
    EXPLANATION_CONCLUSION: ClassVar[Threshold] = Threshold(
        Fraction(1, 2),
        True,
        Base.STANDING_COMMITTEE_MEMBERS,
        attrs.evolve(
            SupervisionLaw2015.EXPLANATION_CONCLUSION.citation or SupervisionLaw2015.cite(72),
            confidence=Confidence.UNVERIFIED,
        ),
    )
    PROGRAMME_PROPOSALS_BY: ClassVar[Fact] = attrs.evolve(
        SupervisionLaw2015.PROGRAMME_PROPOSALS_BY,
        citation=attrs.evolve(
            SupervisionLaw2015.PROGRAMME_PROPOSALS_BY.citation, confidence=Confidence.UNVERIFIED
        ),
    )
    DEADLINES: ClassVar[Mapping[DeadlineKind, Deadline]] = MappingProxyType(
        {
            DeadlineKind.QUESTION_WRITTEN_ANSWER: QUESTION_WRITTEN_ANSWER,
            DeadlineKind.QUESTION_FOLLOW_UP_REPORT: QUESTION_FOLLOW_UP_REPORT,
            DeadlineKind.EXPLANATION_NOTICE: EXPLANATION_NOTICE,
        }
    )
    THRESHOLDS: ClassVar[Mapping[Decision, Threshold]] = MappingProxyType(
        {Decision.EXPLANATION_CONCLUSION: EXPLANATION_CONCLUSION}
    )
