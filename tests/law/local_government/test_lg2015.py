"""Law 77/2015/QH13 (LAW.md §2.1 seat formulas, §4 thresholds, sessions and organs).

Every expected number below is worked out by hand from the parameters the module's comments
give for each formula (base seats up to a base population, one more per full step above it,
at most the cap), never by calling the code under test.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Decision, Domain
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.lg2015 import LG2015, Band, BandedSeatFormula, LocalGovernmentLaw2015
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
from hdnd.law.thresholds import Base, Threshold

_LAW = LocalGovernmentLaw2015()
_Parameters = tuple[int, int, tuple[Step, ...], int | None]
_V, _S, _M = Confidence.VERIFIED, Confidence.SECONDARY, Confidence.UNVERIFIED


_INFERRED_2015 = frozenset({18, 25, 32, 39, 53, 60, 67, 91})


def _cite(
    article: int,
    clause: int | None = None,
    point: str | None = None,
    confidence: Confidence = _S,
) -> Citation:
    # The fact sheets: these article numbers are inferred from the law's layout, not read.
    tag = Confidence.UNVERIFIED if article in _INFERRED_2015 else Confidence.VERIFIED
    law = (InstrumentKind.LAW, "77/2015/QH13")
    return Citation(*law, article, clause, point, confidence, article_confidence=tag)


def _quota(basis: SeatBasis) -> SeatQuota:
    result = _LAW.seat_quota(basis)
    assert isinstance(result, SeatQuota), result
    assert result.is_applicable is True
    return result


def _seats(basis: SeatBasis) -> int:
    return _quota(basis).seats


def _not_applicable(basis: SeatBasis) -> NotApplicable:
    result = _LAW.seat_quota(basis)
    assert isinstance(result, NotApplicable), result
    assert result.is_applicable is False
    return result


def _threshold(decision: Decision) -> Threshold:
    threshold = _LAW.threshold(decision)
    assert threshold is not None
    return threshold


_DISTRICT_KINDS = [UnitKind.RURAL_DISTRICT, UnitKind.URBAN_DISTRICT]
_TOWN_KINDS = [UnitKind.TOWN, UnitKind.PROVINCIAL_CITY, UnitKind.MUNICIPAL_CITY]
_COUNCIL_KINDS = [kind for kind in UnitKind if kind is not UnitKind.SPECIAL_ZONE]

# --- identity ------------------------------------------------------------------------------


def test_identity() -> None:
    assert LG2015 is LocalGovernmentLaw2015
    assert LG2015.key == "lg2015"
    assert LG2015.kind is InstrumentKind.LAW
    assert LG2015.number == "77/2015/QH13"
    assert LG2015.title == "Luật Tổ chức chính quyền địa phương"
    assert LG2015.domain is Domain.LOCAL_GOVERNMENT
    assert LG2015.name() == "Luật 77/2015/QH13"
    assert LG2015.name("en") == "Law 77/2015/QH13"


def test_passed_19_june_2015_in_force_1_january_2016_unverified() -> None:
    assert dt.date(2015, 6, 19) == LG2015.promulgated
    assert dt.date(2016, 1, 1) == LG2015.effective
    assert LG2015.dates_confidence is Confidence.UNVERIFIED
    assert LG2015.amends is None
    assert LG2015.replaces == ("11/2003/QH11",)
    assert LG2015.source


def test_an_instance_applies_on_its_effective_date_by_default() -> None:
    assert _LAW.on == dt.date(2016, 1, 1)
    assert LocalGovernmentLaw2015(dt.date(2018, 3, 4)).on == dt.date(2018, 3, 4)
    assert repr(_LAW) == "<LocalGovernmentLaw2015 77/2015/QH13, in force from 2016-01-01>"


@pytest.mark.parametrize(
    ("on", "in_force"),
    [
        (dt.date(2015, 12, 31), False),
        (dt.date(2016, 1, 1), True),
        (dt.date(2020, 6, 30), True),
        (dt.date(2020, 7, 1), False),  # amended by Law 47/2019/QH14 (lg2019)
    ],
)
def test_in_force_from_1_january_2016_to_30_june_2020(on: dt.date, in_force: bool) -> None:
    assert (type(framework_at(on).local_government) is LocalGovernmentLaw2015) is in_force


def test_framework_before_2016_has_no_local_government_law() -> None:
    assert framework_at(dt.date(2015, 12, 31)).local_government is None


def test_last_day_in_force_is_the_day_before_the_2019_amendment() -> None:
    assert in_force_until(LG2015) == dt.date(2020, 6, 30)


# --- Art. 18(1)(a): mountainous or highland province ----------------------------------------
# 50 up to 500,000; +1 per full 50,000 above (the fact sheet's step, from memory); at most
# 85 (reached at 500,000 + 35 × 50,000).

_MOUNTAIN_PROVINCE = [
    (0, 50),
    (1, 50),
    (500_000, 50),
    (500_001, 50),
    (549_999, 50),
    (550_000, 51),
    (599_999, 51),
    (600_000, 52),
    (1_000_000, 60),  # 500,000 / 50,000 = 10 full steps
    (2_249_999, 84),
    (2_250_000, 85),
    (2_300_000, 85),
    (10_000_000, 85),
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
    assert quota.citation == _cite(18, 1, "a", _M)
    assert quota.citation.confidence is _M
    assert quota.formula is LG2015.MOUNTAIN_PROVINCE_SEATS


# --- Art. 18(1)(b): other province -----------------------------------------------------------
# 50 up to 1,000,000; +1 per full 50,000 above; at most 95 (at 1,000,000 + 45 × 50,000).

_PROVINCE = [
    (0, 50),
    (1_000_000, 50),
    (1_000_001, 50),
    (1_049_999, 50),
    (1_050_000, 51),
    (1_099_999, 51),
    (1_100_000, 52),
    (2_000_000, 70),
    (3_249_999, 94),
    (3_250_000, 95),
    (3_300_000, 95),
    (20_000_000, 95),
]


@pytest.mark.parametrize(("population", "seats"), _PROVINCE)
def test_province(population: int, seats: int) -> None:
    quota = _quota(SeatBasis(UnitKind.PROVINCE, population))
    assert quota.seats == seats
    assert quota.citation == _cite(18, 1, "b", _M)
    assert quota.formula is LG2015.PROVINCE_SEATS


@pytest.mark.parametrize(("population", "seats"), [(530_000, 50), (1_000_000, 50), (1_550_000, 61)])
def test_an_island_province_is_not_under_the_mountain_rule(population: int, seats: int) -> None:
    # Art. 18(1)(a) names mountainous and highland provinces only.
    quota = _quota(SeatBasis(UnitKind.PROVINCE, population, island=True))
    assert quota.seats == seats
    assert quota.formula is LG2015.PROVINCE_SEATS


@pytest.mark.parametrize(
    ("population", "mountain", "other"), [(550_000, 51, 50), (2_250_000, 85, 75)]
)
def test_mountainous_versus_other_province(population: int, mountain: int, other: int) -> None:
    assert _seats(SeatBasis(UnitKind.PROVINCE, population, mountainous=True)) == mountain
    assert _seats(SeatBasis(UnitKind.PROVINCE, population)) == other


def test_a_province_ignores_the_number_of_communes_and_the_unit_code() -> None:
    basis = SeatBasis(UnitKind.PROVINCE, 1_050_000, unit_code="01", communes=200)
    assert _seats(basis) == 51


# --- Art. 39(1): centrally-run city ----------------------------------------------------------
# As the other provinces (steps unverified): 50 up to 1,000,000; +1 per 50,000; at most 95.


@pytest.mark.parametrize(("population", "seats"), _PROVINCE)
@pytest.mark.parametrize("code", ["31", "48", "92", None])
def test_central_city(population: int, seats: int, code: str | None) -> None:
    quota = _quota(SeatBasis(UnitKind.CENTRAL_CITY, population, unit_code=code))
    assert quota.seats == seats
    assert quota.citation == _cite(39, 1, None, _M)
    assert quota.formula is LG2015.CITY_SEATS


def test_a_mountainous_central_city_has_no_mountain_rule() -> None:
    assert _seats(SeatBasis(UnitKind.CENTRAL_CITY, 560_000, mountainous=True)) == 50


# --- Art. 39(1): Hà Nội (01) and Hồ Chí Minh City (79) elect 105 -----------------------------


@pytest.mark.parametrize("population", [0, 1_000_000, 3_250_000, 7_000_000, 9_000_000, 10**8])
@pytest.mark.parametrize("code", ["01", "79"])
def test_ha_noi_and_ho_chi_minh_city_elect_105(population: int, code: str) -> None:
    quota = _quota(SeatBasis(UnitKind.CENTRAL_CITY, population, unit_code=code))
    assert quota.seats == 105
    assert quota.citation == _cite(39, 1, None, _S)
    assert quota.formula is LG2015.CAPITAL_SEATS


@pytest.mark.parametrize(("code", "seats"), [("01", 105), ("79", 105), ("48", 95), ("92", 95)])
def test_capitals_versus_other_cities_of_the_same_size(code: str, seats: int) -> None:
    assert _seats(SeatBasis(UnitKind.CENTRAL_CITY, 9_000_000, unit_code=code)) == seats


def test_the_capital_codes_matter_only_for_a_central_city() -> None:
    assert _seats(SeatBasis(UnitKind.PROVINCE, 9_000_000, unit_code="79")) == 95


# --- Art. 25(1)(a): mountainous, highland or island rural district ---------------------------
# 30 up to 40,000; +1 per full 5,000 above; at most 40 (at 40,000 + 10 × 5,000).

_MOUNTAIN_DISTRICT = [
    (0, 30),
    (40_000, 30),
    (40_001, 30),
    (44_999, 30),
    (45_000, 31),
    (49_999, 31),
    (50_000, 32),
    (89_999, 39),
    (90_000, 40),
    (95_000, 40),
    (1_000_000, 40),
]


@pytest.mark.parametrize(("population", "seats"), _MOUNTAIN_DISTRICT)
@pytest.mark.parametrize(
    ("mountainous", "highland", "island"),
    [(True, False, False), (False, True, False), (False, False, True), (True, True, True)],
    ids=["m", "h", "i", "mhi"],
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
    assert quota.citation == _cite(25, 1, "a", _S)
    assert quota.formula is LG2015.MOUNTAIN_DISTRICT_SEATS


# --- Art. 25(1)(b) and 46(1): other rural district, urban district -------------------------
# 30 up to 80,000; +1 per full 10,000 above; at most 40 (at 80,000 + 10 × 10,000).

_DISTRICT = [
    (0, 30),
    (80_000, 30),
    (80_001, 30),
    (89_999, 30),
    (90_000, 31),
    (99_999, 31),
    (100_000, 32),
    (179_999, 39),
    (180_000, 40),
    (190_000, 40),
    (2_000_000, 40),
]


@pytest.mark.parametrize(("population", "seats"), _DISTRICT)
@pytest.mark.parametrize("communes", [None, 0, 29])
def test_rural_district(population: int, seats: int, communes: int | None) -> None:
    quota = _quota(SeatBasis(UnitKind.RURAL_DISTRICT, population, communes=communes))
    assert quota.seats == seats
    assert quota.citation == _cite(25, 1, "b", _S)
    assert quota.formula is LG2015.DISTRICT_SEATS


@pytest.mark.parametrize(("population", "seats"), _DISTRICT)
@pytest.mark.parametrize("communes", [None, 0, 29])
def test_urban_district(population: int, seats: int, communes: int | None) -> None:
    quota = _quota(SeatBasis(UnitKind.URBAN_DISTRICT, population, communes=communes))
    assert quota.seats == seats
    assert quota.citation == _cite(46, 1, None, _S)
    assert quota.formula is LG2015.URBAN_DISTRICT_SEATS


@pytest.mark.parametrize(("population", "mountain", "other"), [(45_000, 31, 30), (90_000, 40, 31)])
def test_mountainous_versus_other_rural_district(
    population: int, mountain: int, other: int
) -> None:
    assert _seats(SeatBasis(UnitKind.RURAL_DISTRICT, population, mountainous=True)) == mountain
    assert _seats(SeatBasis(UnitKind.RURAL_DISTRICT, population)) == other


@pytest.mark.parametrize("kind", [UnitKind.URBAN_DISTRICT, *_TOWN_KINDS])
def test_only_rural_districts_have_a_mountain_rule(kind: UnitKind) -> None:
    # 45,000 residents: 31 under Art. 25(1)(a); the base (30) under every other formula.
    basis = SeatBasis(kind, 45_000, mountainous=True, highland=True, island=True)
    assert _seats(basis) == 30


# --- Art. 53(1)(a): town (verified) ----------------------------------------------------------
# 30 up to 70,000; +1 per full 10,000 above; at most 40 (at 70,000 + 10 × 10,000).

_TOWN = [
    (0, 30),
    (70_000, 30),
    (70_001, 30),
    (79_999, 30),
    (80_000, 31),
    (89_999, 31),
    (90_000, 32),
    (95_000, 32),
    (169_999, 39),
    (170_000, 40),
    (180_000, 40),
    (1_000_000, 40),
]


@pytest.mark.parametrize(("population", "seats"), _TOWN)
@pytest.mark.parametrize("communes", [None, 29])
def test_town(population: int, seats: int, communes: int | None) -> None:
    quota = _quota(SeatBasis(UnitKind.TOWN, population, communes=communes))
    assert quota.seats == seats
    assert quota.citation == _cite(53, 1, "a", _V)
    assert quota.formula is LG2015.TOWN_SEATS


# --- Art. 53(1)(b): provincial or municipal city (verified) ----------------------------------
# 30 up to 100,000; +1 per full 10,000 above; at most 40 (at 100,000 + 10 × 10,000).

_DISTRICT_CITY = [
    (0, 30),
    (100_000, 30),
    (100_001, 30),
    (109_999, 30),
    (110_000, 31),
    (119_999, 31),
    (120_000, 32),
    (199_999, 39),
    (200_000, 40),
    (210_000, 40),
    (2_000_000, 40),
]


@pytest.mark.parametrize(("population", "seats"), _DISTRICT_CITY)
@pytest.mark.parametrize("kind", [UnitKind.PROVINCIAL_CITY, UnitKind.MUNICIPAL_CITY])
@pytest.mark.parametrize("communes", [None, 29])
def test_provincial_or_municipal_city(
    population: int, seats: int, kind: UnitKind, communes: int | None
) -> None:
    quota = _quota(SeatBasis(kind, population, communes=communes))
    assert quota.seats == seats
    assert quota.citation == _cite(53, 1, "b", _V)
    assert quota.formula is LG2015.DISTRICT_CITY_SEATS


@pytest.mark.parametrize(
    ("population", "town", "city"), [(80_000, 31, 30), (110_000, 34, 31), (170_000, 40, 37)]
)
def test_town_versus_city_of_the_same_size(population: int, town: int, city: int) -> None:
    assert _seats(SeatBasis(UnitKind.TOWN, population)) == town
    assert _seats(SeatBasis(UnitKind.PROVINCIAL_CITY, population)) == city


# --- Art. 25(1)(c), 46(1), 53(1)(c): 30 or more commune-level units -------------------------


def test_many_communes_threshold_and_caps() -> None:
    assert LG2015.MANY_COMMUNES_THRESHOLD == 30
    assert LG2015.DISTRICT_MANY_COMMUNES_CAP.value == 45
    assert LG2015.DISTRICT_MANY_COMMUNES_CAP.citation == _cite(25, 1, "c", _S)
    assert LG2015.TOWN_MANY_COMMUNES_CAP.value == 45
    assert LG2015.TOWN_MANY_COMMUNES_CAP.citation == _cite(53, 1, "c", _V)


@pytest.mark.parametrize(
    ("kind", "cap_citation"),
    [
        (UnitKind.RURAL_DISTRICT, _cite(25, 1, "c", _S)),
        (UnitKind.URBAN_DISTRICT, _cite(46, 1, None, _S)),
        (UnitKind.TOWN, _cite(53, 1, "c", _V)),
        (UnitKind.PROVINCIAL_CITY, _cite(53, 1, "c", _V)),
        (UnitKind.MUNICIPAL_CITY, _cite(53, 1, "c", _V)),
    ],
)
@pytest.mark.parametrize("communes", [30, 31, 100])
@pytest.mark.parametrize("population", [0, 50_000, 500_000])
def test_30_or_more_communes_leave_the_number_to_the_standing_committee(
    kind: UnitKind, cap_citation: Citation, communes: int, population: int
) -> None:
    result = _not_applicable(SeatBasis(kind, population, communes=communes))
    assert result.reason is NotApplicableReason.MISSING_INFORMATION
    assert result.citation == cap_citation
    assert "không quá 45" in result.detail
    assert result.describe("vi").startswith("thiếu thông tin để xác định: từ 30 đơn vị")


@pytest.mark.parametrize(
    ("kind", "population", "seats"),
    [
        (UnitKind.RURAL_DISTRICT, 180_000, 40),
        (UnitKind.URBAN_DISTRICT, 100_000, 32),
        (UnitKind.TOWN, 90_000, 32),
        (UnitKind.PROVINCIAL_CITY, 120_000, 32),
        (UnitKind.MUNICIPAL_CITY, 200_000, 40),
    ],
)
def test_29_versus_30_communes(kind: UnitKind, population: int, seats: int) -> None:
    assert _seats(SeatBasis(kind, population, communes=29)) == seats
    assert _seats(SeatBasis(kind, population, communes=None)) == seats  # None: fewer than 30
    result = _not_applicable(SeatBasis(kind, population, communes=30))
    assert result.reason is NotApplicableReason.MISSING_INFORMATION


@pytest.mark.parametrize("communes", [None, 0, 29])
def test_a_mountainous_district_with_fewer_than_30_communes(communes: int | None) -> None:
    basis = SeatBasis(UnitKind.RURAL_DISTRICT, 45_000, mountainous=True, communes=communes)
    assert _quota(basis).formula is LG2015.MOUNTAIN_DISTRICT_SEATS
    assert _seats(basis) == 31


def test_many_communes_apply_to_a_mountainous_district_too() -> None:
    basis = SeatBasis(UnitKind.RURAL_DISTRICT, 45_000, mountainous=True, communes=30)
    assert _not_applicable(basis).citation == _cite(25, 1, "c", _S)


def test_urban_district_many_communes_rule_cites_article_46_1() -> None:
    result = _not_applicable(SeatBasis(UnitKind.URBAN_DISTRICT, 100_000, communes=30))
    assert result.citation is not None
    assert (result.citation.number, result.citation.article, result.citation.clause) == (
        "77/2015/QH13",
        46,
        1,
    )


@pytest.mark.parametrize(
    ("kind", "population", "seats"),
    [(UnitKind.COMMUNE, 7_500, 26), (UnitKind.WARD, 15_000, 26), (UnitKind.TOWNSHIP, 7_500, 26)],
)
def test_the_many_communes_rule_is_for_district_level_units_only(
    kind: UnitKind, population: int, seats: int
) -> None:
    assert _seats(SeatBasis(kind, population, communes=30)) == seats


# --- Art. 32(1)(a): mountainous, highland or island commune (banded; unverified) ------------
# 15 up to 1,000; 20 up to 2,000; 25 up to 3,000; +1 per full 1,000 above 3,000; at most 35
# (at 3,000 + 10 × 1,000).

_MOUNTAIN_COMMUNE = [
    (0, 15),
    (1, 15),
    (999, 15),
    (1_000, 15),
    (1_001, 20),
    (1_999, 20),
    (2_000, 20),
    (2_001, 25),
    (2_999, 25),
    (3_000, 25),
    (3_001, 25),
    (3_999, 25),
    (4_000, 26),
    (4_999, 26),
    (5_000, 27),
    (12_999, 34),
    (13_000, 35),
    (14_000, 35),
    (100_000, 35),
]

_MOUNTAIN_FLAGS = pytest.mark.parametrize(
    ("mountainous", "highland", "island"),
    [(True, False, False), (False, True, False), (False, False, True), (True, True, True)],
    ids=["m", "h", "i", "mhi"],
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
    assert quota.citation == _cite(32, 1, "a", _M)
    assert quota.formula is LG2015.MOUNTAIN_COMMUNE_SEATS


# --- Art. 32(1)(b): other commune (unverified) -----------------------------------------------
# 25 up to 5,000; +1 per full 2,500 above; at most 35 (at 5,000 + 10 × 2,500).

_COMMUNE = [
    (0, 25),
    (5_000, 25),
    (5_001, 25),
    (7_499, 25),
    (7_500, 26),
    (9_999, 26),
    (10_000, 27),
    (29_999, 34),
    (30_000, 35),
    (32_500, 35),
    (500_000, 35),
]


@pytest.mark.parametrize(("population", "seats"), _COMMUNE)
def test_other_commune(population: int, seats: int) -> None:
    quota = _quota(SeatBasis(UnitKind.COMMUNE, population))
    assert quota.seats == seats
    assert quota.citation == _cite(32, 1, "b", _M)
    assert quota.formula is LG2015.COMMUNE_SEATS


@pytest.mark.parametrize(
    ("population", "mountain", "other"),
    [(1_001, 20, 25), (4_000, 26, 25), (7_500, 29, 26), (13_000, 35, 28)],
)
def test_mountainous_versus_other_commune(population: int, mountain: int, other: int) -> None:
    assert _seats(SeatBasis(UnitKind.COMMUNE, population, mountainous=True)) == mountain
    assert _seats(SeatBasis(UnitKind.COMMUNE, population)) == other


# --- Art. 60(1): ward (unverified) ------------------------------------------------------------
# 25 up to 10,000; +1 per full 5,000 above; at most 35 (at 10,000 + 10 × 5,000).

_WARD = [
    (0, 25),
    (10_000, 25),
    (10_001, 25),
    (14_999, 25),
    (15_000, 26),
    (19_999, 26),
    (20_000, 27),
    (59_999, 34),
    (60_000, 35),
    (65_000, 35),
    (1_000_000, 35),
]


@pytest.mark.parametrize(("population", "seats"), _WARD)
@pytest.mark.parametrize(
    "parent", [None, UnitKind.URBAN_DISTRICT, UnitKind.TOWN, UnitKind.PROVINCIAL_CITY]
)
def test_ward(population: int, seats: int, parent: UnitKind | None) -> None:
    quota = _quota(SeatBasis(UnitKind.WARD, population, parent_kind=parent))
    assert quota.seats == seats
    assert quota.citation == _cite(60, 1, None, _M)
    assert quota.formula is LG2015.WARD_SEATS


@pytest.mark.parametrize(("population", "seats"), [(1_001, 25), (15_000, 26), (60_000, 35)])
def test_a_ward_has_no_mountain_rule(population: int, seats: int) -> None:
    basis = SeatBasis(UnitKind.WARD, population, mountainous=True, highland=True, island=True)
    assert _seats(basis) == seats


# --- Art. 67(1): township, as communes (unverified) ------------------------------------------


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
    assert quota.citation == _cite(67, 1, "a", _M)
    assert quota.formula is LG2015.MOUNTAIN_TOWNSHIP_SEATS


@pytest.mark.parametrize(("population", "seats"), _COMMUNE)
def test_other_township(population: int, seats: int) -> None:
    quota = _quota(SeatBasis(UnitKind.TOWNSHIP, population))
    assert quota.seats == seats
    assert quota.citation == _cite(67, 1, "b", _M)
    assert quota.formula is LG2015.TOWNSHIP_SEATS


def test_township_formulas_are_the_commune_formulas_cited_at_article_67() -> None:
    assert LG2015.MOUNTAIN_TOWNSHIP_SEATS == LG2015.MOUNTAIN_COMMUNE_SEATS
    assert isinstance(LG2015.MOUNTAIN_TOWNSHIP_SEATS, BandedSeatFormula)
    assert LG2015.TOWNSHIP_SEATS == LG2015.COMMUNE_SEATS
    assert LG2015.MOUNTAIN_TOWNSHIP_SEATS.citation == _cite(67, 1, "a", _M)
    assert LG2015.TOWNSHIP_SEATS.citation == _cite(67, 1, "b", _M)


# --- Art. 2: no special zone -----------------------------------------------------------------


@pytest.mark.parametrize("population", [0, 999, 1_000, 50_000])
def test_a_special_zone_is_no_kind_of_unit_under_the_2015_law(population: int) -> None:
    result = _not_applicable(SeatBasis(UnitKind.SPECIAL_ZONE, population, island=True))
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
    assert result.detail == "Đặc khu"
    assert result.citation == _cite(2, None, None, _M)
    assert result.citation == LG2015.UNIT_KINDS.citation


def test_unit_kinds_are_every_kind_but_the_special_zone() -> None:
    assert set(LG2015.UNIT_KINDS.value) == set(_COUNCIL_KINDS)
    assert UnitKind.SPECIAL_ZONE not in LG2015.UNIT_KINDS.value


# --- bad populations -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "basis",
    [
        SeatBasis(UnitKind.PROVINCE, -1),
        SeatBasis(UnitKind.PROVINCE, -1, mountainous=True),
        SeatBasis(UnitKind.CENTRAL_CITY, -1),
        SeatBasis(UnitKind.CENTRAL_CITY, -1, unit_code="01"),
        SeatBasis(UnitKind.CENTRAL_CITY, True, unit_code="79"),
        SeatBasis(UnitKind.RURAL_DISTRICT, -1),
        SeatBasis(UnitKind.RURAL_DISTRICT, -1, island=True),
        SeatBasis(UnitKind.RURAL_DISTRICT, -1, communes=30),
        SeatBasis(UnitKind.URBAN_DISTRICT, True),
        SeatBasis(UnitKind.TOWN, -1),
        SeatBasis(UnitKind.TOWN, False, communes=30),
        SeatBasis(UnitKind.PROVINCIAL_CITY, -10_000),
        SeatBasis(UnitKind.MUNICIPAL_CITY, True),
        SeatBasis(UnitKind.COMMUNE, -5),
        SeatBasis(UnitKind.COMMUNE, -1, mountainous=True),
        SeatBasis(UnitKind.COMMUNE, True, highland=True),
        SeatBasis(UnitKind.WARD, -1),
        SeatBasis(UnitKind.TOWNSHIP, False),
        SeatBasis(UnitKind.TOWNSHIP, -1, island=True),
    ],
    ids=repr,
)
def test_a_negative_or_boolean_population_is_refused(basis: SeatBasis) -> None:
    with pytest.raises(ValueError, match="population must be a whole number of at least 0"):
        _LAW.seat_quota(basis)


# --- the formulas' parameters, base and cap ------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "parameters", "citation"),
    [
        (
            LG2015.MOUNTAIN_PROVINCE_SEATS,
            (50, 500_000, (Step(500_000, 50_000),), 85),
            _cite(18, 1, "a", _M),
        ),
        (
            LG2015.PROVINCE_SEATS,
            (50, 1_000_000, (Step(1_000_000, 50_000),), 95),
            _cite(18, 1, "b", _M),
        ),
        (
            LG2015.CITY_SEATS,
            (50, 1_000_000, (Step(1_000_000, 50_000),), 95),
            _cite(39, 1, None, _M),
        ),
        (LG2015.CAPITAL_SEATS, (105, 0, (), None), _cite(39, 1)),
        (
            LG2015.MOUNTAIN_DISTRICT_SEATS,
            (30, 40_000, (Step(40_000, 5_000),), 40),
            _cite(25, 1, "a"),
        ),
        (LG2015.DISTRICT_SEATS, (30, 80_000, (Step(80_000, 10_000),), 40), _cite(25, 1, "b")),
        (LG2015.URBAN_DISTRICT_SEATS, (30, 80_000, (Step(80_000, 10_000),), 40), _cite(46, 1)),
        (LG2015.TOWN_SEATS, (30, 70_000, (Step(70_000, 10_000),), 40), _cite(53, 1, "a", _V)),
        (
            LG2015.DISTRICT_CITY_SEATS,
            (30, 100_000, (Step(100_000, 10_000),), 40),
            _cite(53, 1, "b", _V),
        ),
        (
            LG2015.MOUNTAIN_COMMUNE_SEATS,
            (15, 1_000, (Step(3_000, 1_000),), 35),
            _cite(32, 1, "a", _M),
        ),
        (LG2015.COMMUNE_SEATS, (25, 5_000, (Step(5_000, 2_500),), 35), _cite(32, 1, "b", _M)),
        (LG2015.WARD_SEATS, (25, 10_000, (Step(10_000, 5_000),), 35), _cite(60, 1, None, _M)),
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
        (LG2015.MOUNTAIN_PROVINCE_SEATS, 2_250_000, 85),
        (LG2015.PROVINCE_SEATS, 3_250_000, 95),
        (LG2015.CITY_SEATS, 3_250_000, 95),
        (LG2015.MOUNTAIN_DISTRICT_SEATS, 90_000, 40),
        (LG2015.DISTRICT_SEATS, 180_000, 40),
        (LG2015.URBAN_DISTRICT_SEATS, 180_000, 40),
        (LG2015.TOWN_SEATS, 170_000, 40),
        (LG2015.DISTRICT_CITY_SEATS, 200_000, 40),
        (LG2015.MOUNTAIN_COMMUNE_SEATS, 13_000, 35),
        (LG2015.COMMUNE_SEATS, 30_000, 35),
        (LG2015.WARD_SEATS, 60_000, 35),
        (LG2015.MOUNTAIN_TOWNSHIP_SEATS, 13_000, 35),
        (LG2015.TOWNSHIP_SEATS, 30_000, 35),
    ],
)
def test_caps_are_first_reached_and_never_exceeded(
    formula: SeatFormula, first_at_cap: int, cap: int
) -> None:
    assert formula.cap == cap
    assert formula.seats(first_at_cap - 1) == cap - 1
    assert formula.seats(first_at_cap) == cap
    assert formula.seats(first_at_cap * 10) == cap


def test_every_seat_formula_cites_the_law() -> None:
    for name, rule in rules_of(LG2015).items():
        if isinstance(rule, SeatFormula):
            assert rule.citation is not None, name
            assert rule.citation.kind is InstrumentKind.LAW, name
            assert rule.citation.number == "77/2015/QH13", name


# --- Band and BandedSeatFormula --------------------------------------------------------------


def test_band_is_a_frozen_pair() -> None:
    assert Band(2_000, 20) == Band(up_to=2_000, seats=20)
    assert Band(2_000, 20) != Band(2_000, 21)
    with pytest.raises(AttributeError):
        Band(2_000, 20).seats = 21  # type: ignore[misc]


_BANDED = BandedSeatFormula(
    15, 1_000, (Step(3_000, 1_000),), cap=35, bands=(Band(2_000, 20), Band(3_000, 25))
)


@pytest.mark.parametrize(
    ("population", "seats"),
    [
        (0, 15),
        (1_000, 15),
        (1_001, 20),
        (2_000, 20),
        (2_001, 25),
        (3_000, 25),
        (3_999, 25),
        (4_000, 26),
        (12_999, 34),
        (13_000, 35),
        (14_000, 35),
    ],
)
def test_banded_formula(population: int, seats: int) -> None:
    assert _BANDED.seats(population) == seats


def test_banded_formula_without_bands_is_a_plain_formula() -> None:
    banded = BandedSeatFormula(25, 5_000, (Step(5_000, 2_500),), cap=35)
    assert [banded.seats(p) for p in (5_000, 7_499, 7_500, 29_999, 30_000)] == [25, 25, 26, 34, 35]


def test_the_cap_also_limits_a_band() -> None:
    capped = BandedSeatFormula(
        15, 1_000, (Step(3_000, 1_000),), cap=22, bands=(Band(2_000, 20), Band(3_000, 25))
    )
    assert [capped.seats(p) for p in (1_000, 1_001, 2_001, 3_000, 4_000)] == [15, 20, 22, 22, 22]


def test_banded_formula_without_a_cap() -> None:
    uncapped = BandedSeatFormula(15, 1_000, (Step(3_000, 1_000),), bands=(Band(3_000, 25),))
    assert [uncapped.seats(p) for p in (1_001, 3_000, 4_000, 53_000)] == [25, 25, 26, 75]


@pytest.mark.parametrize("population", [-1, True, False])
def test_banded_formula_refuses_a_bad_population(population: int) -> None:
    with pytest.raises(ValueError, match="population must be a whole number"):
        _BANDED.seats(population)


def test_banded_formula_snapshot_lists_the_bands() -> None:
    assert _BANDED.snapshot() == {
        "base_seats": 15,
        "base_population": 1_000,
        "steps": [[3_000, 1_000]],
        "cap": 35,
        "citation": None,
        "confidence": None,
        "bands": [[2_000, 20], [3_000, 25]],
    }
    snapshot = LG2015.MOUNTAIN_COMMUNE_SEATS.snapshot()
    assert snapshot["bands"] == [[2_000, 20], [3_000, 25]]
    assert snapshot["citation"] == "Law 77/2015/QH13, Art. 32(1)(a)"
    assert snapshot["confidence"] == "unverified"


def test_the_mountain_commune_bands() -> None:
    formula = LG2015.MOUNTAIN_COMMUNE_SEATS
    assert isinstance(formula, BandedSeatFormula)
    assert formula.bands == (Band(2_000, 20), Band(3_000, 25))


# --- Art. 91(3): majorities ------------------------------------------------------------------


def test_resolution_needs_more_than_half_of_all_delegates() -> None:
    threshold = _threshold(Decision.RESOLUTION)
    assert threshold.fraction == Fraction(1, 2)
    assert threshold.strict is True
    assert threshold.base is Base.TOTAL_DELEGATES
    assert threshold.citation == _cite(91, 3, None, _S)


def test_recall_needs_at_least_two_thirds_of_all_delegates() -> None:
    threshold = _threshold(Decision.RECALL)
    assert threshold.fraction == Fraction(2, 3)
    assert threshold.strict is False
    assert threshold.base is Base.TOTAL_DELEGATES
    assert threshold.citation == _cite(91, 3, None, _S)


@pytest.mark.parametrize(
    ("decision", "base", "minimum"),
    [
        # > 1/2 of the total: exactly half fails.
        (Decision.RESOLUTION, 0, 1),
        (Decision.RESOLUTION, 15, 8),
        (Decision.RESOLUTION, 30, 16),
        (Decision.RESOLUTION, 35, 18),
        (Decision.RESOLUTION, 95, 48),
        (Decision.RESOLUTION, 96, 49),
        (Decision.RESOLUTION, 105, 53),
        # ≥ 2/3 of the total: exactly two thirds passes.
        (Decision.RECALL, 0, 0),
        (Decision.RECALL, 15, 10),
        (Decision.RECALL, 30, 20),
        (Decision.RECALL, 31, 21),
        (Decision.RECALL, 95, 64),
        (Decision.RECALL, 96, 64),
        (Decision.RECALL, 105, 70),
    ],
)
def test_thresholds_on_both_sides(decision: Decision, base: int, minimum: int) -> None:
    threshold = _threshold(decision)
    assert threshold.minimum_votes(base) == minimum
    assert threshold.is_met(minimum, base) is True
    if minimum > 0:
        assert threshold.is_met(minimum - 1, base) is False


@pytest.mark.parametrize("decision", [Decision.REDUCED_COUNCIL, Decision.EXPLANATION_CONCLUSION])
def test_decisions_the_2015_law_sets_no_threshold_for(decision: Decision) -> None:
    assert _LAW.threshold(decision) is None
    assert decision not in LG2015.thresholds()


@pytest.mark.parametrize(
    ("decision", "vi", "en"),
    [
        (
            Decision.RESOLUTION,
            "quá 1/2 tổng số đại biểu",
            "more than 1/2 of the total number of delegates",
        ),
        (
            Decision.RECALL,
            "ít nhất 2/3 tổng số đại biểu",
            "at least 2/3 of the total number of delegates",
        ),
    ],
)
def test_thresholds_describe_the_rule(decision: Decision, vi: str, en: str) -> None:
    assert _threshold(decision).describe("vi") == vi
    assert _threshold(decision).describe("en") == en


# --- Art. 78, 80: sessions -------------------------------------------------------------------


def test_session_facts() -> None:
    assert LG2015.REGULAR_SESSIONS_PER_YEAR.value == 2
    assert LG2015.REGULAR_SESSIONS_PER_YEAR.citation == _cite(78, 1)
    assert LG2015.SESSION_REQUESTERS.value == (
        SessionRequester.STANDING_COMMITTEE,
        SessionRequester.PEOPLES_COMMITTEE_CHAIR,
        SessionRequester.DELEGATES,
    )
    assert LG2015.SESSION_REQUESTERS.citation == _cite(78, 2)
    assert LG2015.PUBLIC_SITTINGS.value is True
    assert LG2015.PUBLIC_SITTINGS.citation == _cite(78, 4)
    assert LG2015.NO_QUORUM_CLAUSE.value is None
    assert LG2015.NO_QUORUM_CLAUSE.citation == _cite(78, None, None, _M)
    incompatible = LG2015.STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE
    assert incompatible is not None
    assert incompatible.value is True
    assert incompatible.citation == _cite(18, 2, None, _M)


@pytest.mark.parametrize(
    ("threshold", "fraction", "strict", "base", "citation"),
    [
        (
            LG2015.THEMATIC_SESSION_REQUEST,
            Fraction(1, 3),
            False,
            Base.TOTAL_DELEGATES,
            _cite(78, 2),
        ),
        (
            LG2015.COMMUNE_VOTERS_SESSION_REQUEST,
            Fraction(1, 10),
            True,
            Base.VOTERS_ON_LIST,
            _cite(78, 3),
        ),
        (LG2015.CLOSED_SITTING_REQUEST, Fraction(1, 3), False, Base.TOTAL_DELEGATES, _cite(78, 4)),
    ],
)
def test_session_thresholds(
    threshold: Threshold, fraction: Fraction, strict: bool, base: Base, citation: Citation
) -> None:
    assert threshold.fraction == fraction
    assert threshold.strict is strict
    assert threshold.base is base
    assert threshold.citation == citation


@pytest.mark.parametrize(
    ("count", "total", "met"), [(9, 30, False), (10, 30, True), (10, 31, False), (11, 31, True)]
)
def test_a_closed_sitting_needs_at_least_a_third_of_all_delegates(
    count: int, total: int, met: bool
) -> None:
    assert LG2015.CLOSED_SITTING_REQUEST.is_met(count, total) is met


def test_first_session_within_45_calendar_days_of_election_day() -> None:
    deadline = _LAW.deadline(DeadlineKind.FIRST_SESSION)
    assert deadline is LG2015.FIRST_SESSION
    assert deadline.days == 45
    assert deadline.count is DayCount.CALENDAR
    assert deadline.before is False
    assert deadline.citation == _cite(80, 1)
    assert deadline.describe("vi") == "45 ngày"
    assert set(LG2015.deadlines()) == {DeadlineKind.FIRST_SESSION}


@pytest.mark.parametrize(
    ("election_day", "due"),
    [
        # 22 May 2016 + 45 days = Wednesday 6 July 2016.
        (dt.date(2016, 5, 22), dt.date(2016, 7, 6)),
        # 25 May 2016 + 45 days = Saturday 9 July 2016: the next working day, Monday 11 July.
        (dt.date(2016, 5, 25), dt.date(2016, 7, 11)),
    ],
)
def test_first_session_due_date(election_day: dt.date, due: dt.date) -> None:
    assert LG2015.FIRST_SESSION.due(election_day) == due


def test_other_deadlines_are_not_set_by_this_law() -> None:
    assert _LAW.deadline(DeadlineKind.PETITION_REPLY) is None


# --- may_require_session ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "requester", [SessionRequester.STANDING_COMMITTEE, SessionRequester.PEOPLES_COMMITTEE_CHAIR]
)
def test_standing_committee_and_peoples_committee_chair_may_require_a_session(
    requester: SessionRequester,
) -> None:
    assert _LAW.may_require_session(requester) is True
    assert _LAW.may_require_session(requester, kind=UnitKind.PROVINCE) is True


@pytest.mark.parametrize(
    ("count", "total", "met"),
    [
        (9, 30, False),
        (10, 30, True),  # exactly a third
        (10, 31, False),
        (11, 31, True),
        (31, 95, False),
        (32, 95, True),
        (35, 105, True),
        (34, 105, False),
    ],
)
def test_delegates_need_at_least_a_third(count: int, total: int, met: bool) -> None:
    assert _LAW.may_require_session(SessionRequester.DELEGATES, count=count, total=total) is met


@pytest.mark.parametrize(("count", "total"), [(None, 30), (10, None), (None, None)])
def test_delegates_request_needs_count_and_total(count: int | None, total: int | None) -> None:
    with pytest.raises(ValueError, match="needs count="):
        _LAW.may_require_session(SessionRequester.DELEGATES, count=count, total=total)


def test_delegates_cannot_outnumber_the_council() -> None:
    with pytest.raises(ValueError, match="31 signatures out of 30: more than there are"):
        _LAW.may_require_session(SessionRequester.DELEGATES, count=31, total=30)


@pytest.mark.parametrize("kind", [UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP])
@pytest.mark.parametrize(
    ("count", "total", "met"),
    [
        (100, 1_000, False),  # exactly 10%
        (101, 1_000, True),
        (9, 95, False),
        (10, 95, True),
        (500, 5_000, False),
        (501, 5_000, True),
    ],
)
def test_commune_voters_need_more_than_a_tenth(
    kind: UnitKind, count: int, total: int, met: bool
) -> None:
    result = _LAW.may_require_session(SessionRequester.VOTERS, kind=kind, count=count, total=total)
    assert result is met


@pytest.mark.parametrize(
    "kind", [*_DISTRICT_KINDS, *_TOWN_KINDS, UnitKind.PROVINCE, UnitKind.CENTRAL_CITY]
)
def test_voters_of_a_unit_above_the_commune_level_may_not(kind: UnitKind) -> None:
    requester = SessionRequester.VOTERS
    assert _LAW.may_require_session(requester, kind=kind, count=1_000, total=1_000) is False
    assert _LAW.may_require_session(requester, kind=kind) is False


def test_voters_request_needs_the_kind_of_unit() -> None:
    with pytest.raises(ValueError, match="needs the kind of unit"):
        _LAW.may_require_session(SessionRequester.VOTERS, count=500, total=1_000)


@pytest.mark.parametrize(("count", "total"), [(None, 1_000), (101, None)])
def test_voters_request_needs_count_and_total(count: int | None, total: int | None) -> None:
    with pytest.raises(ValueError, match="needs count="):
        _LAW.may_require_session(
            SessionRequester.VOTERS, kind=UnitKind.COMMUNE, count=count, total=total
        )


def test_voters_cannot_outnumber_the_list() -> None:
    with pytest.raises(ValueError, match="more than there are"):
        _LAW.may_require_session(
            SessionRequester.VOTERS, kind=UnitKind.COMMUNE, count=1_001, total=1_000
        )


# --- committees ------------------------------------------------------------------------------

_TWO = (Committee.LEGAL_AFFAIRS, Committee.ECONOMY_SOCIETY)


@pytest.mark.parametrize(
    ("kind", "committees", "citation"),
    [
        (
            UnitKind.PROVINCE,
            (Committee.LEGAL_AFFAIRS, Committee.ECONOMY_BUDGET, Committee.CULTURE_SOCIETY),
            _cite(18, 3, None, _M),
        ),
        (
            UnitKind.CENTRAL_CITY,
            (
                Committee.LEGAL_AFFAIRS,
                Committee.ECONOMY_BUDGET,
                Committee.CULTURE_SOCIETY,
                Committee.URBAN_AFFAIRS,
            ),
            _cite(39, 3, None, _M),
        ),
        (UnitKind.RURAL_DISTRICT, _TWO, _cite(25, 3, None, _M)),
        (UnitKind.URBAN_DISTRICT, _TWO, _cite(46, 3, None, _M)),
        (UnitKind.TOWN, _TWO, _cite(53, 3, None, _M)),
        (UnitKind.PROVINCIAL_CITY, _TWO, _cite(53, 3, None, _M)),
        (UnitKind.MUNICIPAL_CITY, _TWO, _cite(53, 3, None, _M)),
        (UnitKind.COMMUNE, _TWO, _cite(32, 3, None, _M)),
        (UnitKind.WARD, _TWO, _cite(60, 3, None, _M)),
        (UnitKind.TOWNSHIP, _TWO, _cite(67, 3, None, _M)),
    ],
)
def test_committees_by_kind(
    kind: UnitKind, committees: tuple[Committee, ...], citation: Citation
) -> None:
    assert _LAW.committees(kind) == committees
    assert _LAW.committees(kind, parent_kind=UnitKind.PROVINCE) == committees
    assert LG2015.COMMITTEES[kind].citation == citation


def test_committees_of_a_special_zone_do_not_exist() -> None:
    result = _LAW.committees(UnitKind.SPECIAL_ZONE)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
    assert result.citation == Citation(InstrumentKind.LAW, "72/2025/QH15", 1, 1)


_ETHNIC_KINDS = [UnitKind.PROVINCE, UnitKind.CENTRAL_CITY, UnitKind.RURAL_DISTRICT, *_TOWN_KINDS]
_NO_ETHNIC_KINDS = [UnitKind.URBAN_DISTRICT, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP]


@pytest.mark.parametrize("kind", _ETHNIC_KINDS)
def test_an_ethnic_committee_is_added_last_where_allowed(kind: UnitKind) -> None:
    assert _LAW.may_have_ethnic_committee(kind) is True
    plain = _LAW.committees(kind)
    assert isinstance(plain, tuple)
    assert _LAW.committees(kind, ethnic_committee=True) == (*plain, Committee.ETHNIC_AFFAIRS)


def test_province_with_an_ethnic_committee() -> None:
    assert _LAW.committees(UnitKind.PROVINCE, ethnic_committee=True) == (
        Committee.LEGAL_AFFAIRS,
        Committee.ECONOMY_BUDGET,
        Committee.CULTURE_SOCIETY,
        Committee.ETHNIC_AFFAIRS,
    )


@pytest.mark.parametrize("kind", _NO_ETHNIC_KINDS)
def test_no_ethnic_committee_elsewhere(kind: UnitKind) -> None:
    assert _LAW.may_have_ethnic_committee(kind) is False
    message = f"Law 77/2015/QH13: a council of a {kind.value} has no ethnic committee"
    with pytest.raises(ValueError, match=message):
        _LAW.committees(kind, ethnic_committee=True)


def test_ethnic_committee_kinds_fact() -> None:
    ethnic = LG2015.ETHNIC_COMMITTEE_KINDS
    assert ethnic is not None
    assert set(ethnic.value) == set(_ETHNIC_KINDS)
    assert ethnic.citation == _cite(18, 3, None, _M)
    assert _LAW.may_have_ethnic_committee(UnitKind.SPECIAL_ZONE) is False


# --- Art. 53(2): full-time posts -------------------------------------------------------------


@pytest.mark.parametrize("kind", _TOWN_KINDS)
@pytest.mark.parametrize(
    ("post", "full_time"),
    [
        (CouncilPost.CHAIR, True),
        (CouncilPost.VICE_CHAIR, True),
        (CouncilPost.COMMITTEE_HEAD, False),
        (CouncilPost.COMMITTEE_DEPUTY_HEAD, False),
        (CouncilPost.COMMITTEE_MEMBER, False),
    ],
)
def test_full_time_posts_of_towns_and_cities(
    kind: UnitKind, post: CouncilPost, full_time: bool
) -> None:
    assert _LAW.may_be_full_time(post, kind) is full_time


def test_full_time_facts() -> None:
    assert LG2015.TOWN_CHAIR_MAY_BE_FULL_TIME.value == (CouncilPost.CHAIR,)
    assert LG2015.TOWN_CHAIR_MAY_BE_FULL_TIME.citation == _cite(53, 2)
    assert LG2015.TOWN_VICE_CHAIRS_FULL_TIME.value == (CouncilPost.VICE_CHAIR,)
    assert LG2015.TOWN_VICE_CHAIRS_FULL_TIME.citation == _cite(53, 2)
    assert set(LG2015.FULL_TIME_POSTS) == set(_TOWN_KINDS)


@pytest.mark.parametrize(
    "kind",
    [
        UnitKind.PROVINCE,
        UnitKind.CENTRAL_CITY,
        UnitKind.RURAL_DISTRICT,
        UnitKind.URBAN_DISTRICT,
        UnitKind.COMMUNE,
        UnitKind.WARD,
        UnitKind.TOWNSHIP,
    ],
)
@pytest.mark.parametrize("post", [CouncilPost.CHAIR, CouncilPost.VICE_CHAIR])
def test_full_time_posts_of_other_kinds_are_not_encoded(kind: UnitKind, post: CouncilPost) -> None:
    result = _LAW.may_be_full_time(post, kind)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NOT_ENCODED
    assert result.detail == "Đại biểu Hội đồng nhân dân hoạt động chuyên trách"
    assert result.citation is None


def test_full_time_posts_of_a_special_zone_do_not_exist() -> None:
    result = _LAW.may_be_full_time(CouncilPost.CHAIR, UnitKind.SPECIAL_ZONE)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
