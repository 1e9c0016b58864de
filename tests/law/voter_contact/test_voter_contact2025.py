from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason


def test_earlier_rules_are_not_encoded() -> None:
    before = framework_at(dt.date(2025, 2, 19)).deadline(DeadlineKind.VOTER_PETITION_ANSWER)
    assert isinstance(before, NotApplicable)
    assert before.reason is NotApplicableReason.NOT_ENCODED
    assert isinstance(
        framework_at(dt.date(2025, 2, 20)).deadline(DeadlineKind.VOTER_PETITION_ANSWER), Deadline
    )


@pytest.mark.parametrize(
    ("kind", "event", "due"),
    [
        (DeadlineKind.VOTER_PETITION_COMPILATION, dt.date(2026, 6, 12), dt.date(2026, 6, 17)),
        (DeadlineKind.VOTER_PETITION_SUMMARY, dt.date(2026, 7, 8), dt.date(2026, 6, 29)),
        (DeadlineKind.VOTER_PETITION_ANSWER, dt.date(2026, 7, 20), dt.date(2026, 8, 19)),
        (DeadlineKind.VOTER_PETITION_RESULTS_REPORT, dt.date(2026, 12, 8), dt.date(2026, 11, 8)),
        (DeadlineKind.VOTER_PETITION_PUBLICATION, dt.date(2026, 8, 19), dt.date(2026, 9, 11)),
    ],
)
def test_due_dates(kind: DeadlineKind, event: dt.date, due: dt.date) -> None:
    deadline = framework_at(dt.date(2026, 6, 1)).deadline(kind)
    assert isinstance(deadline, Deadline)
    assert deadline.due(event) == due
