from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import Domain, framework_at
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.elections.base import ElectionStep
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.elections.elections2025 import ElectionLaw2025
from hdnd.law.rules import rules_of

_LAW = ElectionLaw2025()
_2026 = dt.date(2026, 3, 15)


@pytest.mark.parametrize(
    ("day", "cls", "dossier_days"),
    [(dt.date(2025, 6, 30), ElectionLaw2015, 70), (dt.date(2025, 7, 1), ElectionLaw2025, 42)],
)
def test_the_amendment_takes_over_on_1_july_2025(
    day: dt.date, cls: type[ElectionLaw2015], dossier_days: int
) -> None:
    law = framework_at(day).instrument(Domain.ELECTIONS)
    assert type(law) is cls
    assert isinstance(law, ElectionLaw2015)
    assert law.step_rule(ElectionStep.CANDIDATE_DOSSIERS).days == dossier_days


@pytest.mark.parametrize(
    ("day", "days"), [(dt.date(2025, 6, 30), (5, 20)), (dt.date(2025, 7, 1), (3, 7))]
)
def test_result_complaints_on_both_sides_of_1_july_2025(
    day: dt.date, days: tuple[int, int]
) -> None:
    framework = framework_at(day)
    filing = framework.deadline(DeadlineKind.ELECTION_RESULT_COMPLAINT)
    decision = framework.deadline(DeadlineKind.ELECTION_RESULT_COMPLAINT_DECISION)
    assert isinstance(filing, Deadline)
    assert isinstance(decision, Deadline)
    assert (filing.days, decision.days) == days


def test_it_amends_the_2015_law() -> None:
    assert issubclass(ElectionLaw2025, ElectionLaw2015)
    assert ElectionLaw2025.amends == ElectionLaw2015.number
    assert ElectionLaw2025.dates_confidence is Confidence.VERIFIED
    assert ElectionLaw2025.TURNOUT is ElectionLaw2015.TURNOUT  # inherited, with its citation


@pytest.mark.parametrize(
    ("step", "day"),
    [
        (ElectionStep.ELECTION_DAY_ANNOUNCED, dt.date(2025, 11, 20)),
        (ElectionStep.ELECTORAL_COMMITTEES, dt.date(2025, 11, 30)),
        (ElectionStep.FIRST_CONSULTATION, dt.date(2025, 12, 10)),
        (ElectionStep.CONSTITUENCIES_PUBLISHED, dt.date(2025, 12, 25)),
        (ElectionStep.ELECTION_BOARDS, dt.date(2026, 1, 4)),
        (ElectionStep.POLLING_TEAMS, dt.date(2026, 1, 31)),
        (ElectionStep.CANDIDATE_DOSSIERS, dt.date(2026, 2, 1)),  # LAW.md worked example
        (ElectionStep.SECOND_CONSULTATION, dt.date(2026, 2, 3)),
        (ElectionStep.VOTER_LIST_POSTED, dt.date(2026, 2, 3)),
        (ElectionStep.VOTER_CONCERNS_VERIFIED, dt.date(2026, 2, 8)),
        (ElectionStep.THIRD_CONSULTATION, dt.date(2026, 2, 20)),
        (ElectionStep.FRONT_LIST_SENT, dt.date(2026, 2, 22)),
        (ElectionStep.OFFICIAL_CANDIDATE_LIST, dt.date(2026, 2, 26)),  # worked example
        (ElectionStep.CANDIDATE_LIST_POSTED, dt.date(2026, 2, 27)),
        (ElectionStep.CANDIDATE_COMPLAINTS_CLOSED, dt.date(2026, 3, 5)),  # worked example
    ],
)
def test_the_2026_timetable(step: ElectionStep, day: dt.date) -> None:
    assert _LAW.timetable(_2026)[step] == day


def test_the_2026_timetable_through_the_framework() -> None:
    law = framework_at(_2026).instrument(Domain.ELECTIONS)
    assert isinstance(law, ElectionLaw2025)
    assert law.timetable(_2026)[ElectionStep.CANDIDATE_DOSSIERS] == dt.date(2026, 2, 1)


def test_after_the_2026_election() -> None:
    assert _LAW.results_announced_by(_2026) == dt.date(2026, 3, 25)  # worked example
    assert _LAW.supplementary_election_by(_2026) == dt.date(2026, 3, 22)  # 7 days
    assert _LAW.rerun_by(_2026) == dt.date(2026, 3, 22)
    assert _LAW.ANNULLED_ELECTION_RERUN.days == 7


def test_every_rule_of_the_amended_law_is_verified() -> None:
    for name, rule in rules_of(ElectionLaw2025).items():
        assert rule.citation.confidence is Confidence.VERIFIED, name


def test_only_the_changed_rules_are_restated() -> None:
    own = {name for name in vars(ElectionLaw2025) if name.isupper()}
    assert "TURNOUT" not in own
    assert "WINNER_MAJORITY" not in own
    assert {"CANDIDATE_DOSSIERS", "RESULT_COMPLAINT", "SUPPLEMENTARY_ELECTION"} <= own
