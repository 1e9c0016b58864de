from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.citation import Confidence
from hdnd.law.confidence import ConfidenceOutcome
from hdnd.law.nq96_2023 import ConfidenceRules2023
from hdnd.law.thresholds import Base
from hdnd.levels import Level

_RULES = ConfidenceRules2023()


@pytest.mark.parametrize(
    ("total", "low", "outcome"),
    [
        (60, 30, ConfidenceOutcome.NONE),
        (60, 31, ConfidenceOutcome.MAY_RESIGN),
        (60, 39, ConfidenceOutcome.MAY_RESIGN),
        (60, 40, ConfidenceOutcome.DISMISSAL_PROPOSAL),
        (61, 40, ConfidenceOutcome.MAY_RESIGN),
        (61, 41, ConfidenceOutcome.DISMISSAL_PROPOSAL),
    ],
)
def test_outcomes_on_both_sides_of_each_threshold(
    total: int, low: int, outcome: ConfidenceOutcome
) -> None:
    assert _RULES.outcome(total=total, low=low) is outcome


def test_counts_on_ballots_from_a_secondary_source() -> None:
    assert ConfidenceRules2023.BASE is Base.BALLOTS
    citation = _RULES.DISMISSAL_PROPOSAL.citation
    assert citation is not None
    assert citation.confidence is Confidence.SECONDARY


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


@pytest.mark.parametrize(
    ("level", "elected_in", "retiring", "rated"),
    [
        (Level.PROVINCE, 2021, False, True),
        (Level.DISTRICT, 2022, False, True),
        (Level.COMMUNE, 2021, False, False),  # not covered by Art. 2(2)
        (Level.PROVINCE, 2023, False, False),  # elected in the year of the vote
        (Level.PROVINCE, 2021, True, False),  # retirement leave announced
    ],
)
def test_who_is_rated(level: Level, elected_in: int, retiring: bool, rated: bool) -> None:
    assert (
        ConfidenceRules2023.is_rated(
            level, elected_in=elected_in, vote_year=2023, retiring=retiring
        )
        is rated
    )


def test_the_vote_is_in_the_third_year() -> None:
    assert ConfidenceRules2023.vote_year(dt.date(2021, 5, 23)) == 2023
    assert ConfidenceRules2023.vote_year(dt.date(2026, 3, 15)) == 2028
