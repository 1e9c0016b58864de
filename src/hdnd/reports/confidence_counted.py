"""Each confidence rating and vote of a council measured against the law of its day.

:func:`measure_rating` gives one person's rating the base the resolution in force counts
against — the ballots from 1 July 2023 (Resolution 96/2023/QH15), the delegates before
(Resolution 85/2014/QH13) — the share of "tín nhiệm thấp" ratings against it and against the
other base where both are known, and the outcome with the rule that gives it.
:func:`measure_vote` does the same for a confidence vote. The delegates are those the record
gives, else those whose mandate covers the day (:meth:`~hdnd.dataset.DatasetIndex.vote_base`).
:func:`hdnd.reports.confidence.confidence_results` puts them in a table.

```pycon
>>> from hdnd import Dataset
>>> ds = Dataset.model_validate({"confidence_ratings": [
...     {"id": "r", "council": "c", "day": "2023-12-08", "person": "p",
...      "posts": ["chair"], "ballots": 50, "high": 10, "confidence": 10, "low": 30,
...      "delegates": 60}]})
>>> result = measure_rating(ds.index, ds.confidence_ratings[0])
>>> result.base.value, result.share, result.other_share, result.outcome.value
('ballots', Fraction(3, 5), Fraction(1, 2), 'may-resign')
>>> result.rule.citation.render("en")
'Resolution 96/2023/QH15, Art. 12'

```
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from hdnd.confidence.kinds import ConfidenceVoteTrigger
from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.rules import confidence_rules
from hdnd.confidence.vote import ConfidenceVote
from hdnd.councils.offices import Post
from hdnd.dataset.dataset import DatasetIndex
from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.law.thresholds import Base, Threshold
from hdnd.reports.base import shares

__all__ = ["RatingResult", "VoteResult", "follows", "measure_rating", "measure_vote"]


@attrs.frozen
class VoteResult:
    """One person's confidence vote, measured against the law in force that day.

    Attributes:
        vote: The vote's id.
        person: The person voted on.
        posts: The posts the vote covers.
        day: The day of the vote.
        trigger: Why it was held, where the record says.
        ballots: Ballots counted.
        confidence: "Tín nhiệm" votes.
        no_confidence: "Không tín nhiệm" votes.
        base: The number the law's rule counts against, where known.
        share: The "không tín nhiệm" votes as an exact share of *base*.
        outcome: What they lead to; ``None`` where hdnd encodes no rule for the day (from
            1 July 2023) or the base is not known.
        rule: The rule, with its citation; ``None`` where not encoded.
    """

    vote: str
    person: str
    posts: tuple[Post, ...]
    day: dt.date
    trigger: ConfidenceVoteTrigger | None
    ballots: int
    confidence: int
    no_confidence: int
    base: int | None
    share: Fraction | None
    outcome: ConfidenceOutcome | None
    rule: Threshold | None


@attrs.frozen
class RatingResult:
    """One person's confidence rating, measured against the law in force that day.

    Attributes:
        rating: The rating's id.
        person: The person rated (``Office.person``).
        posts: The posts the rating covers.
        day: The day of the rating.
        ballots: Ballots counted.
        high: "Tín nhiệm cao" ratings.
        confidence: "Tín nhiệm" ratings.
        low: "Tín nhiệm thấp" ratings.
        delegates: The council's delegates that day: the record's, else those whose mandate
            covers the day; ``None`` when neither is known.
        instrument: The resolution in force that day (its number); ``None`` before hdnd
            encodes one.
        base: What it counts "low" ratings against: :attr:`Base.BALLOTS` or
            :attr:`Base.TOTAL_DELEGATES`.
        share_of_ballots: "Low" ratings as an exact share of the ballots.
        share_of_delegates: "Low" ratings as an exact share of the delegates, where known.
        outcome: What the "low" ratings lead to under that resolution; ``None`` where it is
            not encoded or its base is not known.
        rule: The threshold that gives the outcome (for no consequence, the lowest one, not
            reached), with its citation; ``None`` without an outcome.
        vote: The confidence vote that followed, if any.
    """

    rating: str
    person: str
    posts: tuple[Post, ...]
    day: dt.date
    ballots: int
    high: int
    confidence: int
    low: int
    delegates: int | None
    instrument: str | None
    base: Base | None
    share_of_ballots: Fraction | None
    share_of_delegates: Fraction | None
    outcome: ConfidenceOutcome | None
    rule: Threshold | None
    vote: VoteResult | None = None

    @property
    def share(self) -> Fraction | None:
        """The "low" ratings as a share of the base the law in force counts against."""
        if self.base is Base.BALLOTS:
            return self.share_of_ballots
        if self.base is Base.TOTAL_DELEGATES:
            return self.share_of_delegates
        return None

    @property
    def other_share(self) -> Fraction | None:
        """The same share against the other base (delegates or ballots), where known."""
        if self.base is Base.BALLOTS:
            return self.share_of_delegates
        if self.base is Base.TOTAL_DELEGATES:
            return self.share_of_ballots
        return None


def _delegates(index: DatasetIndex, council: str, stated: int | None, day: dt.date) -> int | None:
    """The delegates the record states, else the mandates covering *day* (none: ``None``)."""
    return stated if stated is not None else index.vote_base(council, day) or None


def measure_rating(
    index: DatasetIndex, rating: ConfidenceRating, vote: VoteResult | None = None
) -> RatingResult:
    """*rating* measured against the resolution in force on its day (*vote*: one that followed)."""
    delegates = _delegates(index, rating.council, rating.delegates, rating.day)
    rules: ConfidenceVoteRules | None = confidence_rules(rating.day)
    outcome = rating.outcome(delegates)
    rule = None if rules is None or outcome is None else rules.outcome_rule(outcome)
    return RatingResult(
        rating=rating.id,
        person=rating.person,
        posts=rating.posts,
        day=rating.day,
        ballots=rating.ballots,
        high=rating.high,
        confidence=rating.confidence,
        low=rating.low,
        delegates=delegates,
        instrument=None if rules is None else rules.number,
        base=None if rules is None else rules.BASE,
        share_of_ballots=shares(rating.low, rating.ballots),
        share_of_delegates=None if delegates is None else shares(rating.low, delegates),
        outcome=outcome,
        rule=rule,
        vote=vote,
    )


def measure_vote(index: DatasetIndex, vote: ConfidenceVote) -> VoteResult:
    """*vote* measured against the law in force on its day."""
    delegates = _delegates(index, vote.council, vote.delegates, vote.day)
    base = vote.base(delegates)
    return VoteResult(
        vote=vote.id,
        person=vote.person,
        posts=vote.posts,
        day=vote.day,
        trigger=vote.trigger,
        ballots=vote.ballots,
        confidence=vote.confidence,
        no_confidence=vote.no_confidence,
        base=base,
        share=None if base is None else shares(vote.no_confidence, base),
        outcome=vote.outcome(delegates),
        rule=vote.rule,
    )


def follows(vote: ConfidenceVote, rating: ConfidenceRating) -> bool:
    """Whether *vote* followed from *rating*: named by it, or of its person after it.

    A vote that names no rating follows the person's rating when it was held on the day of
    the rating or later, and was not asked for by delegates or the Fatherland Front.
    """
    if vote.rating is not None:
        return vote.rating == rating.id
    return (
        vote.person == rating.person
        and vote.council == rating.council
        and vote.day >= rating.day
        and vote.trigger in (None, ConfidenceVoteTrigger.RATING_RESULT)
    )
