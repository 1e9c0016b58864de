from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.reception2013 import CitizenReceptionLaw2013


def _deadline(day: dt.date, kind: DeadlineKind) -> Deadline:
    result = framework_at(day).deadline(kind)
    assert isinstance(result, Deadline), result
    return result


@pytest.mark.parametrize(("people", "allowed"), [(4, None), (5, (1, 2)), (10, (1, 2)),
                                                 (11, (1, 5)), (0, None)])  # fmt: skip
def test_crowd_representatives(people: int, allowed: tuple[int, int] | None) -> None:
    assert CitizenReceptionLaw2013.representatives(people) == allowed


@pytest.mark.parametrize("people", [-1, True, 2.5])
def test_crowd_size_must_be_a_count(people: int) -> None:
    with pytest.raises(ValueError, match="whole number"):
        CitizenReceptionLaw2013.representatives(people)


def test_in_force_from_1_july_2014() -> None:
    before = framework_at(dt.date(2014, 6, 30)).deadline(DeadlineKind.PETITION_REPLY)
    assert isinstance(before, NotApplicable)
    reply = _deadline(dt.date(2014, 7, 1), DeadlineKind.PETITION_REPLY)
    assert (reply.days, reply.count) == (10, DayCount.WORKING)
    assert reply.citation.render("en") == "Law 42/2013/QH13, Art. 28(1)"


@pytest.mark.parametrize(
    ("kind", "start", "due"),
    [
        (DeadlineKind.PETITION_REPLY, dt.date(2026, 2, 9), dt.date(2026, 3, 2)),  # Tết
        (DeadlineKind.PETITION_REPLY, dt.date(2026, 3, 2), dt.date(2026, 3, 16)),
        (
            DeadlineKind.FORWARDED_CASE_NOTICE,
            dt.date(2026, 4, 24),
            dt.date(2026, 5, 8),
        ),  # 27.4, 30.4, 1.5 off
        (
            DeadlineKind.DELEGATE_INFORMS_PETITIONER,
            dt.date(2026, 8, 28),
            dt.date(2026, 9, 9),
        ),  # 1-2.9 off
    ],
)
def test_due_dates_on_the_working_day_calendar(
    kind: DeadlineKind, start: dt.date, due: dt.date
) -> None:
    assert _deadline(dt.date(2026, 5, 1), kind).due(start) == due
