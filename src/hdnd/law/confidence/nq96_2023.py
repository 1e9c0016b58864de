"""Nghị quyết 96/2023/QH15 on confidence ratings and confidence votes, from 1 July 2023.

The consequences are counted on the *total number of ballots* (tổng số phiếu), as the
secondary sources quoting the resolution say (secondary; the article text was not read, and
its number, Art. 12, is inferred): more than half and less than two thirds "tín nhiệm thấp" →
the person may resign, and if they do not, the standing committee puts them to a confidence
vote; two thirds or more → the body or person who nominated them proposes their dismissal
(miễn nhiệm), with no confidence vote first. Whether "tổng số phiếu" means the ballots issued
or the valid ones is not known.

Who is rated (Art. 2(2)): provincial and district councils rate their chair, vice-chairs and
committee heads and the chair, vice-chairs and members of the People's Committee (verified);
commune councils are not covered in the text read, and no later amendment covering them was
found, so hdnd treats them as not rated (verified text, unverified current law). Not rated
(Art. 2(5), verified): a person with a notice of leave pending retirement, or elected or
appointed in the year of the rating. One rating covers all the posts a person holds (Art.
2(4), verified). Timing: once a term, at the year-end session of the third year (Art. 9,
secondary). The three ratings on the ballot are quoted only for the predecessor (secondary,
weak). A confidence vote follows a request of at least a third of the delegates or of the
Fatherland Front committee of the same level, or a rating of more than half to under two
thirds "tín nhiệm thấp" (Art. 13(2), secondary).
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

__all__ = ["ConfidenceRules2023"]

_NUMBER = "96/2023/QH15"


def _cite(
    article: int,
    clause: int | None = None,
    confidence: Confidence = Confidence.VERIFIED,
    point: str | None = None,
) -> Citation:
    return Citation(InstrumentKind.RESOLUTION, _NUMBER, article, clause, point, confidence)


class ConfidenceRules2023(ConfidenceVoteRules):
    """Resolution 96/2023/QH15 (replaces 85/2014/QH13 from 1 July 2023, Art. 22).

    ```pycon
    >>> import datetime as dt
    >>> rules = ConfidenceRules2023()
    >>> [rules.outcome(total=60, low=k).value for k in (30, 31, 39, 40)]
    ['none', 'may-resign', 'may-resign', 'dismissal-proposal']
    >>> rules.is_rated(Level.PROVINCE, RatedPost.COUNCIL_CHAIR, dt.date(2021, 6, 25), 2023)
    True
    >>> rules.is_rated(Level.COMMUNE, RatedPost.COUNCIL_CHAIR, dt.date(2021, 6, 25), 2023)
    False

    ```
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

    # Consequences (Art. 12 inferred; secondary): checked from the top, two thirds first.
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
    FRONT_MAY_REQUEST_VOTE: ClassVar[Fact] = Fact(
        True,
        _cite(13, 2, Confidence.SECONDARY),
        N_("Ủy ban Mặt trận Tổ quốc cùng cấp kiến nghị bỏ phiếu tín nhiệm"),
    )
    LOW_RATING_LEADS_TO_VOTE: ClassVar[Fact] = Fact(
        True,
        _cite(13, 2, Confidence.SECONDARY),
        N_(
            "Quá nửa đến dưới hai phần ba phiếu tín nhiệm thấp mà không từ chức: bỏ phiếu tín nhiệm"
        ),
    )
    RATED_LEVELS: ClassVar[Fact] = Fact(
        (Level.PROVINCE, Level.DISTRICT),
        _cite(2, 2),
        N_("Cấp Hội đồng nhân dân lấy phiếu tín nhiệm"),
    )
    RATED_POSTS: ClassVar[Fact] = Fact(
        (
            RatedPost.COUNCIL_CHAIR,
            RatedPost.COUNCIL_VICE_CHAIR,
            RatedPost.COUNCIL_COMMITTEE_HEAD,
            RatedPost.PEOPLES_COMMITTEE_CHAIR,
            RatedPost.PEOPLES_COMMITTEE_VICE_CHAIR,
            RatedPost.PEOPLES_COMMITTEE_MEMBER,
        ),
        _cite(2, 2),
        N_("Chức vụ được lấy phiếu tín nhiệm"),
    )
    ONE_RATING_FOR_SEVERAL_POSTS: ClassVar[Fact] = Fact(
        True, _cite(2, 4), N_("Người giữ nhiều chức vụ chỉ được lấy phiếu một lần")
    )
    EXEMPT: ClassVar[Fact] = Fact(
        ("retirement-leave-announced", "elected-or-appointed-in-the-year"),
        _cite(2, 5),
        N_("Không lấy phiếu người đã có thông báo nghỉ hưu hoặc được bầu, bổ nhiệm trong năm"),
    )
    TIMING: ClassVar[Fact] = Fact(
        3,
        _cite(9, None, Confidence.SECONDARY),
        N_("Lấy phiếu tại kỳ họp cuối năm thứ ba của nhiệm kỳ"),
    )
    RATINGS: ClassVar[Fact] = Fact(
        ("high", "confidence", "low"),
        _cite(18, None, Confidence.SECONDARY),
        N_("Ba mức: tín nhiệm cao, tín nhiệm, tín nhiệm thấp"),
    )

    def outcome(self, *, total: int, low: int) -> ConfidenceOutcome:
        """What *low* "tín nhiệm thấp" ratings out of *total* ballots lead to.

        *low* from more than half to under two thirds: the person may resign, and if they do
        not, the standing committee puts them to a confidence vote (reported as
        ``MAY_RESIGN``); two thirds or more: dismissal is proposed.
        """
        self.check_counts(total, low)
        if self.DISMISSAL_PROPOSAL.is_met(low, total):
            return ConfidenceOutcome.DISMISSAL_PROPOSAL
        if self.MAY_RESIGN.is_met(low, total):
            return ConfidenceOutcome.MAY_RESIGN
        return ConfidenceOutcome.NONE

    def outcome_rule(self, outcome: ConfidenceOutcome) -> Threshold | None:
        """The threshold behind *outcome* (for no consequence, the one not reached).

        ```pycon
        >>> rule = ConfidenceRules2023().outcome_rule(ConfidenceOutcome.DISMISSAL_PROPOSAL)
        >>> rule.describe("en")
        'at least 2/3 of the ballots'

        ```
        """
        rules = {
            ConfidenceOutcome.NONE: self.MAY_RESIGN,
            ConfidenceOutcome.MAY_RESIGN: self.MAY_RESIGN,
            ConfidenceOutcome.DISMISSAL_PROPOSAL: self.DISMISSAL_PROPOSAL,
        }
        return rules.get(outcome)
