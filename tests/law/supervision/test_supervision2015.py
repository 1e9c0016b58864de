from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import Decision, framework_at
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.rules import rules_of
from hdnd.law.supervision.supervision2015 import SupervisionLaw2015
from hdnd.law.thresholds import Base, Threshold

_LAW = SupervisionLaw2015()


@pytest.mark.parametrize(
    "kind",
    [
        DeadlineKind.QUESTION_WRITTEN_ANSWER,
        DeadlineKind.QUESTION_FOLLOW_UP_REPORT,
        DeadlineKind.EXPLANATION_NOTICE,
        DeadlineKind.THEMATIC_SUPERVISION_NOTICE,
    ],
)
def test_in_force_from_1_july_2016(kind: DeadlineKind) -> None:
    assert isinstance(framework_at(dt.date(2016, 6, 30)).deadline(kind), NotApplicable)
    assert isinstance(framework_at(dt.date(2016, 7, 1)).deadline(kind), Deadline)


def test_the_explanation_conclusion_threshold_starts_on_1_july_2016() -> None:
    decision = Decision.EXPLANATION_CONCLUSION
    assert isinstance(framework_at(dt.date(2016, 6, 30)).threshold(decision), NotApplicable)
    assert isinstance(framework_at(dt.date(2016, 7, 1)).threshold(decision), Threshold)


@pytest.mark.parametrize(("members", "minimum"), [(3, 2), (4, 3), (5, 3), (6, 4), (7, 4)])
def test_explanation_conclusion_needs_more_than_half_of_the_standing_committee(
    members: int, minimum: int
) -> None:
    threshold = framework_at(dt.date(2025, 1, 1)).threshold(Decision.EXPLANATION_CONCLUSION)
    assert isinstance(threshold, Threshold)
    assert threshold.base is Base.STANDING_COMMITTEE_MEMBERS
    assert threshold.minimum_votes(members) == minimum
    assert not threshold.is_met(minimum - 1, members)
    assert threshold.is_met(minimum, members)


def test_written_answers_within_20_days() -> None:
    assert _LAW.QUESTION_WRITTEN_ANSWER.days == 20
    assert _LAW.QUESTION_WRITTEN_ANSWER.count is DayCount.CALENDAR
    assert _LAW.QUESTION_WRITTEN_ANSWER.due(dt.date(2025, 12, 10)) == dt.date(2025, 12, 30)
    # a last day on a Sunday moves to Monday (Civil Code Art. 148(5))
    assert _LAW.QUESTION_WRITTEN_ANSWER.due(dt.date(2025, 7, 7)) == dt.date(2025, 7, 28)
    assert _LAW.COMMITTEE_QUESTION_WRITTEN_ANSWER.days == 20


def test_deadlines_before_a_session_count_back() -> None:
    assert _LAW.QUESTION_FOLLOW_UP_REPORT.before
    assert _LAW.QUESTION_FOLLOW_UP_REPORT.due(dt.date(2025, 12, 10)) == dt.date(2025, 11, 30)
    assert _LAW.EXPLANATION_NOTICE.due(dt.date(2025, 9, 15)) == dt.date(2025, 9, 5)
    assert _LAW.PROGRAMME_SUBMISSION.due(dt.date(2025, 7, 8)) == dt.date(2025, 6, 28)


def test_thematic_supervision() -> None:
    notice = framework_at(dt.date(2025, 4, 1)).deadline(DeadlineKind.THEMATIC_SUPERVISION_NOTICE)
    assert isinstance(notice, Deadline)
    assert notice.days == 15
    assert notice.due(dt.date(2025, 4, 1)) == dt.date(2025, 4, 16)
    assert _LAW.THEMATIC_SUPERVISION_PROGRAMME.due(dt.date(2025, 5, 20)) == dt.date(2025, 5, 10)
    assert (_LAW.COMMITTEE_THEMATIC_REPORT.days, _LAW.COMMITTEE_REPORT_REVIEW.days) == (15, 7)


@pytest.mark.parametrize(
    ("year", "due"), [(2026, dt.date(2025, 3, 1)), (2017, dt.date(2016, 3, 1))]
)
def test_programme_proposals(year: int, due: dt.date) -> None:
    assert SupervisionLaw2015.programme_proposals_due(year) == due


def test_programme_year_must_be_a_year() -> None:
    with pytest.raises(TypeError, match="year"):
        SupervisionLaw2015.programme_proposals_due(True)


def test_every_rule_is_verified_and_cites_the_2015_law() -> None:
    rules = rules_of(SupervisionLaw2015)
    assert len(rules) >= 15
    for name, rule in rules.items():
        assert rule.citation.confidence is Confidence.VERIFIED, name
        assert rule.citation.number == "87/2015/QH13", name
    assert rules["EXPLANATION_CONCLUSION"].citation.render("en") == "Law 87/2015/QH13, Art. 72(4)"
