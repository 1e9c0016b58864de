"""Nghị quyết 96/2023/QH15 on confidence ratings and confidence votes, from 1 July 2023.

The consequences are counted on the *total number of ballots* (tổng số phiếu), as the
secondary sources quoting the resolution say (secondary; the article text was not read):
more than half and less than two thirds "tín nhiệm thấp" → the person may resign, and if
they do not, the standing committee puts them to a confidence vote; two thirds or more → the
body or person who nominated them proposes their dismissal (miễn nhiệm). Who is rated
(Art. 2(2)) covers provincial and district councils only; whether commune councils are
covered after the 2025 reform is not known (unverified).
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.confidence import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold
from hdnd.levels import Level

__all__ = ["ConfidenceRules2023"]

_NUMBER = "96/2023/QH15"


def _cite(
    article: int, clause: int | None = None, confidence: Confidence = Confidence.VERIFIED
) -> Citation:
    return Citation(InstrumentKind.RESOLUTION, _NUMBER, article, clause, None, confidence)


class ConfidenceRules2023(ConfidenceVoteRules):
    """Resolution 96/2023/QH15 (replaces 85/2014/QH13 from 1 July 2023, Art. 22).

    >>> rules = ConfidenceRules2023()
    >>> [rules.outcome(total=60, low=k).value for k in (30, 31, 39, 40)]
    ['none', 'may-resign', 'may-resign', 'dismissal-proposal']
    """

    key: ClassVar[str] = "nq96-2023"
    kind: ClassVar[InstrumentKind] = InstrumentKind.RESOLUTION
    number: ClassVar[str] = _NUMBER
    title: ClassVar[str] = (
        "Nghị quyết về việc lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm đối với người giữ chức vụ"
        " do Quốc hội, Hội đồng nhân dân bầu hoặc phê chuẩn"
    )
    promulgated: ClassVar[dt.date] = dt.date(2023, 6, 23)
    effective: ClassVar[dt.date] = dt.date(2023, 7, 1)  # Art. 22
    replaces: ClassVar[tuple[str, ...]] = ("85/2014/QH13",)
    source: ClassVar[str] = (
        "Art. 1-3, 20-22: Pháp điển copy; consequences: xaydungchinhsach.chinhphu.vn (secondary)"
    )
    BASE: ClassVar[Base] = Base.BALLOTS

    MAY_RESIGN: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.BALLOTS, _cite(12, None, Confidence.SECONDARY)
    )
    DISMISSAL_PROPOSAL: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.BALLOTS, _cite(12, None, Confidence.SECONDARY)
    )
    # Art. 13(2): a confidence vote when at least a third of the delegates ask for one, when
    # the Fatherland Front committee asks, or after "more than half to under two thirds" low.
    CONFIDENCE_VOTE_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 3), False, Base.TOTAL_DELEGATES, _cite(13, 2, Confidence.SECONDARY)
    )
    RATED_LEVELS: ClassVar[Fact] = Fact(
        (Level.PROVINCE, Level.DISTRICT), _cite(2, 2), "Cấp Hội đồng nhân dân lấy phiếu tín nhiệm"
    )
    ONE_RATING_FOR_SEVERAL_POSTS: ClassVar[Fact] = Fact(
        True, _cite(2, 4), "Người giữ nhiều chức vụ chỉ được lấy phiếu một lần"
    )
    EXEMPT: ClassVar[Fact] = Fact(
        ("retirement-leave-announced", "elected-or-appointed-in-the-year"),
        _cite(2, 5),
        "Không lấy phiếu với người đã có thông báo nghỉ hưu hoặc được bầu, bổ nhiệm trong năm",
    )
    TIMING: ClassVar[Fact] = Fact(
        "year-end-session-of-the-third-year",
        _cite(9, None, Confidence.SECONDARY),
        "Một lần mỗi nhiệm kỳ, tại kỳ họp cuối năm thứ ba",
    )

    def outcome(self, *, total: int, low: int) -> ConfidenceOutcome:
        """What *low* "tín nhiệm thấp" ratings out of *total* ballots lead to."""
        self.check_counts(total, low)
        if self.DISMISSAL_PROPOSAL.is_met(low, total):
            return ConfidenceOutcome.DISMISSAL_PROPOSAL
        if self.MAY_RESIGN.is_met(low, total):
            return ConfidenceOutcome.MAY_RESIGN
        return ConfidenceOutcome.NONE

    @staticmethod
    def is_rated(level: Level, *, elected_in: int, vote_year: int, retiring: bool = False) -> bool:
        """Whether a holder of a council-elected post at *level* is rated in *vote_year*.

        >>> ConfidenceRules2023.is_rated(Level.PROVINCE, elected_in=2021, vote_year=2023)
        True
        >>> ConfidenceRules2023.is_rated(Level.PROVINCE, elected_in=2023, vote_year=2023)
        False
        """
        if level not in ConfidenceRules2023.RATED_LEVELS.value:
            return False
        return not retiring and elected_in != vote_year

    @staticmethod
    def vote_year(election_day: dt.date) -> int:
        """The year of the rating: the third year of the term (its year-end session).

        >>> ConfidenceRules2023.vote_year(dt.date(2021, 5, 23))
        2023
        """
        return election_day.year + 2
