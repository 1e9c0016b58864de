from __future__ import annotations

import datetime as dt

import pytest

from hdnd.councils.terms import NATIONAL_TERMS, Term
from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules, RatedPost
from hdnd.law.confidence.nq85_2014 import ConfidenceRules2014
from hdnd.law.confidence.nq96_2023 import ConfidenceRules2023
from hdnd.law.levels import Level

_RULES: list[type[ConfidenceVoteRules]] = [ConfidenceRules2014, ConfidenceRules2023]


def test_labels() -> None:
    assert RatedPost.COUNCIL_COMMITTEE_HEAD.label("vi") == "Trưởng Ban của Hội đồng nhân dân"
    assert ConfidenceOutcome.MAY_RESIGN.label("vi") == "có thể xin từ chức"


@pytest.mark.parametrize("rules", _RULES, ids=lambda c: c.key)
@pytest.mark.parametrize(
    ("term", "year"),
    [
        (NATIONAL_TERMS["2016-2021"], 2018),
        (NATIONAL_TERMS["2021-2026"], 2023),
        (NATIONAL_TERMS["2026-2031"], 2028),
        (dt.date(2021, 5, 23), 2023),
        (Term(id="x", election_day=dt.date(2020, 12, 20), first_session=dt.date(2021, 1, 5)), 2023),
    ],
)
def test_the_rating_is_in_the_third_year_of_the_term(
    rules: type[ConfidenceVoteRules], term: Term | dt.date, year: int
) -> None:
    assert rules.vote_year(term) == year


@pytest.mark.parametrize("rules", _RULES, ids=lambda c: c.key)
@pytest.mark.parametrize(
    ("elected_on", "retiring", "rated"),
    [
        (dt.date(2022, 12, 31), False, True),  # the year before the rating
        (dt.date(2023, 1, 1), False, False),  # elected in the year of the rating
        (dt.date(2024, 3, 1), False, False),  # not yet in post
        (dt.date(2021, 6, 25), True, False),  # retirement leave announced
    ],
)
def test_exemptions(
    rules: type[ConfidenceVoteRules], elected_on: dt.date, retiring: bool, rated: bool
) -> None:
    post = RatedPost.PEOPLES_COMMITTEE_CHAIR
    assert rules.is_rated(Level.PROVINCE, post, elected_on, 2023, retiring=retiring) is rated


@pytest.mark.parametrize("year", [True, 23, "2023"])
def test_the_year_must_be_a_year(year: int) -> None:
    with pytest.raises(ValueError, match="vote_year"):
        ConfidenceRules2023.is_rated(
            Level.PROVINCE, RatedPost.COUNCIL_CHAIR, dt.date(2021, 6, 1), year
        )


@pytest.mark.parametrize("rules", _RULES, ids=lambda c: c.key)
def test_each_outcome_it_gives_has_its_rule(rules: type[ConfidenceVoteRules]) -> None:
    law = rules()
    for total in (58, 60, 61):
        for low in range(total + 1):
            outcome = law.outcome(total=total, low=low)
            rule = law.outcome_rule(outcome)
            assert rule is not None
            assert rule.base is rules.BASE
            if outcome is ConfidenceOutcome.NONE:
                assert not rule.is_met(low, total)  # the lowest threshold, not reached
            else:
                assert rule.is_met(low, total)


def test_an_outcome_an_instrument_never_gives_has_no_rule() -> None:
    assert ConfidenceRules2014().outcome_rule(ConfidenceOutcome.DISMISSAL_PROPOSAL) is None
    assert ConfidenceRules2023().outcome_rule(ConfidenceOutcome.CONFIDENCE_VOTE) is None


@pytest.mark.parametrize(
    ("no_confidence", "outcome"),
    [
        (29, ConfidenceOutcome.NONE),
        (30, ConfidenceOutcome.NONE),
        (31, ConfidenceOutcome.MAY_RESIGN),
    ],
)
def test_the_result_of_a_confidence_vote_under_law_87_2015(
    no_confidence: int, outcome: ConfidenceOutcome
) -> None:
    assert ConfidenceRules2014().vote_outcome(total=60, no_confidence=no_confidence) is outcome


def test_no_result_of_a_confidence_vote_is_encoded_for_resolution_96_2023() -> None:
    assert ConfidenceRules2023.NO_CONFIDENCE is None
    assert ConfidenceRules2023().vote_outcome(total=60, no_confidence=60) is None
    with pytest.raises(ValueError, match="cannot exceed"):
        ConfidenceRules2023().vote_outcome(total=60, no_confidence=61)


def test_only_resolution_96_2023_puts_a_person_who_does_not_resign_to_a_vote() -> None:
    assert ConfidenceRules2014.LOW_RATING_LEADS_TO_VOTE is None
    assert ConfidenceRules2023.LOW_RATING_LEADS_TO_VOTE is not None
