"""Synthetic confidence ratings: everyone due rated once, the votes that follow, no findings."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from hdnd import Dataset, confidence_results, validate
from hdnd.confidence import ConfidenceVoteTrigger, rated_on
from hdnd.confidence.rules import confidence_rules
from hdnd.law.confidence.base import ConfidenceOutcome
from hdnd.sessions.session import SessionKind
from hdnd.testing import national_dataset, with_confidence

PROVINCES = ("46", "44")
"""Huế and a province whose rating (seed 0) leads to confidence votes."""
UNTIL = dt.date(2029, 12, 31)
"""Sessions up to the end of 2029: the rating year of the term (2028) and the year after."""
AFTER = dt.date(2030, 6, 30)
"""A day after every record of the data."""


@pytest.fixture(scope="module")
def rated() -> Dataset:
    return national_dataset(seed=0, provinces=PROVINCES, until=UNTIL, confidence=True)


def test_off_by_default_and_none_before_the_rating_year() -> None:
    bare = national_dataset(seed=0, provinces=("46",), until=UNTIL)
    assert (bare.confidence_ratings, bare.confidence_votes) == ((), ())
    early = national_dataset(seed=0, provinces=("46",), confidence=True)  # sessions to 2027
    assert (early.confidence_ratings, early.confidence_votes) == ((), ())


def test_the_same_seed_gives_the_same_data(rated: Dataset) -> None:
    assert national_dataset(seed=0, provinces=PROVINCES, until=UNTIL, confidence=True) == rated
    other = national_dataset(seed=1, provinces=PROVINCES, until=UNTIL, confidence=True)
    assert other.confidence_ratings != rated.confidence_ratings
    hue = national_dataset(seed=0, provinces=("46",), until=UNTIL, confidence=True)
    councils = {c.id for c in hue.councils}
    assert hue.confidence_ratings == tuple(
        r for r in rated.confidence_ratings if r.council in councils
    )
    bare = national_dataset(seed=0, provinces=PROVINCES, until=UNTIL)
    added = with_confidence(bare)
    assert added == rated
    assert with_confidence(added) == added  # existing records replaced, not added to


def test_everyone_due_is_rated_once_at_the_year_end_session(rated: Dataset) -> None:
    index = rated.index
    by_council: dict[str, list[str]] = {}
    for rating in rated.confidence_ratings:
        by_council.setdefault(rating.council, []).append(rating.person)
        session = index.keyed["sessions"][rating.session or ""]
        assert session.kind is SessionKind.REGULAR
        assert session.covers(rating.day)
        rules = confidence_rules(rating.day)
        assert rules is not None
        first = index.councils[rating.council].first_session
        assert first is not None
        assert rating.day.year == rules.vote_year(first) == 2028
        assert rating.day.month == 12  # the year-end session
        assert rating.ballots <= (rating.delegates or 0)
        assert rating.ballots >= (rating.delegates or 0) - 3  # about the delegates present
    assert by_council  # the provincial councils rate; commune councils do not
    for council, people in by_council.items():
        assert len(people) == len(set(people))  # each once
        day = next(r.day for r in rated.confidence_ratings if r.council == council)
        level = index.unit(index.councils[council].unit).level
        due = rated_on(rated.offices, council, level, day)
        assert sorted(d.person for d in due) == sorted(people)


def test_outcomes_are_mostly_none_and_a_few_lead_to_a_vote(rated: Dataset) -> None:
    outcomes = Counter(r.outcome() for r in rated.confidence_ratings)
    assert outcomes[ConfidenceOutcome.NONE] > 0.8 * len(rated.confidence_ratings)
    assert outcomes[ConfidenceOutcome.DISMISSAL_PROPOSAL] == 0
    votes = rated.confidence_votes
    assert 0 < len(votes) == outcomes[ConfidenceOutcome.MAY_RESIGN]
    ratings = rated.index.keyed["confidence_ratings"]
    sessions = rated.index.keyed["sessions"]
    for vote in votes:
        assert vote.trigger is ConfidenceVoteTrigger.RATING_RESULT
        rating = ratings[vote.rating or ""]
        assert (rating.person, rating.council) == (vote.person, vote.council)
        session = sessions[vote.session or ""]
        assert session.kind is SessionKind.REGULAR
        assert session.opening > rating.day
        assert vote.day == session.opening


def test_no_findings(rated: Dataset) -> None:
    assert validate(rated, as_of=AFTER).items == ()
    # without the votes, the ratings that call for one are found
    unvoted = rated.model_copy(update={"confidence_votes": ()})
    found = validate(unvoted, as_of=AFTER, codes=["confidence-consequence-not-followed"])
    assert len(found.items) == len(rated.confidence_votes)


def test_confidence_results_run(rated: Dataset) -> None:
    for council in {r.council for r in rated.confidence_ratings}:
        results = confidence_results(rated, council)
        assert len(results.ratings) == sum(r.council == council for r in rated.confidence_ratings)
        assert results.unrated == ()
        assert results.rows("en")
