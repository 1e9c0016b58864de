from __future__ import annotations

import math
from fractions import Fraction

from hypothesis import given
from hypothesis import strategies as st

from hdnd.law.instrument import Decision
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.thresholds import Base, Threshold

_FRACTIONS = st.fractions(min_value=0, max_value=1, max_denominator=1_000)
_BASES = st.integers(min_value=0, max_value=100_000)
_THRESHOLDS = st.builds(
    Threshold, fraction=_FRACTIONS, strict=st.booleans(), base=st.sampled_from(Base)
)
_LAW_THRESHOLDS = st.sampled_from(list(LocalGovernmentLaw2025.thresholds().values()))


@given(threshold=st.one_of(_THRESHOLDS, _LAW_THRESHOLDS), base=_BASES)
def test_minimum_votes_is_the_smallest_count_that_is_met(threshold: Threshold, base: int) -> None:
    minimum = threshold.minimum_votes(base)
    assert threshold.is_met(minimum, base)
    if minimum > 0:
        assert not threshold.is_met(minimum - 1, base)


@given(threshold=_THRESHOLDS, base=_BASES, votes=st.integers(min_value=0, max_value=200_000))
def test_is_met_agrees_with_exact_arithmetic(threshold: Threshold, base: int, votes: int) -> None:
    share = threshold.fraction * base
    expected = votes > share if threshold.strict else votes >= share
    assert threshold.is_met(votes, base) is expected


@given(threshold=_THRESHOLDS, base=_BASES)
def test_minimum_votes_matches_the_closed_form(threshold: Threshold, base: int) -> None:
    share = threshold.fraction * base
    expected = math.floor(share) + 1 if threshold.strict else math.ceil(share)
    assert threshold.minimum_votes(base) == expected
    assert 0 <= threshold.minimum_votes(base) <= base + 1


@given(threshold=st.one_of(_THRESHOLDS, _LAW_THRESHOLDS), base=_BASES)
def test_minimum_votes_does_not_decrease_with_the_base(threshold: Threshold, base: int) -> None:
    assert threshold.minimum_votes(base) <= threshold.minimum_votes(base + 1)


@given(base=_BASES, votes=st.integers(min_value=0, max_value=100_000))
def test_more_votes_never_unmeet_a_threshold(base: int, votes: int) -> None:
    for threshold in LocalGovernmentLaw2025.thresholds().values():
        if threshold.is_met(votes, base):
            assert threshold.is_met(votes + 1, base)


@given(base=st.integers(min_value=1, max_value=100_000))
def test_law_thresholds_are_ordered(base: int) -> None:
    law = LocalGovernmentLaw2025.thresholds()
    half = law[Decision.RESOLUTION].minimum_votes(base)
    recall = law[Decision.RECALL].minimum_votes(base)
    reduced = law[Decision.REDUCED_COUNCIL].minimum_votes(base)
    assert half <= recall <= reduced <= recall + 1
    assert half <= base
    assert recall <= base


@given(fraction=_FRACTIONS, base=_BASES)
def test_strict_needs_at_least_as_many_as_not_strict(fraction: Fraction, base: int) -> None:
    strict = Threshold(fraction, True, Base.BALLOTS).minimum_votes(base)
    loose = Threshold(fraction, False, Base.BALLOTS).minimum_votes(base)
    assert loose <= strict <= loose + 1
    assert (strict == loose + 1) is (fraction * base == loose)
