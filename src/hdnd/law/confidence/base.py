"""Confidence ratings and votes: who is rated, when, and what "low confidence" leads to.

Councils rate the people they elect once a term (lấy phiếu tín nhiệm). The instrument in
force says who is rated, who is exempt, in which year, and what a given number of "tín
nhiệm thấp" ratings leads to: nothing, the person may resign, a confidence vote (bỏ phiếu
tín nhiệm), or a proposal to dismiss them. The instruments themselves are
:mod:`hdnd.law.confidence.nq85_2014` and :mod:`hdnd.law.confidence.nq96_2023`.

```pycon
>>> import datetime as dt
>>> from hdnd.law import framework_at
>>> framework_at(dt.date(2023, 12, 8)).confidence_outcome(total=60, low=40).value
'dismissal-proposal'

```
"""

from __future__ import annotations

import abc
import datetime as dt
from typing import ClassVar, Protocol

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.levels import Level
from hdnd.law.local_government.structure import level_exists
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold

__all__ = ["ConfidenceOutcome", "ConfidenceVoteRules", "RatedPost"]


class ConfidenceOutcome(LabelledEnum):
    """What the "low confidence" ratings of one person lead to."""

    NONE = "none"
    MAY_RESIGN = "may-resign"
    CONFIDENCE_VOTE = "confidence-vote"
    DISMISSAL_PROPOSAL = "dismissal-proposal"


class RatedPost(LabelledEnum):
    """A post elected by a People's Council whose holder may be rated (lấy phiếu tín nhiệm)."""

    COUNCIL_CHAIR = "council-chair"
    COUNCIL_VICE_CHAIR = "council-vice-chair"
    COUNCIL_COMMITTEE_HEAD = "council-committee-head"
    COUNCIL_OFFICE_CHIEF = "council-office-chief"
    PEOPLES_COMMITTEE_CHAIR = "peoples-committee-chair"
    PEOPLES_COMMITTEE_VICE_CHAIR = "peoples-committee-vice-chair"
    PEOPLES_COMMITTEE_MEMBER = "peoples-committee-member"


register_labels(
    ConfidenceOutcome,
    {
        ConfidenceOutcome.NONE: N_("không có hệ quả"),
        ConfidenceOutcome.MAY_RESIGN: N_("có thể xin từ chức"),
        ConfidenceOutcome.CONFIDENCE_VOTE: N_("đưa ra bỏ phiếu tín nhiệm"),
        ConfidenceOutcome.DISMISSAL_PROPOSAL: N_("trình miễn nhiệm"),
    },
)
register_labels(
    RatedPost,
    {
        RatedPost.COUNCIL_CHAIR: N_("Chủ tịch Hội đồng nhân dân"),
        RatedPost.COUNCIL_VICE_CHAIR: N_("Phó Chủ tịch Hội đồng nhân dân"),
        RatedPost.COUNCIL_COMMITTEE_HEAD: N_("Trưởng Ban của Hội đồng nhân dân"),
        RatedPost.COUNCIL_OFFICE_CHIEF: N_("Chánh Văn phòng Hội đồng nhân dân"),
        RatedPost.PEOPLES_COMMITTEE_CHAIR: N_("Chủ tịch Ủy ban nhân dân"),
        RatedPost.PEOPLES_COMMITTEE_VICE_CHAIR: N_("Phó Chủ tịch Ủy ban nhân dân"),
        RatedPost.PEOPLES_COMMITTEE_MEMBER: N_("Ủy viên Ủy ban nhân dân"),
    },
)


class _HasElectionDay(Protocol):
    @property
    def election_day(self) -> dt.date: ...


def _check_year(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1900 <= value <= 2200:
        msg = f"{name} must be a year, not {value!r}"
        raise ValueError(msg)
    return value


class ConfidenceVoteRules(Instrument):
    """Base of the instruments on confidence ratings and votes.

    A subclass sets the cited rules below; :meth:`is_rated` and :meth:`vote_year` read them.

    Class attributes:
        BASE: What the outcome shares are counted against (delegates before 2023, ballots
            after).
        RATED_LEVELS: Fact whose value is the council levels that rate.
        RATED_POSTS: Fact whose value is the posts rated at every rating level.
        PROVINCE_ONLY_POSTS: Fact whose value is the posts rated at provincial level only.
        EXEMPT: Fact naming who is not rated (retirement leave announced; elected or
            appointed in the year of the rating).
        TIMING: Fact whose value is the year of the term in which the rating is held (at the
            year-end session).
        RATINGS: Fact whose value is the codes of the ratings on the ballot.
        CONFIDENCE_VOTE_REQUEST: Share of all delegates whose request puts a person to a
            confidence vote.
        LOW_RATING_LEADS_TO_VOTE: Fact saying that a person whose rating allows them to
            resign, and who does not, is put to a confidence vote; ``None`` where the
            instrument has no such rule.
        NO_CONFIDENCE: In a confidence vote, the share of "không tín nhiệm" votes from which
            the person may resign (else their dismissal is proposed); ``None`` where hdnd
            encodes no such rule.
    """

    domain: ClassVar[Domain] = Domain.CONFIDENCE_VOTES
    BASE: ClassVar[Base]
    RATED_LEVELS: ClassVar[Fact]
    RATED_POSTS: ClassVar[Fact]
    PROVINCE_ONLY_POSTS: ClassVar[Fact | None] = None
    EXEMPT: ClassVar[Fact]
    TIMING: ClassVar[Fact]
    RATINGS: ClassVar[Fact]
    CONFIDENCE_VOTE_REQUEST: ClassVar[Threshold]
    LOW_RATING_LEADS_TO_VOTE: ClassVar[Fact | None] = None
    NO_CONFIDENCE: ClassVar[Threshold | None] = None

    @abc.abstractmethod
    def outcome(self, *, total: int, low: int) -> ConfidenceOutcome:
        """What *low* "tín nhiệm thấp" ratings out of *total* lead to.

        Args:
            total: The base the instrument counts against (:attr:`BASE`).
            low: The number of "tín nhiệm thấp" ratings.

        Raises:
            ValueError: A count is not a whole number of at least 0, or *low* exceeds
                *total*.
        """

    @abc.abstractmethod
    def outcome_rule(self, outcome: ConfidenceOutcome) -> Threshold | None:
        """The cited rule behind *outcome*: the threshold whose reaching gives it.

        For :attr:`ConfidenceOutcome.NONE`, the lowest threshold, the one not reached;
        ``None`` for an outcome the instrument never gives.
        """

    def leads_to_vote(self, outcome: ConfidenceOutcome | None) -> bool:
        """Whether a rating with *outcome* puts the person to a confidence vote.

        An outcome of :attr:`ConfidenceOutcome.CONFIDENCE_VOTE` does (Resolution 85/2014);
        so does :attr:`ConfidenceOutcome.MAY_RESIGN` where :attr:`LOW_RATING_LEADS_TO_VOTE`
        says a person who may resign and does not is put to one (Resolution 96/2023).

        >>> import datetime as dt
        >>> from hdnd.law import framework_at
        >>> rules = framework_at(dt.date(2023, 12, 8)).instrument(Domain.CONFIDENCE_VOTES)
        >>> rules.leads_to_vote(ConfidenceOutcome.MAY_RESIGN), rules.leads_to_vote(None)
        (True, False)
        """
        if outcome is ConfidenceOutcome.CONFIDENCE_VOTE:
            return True
        follow = self.LOW_RATING_LEADS_TO_VOTE
        return (
            outcome is ConfidenceOutcome.MAY_RESIGN and follow is not None and follow.value is True
        )

    def vote_outcome(self, *, total: int, no_confidence: int) -> ConfidenceOutcome | None:
        """What *no_confidence* "không tín nhiệm" votes out of *total* lead to in a confidence vote.

        :attr:`ConfidenceOutcome.MAY_RESIGN` when :attr:`NO_CONFIDENCE` is met (the person
        may resign, and if they do not, their dismissal is proposed), else
        :attr:`ConfidenceOutcome.NONE`; ``None`` where the instrument has no such rule
        encoded.

        Raises:
            ValueError: A count is not a whole number of at least 0, or *no_confidence*
                exceeds *total*.
        """
        self.check_counts(total, no_confidence)
        if self.NO_CONFIDENCE is None:
            return None
        if self.NO_CONFIDENCE.is_met(no_confidence, total):
            return ConfidenceOutcome.MAY_RESIGN
        return ConfidenceOutcome.NONE

    @staticmethod
    def check_counts(total: int, low: int) -> None:
        """Raise ``ValueError`` unless both are whole numbers and *low* ≤ *total*."""
        for name, value in (("total", total), ("low", low)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                msg = f"{name} must be a whole number of at least 0, not {value!r}"
                raise ValueError(msg)
        if low > total:
            msg = f"low ({low}) cannot exceed total ({total})"
            raise ValueError(msg)

    @classmethod
    def rated_posts(cls, level: Level) -> tuple[RatedPost, ...]:
        """The posts whose holders a council of *level* rates (none if it does not rate)."""
        if level not in cls.RATED_LEVELS.value:
            return ()
        posts: tuple[RatedPost, ...] = tuple(cls.RATED_POSTS.value)
        if level is Level.PROVINCE and cls.PROVINCE_ONLY_POSTS is not None:
            posts += tuple(cls.PROVINCE_ONLY_POSTS.value)
        return posts

    @classmethod
    def is_rated(
        cls,
        level: Level,
        post: RatedPost,
        elected_on: dt.date,
        vote_year: int,
        retiring: bool = False,
    ) -> bool:
        """Whether the holder of *post* on a council of *level* is rated in *vote_year*.

        Not rated: a level or post the instrument does not cover, a level that no longer
        exists at the end of *vote_year* (district councils after 30 June 2025), a person who
        has announced their retirement leave (*retiring*), and one elected or appointed in
        the year of the rating (or later).

        Args:
            level: The level of the council.
            post: The post held.
            elected_on: The day the person was elected or appointed to the post.
            vote_year: The year of the rating.
            retiring: The person has a notice of leave pending retirement.
        """
        _check_year("vote_year", vote_year)
        if not level_exists(level, dt.date(vote_year, 12, 31)):
            return False
        if post not in cls.rated_posts(level):
            return False
        return not retiring and elected_on.year < vote_year

    @classmethod
    def vote_year(cls, term: _HasElectionDay | dt.date) -> int:
        """The year of the term's rating: its third year (the year-end session of that year).

        *term* is a :class:`hdnd.Term` (its first session counts when known) or an election
        day.
        """
        if isinstance(term, dt.date):
            start = term
        else:
            start = getattr(term, "first_session", None) or term.election_day
        year: int = cls.TIMING.value
        return start.year + year - 1
