from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import Decision, framework_at
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.seats import NotApplicable
from hdnd.law.supervision2015 import SupervisionLaw2015
from hdnd.law.thresholds import Threshold


def test_in_force_from_1_july_2016() -> None:
    kind = DeadlineKind.QUESTION_WRITTEN_ANSWER
    assert isinstance(framework_at(dt.date(2016, 6, 30)).deadline(kind), NotApplicable)
    assert isinstance(framework_at(dt.date(2016, 7, 1)).deadline(kind), Deadline)


@pytest.mark.parametrize(("members", "minimum"), [(5, 3), (6, 4), (7, 4)])
def test_explanation_conclusion_needs_more_than_half_of_the_standing_committee(
    members: int, minimum: int
) -> None:
    threshold = framework_at(dt.date(2025, 1, 1)).threshold(Decision.EXPLANATION_CONCLUSION)
    assert isinstance(threshold, Threshold)
    assert threshold.minimum_votes(members) == minimum
    assert not threshold.is_met(minimum - 1, members)


def test_deadlines_before_a_session_count_back() -> None:
    law = SupervisionLaw2015()
    assert law.QUESTION_FOLLOW_UP_REPORT.due(dt.date(2025, 12, 10)) == dt.date(2025, 11, 30)
    assert law.EXPLANATION_NOTICE.due(dt.date(2025, 9, 15)) == dt.date(2025, 9, 5)


def test_programme_proposals() -> None:
    assert SupervisionLaw2015.programme_proposals_due(2026) == dt.date(2025, 3, 1)
