from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd.calendar.workdays import (
    add_working_days,
    is_working_day,
    public_holidays,
    working_days_between,
)

_D = dt.date


def test_tet_2026_is_16_to_20_february() -> None:
    holidays = public_holidays(2026)
    tet = {day: name for day, name in holidays.items() if day.month == 2}
    assert list(tet) == [_D(2026, 2, d) for d in range(16, 21)]
    assert tet[_D(2026, 2, 17)] == "Tết Nguyên Đán"
    assert tet[_D(2026, 2, 16)] == "Giao thừa Tết Nguyên Đán"


def test_public_holidays_are_sorted_and_in_vietnamese() -> None:
    holidays = public_holidays(2026)
    assert list(holidays) == sorted(holidays)
    assert holidays[_D(2026, 1, 1)] == "Tết Dương lịch"
    assert holidays[_D(2026, 9, 2)] == "Quốc khánh"
    assert holidays[_D(2026, 4, 30)] == "Ngày Chiến thắng"
    assert holidays[_D(2026, 5, 1)] == "Ngày Quốc tế Lao động"
    assert all(day.year == 2026 for day in holidays)


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (_D(2026, 2, 12), True),  # Thursday
        (_D(2026, 2, 13), True),  # Friday before Tết
        (_D(2026, 2, 14), False),  # Saturday
        (_D(2026, 2, 15), False),  # Sunday
        (_D(2026, 2, 16), False),
        (_D(2026, 2, 17), False),
        (_D(2026, 2, 18), False),
        (_D(2026, 2, 19), False),
        (_D(2026, 2, 20), False),
        (_D(2026, 2, 21), False),  # Saturday
        (_D(2026, 2, 22), False),  # Sunday
        (_D(2026, 2, 23), True),  # Monday after Tết
        (_D(2026, 9, 2), False),  # National Day
        (_D(2026, 3, 15), False),  # election Sunday
        (_D(2026, 3, 16), True),
        (_D(2026, 8, 22), True),  # Saturday worked in exchange for Monday 31/8
        (_D(2026, 8, 31), False),
    ],
)
def test_is_working_day(day: dt.date, working: bool) -> None:
    assert is_working_day(day) is working


@pytest.mark.parametrize(
    ("start", "days", "expected"),
    [
        (_D(2026, 2, 12), 1, _D(2026, 2, 13)),
        (_D(2026, 2, 13), 1, _D(2026, 2, 23)),  # over a weekend, Tết and a weekend
        (_D(2026, 2, 12), 2, _D(2026, 2, 23)),
        (_D(2026, 2, 13), 5, _D(2026, 2, 27)),
        (_D(2026, 2, 17), 1, _D(2026, 2, 23)),  # from inside Tết
        (_D(2026, 3, 6), 1, _D(2026, 3, 9)),  # Friday -> Monday
        (_D(2026, 3, 7), 1, _D(2026, 3, 9)),  # Saturday -> Monday
        (_D(2026, 3, 9), 5, _D(2026, 3, 16)),  # a full week
        (_D(2026, 3, 9), 10, _D(2026, 3, 23)),
        (_D(2026, 3, 15), 45, _D(2026, 5, 20)),  # over 30/4, 1/5 and Hùng Kings' day
    ],
)
def test_add_working_days(start: dt.date, days: int, expected: dt.date) -> None:
    assert add_working_days(start, days) == expected
    assert working_days_between(start, expected) == days


@pytest.mark.parametrize("start", [_D(2026, 2, 13), _D(2026, 2, 14), _D(2026, 2, 17)])
def test_add_zero_working_days_is_the_start(start: dt.date) -> None:
    assert add_working_days(start, 0) == start


@pytest.mark.parametrize("days", [-1, -10, True, 1.0, "1", None])
def test_add_working_days_refuses_bad_counts(days: Any) -> None:
    with pytest.raises(ValueError, match="days must be a whole number of at least 0"):
        add_working_days(_D(2026, 3, 9), days)


def test_extra_holidays() -> None:
    local = [_D(2026, 3, 9)]
    assert is_working_day(_D(2026, 3, 9))
    assert not is_working_day(_D(2026, 3, 9), extra_holidays=local)
    assert is_working_day(_D(2026, 3, 9))  # the extra day does not leak into later calls
    assert add_working_days(_D(2026, 3, 6), 1) == _D(2026, 3, 9)
    assert add_working_days(_D(2026, 3, 6), 1, extra_holidays=local) == _D(2026, 3, 10)
    assert working_days_between(_D(2026, 3, 6), _D(2026, 3, 10)) == 2
    assert working_days_between(_D(2026, 3, 6), _D(2026, 3, 10), extra_holidays=local) == 1


def test_extra_holidays_accept_any_iterable() -> None:
    days = (_D(2026, 3, d) for d in (9, 10))
    assert add_working_days(_D(2026, 3, 6), 1, extra_holidays=days) == _D(2026, 3, 11)


@pytest.mark.parametrize(
    ("start", "end", "count"),
    [
        (_D(2026, 2, 13), _D(2026, 2, 23), 1),
        (_D(2026, 2, 13), _D(2026, 2, 22), 0),
        (_D(2026, 3, 9), _D(2026, 3, 9), 0),
        (_D(2026, 3, 9), _D(2026, 3, 10), 1),  # the end counts, the start does not
        (_D(2026, 3, 9), _D(2026, 3, 16), 5),
        (_D(2026, 3, 16), _D(2026, 3, 9), 0),  # end before start
        (_D(2026, 1, 1), _D(2026, 12, 31), 249),  # 260 weekdays - 12 holidays + Sat 22/8
    ],
)
def test_working_days_between(start: dt.date, end: dt.date, count: int) -> None:
    assert working_days_between(start, end) == count
