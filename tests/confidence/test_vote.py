"""Confidence votes: strict types, the trigger and its details, the result under each law."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import ConfidenceVote, ConfidenceVoteTrigger, Dataset, Post, dumps, loads
from hdnd.dataset.collections import collection
from hdnd.law.confidence.base import ConfidenceOutcome
from hdnd.law.confidence.nq85_2014 import ConfidenceRules2014
from hdnd.law.thresholds import Base

VOTE: dict[str, Any] = {
    "id": "bp-1",
    "council": "hdnd-92",
    "day": "2019-07-12",
    "person": "ubnd-pct",
    "posts": ["peoples-committee-vice-chair"],
    "ballots": 58,
    "confidence": 27,
    "no_confidence": 31,
}


def _vote(**changes: Any) -> ConfidenceVote:
    return ConfidenceVote.model_validate({**VOTE, **changes})


def _against(no_confidence: int, ballots: int, **changes: Any) -> ConfidenceVote:
    return _vote(
        ballots=ballots, confidence=ballots - no_confidence, no_confidence=no_confidence, **changes
    )


def test_a_vote_with_every_field() -> None:
    vote = _vote(session="kh-9", delegates=60, trigger="delegates-request", requesters=21)
    assert vote.day == dt.date(2019, 7, 12)
    assert vote.posts == (Post.PEOPLES_COMMITTEE_VICE_CHAIR,)
    assert vote.trigger is ConfidenceVoteTrigger.DELEGATES_REQUEST
    assert (vote.ballots, vote.confidence, vote.no_confidence) == (58, 27, 31)
    assert (vote.delegates, vote.requesters, vote.rating) == (60, 21, None)


def test_what_is_not_said_stays_unknown() -> None:
    vote = _vote()
    assert (vote.session, vote.delegates, vote.trigger, vote.rating, vote.requesters) == (
        None,
        None,
        None,
        None,
        None,
    )


@pytest.mark.parametrize(
    "bad",
    [
        {"no_confidence": "31"},
        {"confidence": False},
        {"ballots": -3},
        {"day": 1562889600},
        {"posts": []},
        {"posts": ["chair", "chair"]},
        {"trigger": "petition"},  # not a trigger
        {"trigger": 1},
        {"colour": "red"},
        {"confidence": 28},  # 28 + 31 votes of 58 ballots
        {"delegates": 57},  # 58 ballots from 57 delegates
        {"requesters": 21},  # requesters, but not a request of delegates
        {"trigger": "front-request", "requesters": 21},
        {"trigger": "delegates-request", "requesters": 61, "delegates": 60},
        {"trigger": "front-request", "rating": "lp-1"},  # a rating, but not its result
        {"trigger": "delegates-request", "rating": "lp-1"},
    ],
)
def test_bad_values_are_refused(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _vote(**bad)


@pytest.mark.parametrize("trigger", [None, "rating-result"])
def test_a_vote_the_rating_led_to_names_the_rating(trigger: str | None) -> None:
    assert _vote(trigger=trigger, rating="lp-1").rating == "lp-1"


def test_the_labels() -> None:
    assert ConfidenceVoteTrigger.RATING_RESULT.label("vi") == "Kết quả lấy phiếu tín nhiệm"
    assert ConfidenceVoteTrigger.FRONT_REQUEST.label("vi").startswith("Ủy ban Mặt trận")


# --- the result under the law of the day ----------------------------------------------------


@pytest.mark.parametrize(
    ("no_confidence", "outcome"),
    [
        (29, ConfidenceOutcome.NONE),
        (30, ConfidenceOutcome.NONE),  # exactly half of the 60 delegates
        (31, ConfidenceOutcome.MAY_RESIGN),  # more than half: may resign, else dismissal
    ],
)
def test_under_law_87_2015_more_than_half_of_all_delegates_count(
    no_confidence: int, outcome: ConfidenceOutcome
) -> None:
    vote = _against(no_confidence, ballots=45, delegates=60)
    assert vote.rule is ConfidenceRules2014.NO_CONFIDENCE
    assert vote.rule.base is Base.TOTAL_DELEGATES
    assert vote.base() == 60
    assert vote.outcome() is outcome


def test_the_delegates_counted_elsewhere_serve_where_the_record_gives_none() -> None:
    vote = _against(31, ballots=45)
    assert vote.outcome() is None
    assert vote.outcome(60) is ConfidenceOutcome.MAY_RESIGN
    assert vote.outcome(62) is ConfidenceOutcome.NONE
    assert vote.outcome(30) is None  # more "không tín nhiệm" than delegates
    assert _against(31, ballots=45, delegates=60).outcome(62) is ConfidenceOutcome.MAY_RESIGN


@pytest.mark.parametrize(
    ("day", "encoded"),
    [
        ("2015-06-30", False),  # before Resolution 85/2014
        ("2015-07-01", True),
        ("2023-06-30", True),
        ("2023-07-01", False),  # Resolution 96/2023: no result rule encoded
    ],
)
def test_the_result_is_judged_only_where_a_rule_is_encoded(day: str, encoded: bool) -> None:
    vote = _against(31, ballots=45, delegates=60, day=day)
    assert (vote.rule is not None) is encoded
    assert (vote.outcome() is not None) is encoded


def test_the_collection() -> None:
    table = collection("confidence_votes")
    assert table.record is ConfidenceVote
    assert (table.key, table.group_by, table.order_by) == ("id", "council", "day")
    assert {(r.path, r.target) for r in table.references} == {
        ("council", "councils"),
        ("session", "sessions"),
        ("rating", "confidence_ratings"),
    }
    ds = Dataset.model_validate({"confidence_votes": [VOTE]})
    assert ds.index.grouped["confidence_votes"]["hdnd-92"] == ds.confidence_votes


def test_ratings_and_votes_survive_a_file() -> None:
    rating = {
        "id": "lp-7",
        "council": "hdnd-92",
        "day": "2018-12-07",
        "person": "ubnd-pct",
        "posts": ["peoples-committee-vice-chair", "peoples-committee-member"],
        "ballots": 58,
        "high": 10,
        "confidence": 7,
        "low": 41,
        "delegates": 60,
    }
    ds = Dataset.model_validate(
        {"confidence_ratings": [rating], "confidence_votes": [{**VOTE, "rating": "lp-7"}]}
    )
    again = loads(dumps(ds))
    assert again.confidence_ratings == ds.confidence_ratings
    assert again.confidence_votes == ds.confidence_votes
