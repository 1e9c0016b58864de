from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.complaints2011 import ComplaintsLaw2011


def _deadline(day: dt.date, kind: DeadlineKind) -> Deadline:
    result = framework_at(day).deadline(kind)
    assert isinstance(result, Deadline), result
    return result


@pytest.mark.parametrize(
    ("kind", "remote", "complex_", "days"),
    [
        (DeadlineKind.COMPLAINT_FIRST, False, False, 30),
        (DeadlineKind.COMPLAINT_FIRST, False, True, 45),
        (DeadlineKind.COMPLAINT_FIRST, True, False, 45),
        (DeadlineKind.COMPLAINT_FIRST, True, True, 60),
        (DeadlineKind.COMPLAINT_SECOND, False, False, 45),
        (DeadlineKind.COMPLAINT_SECOND, False, True, 60),
        (DeadlineKind.COMPLAINT_SECOND, True, False, 60),
        (DeadlineKind.COMPLAINT_SECOND, True, True, 70),
        (DeadlineKind.SECOND_COMPLAINT_FILING, False, False, 30),
        (DeadlineKind.SECOND_COMPLAINT_FILING, True, False, 45),
        (DeadlineKind.COMPLAINT_FILING, False, False, 90),
        (DeadlineKind.COMPLAINT_ACCEPTANCE, False, False, 10),
    ],
)
def test_time_limits(kind: DeadlineKind, remote: bool, complex_: bool, days: int) -> None:
    deadline = _deadline(dt.date(2026, 6, 30), kind)
    assert deadline.days_for(remote=remote, complex=complex_) == days
    assert deadline.count is DayCount.CALENDAR


def test_in_force_from_1_july_2012() -> None:
    before = framework_at(dt.date(2012, 6, 30)).deadline(DeadlineKind.COMPLAINT_FIRST)
    assert isinstance(before, NotApplicable)
    assert _deadline(dt.date(2012, 7, 1), DeadlineKind.COMPLAINT_FIRST).days == 30


def test_a_calendar_period_ending_in_tet_moves_to_the_next_working_day() -> None:
    first = ComplaintsLaw2011.COMPLAINT_FIRST
    assert first.due(dt.date(2026, 1, 20)) == dt.date(2026, 2, 23)  # 19.2 is in Tết
    assert first.due(dt.date(2026, 1, 9)) == dt.date(2026, 2, 9)  # a Monday: no move
    assert first.due(dt.date(2026, 1, 20), remote=True, complex=True) == dt.date(2026, 3, 23)
