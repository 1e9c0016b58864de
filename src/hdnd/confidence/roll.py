"""Who is due a confidence rating on a day (:func:`rating_roll`), and who was not rated.

The resolution in force on the day of the rating says which posts a council of each level
rates, and whom it exempts: a person whose leave pending retirement has been announced
(:attr:`hdnd.Office.retirement_notice`), and a person elected or appointed to the post in
the year of the rating. A person holding several rated posts is rated once, for all the
posts not elected in that year. :func:`roll_call` compares the roll with the ratings a
council recorded: who was exempt, and who was due a rating and has none.

```pycon
>>> import datetime as dt
>>> from hdnd.councils.offices import Office
>>> from hdnd.law.levels import Level
>>> offices = [
...     Office(person="a", council="c", post="peoples-committee-chair", start="2021-06-25"),
...     Office(person="a", council="c", post="peoples-committee-member", start="2021-06-25"),
...     Office(person="b", council="c", post="peoples-committee-vice-chair",
...            start="2023-03-01"),
...     Office(person="d", council="c", post="vice-chair", start="2021-06-25",
...            retirement_notice="2023-10-01"),
...     Office(person="e", council="c", post="committee-member", committee="legal-affairs",
...            start="2021-06-25"),
... ]
>>> day = dt.date(2023, 12, 8)
>>> due = rated_on(offices, "c", Level.PROVINCE, day)
>>> [(d.person, [p.value for p in d.posts]) for d in due]
[('a', ['peoples-committee-chair', 'peoples-committee-member'])]
>>> [(due.person, [e.value for e in due.exemptions])
...  for due in rating_roll(offices, "c", Level.PROVINCE, day) if not due.rated]
[('d', ['retirement-leave-announced']), ('b', ['elected-or-appointed-in-the-year'])]
>>> rated_on(offices, "c", Level.COMMUNE, day)  # commune councils do not rate from 2023
()

```
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from types import MappingProxyType

import attrs

from hdnd.confidence.kinds import RatingExemption
from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.rules import confidence_rules
from hdnd.councils.offices import Office, Post
from hdnd.law.levels import Level

__all__ = ["RatingDue", "RollCall", "rated_on", "rating_roll", "roll_call"]

_ORDER: Mapping[Post, int] = MappingProxyType(
    {post: position for position, post in enumerate(Post)}
)


@attrs.frozen
class RatingDue:
    """A holder of posts the law rates, on the day of a rating, and why they are not rated.

    Attributes:
        person: The holder's id (``Office.person``).
        posts: The posts the rating covers: those held that day and not elected in the year
            of the rating; for a person exempt on that ground, every rated post they hold.
        exemptions: Why they are not rated; empty when they are.
    """

    person: str
    posts: tuple[Post, ...]
    exemptions: tuple[RatingExemption, ...] = ()

    @property
    def rated(self) -> bool:
        """Whether the person is due a rating (no exemption applies)."""
        return not self.exemptions


def rating_roll(
    offices: Iterable[Office], council: str, level: Level, day: dt.date
) -> tuple[RatingDue, ...]:
    """Every holder on *day* of a post *council* (of *level*) rates, exempt or not.

    The posts and exemptions are those of the resolution in force on *day*, the year of the
    rating being *day*'s. A retirement notice counts from its day, on any office of the
    person among *offices*. In the order of the posts (chair first), then by person.
    Empty where hdnd encodes no resolution for the day, or the council's level rates no one.
    """
    rules = confidence_rules(day)
    if rules is None:
        return ()
    year = day.year
    held: defaultdict[str, list[Office]] = defaultdict(list)
    retiring: set[str] = set()
    for office in offices:
        notice = office.retirement_notice
        if notice is not None and notice <= day:
            retiring.add(office.person)
        rated = office.post.rated_post
        if (
            office.council == council
            and rated is not None
            and office.covers(day)
            and rules.is_rated(level, rated, dt.date.min, year)  # the level rates the post
        ):
            held[office.person].append(office)
    roll: list[RatingDue] = []
    for person, found in held.items():
        rated_posts = [
            o.post
            for o in found
            if o.post.rated_post is not None
            and rules.is_rated(level, o.post.rated_post, o.start, year)
        ]
        exemptions: list[RatingExemption] = []
        if person in retiring:
            exemptions.append(RatingExemption.RETIREMENT)
        if not rated_posts:
            exemptions.append(RatingExemption.ELECTED_IN_THE_YEAR)
        posts = rated_posts or [o.post for o in found]
        roll.append(RatingDue(person, _ordered(posts), tuple(exemptions)))
    return tuple(sorted(roll, key=lambda due: (_ORDER[due.posts[0]], due.person)))


def rated_on(
    offices: Iterable[Office], council: str, level: Level, day: dt.date
) -> tuple[RatingDue, ...]:
    """The holders of rated posts due a rating on *day*: :func:`rating_roll` less the exempt."""
    return tuple(due for due in rating_roll(offices, council, level, day) if due.rated)


@attrs.frozen
class RollCall:
    """The holders of rated posts on the day of a council's ratings, against those ratings.

    Attributes:
        day: The day of the ratings (the first, when they span several days).
        exempt: The holders exempt and not rated, with why (:attr:`RatingDue.exemptions`).
        unrated: The holders due a rating with none among the ratings.
    """

    day: dt.date
    exempt: tuple[RatingDue, ...]
    unrated: tuple[RatingDue, ...]


def roll_call(
    offices: Iterable[Office], council: str, level: Level, ratings: Sequence[ConfidenceRating]
) -> RollCall:
    """The roll of *council* on the first day of *ratings*, less the people they rate.

    *ratings* are those of one rating of the council (a session's, or a year's); the roll is
    :func:`rating_roll` on the first of their days, in its order.

    Raises:
        ValueError: *ratings* is empty.
    """
    if not ratings:
        msg = "a roll call needs at least one rating"
        raise ValueError(msg)
    rated = {rating.person for rating in ratings}
    day = min(rating.day for rating in ratings)
    roll = [due for due in rating_roll(offices, council, level, day) if due.person not in rated]
    return RollCall(
        day,
        exempt=tuple(due for due in roll if not due.rated),
        unrated=tuple(due for due in roll if due.rated),
    )


def _ordered(posts: Iterable[Post]) -> tuple[Post, ...]:
    return tuple(sorted(set(posts), key=_ORDER.__getitem__))
