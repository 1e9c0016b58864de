from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.citation import Confidence
from hdnd.law.confidence.base import ConfidenceOutcome, RatedPost
from hdnd.law.confidence.nq85_2014 import ConfidenceRules2014
from hdnd.law.levels import Level
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.rules import rules_of
from hdnd.law.thresholds import Base

_RULES = ConfidenceRules2014()


@pytest.mark.parametrize(
    ("total", "low", "outcome"),
    [
        (60, 30, ConfidenceOutcome.NONE),  # exactly half is not more than half
        (60, 31, ConfidenceOutcome.MAY_RESIGN),
        (60, 39, ConfidenceOutcome.MAY_RESIGN),
        (60, 40, ConfidenceOutcome.CONFIDENCE_VOTE),  # two thirds reached
        (61, 40, ConfidenceOutcome.MAY_RESIGN),  # 2/3 of 61 is 40.67
        (61, 41, ConfidenceOutcome.CONFIDENCE_VOTE),
        (85, 42, ConfidenceOutcome.NONE),
        (85, 43, ConfidenceOutcome.MAY_RESIGN),
        (85, 56, ConfidenceOutcome.MAY_RESIGN),
        (85, 57, ConfidenceOutcome.CONFIDENCE_VOTE),
        (0, 0, ConfidenceOutcome.CONFIDENCE_VOTE),  # 0 ≥ 2/3 of 0: a degenerate council
    ],
)
def test_outcomes_on_both_sides_of_each_threshold(
    total: int, low: int, outcome: ConfidenceOutcome
) -> None:
    assert _RULES.outcome(total=total, low=low) is outcome


def test_counts_on_the_total_number_of_delegates() -> None:
    assert ConfidenceRules2014.BASE is Base.TOTAL_DELEGATES
    assert _RULES.MAY_RESIGN.base is _RULES.CONFIDENCE_VOTE.base is Base.TOTAL_DELEGATES
    assert _RULES.MAY_RESIGN.citation is not None
    assert _RULES.MAY_RESIGN.citation.render("en") == "Law 87/2015/QH13, Art. 63(3)"
    assert _RULES.MAY_RESIGN.citation.confidence is Confidence.VERIFIED


@pytest.mark.parametrize(("total", "low"), [(10, 11), (-1, 0), (10, True)])
def test_bad_counts(total: int, low: int) -> None:
    with pytest.raises(ValueError, match=r"low|total"):
        _RULES.outcome(total=total, low=low)


@pytest.mark.parametrize(
    ("day", "applies"), [(dt.date(2015, 6, 30), False), (dt.date(2015, 7, 1), True)]
)
def test_in_force_from_1_july_2015(day: dt.date, applies: bool) -> None:
    outcome = framework_at(day).confidence_outcome(total=60, low=40)
    if applies:
        assert outcome is ConfidenceOutcome.CONFIDENCE_VOTE
    else:
        assert isinstance(outcome, NotApplicable)


@pytest.mark.parametrize(("requests", "vote"), [(19, False), (20, True)])
def test_a_third_of_the_delegates_can_ask_for_a_confidence_vote(requests: int, vote: bool) -> None:
    assert _RULES.CONFIDENCE_VOTE_REQUEST.is_met(requests, 60) is vote
    assert _RULES.FRONT_MAY_REQUEST_VOTE.value is True


@pytest.mark.parametrize(("against", "dismissed"), [(30, False), (31, True)])
def test_a_confidence_vote_is_lost_by_more_than_half_of_all_delegates(
    against: int, dismissed: bool
) -> None:
    assert _RULES.NO_CONFIDENCE.is_met(against, 60) is dismissed


@pytest.mark.parametrize(
    ("level", "post", "rated"),
    [
        (Level.PROVINCE, RatedPost.COUNCIL_OFFICE_CHIEF, True),  # provincial councils only
        (Level.DISTRICT, RatedPost.COUNCIL_OFFICE_CHIEF, False),
        (Level.DISTRICT, RatedPost.COUNCIL_COMMITTEE_HEAD, True),
        (Level.COMMUNE, RatedPost.PEOPLES_COMMITTEE_MEMBER, True),  # unverified
    ],
)
def test_who_is_rated(level: Level, post: RatedPost, rated: bool) -> None:
    assert ConfidenceRules2014.is_rated(level, post, dt.date(2016, 6, 30), 2018) is rated


def test_confidence_marks() -> None:
    rules = rules_of(ConfidenceRules2014)
    assert rules["RATED_POSTS"].citation.confidence is Confidence.VERIFIED
    assert rules["RATED_LEVELS"].citation.confidence is Confidence.UNVERIFIED
    assert rules["EXEMPT"].citation.confidence is Confidence.UNVERIFIED
    assert rules["TIMING"].citation.confidence is Confidence.SECONDARY
    assert rules["RATINGS"].citation.confidence is Confidence.SECONDARY
    assert rules["CONFIDENCE_VOTE_REQUEST"].citation.confidence is Confidence.VERIFIED
