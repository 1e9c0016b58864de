from __future__ import annotations

import datetime as dt

from hdnd.law import Decision, framework_at
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.instrument import Domain
from hdnd.law.supervision2015 import SupervisionLaw2015
from hdnd.law.supervision2025 import SupervisionLaw2025
from hdnd.law.thresholds import Threshold


def test_replaces_the_2015_law_on_1_march_2026() -> None:
    assert type(framework_at(dt.date(2026, 2, 28)).instrument(Domain.SUPERVISION)) is (
        SupervisionLaw2015
    )
    assert type(framework_at(dt.date(2026, 3, 1)).instrument(Domain.SUPERVISION)) is (
        SupervisionLaw2025
    )


def test_carried_over_rules_are_unverified() -> None:
    answer = framework_at(dt.date(2026, 3, 1)).deadline(DeadlineKind.QUESTION_WRITTEN_ANSWER)
    assert isinstance(answer, Deadline)
    assert answer.days == 20
    assert answer.citation.confidence is Confidence.UNVERIFIED
    before = framework_at(dt.date(2026, 2, 28)).deadline(DeadlineKind.QUESTION_WRITTEN_ANSWER)
    assert isinstance(before, Deadline)
    assert before.citation.confidence is Confidence.VERIFIED
    conclusion = framework_at(dt.date(2026, 3, 1)).threshold(Decision.EXPLANATION_CONCLUSION)
    assert isinstance(conclusion, Threshold)
    assert conclusion.citation is not None
    assert conclusion.citation.confidence is Confidence.UNVERIFIED
