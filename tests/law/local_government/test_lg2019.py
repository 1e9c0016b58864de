"""Law 47/2019/QH14 amending Law 77/2015/QH13 (LAW.md §2.1 seat formulas, transitional rule).

Every expected number below is worked out by hand from the parameters the module's comments
give for each amended formula, never by calling the code under test. Until the 2021–2026
councils were elected (23 May 2021) the 2015 numbers apply, cited to Article 4.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs
import pytest

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Decision, Domain
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.lg2015 import Band, BandedSeatFormula, LocalGovernmentLaw2015
from hdnd.law.local_government.lg2019 import LG2019, LocalGovernmentLaw2019
from hdnd.law.local_government.lg2025_65 import LocalGovernmentLaw2025March
from hdnd.law.local_government.organs import Committee, CouncilPost, SessionRequester
from hdnd.law.local_government.seats import (
    NotApplicable,
    NotApplicableReason,
    SeatBasis,
    SeatFormula,
    SeatQuota,
    Step,
)
from hdnd.law.registry import in_force_until
from hdnd.law.rules import rules_of
from hdnd.law.thresholds import Base

_LG2015 = LocalGovernmentLaw2015
_Parameters = tuple[int, int, tuple[Step, ...], int | None]
_V, _S, _M = Confidence.VERIFIED, Confidence.SECONDARY, Confidence.UNVERIFIED

_EFFECTIVE = dt.date(2020, 7, 1)
_LAST_2015_SEATS_DAY = dt.date(2021, 5, 22)
_ELECTION_2021 = dt.date(2021, 5, 23)
_LAST_DAY = dt.date(2025, 2, 28)

_LAW = LocalGovernmentLaw2019(_ELECTION_2021)  # the amended seat numbers apply
_TRANSITIONAL = LocalGovernmentLaw2019(_LAST_2015_SEATS_DAY)  # the 2015 numbers, Art. 4


_INFERRED_2015 = frozenset({18, 25, 32, 39, 53, 60, 67, 91})


def _cite(article: int = 2, clause: int | None = None, confidence: Confidence = _S) -> Citation:
    return Citation(InstrumentKind.LAW, "47/2019/QH14", article, clause, None, confidence)


def _cite2015(
    article: int, clause: int | None = None, point: str | None = None, confidence: Confidence = _S
) -> Citation:
    # The fact sheets: these article numbers are inferred from the law's layout, not read.
    tag = Confidence.UNVERIFIED if article in _INFERRED_2015 else Confidence.VERIFIED
    law = (InstrumentKind.LAW, "77/2015/QH13")
    return Citation(*law, article, clause, point, confidence, article_confidence=tag)


_ART_4 = _cite(4, None, _S)
# Article 4 carrying a 2015 rule whose article number is inferred: unverified.
_ART_4_INFERRED = attrs.evolve(_ART_4, confidence=Confidence.UNVERIFIED)
_STRENGTH = [Confidence.UNVERIFIED, Confidence.SECONDARY, Confidence.VERIFIED]


def _quota(basis: SeatBasis, law: LocalGovernmentLaw2019 = _LAW) -> SeatQuota:
    result = law.seat_quota(basis)
    assert isinstance(result, SeatQuota), result
    assert result.is_applicable is True
    return result


def _seats(basis: SeatBasis, law: LocalGovernmentLaw2019 = _LAW) -> int:
    return _quota(basis, law).seats


def _not_applicable(basis: SeatBasis, law: LocalGovernmentLaw2019 = _LAW) -> NotApplicable:
    result = law.seat_quota(basis)
    assert isinstance(result, NotApplicable), result
    assert result.is_applicable is False
    return result


_TOWN_KINDS = [UnitKind.TOWN, UnitKind.PROVINCIAL_CITY, UnitKind.MUNICIPAL_CITY]
_AMENDED_DAYS = pytest.mark.parametrize(
    "on", [_ELECTION_2021, dt.date(2023, 1, 1), _LAST_DAY], ids=str
)

# --- identity ------------------------------------------------------------------------------


def test_identity() -> None:
    assert LG2019 is LocalGovernmentLaw2019
    assert issubclass(LG2019, LocalGovernmentLaw2015)
    assert LG2019.key == "lg2019"
    assert LG2019.kind is InstrumentKind.LAW
    assert LG2019.number == "47/2019/QH14"
    assert LG2019.title == (
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính"
        " quyền địa phương"
    )
    assert LG2019.domain is Domain.LOCAL_GOVERNMENT
    assert LG2019.name() == "Luật 47/2019/QH14"


def test_passed_22_november_2019_in_force_1_july_2020_amending_77_2015() -> None:
    assert dt.date(2019, 11, 22) == LG2019.promulgated
    assert dt.date(2020, 7, 1) == LG2019.effective
    assert LG2019.dates_confidence is Confidence.SECONDARY
    assert LG2019.amends == "77/2015/QH13"
    assert LG2019.replaces == ()
    assert LG2019.source


def test_an_instance_applies_on_its_effective_date_by_default() -> None:
    assert LocalGovernmentLaw2019().on == _EFFECTIVE
    assert repr(LocalGovernmentLaw2019()) == (
        "<LocalGovernmentLaw2019 47/2019/QH14, in force from 2020-07-01>"
    )


@pytest.mark.parametrize(
    ("on", "law"),
    [
        (dt.date(2020, 6, 30), LocalGovernmentLaw2015),
        (_EFFECTIVE, LocalGovernmentLaw2019),
        (_LAST_2015_SEATS_DAY, LocalGovernmentLaw2019),
        (_ELECTION_2021, LocalGovernmentLaw2019),
        (_LAST_DAY, LocalGovernmentLaw2019),
        (dt.date(2025, 3, 1), LocalGovernmentLaw2025March),
    ],
    ids=str,
)
def test_in_force_from_1_july_2020_to_28_february_2025(on: dt.date, law: type[object]) -> None:
    framework = framework_at(on)
    assert type(framework.local_government) is law
    assert framework.local_government is not None
    assert framework.local_government.on == on


def test_last_day_in_force() -> None:
    assert in_force_until(LG2019) == _LAST_DAY


# --- Art. 4: transitional rule, 2015 numbers until the 2021 election ------------------------


def test_seats_from_election_fact() -> None:
    assert LG2019.SEATS_FROM_ELECTION.value == "2021-05-23"
    assert LG2019.SEATS_FROM_ELECTION.citation == _ART_4


@pytest.mark.parametrize(
    ("on", "uses_2015"),
    [
        (_EFFECTIVE, True),
        (dt.date(2021, 1, 1), True),
        (_LAST_2015_SEATS_DAY, True),
        (_ELECTION_2021, False),
        (dt.date(2021, 5, 24), False),
        (_LAST_DAY, False),
    ],
    ids=str,
)
def test_uses_2015_seats_until_22_may_2021(on: dt.date, uses_2015: bool) -> None:
    assert LocalGovernmentLaw2019(on).uses_2015_seats is uses_2015


# (basis, 2015 seats, 2015 formula, 2019 seats, 2019 formula, 2019 citation), by hand.
_BOTH = [
    (
        SeatBasis(UnitKind.PROVINCE, 1_500_000),
        60,  # 500,000 / 50,000 = 10
        _LG2015.PROVINCE_SEATS,
        57,  # 500,000 / 70,000 = 7
        LG2019.PROVINCE_SEATS,
        _cite(),
    ),
    (
        SeatBasis(UnitKind.PROVINCE, 1_000_000, mountainous=True),
        60,  # 500,000 / 50,000 = 10 (the 2015 step, from memory)
        _LG2015.MOUNTAIN_PROVINCE_SEATS,
        60,  # 500,000 / 50,000 = 10
        LG2019.MOUNTAIN_PROVINCE_SEATS,
        _cite(),
    ),
    (
        SeatBasis(UnitKind.CENTRAL_CITY, 9_000_000, unit_code="79"),
        105,
        _LG2015.CAPITAL_SEATS,
        95,
        LG2019.CAPITAL_SEATS,
        _cite(2, 1),
    ),
    (
        SeatBasis(UnitKind.CENTRAL_CITY, 8_000_000, unit_code="01"),
        105,
        _LG2015.CAPITAL_SEATS,
        95,
        LG2019.CAPITAL_SEATS,
        _cite(2, 1),
    ),
    (
        SeatBasis(UnitKind.CENTRAL_CITY, 1_500_000, unit_code="48"),
        60,  # 500,000 / 50,000 = 10
        _LG2015.CITY_SEATS,
        58,  # 500,000 / 60,000 = 8
        LG2019.CITY_SEATS,
        _cite(2, 1),
    ),
    (
        SeatBasis(UnitKind.RURAL_DISTRICT, 180_000),
        40,
        _LG2015.DISTRICT_SEATS,
        35,
        LG2019.DISTRICT_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.RURAL_DISTRICT, 90_000, island=True),
        40,
        _LG2015.MOUNTAIN_DISTRICT_SEATS,
        35,
        LG2019.MOUNTAIN_DISTRICT_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.URBAN_DISTRICT, 150_000),
        37,
        _LG2015.URBAN_DISTRICT_SEATS,
        35,
        LG2019.URBAN_DISTRICT_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.TOWN, 170_000, communes=29),
        40,
        _LG2015.TOWN_SEATS,
        35,
        LG2019.TOWN_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.PROVINCIAL_CITY, 200_000),
        40,
        _LG2015.DISTRICT_CITY_SEATS,
        35,
        LG2019.DISTRICT_CITY_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.MUNICIPAL_CITY, 200_000),
        40,
        _LG2015.DISTRICT_CITY_SEATS,
        35,
        LG2019.DISTRICT_CITY_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.COMMUNE, 30_000),
        35,
        _LG2015.COMMUNE_SEATS,
        30,
        LG2019.COMMUNE_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.COMMUNE, 1_500, mountainous=True),
        20,  # 2015 band "up to 2,000"
        _LG2015.MOUNTAIN_COMMUNE_SEATS,
        15,  # 2019 base "up to 2,000"
        LG2019.MOUNTAIN_COMMUNE_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.COMMUNE, 13_000, highland=True),
        35,
        _LG2015.MOUNTAIN_COMMUNE_SEATS,
        30,
        LG2019.MOUNTAIN_COMMUNE_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.WARD, 10_000),
        25,
        _LG2015.WARD_SEATS,
        21,
        LG2019.WARD_SEATS,
        _cite(),
    ),
    (
        SeatBasis(UnitKind.WARD, 60_000),
        35,
        _LG2015.WARD_SEATS,
        30,
        LG2019.WARD_SEATS,
        _cite(),
    ),
    (
        SeatBasis(UnitKind.TOWNSHIP, 30_000),
        35,
        _LG2015.TOWNSHIP_SEATS,
        30,
        LG2019.TOWNSHIP_SEATS,
        _cite(2, None, _M),
    ),
    (
        SeatBasis(UnitKind.TOWNSHIP, 3_000, island=True),
        25,
        _LG2015.MOUNTAIN_TOWNSHIP_SEATS,
        21,
        LG2019.MOUNTAIN_TOWNSHIP_SEATS,
        _cite(2, None, _M),
    ),
]


_BEFORE = [(basis, seats, formula) for basis, seats, formula, *_ in _BOTH]
_AFTER = [(basis, seats, formula, citation) for basis, _, _, seats, formula, citation in _BOTH]


@pytest.mark.parametrize(("basis", "seats", "formula"), _BEFORE)
@pytest.mark.parametrize("on", [_EFFECTIVE, dt.date(2020, 12, 31), _LAST_2015_SEATS_DAY], ids=str)
def test_before_the_2021_election_the_2015_numbers_cite_article_4(
    basis: SeatBasis, seats: int, formula: SeatFormula, on: dt.date
) -> None:
    quota = _quota(basis, LocalGovernmentLaw2019(on))
    assert quota.seats == seats
    assert quota.formula is formula
    # Article 4 carries the 2015 rule over: no stronger than that rule (nor than Article 4).
    assert formula.citation is not None
    carried = min(_S, formula.citation.confidence, key=_STRENGTH.index)
    assert quota.citation == attrs.evolve(_ART_4, confidence=carried)
    assert quota.citation.confidence is carried


@pytest.mark.parametrize(("basis", "seats", "formula", "citation"), _AFTER)
@_AMENDED_DAYS
def test_from_the_2021_election_the_amended_numbers(
    basis: SeatBasis, seats: int, formula: SeatFormula, citation: Citation, on: dt.date
) -> None:
    quota = _quota(basis, LocalGovernmentLaw2019(on))
    assert quota.seats == seats
    assert quota.formula is formula
    assert quota.citation == citation


def test_the_default_instance_gives_the_2015_numbers() -> None:
    quota = _quota(SeatBasis(UnitKind.CENTRAL_CITY, 9_000_000, unit_code="79"), LG2019())
    assert (quota.seats, quota.citation) == (105, _ART_4_INFERRED)


@pytest.mark.parametrize(
    ("on", "seats", "citation"),
    [
        (dt.date(2020, 6, 30), 105, _cite2015(39, 1)),
        (_EFFECTIVE, 105, _ART_4_INFERRED),
        (_LAST_2015_SEATS_DAY, 105, _ART_4_INFERRED),
        (_ELECTION_2021, 95, _cite(2, 1)),
    ],
    ids=str,
)
def test_ho_chi_minh_city_through_framework_at(on: dt.date, seats: int, citation: Citation) -> None:
    result = framework_at(on).seat_quota(
        UnitKind.CENTRAL_CITY, population=9_000_000, unit_code="79"
    )
    assert isinstance(result, SeatQuota)
    assert (result.seats, result.citation) == (seats, citation)


@pytest.mark.parametrize(
    ("kind", "cap_citation"),
    [
        (UnitKind.RURAL_DISTRICT, _cite2015(25, 1, "c", _S)),
        (UnitKind.URBAN_DISTRICT, _cite2015(46, 1, None, _S)),
        (UnitKind.TOWN, _cite2015(53, 1, "c", _V)),
        (UnitKind.PROVINCIAL_CITY, _cite2015(53, 1, "c", _V)),
        (UnitKind.MUNICIPAL_CITY, _cite2015(53, 1, "c", _V)),
    ],
)
def test_before_the_2021_election_many_communes_follow_the_2015_cap_of_45(
    kind: UnitKind, cap_citation: Citation
) -> None:
    result = _not_applicable(SeatBasis(kind, 100_000, communes=30), _TRANSITIONAL)
    assert result.reason is NotApplicableReason.MISSING_INFORMATION
    assert result.citation == cap_citation
    assert "không quá 45" in result.detail
    assert _seats(SeatBasis(kind, 100_000, communes=29), _TRANSITIONAL) >= 30


def test_before_the_2021_election_a_special_zone_is_still_no_kind_of_unit() -> None:
    result = _not_applicable(SeatBasis(UnitKind.SPECIAL_ZONE, 5_000), _TRANSITIONAL)
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
    assert result.citation == _cite2015(2, None, None, _M)


@pytest.mark.parametrize("law", [_TRANSITIONAL, _LAW], ids=["2015-seats", "2019-seats"])
@pytest.mark.parametrize(
    "basis",
    [
        SeatBasis(UnitKind.PROVINCE, -1),
        SeatBasis(UnitKind.CENTRAL_CITY, True, unit_code="01"),
        SeatBasis(UnitKind.RURAL_DISTRICT, -1, communes=30),
        SeatBasis(UnitKind.TOWN, False),
        SeatBasis(UnitKind.COMMUNE, -1, mountainous=True),
        SeatBasis(UnitKind.WARD, True),
        SeatBasis(UnitKind.TOWNSHIP, -3),
    ],
    ids=repr,
)
def test_a_negative_or_boolean_population_is_refused(
    law: LocalGovernmentLaw2019, basis: SeatBasis
) -> None:
    with pytest.raises(ValueError, match="population must be a whole number of at least 0"):
        law.seat_quota(basis)


# --- Art. 18(1)(a) as amended: mountainous or highland province ------------------------------
# 50 up to 500,000; +1 per full 50,000; at most 75 (at 500,000 + 25 × 50,000).

_MOUNTAIN_PROVINCE = [
    (0, 50),
    (500_000, 50),
    (500_001, 50),
    (549_999, 50),
    (550_000, 51),
    (599_999, 51),
    (600_000, 52),
    (1_000_000, 60),
    (1_749_999, 74),
    (1_750_000, 75),
    (1_800_000, 75),
    (10_000_000, 75),
]


@pytest.mark.parametrize(("population", "seats"), _MOUNTAIN_PROVINCE)
@pytest.mark.parametrize(
    ("mountainous", "highland"), [(True, False), (False, True), (True, True)], ids=["m", "h", "mh"]
)
def test_mountainous_or_highland_province(
    population: int, seats: int, mountainous: bool, highland: bool
) -> None:
    basis = SeatBasis(UnitKind.PROVINCE, population, mountainous=mountainous, highland=highland)
    quota = _quota(basis)
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _S)
    assert quota.formula is LG2019.MOUNTAIN_PROVINCE_SEATS


# --- Art. 18(1)(b) as amended: other province --------------------------------------------------
# 50 up to 1,000,000; +1 per full 70,000; at most 85 (at 1,000,000 + 35 × 70,000).

_PROVINCE = [
    (0, 50),
    (1_000_000, 50),
    (1_000_001, 50),
    (1_069_999, 50),
    (1_070_000, 51),
    (1_139_999, 51),
    (1_140_000, 52),
    (1_500_000, 57),
    (3_449_999, 84),
    (3_450_000, 85),
    (3_520_000, 85),
    (20_000_000, 85),
]


@pytest.mark.parametrize(("population", "seats"), _PROVINCE)
def test_province(population: int, seats: int) -> None:
    quota = _quota(SeatBasis(UnitKind.PROVINCE, population))
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _S)
    assert quota.formula is LG2019.PROVINCE_SEATS


@pytest.mark.parametrize(("population", "seats"), [(550_000, 50), (1_750_000, 60)])
def test_an_island_province_is_not_under_the_mountain_rule(population: int, seats: int) -> None:
    assert _seats(SeatBasis(UnitKind.PROVINCE, population, island=True)) == seats


# --- Art. 39(1) as amended: centrally-run city -----------------------------------------------
# 50 up to 1,000,000; +1 per full 60,000; at most 85 (at 1,000,000 + 35 × 60,000).

_CITY = [
    (0, 50),
    (1_000_000, 50),
    (1_000_001, 50),
    (1_059_999, 50),
    (1_060_000, 51),
    (1_119_999, 51),
    (1_120_000, 52),
    (1_500_000, 58),
    (3_099_999, 84),
    (3_100_000, 85),
    (3_160_000, 85),
    (9_000_000, 85),
]


@pytest.mark.parametrize(("population", "seats"), _CITY)
@pytest.mark.parametrize("code", ["31", "48", "92", None])
def test_central_city(population: int, seats: int, code: str | None) -> None:
    quota = _quota(SeatBasis(UnitKind.CENTRAL_CITY, population, unit_code=code))
    assert quota.seats == seats
    assert quota.citation == _cite(2, 1, _S)
    assert quota.formula is LG2019.CITY_SEATS


@pytest.mark.parametrize("population", [0, 1_000_000, 3_100_000, 8_000_000, 10**8])
@pytest.mark.parametrize("code", ["01", "79"])
def test_ha_noi_and_ho_chi_minh_city_elect_95(population: int, code: str) -> None:
    quota = _quota(SeatBasis(UnitKind.CENTRAL_CITY, population, unit_code=code))
    assert quota.seats == 95
    assert quota.citation == _cite(2, 1, _S)
    assert quota.formula is LG2019.CAPITAL_SEATS


@pytest.mark.parametrize(("code", "seats"), [("01", 95), ("79", 95), ("48", 85), ("92", 85)])
def test_capitals_versus_other_cities_of_the_same_size(code: str, seats: int) -> None:
    assert _seats(SeatBasis(UnitKind.CENTRAL_CITY, 9_000_000, unit_code=code)) == seats


# --- Art. 25(1)(a) as amended: mountainous, highland or island rural district ---------------
# 30 up to 40,000; +1 per full 5,000; at most 35 (at 40,000 + 5 × 5,000).

_MOUNTAIN_DISTRICT = [
    (0, 30),
    (40_000, 30),
    (40_001, 30),
    (44_999, 30),
    (45_000, 31),
    (49_999, 31),
    (50_000, 32),
    (64_999, 34),
    (65_000, 35),
    (70_000, 35),
    (1_000_000, 35),
]


@pytest.mark.parametrize(("population", "seats"), _MOUNTAIN_DISTRICT)
@pytest.mark.parametrize(
    ("mountainous", "highland", "island"),
    [(True, False, False), (False, True, False), (False, False, True)],
    ids=["m", "h", "i"],
)
def test_mountainous_highland_or_island_rural_district(
    population: int,
    seats: int,
    mountainous: bool,
    highland: bool,
    island: bool,
) -> None:
    basis = SeatBasis(
        UnitKind.RURAL_DISTRICT,
        population,
        mountainous=mountainous,
        highland=highland,
        island=island,
    )
    quota = _quota(basis)
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _M)
    assert quota.formula is LG2019.MOUNTAIN_DISTRICT_SEATS


# --- Art. 25(1)(b), 46(1) as amended: other rural district, urban district ----------------
# 30 up to 80,000; +1 per full 10,000; at most 35 (at 80,000 + 5 × 10,000).

_DISTRICT = [
    (0, 30),
    (80_000, 30),
    (80_001, 30),
    (89_999, 30),
    (90_000, 31),
    (99_999, 31),
    (100_000, 32),
    (129_999, 34),
    (130_000, 35),
    (140_000, 35),
    (2_000_000, 35),
]


@pytest.mark.parametrize(("population", "seats"), _DISTRICT)
@pytest.mark.parametrize(
    ("kind", "formula"),
    [
        (UnitKind.RURAL_DISTRICT, LG2019.DISTRICT_SEATS),
        (UnitKind.URBAN_DISTRICT, LG2019.URBAN_DISTRICT_SEATS),
    ],
)
@pytest.mark.parametrize("communes", [None, 29])
def test_rural_or_urban_district(
    population: int, seats: int, kind: UnitKind, formula: SeatFormula, communes: int | None
) -> None:
    quota = _quota(SeatBasis(kind, population, communes=communes))
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _M)
    assert quota.formula is formula


def test_an_urban_district_has_no_mountain_rule() -> None:
    assert _seats(SeatBasis(UnitKind.URBAN_DISTRICT, 45_000, mountainous=True)) == 30
    assert _seats(SeatBasis(UnitKind.RURAL_DISTRICT, 45_000, mountainous=True)) == 31


# --- Art. 53(1)(a) as amended: town ----------------------------------------------------------
# 30 up to 70,000; +1 per full 10,000; at most 35 (at 70,000 + 5 × 10,000).

_TOWN = [
    (0, 30),
    (70_000, 30),
    (70_001, 30),
    (79_999, 30),
    (80_000, 31),
    (89_999, 31),
    (90_000, 32),
    (119_999, 34),
    (120_000, 35),
    (130_000, 35),
    (1_000_000, 35),
]


@pytest.mark.parametrize(("population", "seats"), _TOWN)
@pytest.mark.parametrize("communes", [None, 29])
def test_town(population: int, seats: int, communes: int | None) -> None:
    quota = _quota(SeatBasis(UnitKind.TOWN, population, communes=communes))
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _M)
    assert quota.formula is LG2019.TOWN_SEATS


# --- Art. 53(1)(b) as amended: provincial or municipal city ---------------------------------
# 30 up to 100,000; +1 per full 10,000; at most 35 (at 100,000 + 5 × 10,000).

_DISTRICT_CITY = [
    (0, 30),
    (100_000, 30),
    (100_001, 30),
    (109_999, 30),
    (110_000, 31),
    (119_999, 31),
    (120_000, 32),
    (149_999, 34),
    (150_000, 35),
    (160_000, 35),
    (2_000_000, 35),
]


@pytest.mark.parametrize(("population", "seats"), _DISTRICT_CITY)
@pytest.mark.parametrize("kind", [UnitKind.PROVINCIAL_CITY, UnitKind.MUNICIPAL_CITY])
@pytest.mark.parametrize("communes", [None, 29])
def test_provincial_or_municipal_city(
    population: int, seats: int, kind: UnitKind, communes: int | None
) -> None:
    quota = _quota(SeatBasis(kind, population, communes=communes))
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _M)
    assert quota.formula is LG2019.DISTRICT_CITY_SEATS


# --- 30 or more commune-level units: at most 40 --------------------------------------------


def test_many_communes_caps() -> None:
    assert LG2019.MANY_COMMUNES_THRESHOLD == 30
    assert LG2019.DISTRICT_MANY_COMMUNES_CAP.value == 40
    assert LG2019.DISTRICT_MANY_COMMUNES_CAP.citation == _cite(2, None, _S)
    assert LG2019.TOWN_MANY_COMMUNES_CAP.value == 40
    assert LG2019.TOWN_MANY_COMMUNES_CAP.citation == _cite(2, None, _M)


@pytest.mark.parametrize(
    ("kind", "cap_citation"),
    [
        (UnitKind.RURAL_DISTRICT, _cite(2, None, _S)),
        (UnitKind.URBAN_DISTRICT, _cite(2, None, _M)),
        (UnitKind.TOWN, _cite(2, None, _M)),
        (UnitKind.PROVINCIAL_CITY, _cite(2, None, _M)),
        (UnitKind.MUNICIPAL_CITY, _cite(2, None, _M)),
    ],
)
@pytest.mark.parametrize("communes", [30, 31, 100])
@_AMENDED_DAYS
def test_30_or_more_communes_leave_the_number_to_the_standing_committee(
    kind: UnitKind, cap_citation: Citation, communes: int, on: dt.date
) -> None:
    result = _not_applicable(SeatBasis(kind, 100_000, communes=communes), LG2019(on))
    assert result.reason is NotApplicableReason.MISSING_INFORMATION
    assert result.citation == cap_citation
    assert "không quá 40" in result.detail
    assert "45" not in result.detail


@pytest.mark.parametrize(
    ("kind", "mountainous", "population", "seats"),
    [
        (UnitKind.RURAL_DISTRICT, False, 130_000, 35),
        (UnitKind.RURAL_DISTRICT, True, 50_000, 32),
        (UnitKind.URBAN_DISTRICT, False, 100_000, 32),
        (UnitKind.TOWN, False, 90_000, 32),
        (UnitKind.PROVINCIAL_CITY, False, 120_000, 32),
        (UnitKind.MUNICIPAL_CITY, False, 150_000, 35),
    ],
)
def test_29_versus_30_communes(
    kind: UnitKind, mountainous: bool, population: int, seats: int
) -> None:
    assert _seats(SeatBasis(kind, population, mountainous, communes=29)) == seats
    assert _seats(SeatBasis(kind, population, mountainous, communes=None)) == seats
    assert _not_applicable(SeatBasis(kind, population, mountainous, communes=30)).reason is (
        NotApplicableReason.MISSING_INFORMATION
    )


def test_urban_district_many_communes_cap_is_only_assumed() -> None:
    result = _not_applicable(SeatBasis(UnitKind.URBAN_DISTRICT, 100_000, communes=30))
    assert result.citation is not None
    assert result.citation.confidence is Confidence.UNVERIFIED


# --- Art. 32(1)(a) as amended: mountainous, highland or island commune (banded) --------------
# 15 up to 2,000; 19 above 2,000 and below 3,000; 21 from 3,000 to 4,000; +1 per full 1,000
# above 4,000; at most 30 (at 4,000 + 9 × 1,000).

_MOUNTAIN_COMMUNE = [
    (0, 15),
    (1_000, 15),
    (1_001, 15),
    (1_999, 15),
    (2_000, 15),
    (2_001, 19),
    (2_999, 19),
    (3_000, 21),
    (3_001, 21),
    (3_999, 21),
    (4_000, 21),
    (4_001, 21),
    (4_999, 21),
    (5_000, 22),
    (5_999, 22),
    (6_000, 23),
    (12_999, 29),
    (13_000, 30),
    (14_000, 30),
    (100_000, 30),
]

_MOUNTAIN_FLAGS = pytest.mark.parametrize(
    ("mountainous", "highland", "island"),
    [(True, False, False), (False, True, False), (False, False, True)],
    ids=["m", "h", "i"],
)


@pytest.mark.parametrize(("population", "seats"), _MOUNTAIN_COMMUNE)
@_MOUNTAIN_FLAGS
def test_mountainous_highland_or_island_commune(
    population: int, seats: int, mountainous: bool, highland: bool, island: bool
) -> None:
    basis = SeatBasis(
        UnitKind.COMMUNE, population, mountainous=mountainous, highland=highland, island=island
    )
    quota = _quota(basis)
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _M)
    assert quota.formula is LG2019.MOUNTAIN_COMMUNE_SEATS


@pytest.mark.parametrize(("population", "seats"), _MOUNTAIN_COMMUNE)
@_MOUNTAIN_FLAGS
def test_mountainous_highland_or_island_township(
    population: int, seats: int, mountainous: bool, highland: bool, island: bool
) -> None:
    basis = SeatBasis(
        UnitKind.TOWNSHIP, population, mountainous=mountainous, highland=highland, island=island
    )
    quota = _quota(basis)
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _M)
    assert quota.formula is LG2019.MOUNTAIN_TOWNSHIP_SEATS


def test_the_amended_mountain_commune_bands() -> None:
    formula = LG2019.MOUNTAIN_COMMUNE_SEATS
    assert isinstance(formula, BandedSeatFormula)
    assert formula.bands == (Band(2_999, 19), Band(4_000, 21))
    assert formula == LG2019.MOUNTAIN_TOWNSHIP_SEATS
    assert isinstance(LG2019.MOUNTAIN_TOWNSHIP_SEATS, BandedSeatFormula)


# --- Art. 32(1)(b), 67(1) as amended: other commune, township -------------------------------
# 25 up to 5,000; +1 per full 2,500; at most 30 (at 5,000 + 5 × 2,500).

_COMMUNE = [
    (0, 25),
    (5_000, 25),
    (5_001, 25),
    (7_499, 25),
    (7_500, 26),
    (9_999, 26),
    (10_000, 27),
    (17_499, 29),
    (17_500, 30),
    (20_000, 30),
    (500_000, 30),
]


@pytest.mark.parametrize(("population", "seats"), _COMMUNE)
@pytest.mark.parametrize(
    ("kind", "formula"),
    [(UnitKind.COMMUNE, LG2019.COMMUNE_SEATS), (UnitKind.TOWNSHIP, LG2019.TOWNSHIP_SEATS)],
)
def test_other_commune_or_township(
    population: int, seats: int, kind: UnitKind, formula: SeatFormula
) -> None:
    quota = _quota(SeatBasis(kind, population))
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _M)
    assert quota.formula is formula


@pytest.mark.parametrize(
    ("population", "mountain", "other"), [(2_001, 19, 25), (5_000, 22, 25), (13_000, 30, 28)]
)
def test_mountainous_versus_other_commune(population: int, mountain: int, other: int) -> None:
    assert _seats(SeatBasis(UnitKind.COMMUNE, population, island=True)) == mountain
    assert _seats(SeatBasis(UnitKind.COMMUNE, population)) == other


# --- Art. 60(1) as amended: ward -------------------------------------------------------------
# 21 up to 10,000; +1 per full 5,000; at most 30 (at 10,000 + 9 × 5,000).

_WARD = [
    (0, 21),
    (10_000, 21),
    (10_001, 21),
    (14_999, 21),
    (15_000, 22),
    (19_999, 22),
    (20_000, 23),
    (54_999, 29),
    (55_000, 30),
    (60_000, 30),
    (1_000_000, 30),
]


@pytest.mark.parametrize(("population", "seats"), _WARD)
@pytest.mark.parametrize("mountainous", [False, True])
def test_ward(population: int, seats: int, mountainous: bool) -> None:
    quota = _quota(SeatBasis(UnitKind.WARD, population, mountainous=mountainous))
    assert quota.seats == seats
    assert quota.citation == _cite(2, None, _S)
    assert quota.formula is LG2019.WARD_SEATS


@_AMENDED_DAYS
def test_a_special_zone_is_no_kind_of_unit(on: dt.date) -> None:
    result = _not_applicable(SeatBasis(UnitKind.SPECIAL_ZONE, 5_000), LG2019(on))
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
    assert result.citation == _cite2015(2, None, None, _M)


# --- the amended formulas' parameters, base and cap -----------------------------------------


@pytest.mark.parametrize(
    ("formula", "parameters", "citation"),
    [
        (LG2019.MOUNTAIN_PROVINCE_SEATS, (50, 500_000, (Step(500_000, 50_000),), 75), _cite()),
        (LG2019.PROVINCE_SEATS, (50, 1_000_000, (Step(1_000_000, 70_000),), 85), _cite()),
        (LG2019.CITY_SEATS, (50, 1_000_000, (Step(1_000_000, 60_000),), 85), _cite(2, 1)),
        (LG2019.CAPITAL_SEATS, (95, 0, (), None), _cite(2, 1)),
        (
            LG2019.MOUNTAIN_DISTRICT_SEATS,
            (30, 40_000, (Step(40_000, 5_000),), 35),
            _cite(2, None, _M),
        ),
        (LG2019.DISTRICT_SEATS, (30, 80_000, (Step(80_000, 10_000),), 35), _cite(2, None, _M)),
        (
            LG2019.URBAN_DISTRICT_SEATS,
            (30, 80_000, (Step(80_000, 10_000),), 35),
            _cite(2, None, _M),
        ),
        (LG2019.TOWN_SEATS, (30, 70_000, (Step(70_000, 10_000),), 35), _cite(2, None, _M)),
        (
            LG2019.DISTRICT_CITY_SEATS,
            (30, 100_000, (Step(100_000, 10_000),), 35),
            _cite(2, None, _M),
        ),
        (LG2019.MOUNTAIN_COMMUNE_SEATS, (15, 2_000, (Step(4_000, 1_000),), 30), _cite(2, None, _M)),
        (LG2019.COMMUNE_SEATS, (25, 5_000, (Step(5_000, 2_500),), 30), _cite(2, None, _M)),
        (
            LG2019.MOUNTAIN_TOWNSHIP_SEATS,
            (15, 2_000, (Step(4_000, 1_000),), 30),
            _cite(2, None, _M),
        ),
        (LG2019.TOWNSHIP_SEATS, (25, 5_000, (Step(5_000, 2_500),), 30), _cite(2, None, _M)),
        (LG2019.WARD_SEATS, (21, 10_000, (Step(10_000, 5_000),), 30), _cite()),
    ],
)
def test_formula_parameters_and_citations(
    formula: SeatFormula, parameters: _Parameters, citation: Citation
) -> None:
    base_seats, base_population, steps, cap = parameters
    assert formula.base_seats == base_seats
    assert formula.base_population == base_population
    assert formula.steps == steps
    assert formula.cap == cap
    assert formula.citation == citation
    assert formula.seats(base_population) == base_seats
    assert formula.seats(0) == base_seats


@pytest.mark.parametrize(
    ("formula", "first_at_cap", "cap"),
    [
        (LG2019.MOUNTAIN_PROVINCE_SEATS, 1_750_000, 75),
        (LG2019.PROVINCE_SEATS, 3_450_000, 85),
        (LG2019.CITY_SEATS, 3_100_000, 85),
        (LG2019.MOUNTAIN_DISTRICT_SEATS, 65_000, 35),
        (LG2019.DISTRICT_SEATS, 130_000, 35),
        (LG2019.URBAN_DISTRICT_SEATS, 130_000, 35),
        (LG2019.TOWN_SEATS, 120_000, 35),
        (LG2019.DISTRICT_CITY_SEATS, 150_000, 35),
        (LG2019.MOUNTAIN_COMMUNE_SEATS, 13_000, 30),
        (LG2019.COMMUNE_SEATS, 17_500, 30),
        (LG2019.MOUNTAIN_TOWNSHIP_SEATS, 13_000, 30),
        (LG2019.TOWNSHIP_SEATS, 17_500, 30),
        (LG2019.WARD_SEATS, 55_000, 30),
    ],
)
def test_caps_are_first_reached_and_never_exceeded(
    formula: SeatFormula, first_at_cap: int, cap: int
) -> None:
    assert formula.cap == cap
    assert formula.seats(first_at_cap - 1) == cap - 1
    assert formula.seats(first_at_cap) == cap
    assert formula.seats(first_at_cap * 10) == cap


def test_capital_formula_is_a_fixed_95() -> None:
    assert SeatFormula(95) == LG2019.CAPITAL_SEATS


# --- what the amendment changes, and what it inherits from Law 77/2015/QH13 ----------------

_OVERRIDDEN = {
    "SEATS_FROM_ELECTION",
    "MOUNTAIN_PROVINCE_SEATS",
    "PROVINCE_SEATS",
    "CITY_SEATS",
    "CAPITAL_SEATS",
    "MOUNTAIN_DISTRICT_SEATS",
    "DISTRICT_SEATS",
    "URBAN_DISTRICT_SEATS",
    "TOWN_SEATS",
    "DISTRICT_CITY_SEATS",
    "DISTRICT_MANY_COMMUNES_CAP",
    "URBAN_DISTRICT_MANY_COMMUNES_CAP",
    "TOWN_MANY_COMMUNES_CAP",
    "MOUNTAIN_COMMUNE_SEATS",
    "COMMUNE_SEATS",
    "WARD_SEATS",
    "MOUNTAIN_TOWNSHIP_SEATS",
    "TOWNSHIP_SEATS",
}

_INHERITED = [
    "MANY_COMMUNES_THRESHOLD",
    "UNIT_KINDS",
    "RESOLUTION_MAJORITY",
    "RECALL_MAJORITY",
    "REGULAR_SESSIONS_PER_YEAR",
    "SESSION_REQUESTERS",
    "THEMATIC_SESSION_REQUEST",
    "COMMUNE_VOTERS_SESSION_REQUEST",
    "PUBLIC_SITTINGS",
    "CLOSED_SITTING_REQUEST",
    "FIRST_SESSION",
    "NO_QUORUM_CLAUSE",
    "COMMITTEES",
    "ETHNIC_COMMITTEE_KINDS",
    "FULL_TIME_POSTS",
    "TOWN_CHAIR_MAY_BE_FULL_TIME",
    "TOWN_VICE_CHAIRS_FULL_TIME",
    "STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE",
]


def test_the_amendment_overrides_only_seat_rules() -> None:
    overridden = {name for name in vars(LG2019) if name.isupper()}
    assert overridden == _OVERRIDDEN


@pytest.mark.parametrize("name", _INHERITED)
def test_non_seat_rules_are_inherited_from_2015(name: str) -> None:
    assert name not in vars(LG2019)
    assert getattr(LG2019, name) is getattr(_LG2015, name)


def test_every_rule_cites_the_law_that_sets_it() -> None:
    for name, rule in rules_of(LG2019).items():
        expected = "47/2019/QH14" if name in _OVERRIDDEN else "77/2015/QH13"
        assert rule.citation.number == expected, name


def test_inherited_majorities() -> None:
    resolution = _LAW.threshold(Decision.RESOLUTION)
    assert resolution is not None
    assert (resolution.fraction, resolution.strict) == (Fraction(1, 2), True)
    assert resolution.citation == _cite2015(91, 3)
    assert resolution.minimum_votes(95) == 48
    assert resolution.minimum_votes(96) == 49
    assert resolution.is_met(47, 95) is False
    recall = _LAW.threshold(Decision.RECALL)
    assert recall is not None
    assert (recall.fraction, recall.strict, recall.base) == (
        Fraction(2, 3),
        False,
        Base.TOTAL_DELEGATES,
    )
    assert recall.minimum_votes(95) == 64
    assert recall.minimum_votes(96) == 64
    assert recall.is_met(63, 96) is False
    assert _LAW.threshold(Decision.REDUCED_COUNCIL) is None


def test_inherited_first_session_deadline() -> None:
    deadline = _LAW.deadline(DeadlineKind.FIRST_SESSION)
    assert deadline is not None
    assert (deadline.days, deadline.count) == (45, DayCount.CALENDAR)
    assert deadline.citation == _cite2015(80, 1)
    # 23 May 2021 + 45 days = Wednesday 7 July 2021.
    assert deadline.due(_ELECTION_2021) == dt.date(2021, 7, 7)


def test_inherited_session_requests() -> None:
    delegates = SessionRequester.DELEGATES
    assert _LAW.may_require_session(delegates, count=9, total=30) is False
    assert _LAW.may_require_session(delegates, count=10, total=30) is True
    voters = SessionRequester.VOTERS
    commune = UnitKind.COMMUNE
    assert _LAW.may_require_session(voters, kind=commune, count=100, total=1_000) is False
    assert _LAW.may_require_session(voters, kind=commune, count=101, total=1_000) is True
    assert _LAW.may_require_session(voters, kind=UnitKind.TOWN, count=1, total=1) is False
    assert _LAW.may_require_session(SessionRequester.STANDING_COMMITTEE) is True
    with pytest.raises(ValueError, match="needs count="):
        _LAW.may_require_session(delegates, count=10)


def test_inherited_committees_and_full_time_posts() -> None:
    assert _LAW.committees(UnitKind.PROVINCE, ethnic_committee=True) == (
        Committee.LEGAL_AFFAIRS,
        Committee.ECONOMY_BUDGET,
        Committee.CULTURE_SOCIETY,
        Committee.ETHNIC_AFFAIRS,
    )
    assert _LAW.committees(UnitKind.COMMUNE) == (
        Committee.LEGAL_AFFAIRS,
        Committee.ECONOMY_SOCIETY,
    )
    with pytest.raises(ValueError, match="Law 47/2019/QH14: a council of a commune"):
        _LAW.committees(UnitKind.COMMUNE, ethnic_committee=True)
    assert _LAW.may_be_full_time(CouncilPost.VICE_CHAIR, UnitKind.TOWN) is True
    assert _LAW.may_be_full_time(CouncilPost.COMMITTEE_HEAD, UnitKind.TOWN) is False
    result = _LAW.may_be_full_time(CouncilPost.CHAIR, UnitKind.PROVINCE)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NOT_ENCODED
