"""Nghị quyết 85/2014/QH13 on confidence ratings (lấy phiếu tín nhiệm), 2015–2023.

Under it the consequences were counted on the *total number of delegates* (tổng số đại
biểu): more than half rating a person "tín nhiệm thấp" allowed them to resign; two thirds or
more sent them to a confidence vote (Law 87/2015/QH13 Art. 63(3), verified; suspended on
1 July 2023 by Resolution 96/2023/QH15 Art. 20).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.confidence import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.law.thresholds import Base, Threshold

__all__ = ["ConfidenceRules2014"]

_ART_63 = Citation(InstrumentKind.LAW, "87/2015/QH13", 63, 3)


class ConfidenceRules2014(ConfidenceVoteRules):
    """Resolution 85/2014/QH13, as applied to People's Councils through Law 87/2015 Art. 63.

    >>> rules = ConfidenceRules2014()
    >>> [rules.outcome(total=60, low=k).value for k in (30, 31, 39, 40)]
    ['none', 'may-resign', 'may-resign', 'confidence-vote']
    """

    key: ClassVar[str] = "nq85-2014"
    kind: ClassVar[InstrumentKind] = InstrumentKind.RESOLUTION
    number: ClassVar[str] = "85/2014/QH13"
    title: ClassVar[str] = (
        "Nghị quyết về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ"
        " do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn"
    )
    promulgated: ClassVar[dt.date] = dt.date(2014, 11, 28)
    effective: ClassVar[dt.date] = dt.date(2015, 7, 1)
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = "LAW.md §7.3; Law 87/2015 Art. 63 (Pháp điển copy)"
    BASE: ClassVar[Base] = Base.TOTAL_DELEGATES

    # Law 87/2015/QH13 Art. 63(3): more than half of the total number of delegates → may
    # resign; two thirds or more → the standing committee submits a confidence vote.
    MAY_RESIGN: ClassVar[Threshold] = Threshold(Fraction(1, 2), True, Base.TOTAL_DELEGATES, _ART_63)
    CONFIDENCE_VOTE: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.TOTAL_DELEGATES, _ART_63
    )

    def outcome(self, *, total: int, low: int) -> ConfidenceOutcome:
        """What *low* "tín nhiệm thấp" ratings out of *total* delegates lead to."""
        self.check_counts(total, low)
        if self.CONFIDENCE_VOTE.is_met(low, total):
            return ConfidenceOutcome.CONFIDENCE_VOTE
        if self.MAY_RESIGN.is_met(low, total):
            return ConfidenceOutcome.MAY_RESIGN
        return ConfidenceOutcome.NONE
