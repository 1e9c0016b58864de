"""Confidence ratings at every national council that rates, and the votes that follow.

For each council whose term's rating year (``vote_year`` of the confidence law in force at
the term's first session) has a year-end regular session in the dataset,
:func:`with_confidence` (or ``national_dataset(confidence=True)``) invents the rating held
at that session:

* **ratings** — one for each person :func:`hdnd.confidence.rated_on` finds due on the
  session's last day (from the offices in the dataset), covering the posts it gives; the
  ballots are the delegates serving that day less a few absent, nearly all counted, mostly
  "tín nhiệm cao" or "tín nhiệm", so that the outcome under the law of the day is
  ``none``;
* **confidence votes** — now and then (a share drawn by the seed) a person is rated "tín
  nhiệm thấp" by enough ballots that the law puts them to a confidence vote; they are voted
  on at the council's next regular session in the dataset (trigger ``rating-result``), and
  keep the council's confidence. Where the dataset holds no later regular session, the
  rating leads to nothing yet and no such low rating is drawn.

Every threshold is read from the law (:func:`hdnd.confidence.confidence_rules`). Nothing
names a person. A council's records come from a generator seeded by the seed and its id.

```pycon
>>> import datetime as dt
>>> from hdnd.testing import national_dataset
>>> ds = national_dataset(provinces=("46",), until=dt.date(2029, 12, 31), confidence=True)
>>> len(ds.confidence_ratings) > 0
True
>>> with_confidence(national_dataset(provinces=("46",), until=dt.date(2029, 12, 31))) == ds
True

```
"""

from __future__ import annotations

import math
import random
from collections import defaultdict
from fractions import Fraction

from pydantic import TypeAdapter

from hdnd.confidence.kinds import ConfidenceVoteTrigger
from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.roll import rated_on
from hdnd.confidence.rules import base_count, confidence_rules
from hdnd.confidence.vote import ConfidenceVote
from hdnd.councils.offices import Office
from hdnd.dataset.dataset import Dataset
from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.sessions.session import Session, SessionKind
from hdnd.testing.synthetic.base import _gc_paused, _Row

__all__ = ["with_confidence"]

_LOW_VOTE = 0.04
"""The chance that a person rated is rated low enough to be put to a confidence vote."""
_ABSENT, _BLANK = (0, 3), (0, 1)
"""Delegates absent from the rating, and ballots that rate a person not at all."""
_LOW = (0.0, 0.08)
"""The share of "low" ratings of a person rated as usual."""


def _low_for_vote(rules: ConfidenceVoteRules, base: int) -> int | None:
    """The fewest "low" ratings out of *base* that put the person to a confidence vote."""
    for low in range(base + 1):
        if rules.leads_to_vote(rules.outcome(total=base, low=low)):
            return low
    return None


def _year_end(sessions: list[Session], year: int) -> tuple[Session | None, Session | None]:
    """The last regular session opening in *year*, and the regular session after it."""
    regular = sorted(
        (s for s in sessions if s.kind is SessionKind.REGULAR), key=lambda s: s.opening
    )
    held = [s for s in regular if s.opening.year == year]
    if not held:
        return None, None
    last = held[-1]
    after = [s for s in regular if s.opening > last.last_day]
    return last, (after[0] if after else None)


def _council(
    seed: int,
    dataset: Dataset,
    council: str,
    offices: list[Office],
    sessions: list[Session],
) -> tuple[list[_Row], list[_Row]]:
    """The ratings of *council* in its term's rating year, and the votes that follow."""
    index = dataset.index
    record = index.councils[council]
    if not index.has_unit(record.unit):
        return [], []
    level = index.unit(record.unit).level
    start = record.first_session or min((s.opening for s in sessions), default=None)
    if start is None or (law := confidence_rules(start)) is None:
        return [], []
    year = law.vote_year(start)
    held, following = _year_end(sessions, year)
    if held is None:
        return [], []
    day = held.last_day
    rules = confidence_rules(day)
    due = rated_on(offices, council, level, day)
    if rules is None or not due:
        return [], []
    rng = random.Random(f"{seed}-{council}-confidence")
    delegates = index.vote_base(council, day)
    ratings: list[_Row] = []
    votes: list[_Row] = []
    for n, person in enumerate(due, start=1):
        ballots = max(1, delegates - rng.randint(*_ABSENT))
        rated = max(0, ballots - rng.randint(*_BLANK))
        base = base_count(rules.BASE, ballots=ballots, delegates=delegates) or ballots
        vote = following is not None and rng.random() < _LOW_VOTE
        least = _low_for_vote(rules, base) if vote else None
        if least is not None and least <= rated:
            low = least
        else:
            least = None
            low = math.floor(rated * rng.uniform(*_LOW))
            # never enough to lead anywhere: below every consequence of the law
            while low and rules.outcome(total=base, low=low) is not ConfidenceOutcome.NONE:
                low -= 1
        high = round((rated - low) * rng.uniform(0.55, 0.9))
        rating_id = f"lp-{council}-{year}-{n:03d}"
        ratings.append(
            {
                "id": rating_id,
                "council": council,
                "session": held.id,
                "day": day,
                "person": person.person,
                "posts": person.posts,
                "ballots": ballots,
                "high": high,
                "confidence": rated - low - high,
                "low": low,
                "delegates": delegates,
            }
        )
        if least is not None and following is not None:
            on = following.opening
            cast = max(1, index.vote_base(council, on) - rng.randint(*_ABSENT))
            against = math.floor(cast * Fraction(rng.randint(10, 35), 100))
            votes.append(
                {
                    "id": f"bp-{council}-{year}-{n:03d}",
                    "council": council,
                    "session": following.id,
                    "day": on,
                    "person": person.person,
                    "posts": person.posts,
                    "ballots": cast,
                    "confidence": cast - against,
                    "no_confidence": against,
                    "delegates": index.vote_base(council, on),
                    "trigger": ConfidenceVoteTrigger.RATING_RESULT,
                    "rating": rating_id,
                }
            )
    return ratings, votes


_RATINGS = TypeAdapter(tuple[ConfidenceRating, ...])
_VOTES = TypeAdapter(tuple[ConfidenceVote, ...])


def with_confidence(dataset: Dataset, *, seed: int = 0) -> Dataset:
    """*dataset* with the confidence ratings of each council's term, and the votes after them.

    The records of each council are those ``national_dataset(seed, confidence=True)`` gives
    it (see the module's description), drawn from its first session, its regular sessions,
    its delegates and its offices, read from *dataset*. A council whose rating year has no
    year-end regular session in *dataset*, or whose level rates no one, gets none. Existing
    confidence ratings and votes are replaced.
    """
    with _gc_paused():
        return _with_confidence(dataset, seed=seed)


def _with_confidence(dataset: Dataset, *, seed: int) -> Dataset:
    offices: defaultdict[str, list[Office]] = defaultdict(list)
    for office in dataset.offices:
        offices[office.council].append(office)
    sessions: defaultdict[str, list[Session]] = defaultdict(list)
    for session in dataset.sessions:
        sessions[session.council].append(session)
    ratings: list[_Row] = []
    votes: list[_Row] = []
    for council in dataset.councils:
        rated, voted = _council(
            seed, dataset, council.id, offices[council.id], sessions[council.id]
        )
        ratings += rated
        votes += voted
    return dataset.model_copy(
        update={
            "confidence_ratings": _RATINGS.validate_python(ratings),
            "confidence_votes": _VOTES.validate_python(votes),
        }
    )
