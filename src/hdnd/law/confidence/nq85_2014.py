"""Nghị quyết 85/2014/QH13 on confidence ratings (lấy phiếu tín nhiệm), 2015–2023.

For People's Councils the rules were written in Law 87/2015/QH13 Art. 63 and 64 (verified,
Pháp điển copy), which leave the timing and procedure to this resolution (Art. 63(4)). The
consequences were counted on the *total number of delegates* (tổng số đại biểu): more than
half rating a person "tín nhiệm thấp" allowed them to resign; two thirds or more sent them
to a confidence vote, where more than half "không tín nhiệm" led to dismissal. Articles 63
and 64 were suspended on 1 July 2023 by Resolution 96/2023/QH15 Art. 20.

Confidence. The posts rated (Art. 63(1)), the outcomes and the triggers of a confidence vote
(Art. 64(1)) are verified. The timing (once a term, year-end session of the third year, the
resolution's Art. 7) and the three ratings (Art. 16) are secondary. The levels rated are
unverified: Art. 63 names no level, and whether the resolution left commune councils out (as
its 2023 successor does) was not read; hdnd assumes all three levels rated. The exemptions
(announced retirement leave, elected in the year of the rating) are those of the successor,
assumed unchanged (unverified).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules, RatedPost
from hdnd.law.levels import Level
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold

__all__ = ["ConfidenceRules2014"]

_NUMBER = "85/2014/QH13"


def _law87(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "87/2015/QH13", article, clause, point)


def _cite(article: int, confidence: Confidence) -> Citation:
    return Citation(InstrumentKind.RESOLUTION, _NUMBER, article, None, None, confidence)


class ConfidenceRules2014(ConfidenceVoteRules):
    """Resolution 85/2014/QH13, as applied to People's Councils through Law 87/2015 Art. 63-64.

    ```pycon
    >>> rules = ConfidenceRules2014()
    >>> [rules.outcome(total=60, low=k).value for k in (30, 31, 39, 40)]
    ['none', 'may-resign', 'may-resign', 'confidence-vote']
    >>> rules.vote_year(dt.date(2016, 5, 22))
    2018

    ```
    """

    key: ClassVar[str] = "nq85-2014"
    kind: ClassVar[InstrumentKind] = InstrumentKind.RESOLUTION
    number: ClassVar[str] = _NUMBER
    title: ClassVar[str] = (
        "Nghị quyết về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ"
        " do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn"
    )
    promulgated: ClassVar[dt.date] = dt.date(2014, 11, 28)
    effective: ClassVar[dt.date] = dt.date(2015, 7, 1)
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = (
        "LAW.md §7.3; Law 87/2015 Art. 63-64 (Pháp điển copy); timing and ratings: kinhtedothi.vn"
    )
    BASE: ClassVar[Base] = Base.TOTAL_DELEGATES

    # Law 87/2015/QH13 Art. 63(3): more than half of the total number of delegates → may
    # resign; two thirds or more → the standing committee submits a confidence vote.
    MAY_RESIGN: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.TOTAL_DELEGATES, _law87(63, 3)
    )
    CONFIDENCE_VOTE: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.TOTAL_DELEGATES, _law87(63, 3)
    )
    # Art. 64(1): a confidence vote also when a third of the delegates or the Fatherland
    # Front committee of the same level asks; 64(3): more than half of all delegates voting
    # "không tín nhiệm" → the person may resign, else the nominator proposes dismissal.
    CONFIDENCE_VOTE_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 3), False, Base.TOTAL_DELEGATES, _law87(64, 1, "a")
    )
    FRONT_MAY_REQUEST_VOTE: ClassVar[Fact] = Fact(
        True,
        _law87(64, 1, "b"),
        N_("Ủy ban Mặt trận Tổ quốc cùng cấp kiến nghị bỏ phiếu tín nhiệm"),
    )
    NO_CONFIDENCE: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.TOTAL_DELEGATES, _law87(64, 3)
    )
    # Art. 63(1): who is rated; the office chief only by provincial councils.
    RATED_POSTS: ClassVar[Fact] = Fact(
        (
            RatedPost.COUNCIL_CHAIR,
            RatedPost.COUNCIL_VICE_CHAIR,
            RatedPost.COUNCIL_COMMITTEE_HEAD,
            RatedPost.PEOPLES_COMMITTEE_CHAIR,
            RatedPost.PEOPLES_COMMITTEE_VICE_CHAIR,
            RatedPost.PEOPLES_COMMITTEE_MEMBER,
        ),
        _law87(63, 1),
        N_("Chức vụ được lấy phiếu tín nhiệm"),
    )
    PROVINCE_ONLY_POSTS: ClassVar[Fact | None] = Fact(
        (RatedPost.COUNCIL_OFFICE_CHIEF,),
        _law87(63, 1, "a"),
        N_("Chức vụ chỉ được lấy phiếu tín nhiệm ở cấp tỉnh"),
    )
    RATED_LEVELS: ClassVar[Fact] = Fact(
        (Level.PROVINCE, Level.DISTRICT, Level.COMMUNE),
        Citation(InstrumentKind.LAW, "87/2015/QH13", 63, 1, None, Confidence.UNVERIFIED),
        N_("Cấp Hội đồng nhân dân lấy phiếu tín nhiệm"),
    )
    EXEMPT: ClassVar[Fact] = Fact(
        ("retirement-leave-announced", "elected-or-appointed-in-the-year"),
        _cite(2, Confidence.UNVERIFIED),
        N_("Không lấy phiếu người đã có thông báo nghỉ hưu hoặc được bầu, bổ nhiệm trong năm"),
    )
    TIMING: ClassVar[Fact] = Fact(
        3, _cite(7, Confidence.SECONDARY), N_("Lấy phiếu tại kỳ họp cuối năm thứ ba của nhiệm kỳ")
    )
    RATINGS: ClassVar[Fact] = Fact(
        ("high", "confidence", "low"),
        _cite(16, Confidence.SECONDARY),
        N_("Ba mức: tín nhiệm cao, tín nhiệm, tín nhiệm thấp"),
    )

    def outcome(self, *, total: int, low: int) -> ConfidenceOutcome:
        """What *low* "tín nhiệm thấp" ratings out of *total* delegates lead to."""
        self.check_counts(total, low)
        if self.CONFIDENCE_VOTE.is_met(low, total):
            return ConfidenceOutcome.CONFIDENCE_VOTE
        if self.MAY_RESIGN.is_met(low, total):
            return ConfidenceOutcome.MAY_RESIGN
        return ConfidenceOutcome.NONE

    def outcome_rule(self, outcome: ConfidenceOutcome) -> Threshold | None:
        """The threshold behind *outcome* (for no consequence, the one not reached).

        ```pycon
        >>> ConfidenceRules2014().outcome_rule(ConfidenceOutcome.CONFIDENCE_VOTE).describe("en")
        'at least 2/3 of the total number of delegates'

        ```
        """
        rules = {
            ConfidenceOutcome.NONE: self.MAY_RESIGN,
            ConfidenceOutcome.MAY_RESIGN: self.MAY_RESIGN,
            ConfidenceOutcome.CONFIDENCE_VOTE: self.CONFIDENCE_VOTE,
        }
        return rules.get(outcome)
