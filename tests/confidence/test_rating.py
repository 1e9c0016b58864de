"""Confidence ratings: strict types, the counts that cannot be, each threshold on each base."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import ConfidenceRating, Dataset, Post
from hdnd.dataset.collections import collection
from hdnd.io import json_schema
from hdnd.law.confidence.base import ConfidenceOutcome
from hdnd.law.thresholds import Base

RATING: dict[str, Any] = {
    "id": "lp-1",
    "council": "hdnd-92",
    "day": "2023-12-08",
    "person": "ubnd-ct",
    "posts": ["peoples-committee-chair"],
    "ballots": 58,
    "high": 40,
    "confidence": 12,
    "low": 6,
}

# Resolution 85/2014/QH13 until 30 June 2023; Resolution 96/2023/QH15 from 1 July 2023.
BEFORE, FROM = "2023-06-30", "2023-07-01"
NONE, RESIGN = ConfidenceOutcome.NONE, ConfidenceOutcome.MAY_RESIGN
VOTE, DISMISS = ConfidenceOutcome.CONFIDENCE_VOTE, ConfidenceOutcome.DISMISSAL_PROPOSAL


def _rating(**changes: Any) -> ConfidenceRating:
    return ConfidenceRating.model_validate({**RATING, **changes})


def _low(low: int, ballots: int, **changes: Any) -> ConfidenceRating:
    """A rating with *low* "low" ratings of *ballots*, the rest "confidence"."""
    return _rating(ballots=ballots, high=0, confidence=ballots - low, low=low, **changes)


def test_a_rating_with_every_field() -> None:
    rating = _rating(session="kh-7", delegates=60)
    assert rating.day == dt.date(2023, 12, 8)
    assert rating.posts == (Post.PEOPLES_COMMITTEE_CHAIR,)
    assert (rating.ballots, rating.high, rating.confidence, rating.low) == (58, 40, 12, 6)
    assert (rating.rated, rating.delegates, rating.session) == (58, 60, "kh-7")


def test_what_is_not_said_stays_unknown() -> None:
    rating = _rating()
    assert rating.session is None
    assert rating.delegates is None


@pytest.mark.parametrize(
    "bad",
    [
        {"low": "6"},  # a number written as text
        {"high": True},  # a boolean is not a count
        {"ballots": -1},
        {"confidence": 1.5},
        {"delegates": "60"},
        {"day": 1702000000},  # a timestamp is not a day
        {"day": "2023-12-08T09:00:00"},
        {"day": "2023-02-30"},
        {"posts": []},  # one rating covers at least one post
        {"posts": "chair"},
        {"posts": ["president"]},
        {"posts": ["chair", "chair"]},  # a post listed twice
        {"person": ""},
        {"colour": "red"},  # an unknown field
        {"high": 41},  # 41 + 12 + 6 ratings of 58 ballots
        {"delegates": 57},  # 58 ballots from 57 delegates
    ],
)
def test_bad_values_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _rating(**bad)


@pytest.mark.parametrize("field", ["id", "council", "day", "person", "posts", "ballots", "low"])
def test_required_fields(field: str) -> None:
    data = {k: v for k, v in RATING.items() if k != field}
    with pytest.raises(ValidationError, match=field):
        ConfidenceRating.model_validate(data)


def test_the_limits_themselves_are_allowed() -> None:
    rating = _rating(high=40, confidence=10, low=8, delegates=58)  # every ballot, every delegate
    assert rating.rated == rating.ballots == rating.delegates
    assert _rating(high=0, confidence=0, low=0).rated == 0  # every ballot blank or invalid


def test_one_rating_for_several_posts() -> None:
    rating = _rating(posts=["peoples-committee-chair", "peoples-committee-member"])
    assert rating.posts == (Post.PEOPLES_COMMITTEE_CHAIR, Post.PEOPLES_COMMITTEE_MEMBER)


# --- each threshold, on each side, for each base --------------------------------------------


@pytest.mark.parametrize(
    ("low", "outcome"),
    [
        (29, NONE),  # just under half of the 60 delegates
        (30, NONE),  # exactly half is not more than half
        (31, RESIGN),  # just over half
        (39, RESIGN),  # just under two thirds
        (40, VOTE),  # two thirds reached
        (41, VOTE),  # just over
    ],
)
def test_before_july_2023_low_ratings_count_against_the_delegates(
    low: int, outcome: ConfidenceOutcome
) -> None:
    rating = _low(low, ballots=45, delegates=60, day=BEFORE)
    assert rating.base_kind is Base.TOTAL_DELEGATES
    assert rating.base() == 60
    assert rating.share() == Fraction(low, 60)
    assert rating.outcome() is outcome


@pytest.mark.parametrize(
    ("low", "outcome"),
    [
        (29, NONE),  # just under half of the 60 ballots
        (30, NONE),
        (31, RESIGN),
        (39, RESIGN),
        (40, DISMISS),  # two thirds reached: dismissal, no confidence vote first
        (41, DISMISS),
    ],
)
def test_from_july_2023_low_ratings_count_against_the_ballots(
    low: int, outcome: ConfidenceOutcome
) -> None:
    rating = _low(low, ballots=60, delegates=75, day=FROM)
    assert rating.base_kind is Base.BALLOTS
    assert rating.base() == 60
    assert rating.share() == Fraction(low, 60)
    assert rating.outcome() is outcome


@pytest.mark.parametrize(
    ("day", "low", "outcome"),
    [
        (BEFORE, 40, RESIGN),  # two thirds of 61 delegates is 40 2/3
        (BEFORE, 41, VOTE),
        (FROM, 40, RESIGN),  # two thirds of 61 ballots likewise
        (FROM, 41, DISMISS),
    ],
)
def test_two_thirds_of_an_odd_base_rounds_up(
    day: str, low: int, outcome: ConfidenceOutcome
) -> None:
    assert _low(low, ballots=61, delegates=61, day=day).outcome() is outcome


@pytest.mark.parametrize(
    ("low", "before", "from_july"),
    [
        (30, NONE, RESIGN),  # 30 of 60 delegates is half; 30 of 50 ballots is more
        (34, RESIGN, DISMISS),  # 34 of 60 is under two thirds; 34 of 50 is over
        (25, NONE, NONE),
        (40, VOTE, DISMISS),
    ],
)
def test_the_same_counts_on_either_side_of_1_july_2023(
    low: int, before: ConfidenceOutcome, from_july: ConfidenceOutcome
) -> None:
    counts = {"ballots": 50, "delegates": 60}
    assert _low(low, day=BEFORE, **counts).outcome() is before
    assert _low(low, day=FROM, **counts).outcome() is from_july


def test_the_delegates_counted_elsewhere_serve_where_the_record_gives_none() -> None:
    before, after = _low(31, ballots=45, day=BEFORE), _low(31, ballots=45, day=FROM)
    assert before.base() is None
    assert before.outcome() is None
    assert before.base(60) == 60
    assert before.outcome(60) is RESIGN
    assert before.outcome(62) is NONE  # 31 of 62 is half
    assert after.base(60) == 45  # the ballots, whatever the delegates
    assert after.share(60) == Fraction(31, 45)


def test_the_record_s_own_delegates_win() -> None:
    rating = _low(31, ballots=45, delegates=60, day=BEFORE)
    assert rating.base(62) == 60
    assert rating.outcome(62) is RESIGN


def test_no_outcome_where_the_law_or_the_base_is_unknown() -> None:
    assert _rating(day="2015-06-30").rules is None  # before Resolution 85/2014 took effect
    assert _rating(day="2015-06-30").base_kind is None
    assert _rating(day="2015-06-30", delegates=60).outcome() is None
    assert _rating(day="2015-07-01", delegates=60).outcome() is NONE
    assert _low(31, ballots=45, day=BEFORE).outcome(0) is None  # no delegates: no base
    assert _low(31, ballots=45, day=BEFORE).outcome(30) is None  # more "low" than delegates
    assert _low(0, ballots=0, day=FROM).outcome() is None  # no ballots


# --- the dataset ------------------------------------------------------------------------------


def test_the_collection() -> None:
    table = collection("confidence_ratings")
    assert table.record is ConfidenceRating
    assert (table.key, table.group_by, table.order_by) == ("id", "council", "day")
    assert {(r.path, r.target) for r in table.references} == {
        ("council", "councils"),
        ("session", "sessions"),
    }
    ds = Dataset.model_validate({"confidence_ratings": [RATING]})
    assert ds.index.record("confidence_ratings", "lp-1") == ds.confidence_ratings[0]


def test_the_schema_documents_the_fields() -> None:
    schema = json_schema()
    record = schema["$defs"]["ConfidenceRating"]
    assert "ballots" in record["required"]
    assert "tín nhiệm thấp" in record["properties"]["low"]["description"]
