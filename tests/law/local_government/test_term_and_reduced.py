"""The term length and the reduced-council limit, by the law in force."""

from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law.citation import Confidence
from hdnd.law.framework import framework_at
from hdnd.law.local_government.lg2015 import LG2015
from hdnd.law.local_government.lg2025 import LG2025
from hdnd.law.local_government.lg2025_65 import LG2025_65
from hdnd.law.local_government.seats import NotApplicable


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (dt.date(2026, 4, 20), dt.date(2031, 4, 20)),
        (dt.date(2024, 2, 29), dt.date(2029, 2, 28)),  # no 29 February in 2029
    ],
)
def test_a_term_ends_five_years_after_its_first_session(start: dt.date, end: dt.date) -> None:
    assert LG2025().term_end(start) == end


def test_the_term_rule_is_verified_under_law_72_and_from_memory_before() -> None:
    assert LG2025.TERM_YEARS.citation.render("en") == "Law 72/2025/QH15, Art. 5(4)"
    assert LG2025.TERM_YEARS.citation.confidence is Confidence.VERIFIED
    assert LG2015.TERM_YEARS is not None
    assert LG2015.TERM_YEARS.citation.confidence is Confidence.UNVERIFIED


def test_the_law_of_march_2025_encodes_no_term() -> None:
    assert LG2025_65().term_end(dt.date(2025, 4, 1)) is None


@pytest.mark.parametrize(
    ("serving", "seats", "reduced"),
    [(56, 85, True), (57, 85, False), (19, 30, True), (20, 30, False), (0, 15, True)],
)
def test_reduced_council_on_both_sides_of_two_thirds(
    serving: int, seats: int, reduced: bool
) -> None:
    assert LG2025().is_reduced(serving, seats) is reduced


def test_reduced_council_from_the_day_law_72_is_in_force() -> None:
    before = framework_at(dt.date(2025, 6, 15)).local_government
    after = framework_at(dt.date(2025, 6, 16)).local_government
    assert before is not None
    assert after is not None
    assert isinstance(before.is_reduced(56, 85), NotApplicable)
    assert after.is_reduced(56, 85) is True
    assert LG2025.REDUCED_COUNCIL_LIMIT.citation is not None
    assert LG2025.REDUCED_COUNCIL_LIMIT.citation.render("en") == "Law 72/2025/QH15, Art. 49(2)"
