from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.thresholds import Base, Threshold, VoteOutcome, measure_vote

_MORE_THAN_HALF = Threshold(Fraction(1, 2), strict=True, base=Base.TOTAL_DELEGATES)
_AT_LEAST_TWO_THIRDS = Threshold(Fraction(2, 3), strict=False, base=Base.TOTAL_DELEGATES)
_MORE_THAN_TWO_THIRDS = Threshold(Fraction(2, 3), strict=True, base=Base.DELEGATES_IN_OFFICE)


@pytest.mark.parametrize(
    ("base", "minimum"),
    [(0, 1), (1, 1), (2, 2), (3, 2), (4, 3), (50, 26), (84, 43), (85, 43), (125, 63)],
)
def test_more_than_half(base: int, minimum: int) -> None:
    assert _MORE_THAN_HALF.minimum_votes(base) == minimum
    assert _MORE_THAN_HALF.is_met(minimum, base)
    assert not _MORE_THAN_HALF.is_met(minimum - 1, base)


@pytest.mark.parametrize(
    ("base", "minimum"),
    [(0, 0), (1, 1), (2, 2), (3, 2), (4, 3), (29, 20), (30, 20), (84, 56), (85, 57), (125, 84)],
)
def test_at_least_two_thirds(base: int, minimum: int) -> None:
    assert _AT_LEAST_TWO_THIRDS.minimum_votes(base) == minimum
    assert _AT_LEAST_TWO_THIRDS.is_met(minimum, base)
    if minimum:
        assert not _AT_LEAST_TWO_THIRDS.is_met(minimum - 1, base)


@pytest.mark.parametrize(
    ("base", "minimum"),
    [(0, 1), (1, 1), (2, 2), (3, 3), (29, 20), (30, 21), (84, 57), (85, 57)],
)
def test_more_than_two_thirds(base: int, minimum: int) -> None:
    assert _MORE_THAN_TWO_THIRDS.minimum_votes(base) == minimum
    assert _MORE_THAN_TWO_THIRDS.is_met(minimum, base)
    assert not _MORE_THAN_TWO_THIRDS.is_met(minimum - 1, base)


def test_exactly_the_fraction_meets_at_least_but_not_more_than() -> None:
    # 20 of 30 is exactly two thirds.
    assert _AT_LEAST_TWO_THIRDS.is_met(20, 30)
    assert not _MORE_THAN_TWO_THIRDS.is_met(20, 30)
    # 42 of 84 is exactly half.
    assert not _MORE_THAN_HALF.is_met(42, 84)


def test_base_zero() -> None:
    assert not _MORE_THAN_HALF.is_met(0, 0)
    assert _AT_LEAST_TWO_THIRDS.is_met(0, 0)


@pytest.mark.parametrize(
    ("fraction", "strict", "base", "minimum"),
    [
        (Fraction(0), False, 10, 0),
        (Fraction(0), True, 10, 1),
        (Fraction(1), False, 10, 10),
        (Fraction(1), True, 10, 11),
        (Fraction(1, 10), False, 100_000_000, 10_000_000),
        (Fraction(1, 10), True, 100_000_000, 10_000_001),
        (Fraction(1, 3), False, 10**18, 333_333_333_333_333_334),
    ],
)
def test_extreme_fractions_and_bases_are_exact(
    fraction: Fraction, strict: bool, base: int, minimum: int
) -> None:
    threshold = Threshold(fraction, strict, Base.BALLOTS)
    assert threshold.minimum_votes(base) == minimum


@pytest.mark.parametrize("base", [-1, True, False, 2.0, "3", None])
def test_minimum_votes_refuses_bad_bases(base: Any) -> None:
    with pytest.raises(ValueError, match="base must be a whole number of at least 0"):
        _MORE_THAN_HALF.minimum_votes(base)


@pytest.mark.parametrize(("votes", "base"), [(-1, 10), (True, 1), (1.0, 3), ("2", 3)])
def test_is_met_refuses_bad_votes(votes: Any, base: int) -> None:
    with pytest.raises(ValueError, match="votes must be a whole number of at least 0"):
        _MORE_THAN_HALF.is_met(votes, base)


@pytest.mark.parametrize("base", [-3, True, 3.0])
def test_is_met_refuses_bad_bases(base: Any) -> None:
    with pytest.raises(ValueError, match="base must be a whole number of at least 0"):
        _MORE_THAN_HALF.is_met(2, base)


@pytest.mark.parametrize("fraction", [Fraction(3, 2), Fraction(-1, 2), 0.5, 1, Fraction(101, 100)])
def test_threshold_needs_an_exact_fraction_between_0_and_1(fraction: Any) -> None:
    with pytest.raises(ValueError, match="a threshold is an exact Fraction between 0 and 1"):
        Threshold(fraction, True, Base.TOTAL_DELEGATES)


def test_threshold_is_frozen_and_carries_its_citation() -> None:
    citation = Citation(InstrumentKind.LAW, "72/2025/QH15", 35, 2)
    threshold = Threshold(Fraction(1, 2), True, Base.TOTAL_DELEGATES, citation)
    assert threshold.citation == citation
    assert _MORE_THAN_HALF.citation is None
    assert threshold == Threshold(Fraction(1, 2), True, Base.TOTAL_DELEGATES, citation)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        threshold.strict = False  # type: ignore[misc]


@pytest.mark.parametrize(
    ("threshold", "vi", "en"),
    [
        (
            _MORE_THAN_HALF,
            "quá 1/2 tổng số đại biểu",
            "more than 1/2 of the total number of delegates",
        ),
        (
            _AT_LEAST_TWO_THIRDS,
            "ít nhất 2/3 tổng số đại biểu",
            "at least 2/3 of the total number of delegates",
        ),
        (
            _MORE_THAN_TWO_THIRDS,
            "quá 2/3 tổng số đại biểu hiện có",
            "more than 2/3 of the delegates in office",
        ),
        (
            Threshold(Fraction(2, 4), True, Base.BALLOTS),
            "quá 1/2 tổng số phiếu",
            "more than 1/2 of the ballots",
        ),
    ],
)
def test_describe(threshold: Threshold, vi: str, en: str) -> None:
    assert threshold.describe("vi") == vi
    assert threshold.describe() == vi
    assert threshold.describe("en") == en


@pytest.mark.parametrize(
    ("base", "vi", "en"),
    [
        (Base.TOTAL_DELEGATES, "tổng số đại biểu", "the total number of delegates"),
        (Base.DELEGATES_IN_OFFICE, "tổng số đại biểu hiện có", "the delegates in office"),
        (Base.BALLOTS, "tổng số phiếu", "the ballots"),
        (Base.VALID_BALLOTS, "tổng số phiếu hợp lệ", "the valid ballots"),
        (
            Base.STANDING_COMMITTEE_MEMBERS,
            "tổng số thành viên Thường trực",
            "the members of the standing committee",
        ),
        (Base.VOTERS_ON_LIST, "tổng số cử tri trong danh sách", "the voters on the list"),
    ],
)
def test_base_labels(base: Base, vi: str, en: str) -> None:
    assert base.label("vi") == vi
    assert base.label("en") == en


def test_no_base_counts_the_delegates_present() -> None:
    assert "present" not in " ".join(b.value for b in Base)


@given(
    st.fractions(min_value=0, max_value=1, max_denominator=1000),
    st.booleans(),
    st.integers(min_value=0, max_value=10**6),
)
def test_minimum_votes_is_the_exact_boundary(fraction: Fraction, strict: bool, base: int) -> None:
    threshold = Threshold(fraction, strict, Base.TOTAL_DELEGATES)
    minimum = threshold.minimum_votes(base)
    exact = fraction * base

    def meets(votes: int) -> bool:
        return votes > exact if strict else votes >= exact

    assert meets(minimum)
    assert minimum == 0 or not meets(minimum - 1)


# --- measure_vote: the one rule every calculator applies to a vote -------------------------

_STANDING = Threshold(Fraction(1, 2), strict=True, base=Base.STANDING_COMMITTEE_MEMBERS)


@pytest.mark.parametrize(("in_favour", "passed", "margin"), [(42, False, -1), (43, True, 0)])
def test_measure_vote_on_both_sides_of_the_threshold(
    in_favour: int, passed: bool, margin: int
) -> None:
    outcome = measure_vote(_MORE_THAN_HALF, in_favour, membership=lambda: 85)
    assert (outcome.base, outcome.minimum, outcome.margin, outcome.passed) == (
        85,
        43,
        margin,
        passed,
    )


def test_a_stated_base_wins_over_the_membership() -> None:
    def never() -> int:
        msg = "the membership is not asked for when the minutes state a base"
        raise AssertionError(msg)

    outcome = measure_vote(_MORE_THAN_HALF, 43, stated_base=90, membership=never)
    assert (outcome.base, outcome.minimum, outcome.passed) == (90, 46, False)


def test_another_body_needs_a_stated_base() -> None:
    assert measure_vote(_STANDING, 3, membership=lambda: 85).passed is None
    assert measure_vote(_STANDING, 3, stated_base=5).passed is True
    assert measure_vote(_STANDING, 2, stated_base=5).passed is False


def test_no_threshold_or_no_base_decides_nothing() -> None:
    assert measure_vote(None, 43, stated_base=85) == VoteOutcome(None, 85, None, None)
    assert measure_vote(_MORE_THAN_HALF, 43).base is None
    assert measure_vote(_MORE_THAN_HALF, 43, membership=lambda: 0).passed is None
    assert measure_vote(_MORE_THAN_HALF, 43, stated_base=0).passed is None
    with pytest.raises(ValueError, match="in_favour"):
        measure_vote(_MORE_THAN_HALF, -1, stated_base=85)


@given(st.integers(0, 500), st.integers(1, 500))
def test_measure_vote_agrees_with_is_met(in_favour: int, base: int) -> None:
    for rule in (_MORE_THAN_HALF, _AT_LEAST_TWO_THIRDS, _MORE_THAN_TWO_THIRDS):
        outcome = measure_vote(rule, in_favour, stated_base=base)
        assert outcome.passed is rule.is_met(in_favour, base)
        assert outcome.margin == in_favour - rule.minimum_votes(base)
