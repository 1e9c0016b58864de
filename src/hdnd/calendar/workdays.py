"""Working days on the Vietnamese calendar (weekends, public holidays, Tết, substitutions).

Backed by the ``holidays`` package (``holidays.VN``), which knows Tết and the days the
government moves. Deadlines counted in working days (ngày làm việc) use these functions.

```pycon
>>> import datetime as dt
>>> is_working_day(dt.date(2026, 2, 17))  # Tết
False
>>> add_working_days(dt.date(2026, 2, 13), 1)  # the Friday before Tết 2026
datetime.date(2026, 2, 23)
>>> working_days_between(dt.date(2026, 2, 13), dt.date(2026, 2, 23))
1

```

Periods in calendar days are counted as the Civil Code 2015 counts them
(:func:`civil_code_end`): the day of the event is not counted (Art. 147(1)), and a period
whose last day is a weekend or public holiday ends with the next working day (Art. 148(5)).

```pycon
>>> civil_code_end(dt.date(2026, 1, 20), 30)  # 30 days end on Thu 19 Feb 2026, in Tết
datetime.date(2026, 2, 23)

```
"""

from __future__ import annotations

import calendar as _months
import datetime as dt
import functools
from collections.abc import Iterable

import holidays

__all__ = [
    "add_months",
    "add_working_days",
    "civil_code_end",
    "is_working_day",
    "next_working_day",
    "public_holidays",
    "subtract_working_days",
    "working_days_between",
]


@functools.lru_cache(maxsize=64)
def _calendar(extra: frozenset[dt.date]) -> holidays.HolidayBase:
    calendar = holidays.country_holidays("VN", language="vi")
    calendar.update(dict.fromkeys(extra, "Ngày nghỉ địa phương"))
    return calendar


def public_holidays(year: int) -> dict[dt.date, str]:
    """The public holidays of *year* with their Vietnamese names."""
    calendar = holidays.country_holidays("VN", years=year, language="vi")
    return dict(sorted(calendar.items()))


def is_working_day(day: dt.date, *, extra_holidays: Iterable[dt.date] = ()) -> bool:
    """Whether *day* is a working day (not a weekend, holiday, or one of *extra_holidays*)."""
    return bool(_calendar(frozenset(extra_holidays)).is_working_day(day))


def add_working_days(
    start: dt.date, days: int, *, extra_holidays: Iterable[dt.date] = ()
) -> dt.date:
    """The working day that comes *days* working days after *start* (*start* not counted)."""
    _check_days(days)
    calendar = _calendar(frozenset(extra_holidays))
    day = start
    while days:
        day += dt.timedelta(days=1)
        if calendar.is_working_day(day):
            days -= 1
    return day


def subtract_working_days(
    end: dt.date, days: int, *, extra_holidays: Iterable[dt.date] = ()
) -> dt.date:
    """The working day that comes *days* working days before *end* (*end* not counted).

    For rules counted back from an event ("at least 5 working days before the session").

    >>> subtract_working_days(dt.date(2026, 2, 23), 1)  # the Monday after Tết 2026
    datetime.date(2026, 2, 13)
    """
    _check_days(days)
    calendar = _calendar(frozenset(extra_holidays))
    day = end
    while days:
        day -= dt.timedelta(days=1)
        if calendar.is_working_day(day):
            days -= 1
    return day


def next_working_day(day: dt.date, *, extra_holidays: Iterable[dt.date] = ()) -> dt.date:
    """*day* itself if it is a working day, else the first working day after it."""
    calendar = _calendar(frozenset(extra_holidays))
    while not calendar.is_working_day(day):
        day += dt.timedelta(days=1)
    return day


def add_months(day: dt.date, months: int) -> dt.date:
    """*day* plus *months* calendar months (minus, if negative), on the corresponding day.

    A month without the corresponding day ends on its last day.

    >>> add_months(dt.date(2024, 8, 31), 18), add_months(dt.date(2024, 3, 31), -1)
    (datetime.date(2026, 2, 28), datetime.date(2024, 2, 29))
    """
    if isinstance(months, bool) or not isinstance(months, int):
        msg = f"months must be a whole number, not {months!r}"
        raise ValueError(msg)
    year, month = divmod(day.year * 12 + day.month - 1 + months, 12)
    last = _months.monthrange(year, month + 1)[1]
    return dt.date(year, month + 1, min(day.day, last))


def civil_code_end(
    event: dt.date,
    days: int = 0,
    *,
    months: int = 0,
    extra_holidays: Iterable[dt.date] = (),
) -> dt.date:
    """The last day of a period of *months* calendar months and *days* days from *event*.

    Civil Code 2015 (Bộ luật Dân sự 91/2015/QH13): the day of the event is not counted
    (Art. 147(1)); the period ends at the end of its last day (Art. 148(1)), or, when that day
    is a weekend or public holiday, at the end of the next working day (Art. 148(5)). These
    are the defaults; a law that says otherwise prevails (Art. 145(1)). A period in months
    (a year is twelve) ends on the corresponding day of its last month, or on that month's
    last day when it has none (Art. 148(3)–(4), clauses hdnd's authors know from memory,
    not from a stored copy).

    >>> civil_code_end(dt.date(2026, 1, 31), months=1)  # Sat 28 Feb moves to Mon 2 March
    datetime.date(2026, 3, 2)
    """
    _check_days(days)
    _check_days(months, "months")
    end = add_months(event, months) + dt.timedelta(days=days)
    return next_working_day(end, extra_holidays=extra_holidays)


def _check_days(days: object, name: str = "days") -> int:
    if isinstance(days, bool) or not isinstance(days, int) or days < 0:
        msg = f"{name} must be a whole number of at least 0, not {days!r}"
        raise ValueError(msg)
    return days


def working_days_between(
    start: dt.date, end: dt.date, *, extra_holidays: Iterable[dt.date] = ()
) -> int:
    """Working days after *start* up to and including *end* (0 if *end* is not later)."""
    calendar = _calendar(frozenset(extra_holidays))
    count, day = 0, start
    while day < end:
        day += dt.timedelta(days=1)
        count += bool(calendar.is_working_day(day))
    return count
