"""Properties of Deadline.due, the working-day calendar and Period."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from hdnd._core.period import Period
from hdnd.calendar.workdays import (
    add_months,
    add_working_days,
    civil_code_end,
    is_working_day,
    subtract_working_days,
    working_days_between,
)
from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline

_CITE = Citation(InstrumentKind.LAW, "1/2026/QH15", 1)
_DAYS = st.dates(min_value=dt.date(2015, 1, 1), max_value=dt.date(2030, 12, 31))
_SMALL = st.integers(min_value=0, max_value=60)
_COUNTS = st.sampled_from(list(DayCount))


@given(event=_DAYS, days=_SMALL, count=_COUNTS)
@settings(max_examples=200)
def test_a_deadline_after_an_event_never_ends_before_it(
    event: dt.date, days: int, count: DayCount
) -> None:
    due = Deadline(days, count, _CITE).due(event)
    assert due >= event
    if days:
        assert due > event
        assert is_working_day(due)  # a last day off moves to the next working day


@given(event=_DAYS, days=_SMALL, count=_COUNTS)
@settings(max_examples=200)
def test_a_deadline_before_an_event_never_ends_after_it(
    event: dt.date, days: int, count: DayCount
) -> None:
    due = Deadline(days, count, _CITE, before=True).due(event)
    assert due <= event
    assert (due < event) == (days > 0)


@given(event=_DAYS, days=st.integers(min_value=0, max_value=59), count=_COUNTS)
@settings(max_examples=150)
def test_a_longer_limit_never_ends_earlier(event: dt.date, days: int, count: DayCount) -> None:
    shorter = Deadline(days, count, _CITE).due(event)
    longer = Deadline(days + 1, count, _CITE).due(event)
    assert shorter <= longer


@given(event=_DAYS, days=_SMALL)
def test_calendar_days_end_on_the_day_or_the_next_working_day(event: dt.date, days: int) -> None:
    due = Deadline(days, DayCount.CALENDAR, _CITE).due(event)
    nominal = event + dt.timedelta(days=days)
    assert due >= nominal
    assert all(not is_working_day(nominal + dt.timedelta(d)) for d in range((due - nominal).days))


@given(event=_DAYS, days=_SMALL)
def test_working_days_count_exactly_that_many_working_days(event: dt.date, days: int) -> None:
    due = add_working_days(event, days)
    assert working_days_between(event, due) == days
    assert due == event or is_working_day(due)


@given(event=_DAYS, days=st.integers(min_value=1, max_value=60))
def test_subtracting_working_days_undoes_adding_them_from_a_working_day(
    event: dt.date, days: int
) -> None:
    start = add_working_days(event, 1)  # a working day
    assert subtract_working_days(add_working_days(start, days), days) == start


@given(day=_DAYS, months=st.integers(min_value=-120, max_value=120))
def test_adding_months_keeps_the_day_or_the_last_of_the_month(day: dt.date, months: int) -> None:
    moved = add_months(day, months)
    assert (moved.year * 12 + moved.month) - (day.year * 12 + day.month) == months
    assert moved.day == day.day or (moved.day < day.day and (moved + dt.timedelta(1)).day == 1)


@given(event=_DAYS, years=st.integers(min_value=0, max_value=10))
def test_years_are_twelve_months(event: dt.date, years: int) -> None:
    assert Deadline(years, DayCount.YEARS, _CITE).due(event) == civil_code_end(
        event, months=12 * years
    )


_PERIODS = st.tuples(_DAYS, _DAYS).map(sorted).map(lambda ab: Period(start=ab[0], end=ab[1]))


@given(period=_PERIODS, day=_DAYS)
def test_a_day_is_in_a_period_exactly_between_its_ends(period: Period, day: dt.date) -> None:
    assert (day in period) == (period.start <= day <= period.end)
    assert period.days == (period.end - period.start).days + 1 >= 1


@given(first=_PERIODS, second=_PERIODS)
def test_overlap_is_symmetric_and_means_a_shared_day(first: Period, second: Period) -> None:
    assert first.overlaps(second) == second.overlaps(first)
    shared = max(first.start, second.start) <= min(first.end, second.end)
    assert first.overlaps(second) == shared
    assert first.overlaps(first)
