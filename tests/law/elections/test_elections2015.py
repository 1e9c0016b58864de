from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import Domain, framework_at
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.elections.base import ElectionStep
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.rules import rules_of

_LAW = ElectionLaw2015()
_2016 = dt.date(2016, 5, 22)
_2021 = dt.date(2021, 5, 23)


def test_in_force_from_1_september_2015() -> None:
    assert framework_at(dt.date(2015, 8, 31)).instrument(Domain.ELECTIONS) is None
    assert type(framework_at(dt.date(2015, 9, 1)).instrument(Domain.ELECTIONS)) is ElectionLaw2015
    kind = DeadlineKind.ELECTION_RESULT_COMPLAINT
    assert isinstance(framework_at(dt.date(2015, 8, 31)).deadline(kind), NotApplicable)
    assert isinstance(framework_at(dt.date(2015, 9, 1)).deadline(kind), Deadline)


def test_its_dates_are_not_in_the_fact_sheet() -> None:
    assert ElectionLaw2015.dates_confidence is Confidence.UNVERIFIED
    assert ElectionLaw2015.domain is Domain.ELECTIONS


@pytest.mark.parametrize(
    ("step", "day"),
    [
        (ElectionStep.ELECTION_DAY_ANNOUNCED, dt.date(2016, 1, 28)),
        (ElectionStep.ELECTORAL_COMMITTEES, dt.date(2016, 2, 7)),
        (ElectionStep.CONSTITUENCIES_PUBLISHED, dt.date(2016, 3, 3)),
        (ElectionStep.CANDIDATE_DOSSIERS, dt.date(2016, 3, 13)),  # 70 days
        (ElectionStep.VOTER_LIST_POSTED, dt.date(2016, 4, 12)),
        (ElectionStep.OFFICIAL_CANDIDATE_LIST, dt.date(2016, 4, 27)),
        (ElectionStep.CANDIDATE_LIST_POSTED, dt.date(2016, 5, 2)),
        (ElectionStep.CANDIDATE_COMPLAINTS_CLOSED, dt.date(2016, 5, 12)),
    ],
)
def test_the_2016_timetable(step: ElectionStep, day: dt.date) -> None:
    assert _LAW.timetable(_2016)[step] == day


@pytest.mark.parametrize(
    ("step", "day"),
    [
        (ElectionStep.FIRST_CONSULTATION, dt.date(2021, 2, 17)),
        (ElectionStep.CANDIDATE_DOSSIERS, dt.date(2021, 3, 14)),
        (ElectionStep.SECOND_CONSULTATION, dt.date(2021, 3, 19)),
        (ElectionStep.POLLING_TEAMS, dt.date(2021, 4, 8)),
        (ElectionStep.VOTER_CONCERNS_VERIFIED, dt.date(2021, 4, 13)),
        (ElectionStep.THIRD_CONSULTATION, dt.date(2021, 4, 18)),
        (ElectionStep.FRONT_LIST_SENT, dt.date(2021, 4, 23)),
        (ElectionStep.CANDIDATE_LIST_POSTED, dt.date(2021, 5, 3)),
    ],
)
def test_the_2021_timetable(step: ElectionStep, day: dt.date) -> None:
    assert _LAW.timetable(_2021)[step] == day


@pytest.mark.parametrize(
    ("step", "days", "confidence"),
    [
        (ElectionStep.ELECTION_DAY_ANNOUNCED, 115, Confidence.VERIFIED),
        (ElectionStep.CANDIDATE_DOSSIERS, 70, Confidence.VERIFIED),
        (ElectionStep.VOTER_CONCERNS_VERIFIED, 40, Confidence.VERIFIED),
        (ElectionStep.CANDIDATE_LIST_POSTED, 20, Confidence.VERIFIED),
        (ElectionStep.CONSTITUENCIES_PUBLISHED, 80, Confidence.SECONDARY),
        (ElectionStep.ELECTION_BOARDS, 70, Confidence.SECONDARY),
        (ElectionStep.CANDIDATE_STRUCTURE, 105, Confidence.UNVERIFIED),
        (ElectionStep.POLLING_TEAMS, 45, Confidence.UNVERIFIED),
        (ElectionStep.OFFICIAL_CANDIDATE_LIST, 25, Confidence.UNVERIFIED),
        (ElectionStep.CANDIDATE_COMPLAINTS_CLOSED, 10, Confidence.UNVERIFIED),
    ],
)
def test_each_step_carries_the_fact_sheet_tag(
    step: ElectionStep, days: int, confidence: Confidence
) -> None:
    rule = ElectionLaw2015.step_rule(step)
    assert rule.days == days
    assert rule.before
    assert rule.citation.confidence is confidence
    assert rule.citation.number == "85/2015/QH13"


def test_after_election_day() -> None:
    assert _LAW.supplementary_election_by(_2016) == dt.date(2016, 6, 6)  # 15 days
    assert _LAW.rerun_by(_2021) == dt.date(2021, 6, 7)
    assert _LAW.results_announced_by(_2021) == dt.date(2021, 6, 2)
    assert _LAW.ANNULLED_ELECTION_RERUN.days == 15


def test_complaints_about_the_results() -> None:
    framework = framework_at(dt.date(2021, 6, 2))
    filing = framework.deadline(DeadlineKind.ELECTION_RESULT_COMPLAINT)
    decision = framework.deadline(DeadlineKind.ELECTION_RESULT_COMPLAINT_DECISION)
    assert isinstance(filing, Deadline)
    assert isinstance(decision, Deadline)
    assert (filing.days, decision.days) == (5, 20)
    assert filing.due(dt.date(2021, 6, 2)) == dt.date(2021, 6, 7)  # Monday
    assert filing.due(dt.date(2021, 6, 1)) == dt.date(2021, 6, 7)  # Sunday 6 June moves on


def test_the_mechanics_are_verified() -> None:
    for name in (
        "ELECTION_DAY_SUNDAY",
        "MAX_SEATS_PER_CONSTITUENCY",
        "CANDIDATE_MARGIN",
        "TURNOUT",
        "WINNER_MAJORITY",
        "TIE_GOES_TO_OLDER",
        "SUPPLEMENTARY_TRIGGER",
        "RERUN_ELECTION",
        "BY_ELECTION_SHORTFALL",
    ):
        assert rules_of(ElectionLaw2015)[name].citation.confidence is Confidence.VERIFIED, name
    assert ElectionLaw2015.MAX_SEATS_PER_CONSTITUENCY.value == 5
    assert ElectionLaw2015.TURNOUT.citation is not None
    assert ElectionLaw2015.TURNOUT.citation.render("en") == "Law 85/2015/QH13, Art. 78(1)"


def test_every_step_is_a_rule() -> None:
    rules = rules_of(ElectionLaw2015)
    assert all(step.name in rules for step in ElectionStep)
