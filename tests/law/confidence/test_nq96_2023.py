from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.citation import Confidence
from hdnd.law.confidence.base import ConfidenceOutcome, RatedPost
from hdnd.law.confidence.nq96_2023 import ConfidenceRules2023
from hdnd.law.levels import Level
from hdnd.law.rules import rules_of
from hdnd.law.thresholds import Base

_RULES = ConfidenceRules2023()


@pytest.mark.parametrize(
    ("ballots", "low", "outcome"),
    [
        (60, 30, ConfidenceOutcome.NONE),
        (60, 31, ConfidenceOutcome.MAY_RESIGN),
        (60, 39, ConfidenceOutcome.MAY_RESIGN),
        (60, 40, ConfidenceOutcome.DISMISSAL_PROPOSAL),
        (61, 40, ConfidenceOutcome.MAY_RESIGN),
        (61, 41, ConfidenceOutcome.DISMISSAL_PROPOSAL),
        # 58 ballots in a council of 60: half is 29, two thirds 38.67
        (58, 29, ConfidenceOutcome.NONE),
        (58, 30, ConfidenceOutcome.MAY_RESIGN),
        (58, 38, ConfidenceOutcome.MAY_RESIGN),
        (58, 39, ConfidenceOutcome.DISMISSAL_PROPOSAL),
        (58, 58, ConfidenceOutcome.DISMISSAL_PROPOSAL),
    ],
)
def test_outcomes_on_both_sides_of_each_threshold(
    ballots: int, low: int, outcome: ConfidenceOutcome
) -> None:
    assert _RULES.outcome(total=ballots, low=low) is outcome


def test_counts_on_ballots_from_a_secondary_source() -> None:
    assert ConfidenceRules2023.BASE is Base.BALLOTS
    assert _RULES.MAY_RESIGN.base is _RULES.DISMISSAL_PROPOSAL.base is Base.BALLOTS
    citation = _RULES.DISMISSAL_PROPOSAL.citation
    assert citation is not None
    assert citation.confidence is Confidence.SECONDARY


@pytest.mark.parametrize(("total", "low"), [(10, 11), (-1, 0), (10, True)])
def test_bad_counts(total: int, low: int) -> None:
    with pytest.raises(ValueError, match=r"low|total"):
        _RULES.outcome(total=total, low=low)


@pytest.mark.parametrize(
    ("day", "outcome"),
    [
        (dt.date(2023, 6, 30), ConfidenceOutcome.CONFIDENCE_VOTE),  # Resolution 85/2014
        (dt.date(2023, 7, 1), ConfidenceOutcome.DISMISSAL_PROPOSAL),  # Resolution 96/2023
    ],
)
def test_the_2023_resolution_takes_over_on_1_july_2023(
    day: dt.date, outcome: ConfidenceOutcome
) -> None:
    assert framework_at(day).confidence_outcome(total=60, low=40) is outcome


_CHAIR, _VICE = RatedPost.COUNCIL_CHAIR, RatedPost.COUNCIL_VICE_CHAIR


@pytest.mark.parametrize(
    ("level", "post", "elected_on", "vote_year", "rated"),
    [
        (Level.PROVINCE, _CHAIR, dt.date(2021, 6, 25), 2023, True),
        (Level.DISTRICT, RatedPost.PEOPLES_COMMITTEE_MEMBER, dt.date(2022, 3, 1), 2023, True),
        (Level.COMMUNE, _CHAIR, dt.date(2021, 6, 25), 2023, False),  # not in Art. 2(2)
        (Level.PROVINCE, RatedPost.COUNCIL_OFFICE_CHIEF, dt.date(2021, 6, 25), 2023, False),
        # Art. 2(5): not rated when elected in the year of the vote
        (Level.PROVINCE, _VICE, dt.date(2023, 1, 1), 2023, False),
        (Level.PROVINCE, _VICE, dt.date(2022, 12, 31), 2023, True),
        # no district councils after 30 June 2025
        (Level.DISTRICT, _CHAIR, dt.date(2026, 4, 20), 2028, False),
        (Level.PROVINCE, _CHAIR, dt.date(2026, 4, 20), 2028, True),
    ],
)
def test_who_is_rated(
    level: Level, post: RatedPost, elected_on: dt.date, vote_year: int, rated: bool
) -> None:
    assert ConfidenceRules2023.is_rated(level, post, elected_on, vote_year) is rated


@pytest.mark.parametrize(("retiring", "rated"), [(False, True), (True, False)])
def test_announced_retirement_leave_exempts(retiring: bool, rated: bool) -> None:
    day = dt.date(2021, 6, 25)
    assert ConfidenceRules2023.is_rated(Level.PROVINCE, _CHAIR, day, 2023, retiring) is rated


def test_the_vote_is_in_the_third_year() -> None:
    assert ConfidenceRules2023.vote_year(dt.date(2021, 5, 23)) == 2023
    assert ConfidenceRules2023.vote_year(dt.date(2026, 3, 15)) == 2028


@pytest.mark.parametrize(("requests", "vote"), [(19, False), (20, True)])
def test_a_third_of_the_delegates_can_ask_for_a_confidence_vote(requests: int, vote: bool) -> None:
    assert _RULES.CONFIDENCE_VOTE_REQUEST.base is Base.TOTAL_DELEGATES
    assert _RULES.CONFIDENCE_VOTE_REQUEST.is_met(requests, 60) is vote


def test_confidence_marks() -> None:
    rules = rules_of(ConfidenceRules2023)
    verified = {"RATED_LEVELS", "RATED_POSTS", "ONE_RATING_FOR_SEVERAL_POSTS", "EXEMPT"}
    for name, rule in rules.items():
        expected = Confidence.VERIFIED if name in verified else Confidence.SECONDARY
        assert rule.citation.confidence is expected, name
    assert rules["EXEMPT"].citation.render("en") == "Resolution 96/2023/QH15, Art. 2(5)"
