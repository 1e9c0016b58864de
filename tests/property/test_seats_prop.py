from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from hdnd.law.framework import framework_at
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.lg2025 import LG2025
from hdnd.law.local_government.seats import SeatBasis, SeatFormula, SeatQuota, Step

_LAW_FORMULAS = st.sampled_from(
    [
        LG2025.PROVINCE_SEATS,
        LG2025.CITY_SEATS,
        LG2025.CAPITAL_SEATS,
        LG2025.MOUNTAIN_COMMUNE_SEATS,
        LG2025.COMMUNE_SEATS,
        LG2025.CITY_WARD_SEATS,
    ]
)
_POPULATIONS = st.integers(min_value=0, max_value=20_000_000)


@st.composite
def _formulas(draw: st.DrawFn) -> SeatFormula:
    """Random stepped formulas: steps in increasing order, maybe a cap."""
    starts = sorted(draw(st.sets(st.integers(0, 5_000_000), min_size=0, max_size=3)))
    steps = tuple(Step(above, draw(st.integers(1, 100_000))) for above in starts)
    base_seats = draw(st.integers(0, 200))
    cap = draw(st.none() | st.integers(base_seats, 300))
    return SeatFormula(base_seats, starts[0] if starts else 0, steps, cap)


_ANY_FORMULA = st.one_of(_LAW_FORMULAS, _formulas())


@given(formula=_ANY_FORMULA, a=_POPULATIONS, b=_POPULATIONS)
def test_seats_are_monotone_in_population(formula: SeatFormula, a: int, b: int) -> None:
    low, high = min(a, b), max(a, b)
    assert formula.seats(low) <= formula.seats(high)


@given(formula=_ANY_FORMULA, population=_POPULATIONS)
def test_seats_stay_between_base_and_cap(formula: SeatFormula, population: int) -> None:
    seats = formula.seats(population)
    assert seats >= formula.base_seats
    if formula.cap is not None:
        assert seats <= formula.cap


@given(formula=_ANY_FORMULA, population=_POPULATIONS)
def test_one_more_resident_adds_at_most_one_seat(formula: SeatFormula, population: int) -> None:
    assert formula.seats(population + 1) - formula.seats(population) in (0, 1)


def _law_md_calculator(  # LAW.md §2.1, written independently of SeatFormula
    population: int,
    *,
    base: int,
    t1: int,
    s1: int,
    t2: int | None,
    s2: int | None,
    cap: int,
) -> int:
    if population <= t1:
        return base
    if t2 is None or s2 is None:
        return min(cap, base + (population - t1) // s1)
    seats = base + (min(population, t2) - t1) // s1 + (max(population, t2) - t2) // s2
    return min(seats, cap)


_LAW_MD = [
    (LG2025.PROVINCE_SEATS, (50, 1_000_000, 70_000, None, None, 85)),
    (LG2025.CITY_SEATS, (50, 1_200_000, 75_000, None, None, 85)),
    (LG2025.MOUNTAIN_COMMUNE_SEATS, (15, 5_000, 1_000, 10_000, 3_000, 30)),
    (LG2025.COMMUNE_SEATS, (15, 10_000, 2_000, 20_000, 6_000, 30)),
    (LG2025.CITY_WARD_SEATS, (15, 15_000, 6_000, 45_000, 7_000, 30)),
]


@given(case=st.sampled_from(_LAW_MD), population=_POPULATIONS)
def test_law_formulas_match_the_law_md_calculator(
    case: tuple[SeatFormula, tuple[int, int, int, int | None, int | None, int]], population: int
) -> None:
    formula, (base, t1, s1, t2, s2, cap) = case
    assert formula.seats(population) == _law_md_calculator(
        population, base=base, t1=t1, s1=s1, t2=t2, s2=s2, cap=cap
    )


@given(population=_POPULATIONS)
def test_capitals_always_elect_125(population: int) -> None:
    for code in ("01", "79"):
        result = LG2025().seat_quota(SeatBasis(UnitKind.CENTRAL_CITY, population, unit_code=code))
        assert isinstance(result, SeatQuota)
        assert result.seats == 125


@given(
    kind=st.sampled_from(
        [UnitKind.PROVINCE, UnitKind.CENTRAL_CITY, UnitKind.COMMUNE, UnitKind.SPECIAL_ZONE]
    ),
    population=st.integers(min_value=1_000, max_value=20_000_000),
    mountainous=st.booleans(),
    island=st.booleans(),
)
def test_quotas_stay_within_the_law_bounds(
    kind: UnitKind, population: int, mountainous: bool, island: bool
) -> None:
    result = framework_at(dt.date(2026, 3, 15)).seat_quota(
        kind, population=population, mountainous=mountainous, island=island
    )
    assert isinstance(result, SeatQuota)
    low, high = (50, 85) if kind.level is Level.PROVINCE else (15, 30)
    assert low <= result.seats <= high


@given(population=st.integers(min_value=0, max_value=1_000_000))
def test_a_mountainous_commune_never_has_fewer_seats(population: int) -> None:
    law = LG2025()
    mountain = law.seat_quota(SeatBasis(UnitKind.COMMUNE, population, mountainous=True))
    other = law.seat_quota(SeatBasis(UnitKind.COMMUNE, population))
    assert isinstance(mountain, SeatQuota)
    assert isinstance(other, SeatQuota)
    assert mountain.seats >= other.seats


@given(population=st.integers(min_value=0, max_value=1_000_000))
def test_a_ward_of_a_city_never_has_more_seats_than_a_ward_of_a_province(population: int) -> None:
    law = LG2025()
    city = law.seat_quota(SeatBasis(UnitKind.WARD, population, parent_kind=UnitKind.CENTRAL_CITY))
    province = law.seat_quota(SeatBasis(UnitKind.WARD, population, parent_kind=UnitKind.PROVINCE))
    assert isinstance(city, SeatQuota)
    assert isinstance(province, SeatQuota)
    assert city.seats <= province.seats
