from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import Decision, framework_at
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.instrument import Domain
from hdnd.law.rules import rules_of
from hdnd.law.supervision.supervision2015 import SupervisionLaw2015
from hdnd.law.supervision.supervision2025 import SupervisionLaw2025
from hdnd.law.thresholds import Threshold


@pytest.mark.parametrize(
    ("day", "cls", "confidence"),
    [
        (dt.date(2026, 2, 28), SupervisionLaw2015, Confidence.VERIFIED),
        (dt.date(2026, 3, 1), SupervisionLaw2025, Confidence.UNVERIFIED),
    ],
)
def test_replaces_the_2015_law_on_1_march_2026(
    day: dt.date, cls: type[SupervisionLaw2015], confidence: Confidence
) -> None:
    framework = framework_at(day)
    assert type(framework.instrument(Domain.SUPERVISION)) is cls
    for kind in (
        DeadlineKind.QUESTION_WRITTEN_ANSWER,
        DeadlineKind.QUESTION_FOLLOW_UP_REPORT,
        DeadlineKind.EXPLANATION_NOTICE,
        DeadlineKind.THEMATIC_SUPERVISION_NOTICE,
    ):
        deadline = framework.deadline(kind)
        assert isinstance(deadline, Deadline)
        assert deadline.citation.confidence is confidence
    conclusion = framework.threshold(Decision.EXPLANATION_CONCLUSION)
    assert isinstance(conclusion, Threshold)
    assert conclusion.citation is not None
    assert conclusion.citation.confidence is confidence


def test_carried_over_rules_keep_their_values() -> None:
    answer = framework_at(dt.date(2026, 3, 1)).deadline(DeadlineKind.QUESTION_WRITTEN_ANSWER)
    assert isinstance(answer, Deadline)
    assert answer.days == 20
    assert answer.due(dt.date(2026, 4, 1)) == dt.date(2026, 4, 21)
    assert SupervisionLaw2025.programme_proposals_due(2027) == dt.date(2026, 3, 1)
    conclusion = SupervisionLaw2025.EXPLANATION_CONCLUSION
    assert conclusion.minimum_votes(5) == 3
    assert not conclusion.is_met(2, 5)


def test_no_rule_keeps_the_2015_confidence() -> None:
    rules = rules_of(SupervisionLaw2025)
    assert set(rules) >= set(rules_of(SupervisionLaw2015))
    for name, rule in rules.items():
        if rule.citation.number == "121/2025/QH15":
            assert rule.citation.confidence is Confidence.SECONDARY, name
        else:
            assert rule.citation.confidence is Confidence.UNVERIFIED, name


def test_the_unconfirmed_article_40_claim_is_not_encoded() -> None:
    deadlines = [r for r in rules_of(SupervisionLaw2025).values() if isinstance(r, Deadline)]
    assert not any(d.complex == 30 or d.citation.article == 40 for d in deadlines)


def test_dates_are_secondary() -> None:
    assert SupervisionLaw2025.dates_confidence is Confidence.SECONDARY
    assert SupervisionLaw2025.replaces == ("87/2015/QH13",)
    assert SupervisionLaw2025.amends is None
