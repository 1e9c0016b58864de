"""How every calculator reads ``as_of`` and ``period`` (:class:`hdnd.reports.scope.Scope`)."""

from __future__ import annotations

import datetime as dt

import pytest

from hdnd import Period
from hdnd.reports.scope import Scope

YEAR = Period.year(2026)
TERM_START = dt.date(2026, 3, 15)


def test_a_day_is_as_of_else_the_end_of_the_period() -> None:
    assert Scope(as_of=dt.date(2026, 5, 1)).day == dt.date(2026, 5, 1)
    assert Scope(period=YEAR).day == dt.date(2026, 12, 31)
    assert Scope(as_of=dt.date(2026, 5, 1), period=YEAR).day == dt.date(2026, 5, 1)
    assert Scope().day is None


def test_a_report_on_a_day_needs_one_of_them() -> None:
    with pytest.raises(TypeError, match=r"council_overview\(\) needs as_of"):
        Scope().require_day("council_overview")
    assert Scope(period=YEAR).require_day("x") == YEAR.end


@pytest.mark.parametrize(
    ("as_of", "period", "expected"),
    [
        (None, None, None),
        (None, YEAR, "2026-01-01/2026-12-31"),
        (dt.date(2026, 6, 30), YEAR, "2026-01-01/2026-06-30"),  # cut at as_of
        (dt.date(2026, 12, 31), YEAR, "2026-01-01/2026-12-31"),  # on its last day: whole
        (dt.date(2027, 1, 1), YEAR, "2026-01-01/2026-12-31"),  # after it: whole
        (dt.date(2026, 1, 1), YEAR, "2026-01-01/2026-01-01"),  # on its first day: one day
        (dt.date(2026, 6, 30), None, "2026-03-15/2026-06-30"),  # from the start given
    ],
)
def test_the_days_a_report_over_a_period_counts(
    as_of: dt.date | None, period: Period | None, expected: str | None
) -> None:
    days = Scope(as_of=as_of, period=period).days(start=TERM_START)
    assert (None if days is None else str(days)) == expected


def test_as_of_alone_without_a_start_counts_everything_before_it() -> None:
    days = Scope(as_of=dt.date(2026, 6, 30)).days()
    assert days is not None
    assert days.start == dt.date.min
    assert days.end == dt.date(2026, 6, 30)


def test_as_of_before_the_period_or_the_start_is_an_error() -> None:
    with pytest.raises(ValueError, match="before the period starts"):
        Scope(as_of=dt.date(2025, 12, 31), period=YEAR)
    with pytest.raises(ValueError, match="before the records start"):
        Scope(as_of=dt.date(2026, 3, 14)).days(start=TERM_START)
    assert Scope(as_of=TERM_START).days(start=TERM_START) is not None


@pytest.mark.parametrize(
    "fields",
    [
        {"as_of": "2026-05-01"},
        {"as_of": dt.datetime(2026, 5, 1, 12, 0)},
        {"as_of": 20260501},
        {"period": (dt.date(2026, 1, 1), dt.date(2026, 12, 31))},
        {"period": "2026"},
    ],
)
def test_wrong_types_are_refused_with_a_clear_error(fields: dict[str, object]) -> None:
    with pytest.raises(TypeError, match="must be"):
        Scope(**fields)  # type: ignore[arg-type]
