"""A confidence vote (bỏ phiếu tín nhiệm): one person, the votes for and against them.

A council puts a person it elected to a confidence vote when a share of its delegates asks
for one (the share is the law's: ``CONFIDENCE_VOTE_REQUEST``), when the Fatherland Front
committee of the same level asks, or after a confidence rating whose result calls for it
(Law 87/2015/QH13 Art. 64(1); Resolution 96/2023/QH15 Art. 13(2)). Each ballot marks the
person "tín nhiệm" (confidence) or "không tín nhiệm" (no confidence). Under Law 87/2015
Art. 64(3), more than half of all delegates voting "không tín nhiệm" let the person resign,
and if they do not, the body that nominated them proposes their dismissal; hdnd encodes no
such rule for Resolution 96/2023, so :meth:`ConfidenceVote.outcome` gives nothing from
1 July 2023.

```pycon
>>> import datetime as dt
>>> vote = ConfidenceVote(id="bp-1", council="hdnd", day="2019-07-12", person="pct-ubnd",
...                       posts=["peoples-committee-vice-chair"], ballots=58,
...                       confidence=27, no_confidence=31, delegates=60,
...                       trigger="rating-result", rating="lp-7")
>>> vote.trigger.label("vi"), vote.outcome().value
('Kết quả lấy phiếu tín nhiệm', 'may-resign')
>>> vote.model_copy(update={"no_confidence": 30}).outcome().value  # exactly half of 60
'none'
>>> vote.model_copy(update={"day": dt.date(2024, 7, 12)}).outcome() is None  # not encoded
True

```
"""

from __future__ import annotations

from typing import Self

from pydantic import Field, model_validator

from hdnd._core.model import Record
from hdnd._core.types import Count, Day, Identifier
from hdnd.confidence.kinds import ConfidenceVoteTrigger
from hdnd.confidence.rating import _distinct, _not_above
from hdnd.confidence.rules import base_count, confidence_rules
from hdnd.councils.offices import Post
from hdnd.law.confidence.base import ConfidenceOutcome
from hdnd.law.thresholds import Threshold

__all__ = ["ConfidenceVote"]


class ConfidenceVote(Record):
    """The result of one person's confidence vote (bỏ phiếu tín nhiệm) at a session."""

    id: Identifier
    """Stable identifier within the dataset."""
    council: Identifier
    """Id of the council that voted."""
    session: Identifier | None = None
    """Id of the session the vote was held at, where the dataset has it."""
    day: Day
    """Day of the vote."""
    person: Identifier
    """Id of the person voted on: the ``person`` of their offices (:class:`hdnd.Office`)."""
    posts: tuple[Post, ...] = Field(min_length=1)
    """The posts the vote covers."""
    ballots: Count
    """Ballots counted (tổng số phiếu)."""
    confidence: Count
    """Ballots marking the person "tín nhiệm" (confidence)."""
    no_confidence: Count
    """Ballots marking the person "không tín nhiệm" (no confidence)."""
    delegates: Count | None = None
    """The council's delegates on the day (tổng số đại biểu), where the record gives them."""
    trigger: ConfidenceVoteTrigger | None = None
    """Why the vote was held: a request of delegates, of the Fatherland Front committee, or
    the result of a confidence rating; empty when the record does not say."""
    rating: Identifier | None = None
    """Id of the confidence rating whose result led to the vote (only for that trigger)."""
    requesters: Count | None = None
    """For a request of delegates, how many delegates asked (only for that trigger)."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _distinct(self.posts)
        cast = self.confidence + self.no_confidence
        _not_above(cast, self.ballots, "confidence + no_confidence", "ballots")
        _not_above(self.ballots, self.delegates, "ballots", "delegates")
        if self.requesters is not None:
            if self.trigger is not ConfidenceVoteTrigger.DELEGATES_REQUEST:
                msg = "requesters is given only for a vote delegates asked for"
                raise ValueError(msg)
            _not_above(self.requesters, self.delegates, "requesters", "delegates")
        if self.rating is not None and self.trigger not in (
            None,
            ConfidenceVoteTrigger.RATING_RESULT,
        ):
            msg = f"rating is given only for a vote a rating led to (trigger {self.trigger})"
            raise ValueError(msg)
        return self

    @property
    def rule(self) -> Threshold | None:
        """The share of "không tín nhiệm" votes that counts, under the law of the day."""
        rules = confidence_rules(self.day)
        return None if rules is None else rules.NO_CONFIDENCE

    def base(self, delegates: int | None = None) -> int | None:
        """The number :attr:`rule` counts against, where known (as for a rating)."""
        rule = self.rule
        if rule is None:
            return None
        counted = self.delegates if self.delegates is not None else delegates
        return base_count(rule.base, ballots=self.ballots, delegates=counted)

    def outcome(self, delegates: int | None = None) -> ConfidenceOutcome | None:
        """What the "không tín nhiệm" votes lead to under the law in force on the day.

        :attr:`~hdnd.law.confidence.base.ConfidenceOutcome.MAY_RESIGN` (the person may
        resign, else their dismissal is proposed) or ``NONE``; ``None`` where hdnd encodes no
        rule for the day, the base is not known, or the votes exceed it.
        """
        rules, base = confidence_rules(self.day), self.base(delegates)
        if rules is None or base is None or self.no_confidence > base:
            return None
        return rules.vote_outcome(total=base, no_confidence=self.no_confidence)
