"""The resolution in force on a day, and the number a rule counts against."""

from __future__ import annotations

import datetime as dt

import pytest

from hdnd.confidence import base_count, confidence_rules
from hdnd.law.confidence.nq85_2014 import ConfidenceRules2014
from hdnd.law.confidence.nq96_2023 import ConfidenceRules2023
from hdnd.law.thresholds import Base


@pytest.mark.parametrize(
    ("day", "rules"),
    [
        (dt.date(2015, 6, 30), None),
        (dt.date(2015, 7, 1), ConfidenceRules2014),
        (dt.date(2022, 12, 9), ConfidenceRules2014),
        (dt.date(2023, 6, 30), ConfidenceRules2014),
        (dt.date(2023, 7, 1), ConfidenceRules2023),
        (dt.date(2026, 4, 1), ConfidenceRules2023),
    ],
)
def test_the_resolution_of_the_day(day: dt.date, rules: type | None) -> None:
    found = confidence_rules(day)
    assert (None if found is None else type(found)) is rules


@pytest.mark.parametrize(
    ("base", "ballots", "delegates", "count"),
    [
        (Base.BALLOTS, 58, 60, 58),
        (Base.TOTAL_DELEGATES, 58, 60, 60),
        (Base.DELEGATES_IN_OFFICE, 58, 59, 59),
        (Base.TOTAL_DELEGATES, 58, None, None),
        (Base.BALLOTS, 0, 60, None),  # a share of nothing decides nothing
        (Base.TOTAL_DELEGATES, 58, 0, None),
        (Base.VALID_BALLOTS, 58, 60, None),  # neither number
    ],
)
def test_the_count_a_base_names(
    base: Base, ballots: int, delegates: int | None, count: int | None
) -> None:
    assert base_count(base, ballots=ballots, delegates=delegates) == count
