"""A confidence rating (lấy phiếu tín nhiệm): one person, their posts, the three counts.

Once a term, at the year-end session of its third year, a provincial or district council
rates the people it elected (its chair and vice-chairs, the heads of its committees, the
chair, vice-chairs and members of the People's Committee): each ballot marks each person
"tín nhiệm cao" (high), "tín nhiệm" or "tín nhiệm thấp" (low). A person holding several
posts is rated once, for all of them (Resolution 96/2023/QH15, Art. 2(4)). Who is due a
rating on a day is :func:`hdnd.confidence.rating_roll`.

The share of "low" ratings decides what follows, counted against a base that changed on
1 July 2023: the total number of **delegates** under Resolution 85/2014/QH13, the total
number of **ballots** under Resolution 96/2023/QH15. The same counts can give different
outcomes on either side of that day:

```pycon
>>> counts = dict(person="ct-ubnd", posts=["peoples-committee-chair"], ballots=50,
...               high=10, confidence=6, low=34, delegates=60)
>>> before = ConfidenceRating(id="r1", council="hdnd", day="2023-06-30", **counts)
>>> after = ConfidenceRating(id="r2", council="hdnd", day="2023-07-01", **counts)
>>> before.base_kind.value, before.base(), before.outcome().value
('total-delegates', 60, 'may-resign')
>>> after.base_kind.value, after.base(), after.outcome().value
('ballots', 50, 'dismissal-proposal')
>>> ConfidenceRating(id="r3", council="hdnd", day="2023-12-08", person="p", posts=[],
...                  ballots=50, high=50, confidence=0, low=0)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for ConfidenceRating
posts
  Tuple should have at least 1 item after validation, not 0 ...

```
"""

from __future__ import annotations

from fractions import Fraction
from typing import Self

from pydantic import Field, model_validator

from hdnd._core.model import Record
from hdnd._core.types import Count, Day, Identifier
from hdnd.confidence.rules import base_count, confidence_rules
from hdnd.councils.offices import Post
from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.law.thresholds import Base

__all__ = ["ConfidenceRating"]


def _distinct(posts: tuple[Post, ...]) -> None:
    if len(posts) != len(set(posts)):
        msg = f"a post is listed twice: {[p.value for p in posts]}"
        raise ValueError(msg)


def _not_above(count: int, limit: int | None, what: str, of: str) -> None:
    if limit is not None and count > limit:
        msg = f"{what} ({count}) exceeds {of} ({limit})"
        raise ValueError(msg)


class ConfidenceRating(Record):
    """The result of one person's confidence rating (lấy phiếu tín nhiệm) at a session."""

    id: Identifier
    """Stable identifier within the dataset."""
    council: Identifier
    """Id of the council that rated."""
    session: Identifier | None = None
    """Id of the session the rating was held at, where the dataset has it."""
    day: Day
    """Day of the rating."""
    person: Identifier
    """Id of the person rated: the ``person`` of their offices (:class:`hdnd.Office`)."""
    posts: tuple[Post, ...] = Field(min_length=1)
    """The posts the rating covers: one rating for all the posts a person holds."""
    ballots: Count
    """Ballots counted (tổng số phiếu): the base of the outcome from 1 July 2023."""
    high: Count
    """Ballots rating the person "tín nhiệm cao" (high confidence)."""
    confidence: Count
    """Ballots rating the person "tín nhiệm" (confidence)."""
    low: Count
    """Ballots rating the person "tín nhiệm thấp" (low confidence)."""
    delegates: Count | None = None
    """The council's delegates on the day (tổng số đại biểu), where the record gives them:
    the base of the outcome before 1 July 2023."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        _distinct(self.posts)
        _not_above(self.rated, self.ballots, "high + confidence + low", "ballots")
        _not_above(self.ballots, self.delegates, "ballots", "delegates")
        return self

    @property
    def rated(self) -> int:
        """Ballots that rated the person: high, confidence and low together."""
        return self.high + self.confidence + self.low

    @property
    def rules(self) -> ConfidenceVoteRules | None:
        """The resolution in force on the day of the rating (``None`` where not encoded)."""
        return confidence_rules(self.day)

    @property
    def base_kind(self) -> Base | None:
        """What the resolution in force counts "low" ratings against: delegates or ballots."""
        rules = self.rules
        return None if rules is None else rules.BASE

    def base(self, delegates: int | None = None) -> int | None:
        """The number the resolution in force counts against, where known.

        The ballots, or the delegates: those the record gives, else *delegates* (the
        council's membership on the day, counted elsewhere). ``None`` when not known or zero.
        """
        kind = self.base_kind
        if kind is None:
            return None
        counted = self.delegates if self.delegates is not None else delegates
        return base_count(kind, ballots=self.ballots, delegates=counted)

    def share(self, delegates: int | None = None) -> Fraction | None:
        """The "low" ratings as an exact share of :meth:`base`; ``None`` without a base."""
        base = self.base(delegates)
        return None if base is None else Fraction(self.low, base)

    def outcome(self, delegates: int | None = None) -> ConfidenceOutcome | None:
        """What the "low" ratings lead to under the resolution in force on the day.

        ``None`` where hdnd encodes no resolution for the day, the base is not known, or the
        "low" ratings exceed it (delegates given that do not agree with the record).
        """
        rules, base = self.rules, self.base(delegates)
        if rules is None or base is None or self.low > base:
            return None
        return rules.outcome(total=base, low=self.low)
