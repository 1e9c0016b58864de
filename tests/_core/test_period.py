from __future__ import annotations

import datetime as dt

import pytest
from pydantic import ValidationError

from hdnd._core.period import Period

_YEAR = Period(start=dt.date(2014, 1, 1), end=dt.date(2014, 12, 31))


@pytest.mark.parametrize(
    ("day", "inside"),
    [
        (dt.date(2013, 12, 31), False),
        (dt.date(2014, 1, 1), True),
        (dt.date(2014, 10, 8), True),
        (dt.date(2014, 12, 31), True),
        (dt.date(2015, 1, 1), False),
    ],
)
def test_both_ends_belong_to_the_period(day: dt.date, inside: bool) -> None:
    assert (day in _YEAR) is inside


@pytest.mark.parametrize("thing", ["2014-10-08", 2014, None])
def test_non_dates_are_not_inside(thing: object) -> None:
    assert thing not in _YEAR


@pytest.mark.parametrize(
    ("period", "days"),
    [
        (_YEAR, 365),
        (Period.year(2024), 366),
        (Period(start=dt.date(2026, 3, 15), end=dt.date(2026, 3, 15)), 1),
        (Period(start=dt.date(2026, 2, 28), end=dt.date(2026, 3, 1)), 2),
    ],
)
def test_days_counts_both_ends(period: Period, days: int) -> None:
    assert period.days == days


def test_year() -> None:
    assert Period.year(2014) == _YEAR
    assert Period.year(2014).start == dt.date(2014, 1, 1)
    assert Period.year(2014).end == dt.date(2014, 12, 31)


def test_end_before_start_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"the period ends \(2014-01-01\) before it starts"):
        Period(start=dt.date(2014, 1, 2), end=dt.date(2014, 1, 1))


def test_parses_iso_strings_and_refuses_numbers() -> None:
    assert Period.model_validate({"start": "2014-01-01", "end": "2014-12-31"}) == _YEAR
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        Period.model_validate({"start": 1388534400, "end": "2014-12-31"})


def test_forbids_extra_fields() -> None:
    with pytest.raises(ValidationError, match="Extra inputs"):
        Period.model_validate({"start": "2014-01-01", "end": "2014-12-31", "label": "x"})


@pytest.mark.parametrize(
    ("start", "end", "overlaps"),
    [
        (dt.date(2013, 1, 1), dt.date(2013, 12, 31), False),
        (dt.date(2013, 1, 1), dt.date(2014, 1, 1), True),
        (dt.date(2014, 6, 1), dt.date(2014, 6, 30), True),
        (dt.date(2014, 12, 31), dt.date(2015, 6, 1), True),
        (dt.date(2015, 1, 1), dt.date(2015, 6, 1), False),
        (dt.date(2010, 1, 1), dt.date(2020, 1, 1), True),
    ],
)
def test_overlaps(start: dt.date, end: dt.date, overlaps: bool) -> None:
    other = Period(start=start, end=end)
    assert _YEAR.overlaps(other) is overlaps
    assert other.overlaps(_YEAR) is overlaps


def test_str_is_an_iso_interval() -> None:
    assert str(_YEAR) == "2014-01-01/2014-12-31"


def test_a_moment_lies_in_the_period_of_its_day() -> None:
    period = Period(start=dt.date(2021, 6, 1), end=dt.date(2021, 6, 30))
    assert dt.datetime(2021, 6, 30, 23, 59) in period
    assert dt.datetime(2021, 7, 1, 0, 0) not in period
