"""Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân 87/2015/QH13 (supervision).

In force from 1 July 2016 to 28 February 2026 (replaced by Law 121/2025/QH15,
:mod:`hdnd.law.supervision2025`). Its Articles 63 and 64 on confidence votes were suspended
from 1 July 2023 by Resolution 96/2023/QH15 Art. 20.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import ClassVar

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Decision, Domain, Instrument
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold

__all__ = ["SupervisionLaw2015"]


def _cite(
    article: int, clause: int | None = None, confidence: Confidence = Confidence.VERIFIED
) -> Citation:
    return Citation(InstrumentKind.LAW, "87/2015/QH13", article, clause, None, confidence)


class SupervisionLaw2015(Instrument):
    """Law 87/2015/QH13 on supervision by the National Assembly and People's Councils.

    >>> law = SupervisionLaw2015()
    >>> law.QUESTION_WRITTEN_ANSWER.due(dt.date(2025, 12, 10))
    datetime.date(2025, 12, 30)
    >>> law.programme_proposals_due(2027)
    datetime.date(2026, 3, 1)
    """

    key: ClassVar[str] = "supervision2015"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "87/2015/QH13"
    title: ClassVar[str] = "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân"
    domain: ClassVar[Domain] = Domain.SUPERVISION
    promulgated: ClassVar[dt.date] = dt.date(2015, 11, 20)
    effective: ClassVar[dt.date] = dt.date(2016, 7, 1)
    source: ClassVar[str] = "Pháp điển copy (diepxuan/diepxuan.github.io, hoat-dong-giam-sat)"

    QUESTION_WRITTEN_ANSWER: ClassVar[Deadline] = Deadline(20, DayCount.CALENDAR, _cite(60, 4))
    QUESTION_FOLLOW_UP_REPORT: ClassVar[Deadline] = Deadline(
        10, DayCount.CALENDAR, _cite(60, 7), before=True
    )
    EXPLANATION_NOTICE: ClassVar[Deadline] = Deadline(
        10, DayCount.CALENDAR, _cite(72, 2), before=True
    )
    EXPLANATION_CONCLUSION: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.STANDING_COMMITTEE_MEMBERS, _cite(72)
    )
    PROGRAMME_PROPOSALS_BY: ClassVar[Fact] = Fact(
        "03-01 of the previous year", _cite(58, 1), "Đề xuất chương trình giám sát năm sau"
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

    @staticmethod
    def programme_proposals_due(programme_year: int) -> dt.date:
        """Last day to propose items for the supervision programme of *programme_year*.

        Proposals reach the standing committee by 1 March of the year before (Art. 58(1)).
        """
        return dt.date(programme_year - 1, 3, 1)
