"""Law 72/2025/QH15 (LAW.md §2.1 seat formulas, §4 thresholds)."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.instrument import Decision, Domain
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.lg2025 import LG2025, LocalGovernmentLaw2025
from hdnd.law.local_government.organs import Committee, CouncilPost, SessionRequester
from hdnd.law.local_government.seats import (
    NotApplicable,
    NotApplicableReason,
    SeatBasis,
    SeatFormula,
    SeatQuota,
)
from hdnd.law.thresholds import Base, Threshold

_LAW = LocalGovernmentLaw2025()


def _cite(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "72/2025/QH15", article, clause, point)


def _seats(basis: SeatBasis) -> int:
    result = _LAW.seat_quota(basis)
    assert isinstance(result, SeatQuota), result
    return result.seats


def _not_applicable(basis: SeatBasis) -> NotApplicable:
    result = _LAW.seat_quota(basis)
    assert isinstance(result, NotApplicable), result
    assert result.is_applicable is False
    return result


# --- identity ----------------------------------------------------------------------------


def test_identity() -> None:
    assert LG2025 is LocalGovernmentLaw2025
    assert LG2025.key == "lg2025"
    assert LG2025.kind is InstrumentKind.LAW
    assert LG2025.number == "72/2025/QH15"
    assert LG2025.title == "Luật Tổ chức chính quyền địa phương"
    assert LG2025.domain is Domain.LOCAL_GOVERNMENT
    assert LG2025.name() == "Luật 72/2025/QH15"


def test_passed_and_in_force_on_16_june_2025_replacing_65_2025() -> None:
    # Art. 51(1): in force from the day it was passed; Art. 51(2): 65/2025/QH15 repealed.
    assert dt.date(2025, 6, 16) == LG2025.promulgated
    assert dt.date(2025, 6, 16) == LG2025.effective
    assert LG2025.replaces == ("65/2025/QH15",)
    assert repr(_LAW) == "<LocalGovernmentLaw2025 72/2025/QH15, in force from 2025-06-16>"


# --- Art. 30(1)(a): province ---------------------------------------------------------------

_PROVINCE = [
    (0, 50),
    (1, 50),
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
    basis = SeatBasis(UnitKind.PROVINCE, population)
    assert _seats(basis) == seats
    quota = _LAW.seat_quota(basis)
    assert isinstance(quota, SeatQuota)
    assert quota.citation == _cite(30, 1, "a")
    assert quota.formula is LG2025.PROVINCE_SEATS


@pytest.mark.parametrize(("population", "seats"), [(1_069_999, 50), (1_500_000, 57)])
def test_province_has_no_mountain_or_highland_rule(population: int, seats: int) -> None:
    basis = SeatBasis(UnitKind.PROVINCE, population, mountainous=True, highland=True)
    assert _seats(basis) == seats


# --- Art. 30(1)(b): centrally-run city -----------------------------------------------------

_CITY = [
    (0, 50),
    (1_200_000, 50),
    (1_274_999, 50),
    (1_275_000, 51),
    (1_349_999, 51),
    (1_350_000, 52),
    (1_500_000, 54),
    (3_824_999, 84),
    (3_825_000, 85),
    (9_000_000, 85),
]


@pytest.mark.parametrize(("population", "seats"), _CITY)
@pytest.mark.parametrize("code", ["92", "48", "31", "46", None])
def test_central_city(population: int, seats: int, code: str | None) -> None:
    basis = SeatBasis(UnitKind.CENTRAL_CITY, population, unit_code=code)
    assert _seats(basis) == seats
    quota = _LAW.seat_quota(basis)
    assert isinstance(quota, SeatQuota)
    assert quota.citation == _cite(30, 1, "b")
    assert quota.formula is LG2025.CITY_SEATS


# --- Art. 30(1)(c): Hà Nội and Hồ Chí Minh City --------------------------------------------


@pytest.mark.parametrize("population", [0, 1_200_000, 3_825_000, 8_000_000, 9_000_000, 10**8])
@pytest.mark.parametrize("code", ["01", "79"])
def test_ha_noi_and_ho_chi_minh_city_elect_125(population: int, code: str) -> None:
    basis = SeatBasis(UnitKind.CENTRAL_CITY, population, unit_code=code)
    quota = _LAW.seat_quota(basis)
    assert isinstance(quota, SeatQuota)
    assert quota.seats == 125
    assert quota.citation == _cite(30, 1, "c")
    assert quota.formula is LG2025.CAPITAL_SEATS


@pytest.mark.parametrize(("code", "seats"), [("01", 125), ("79", 125), ("92", 85), ("48", 85)])
def test_capitals_versus_other_cities_of_the_same_size(code: str, seats: int) -> None:
    assert _seats(SeatBasis(UnitKind.CENTRAL_CITY, 9_000_000, unit_code=code)) == seats


# --- Art. 30(2)(a): mountainous or island commune ------------------------------------------

_MOUNTAIN_COMMUNE = [
    (0, 15),
    (5_000, 15),
    (5_001, 15),
    (5_999, 15),
    (6_000, 16),
    (9_999, 19),
    (10_000, 20),
    (10_001, 20),
    (12_999, 20),
    (13_000, 21),
    (15_999, 21),
    (16_000, 22),
    (39_999, 29),
    (40_000, 30),
    (43_000, 30),
    (200_000, 30),
]


@pytest.mark.parametrize(("population", "seats"), _MOUNTAIN_COMMUNE)
@pytest.mark.parametrize(
    ("mountainous", "island"), [(True, False), (False, True), (True, True)], ids=["m", "i", "mi"]
)
def test_mountainous_or_island_commune(
    population: int, seats: int, mountainous: bool, island: bool
) -> None:
    basis = SeatBasis(UnitKind.COMMUNE, population, mountainous=mountainous, island=island)
    quota = _LAW.seat_quota(basis)
    assert isinstance(quota, SeatQuota)
    assert quota.seats == seats
    assert quota.citation == _cite(30, 2, "a")
    assert quota.formula is LG2025.MOUNTAIN_COMMUNE_SEATS


# --- Art. 30(2)(b) and (c): other commune, ward of a province ------------------------------

_COMMUNE = [
    (0, 15),
    (5_000, 15),
    (6_000, 15),
    (10_000, 15),
    (10_001, 15),
    (11_999, 15),
    (12_000, 16),
    (19_999, 19),
    (20_000, 20),
    (20_001, 20),
    (25_999, 20),
    (26_000, 21),
    (79_999, 29),
    (80_000, 30),
    (86_000, 30),
    (500_000, 30),
]


@pytest.mark.parametrize(("population", "seats"), _COMMUNE)
def test_other_commune(population: int, seats: int) -> None:
    quota = _LAW.seat_quota(SeatBasis(UnitKind.COMMUNE, population))
    assert isinstance(quota, SeatQuota)
    assert quota.seats == seats
    assert quota.citation == _cite(30, 2, "b")
    assert quota.formula is LG2025.COMMUNE_SEATS


@pytest.mark.parametrize(("population", "seats"), [(6_000, 15), (12_000, 16), (13_000, 16)])
def test_highland_alone_is_not_the_mountain_rule(population: int, seats: int) -> None:
    # Art. 30(2)(a) names "miền núi, hải đảo" only; "vùng cao" is not in the 2025 text.
    assert _seats(SeatBasis(UnitKind.COMMUNE, population, highland=True)) == seats


@pytest.mark.parametrize(("population", "mountain", "other"), [(6_000, 16, 15), (13_000, 21, 16)])
def test_mountainous_versus_other_commune(population: int, mountain: int, other: int) -> None:
    assert _seats(SeatBasis(UnitKind.COMMUNE, population, mountainous=True)) == mountain
    assert _seats(SeatBasis(UnitKind.COMMUNE, population)) == other


@pytest.mark.parametrize(("population", "seats"), _COMMUNE)
def test_ward_of_a_province(population: int, seats: int) -> None:
    basis = SeatBasis(UnitKind.WARD, population, parent_kind=UnitKind.PROVINCE)
    quota = _LAW.seat_quota(basis)
    assert isinstance(quota, SeatQuota)
    assert quota.seats == seats
    assert quota.citation == _cite(30, 2, "c")
    assert quota.formula is LG2025.COMMUNE_SEATS


def test_ward_has_no_mountain_or_island_rule() -> None:
    basis = SeatBasis(
        UnitKind.WARD, 6_000, mountainous=True, island=True, parent_kind=UnitKind.PROVINCE
    )
    assert _seats(basis) == 15


# --- Art. 30(2)(d): ward of a centrally-run city -------------------------------------------

_CITY_WARD = [
    (0, 15),
    (10_000, 15),
    (15_000, 15),
    (15_001, 15),
    (20_999, 15),
    (21_000, 16),
    (44_999, 19),
    (45_000, 20),
    (45_001, 20),
    (51_999, 20),
    (52_000, 21),
    (114_999, 29),
    (115_000, 30),
    (122_000, 30),
    (1_000_000, 30),
]


@pytest.mark.parametrize(("population", "seats"), _CITY_WARD)
def test_ward_of_a_central_city(population: int, seats: int) -> None:
    basis = SeatBasis(UnitKind.WARD, population, parent_kind=UnitKind.CENTRAL_CITY)
    quota = _LAW.seat_quota(basis)
    assert isinstance(quota, SeatQuota)
    assert quota.seats == seats
    assert quota.citation == _cite(30, 2, "d")
    assert quota.formula is LG2025.CITY_WARD_SEATS


@pytest.mark.parametrize(
    ("population", "of_province", "of_city"),
    [(12_000, 16, 15), (21_000, 20, 16), (80_000, 30, 25), (115_000, 30, 30)],
)
def test_ward_of_province_versus_ward_of_city(
    population: int, of_province: int, of_city: int
) -> None:
    province = SeatBasis(UnitKind.WARD, population, parent_kind=UnitKind.PROVINCE)
    city = SeatBasis(UnitKind.WARD, population, parent_kind=UnitKind.CENTRAL_CITY)
    assert (_seats(province), _seats(city)) == (of_province, of_city)


@pytest.mark.parametrize(
    "parent",
    [None, UnitKind.COMMUNE, UnitKind.WARD, UnitKind.PROVINCIAL_CITY, UnitKind.URBAN_DISTRICT],
)
def test_ward_with_unknown_parent_needs_more_information(parent: UnitKind | None) -> None:
    result = _not_applicable(SeatBasis(UnitKind.WARD, 21_000, parent_kind=parent))
    assert result.reason is NotApplicableReason.MISSING_INFORMATION
    assert result.citation == _cite(30, 2)
    assert "parent_kind" in result.detail
    assert result.describe("vi").startswith("thiếu thông tin để xác định: phường thuộc tỉnh")


# --- Art. 28(1) and 30(2)(đ): special zone -------------------------------------------------


@pytest.mark.parametrize("population", [0, 1, 500, 999])
def test_special_zone_under_1000_residents_has_no_council(population: int) -> None:
    result = _not_applicable(SeatBasis(UnitKind.SPECIAL_ZONE, population))
    assert result.reason is NotApplicableReason.NO_COUNCIL
    assert result.citation == _cite(28, 1)
    assert result.describe("en") == "this unit has no People's Council"


@pytest.mark.parametrize(
    ("population", "seats"),
    [(1_000, 15)] + [case for case in _MOUNTAIN_COMMUNE if case[0] >= 1_000],
)
def test_special_zone_from_1000_residents(population: int, seats: int) -> None:
    quota = _LAW.seat_quota(SeatBasis(UnitKind.SPECIAL_ZONE, population))
    assert isinstance(quota, SeatQuota)
    assert quota.seats == seats
    assert quota.citation == _cite(30, 2, "đ")
    assert quota.formula is LG2025.MOUNTAIN_COMMUNE_SEATS


def test_special_zone_boundary_999_versus_1000() -> None:
    assert not _LAW.seat_quota(SeatBasis(UnitKind.SPECIAL_ZONE, 999)).is_applicable
    assert _seats(SeatBasis(UnitKind.SPECIAL_ZONE, 1_000)) == 15


@pytest.mark.parametrize("population", [-1, True])
def test_special_zone_refuses_a_bad_population(population: int) -> None:
    with pytest.raises(ValueError, match="population must be a whole number"):
        _LAW.seat_quota(SeatBasis(UnitKind.SPECIAL_ZONE, population))


def _threshold(decision: Decision) -> Threshold:
    threshold = _LAW.threshold(decision)
    assert threshold is not None
    return threshold


# --- kinds the 2025 law does not know ------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "article", "clause"),
    [
        (UnitKind.RURAL_DISTRICT, 51, 3),
        (UnitKind.URBAN_DISTRICT, 51, 3),
        (UnitKind.TOWN, 51, 3),
        (UnitKind.PROVINCIAL_CITY, 51, 3),
        (UnitKind.MUNICIPAL_CITY, 51, 3),
        (UnitKind.TOWNSHIP, 1, 1),
    ],
)
def test_district_kinds_and_township_have_no_quota(
    kind: UnitKind, article: int, clause: int
) -> None:
    result = _not_applicable(SeatBasis(kind, 120_000))
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
    assert result.citation == _cite(article, clause)


# --- bad populations -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "basis",
    [
        SeatBasis(UnitKind.PROVINCE, -1),
        SeatBasis(UnitKind.CENTRAL_CITY, -1, unit_code="01"),
        SeatBasis(UnitKind.COMMUNE, -5),
        SeatBasis(UnitKind.WARD, -1, parent_kind=UnitKind.CENTRAL_CITY),
    ],
)
def test_a_negative_population_is_refused(basis: SeatBasis) -> None:
    with pytest.raises(ValueError, match="population must be a whole number of at least 0"):
        _LAW.seat_quota(basis)


# --- the formulas as LAW.md states them ----------------------------------------------------


@pytest.mark.parametrize(
    ("formula", "first_at_cap", "cap"),
    [
        (LG2025.PROVINCE_SEATS, 3_450_000, 85),
        (LG2025.CITY_SEATS, 3_825_000, 85),
        (LG2025.MOUNTAIN_COMMUNE_SEATS, 40_000, 30),
        (LG2025.COMMUNE_SEATS, 80_000, 30),
        (LG2025.CITY_WARD_SEATS, 115_000, 30),
    ],
)
def test_caps_are_first_reached_where_law_md_says(
    formula: SeatFormula, first_at_cap: int, cap: int
) -> None:
    assert formula.cap == cap
    assert formula.seats(first_at_cap) == cap
    assert formula.seats(first_at_cap - 1) == cap - 1


@pytest.mark.parametrize(
    ("formula", "base_seats", "base_population"),
    [
        (LG2025.PROVINCE_SEATS, 50, 1_000_000),
        (LG2025.CITY_SEATS, 50, 1_200_000),
        (LG2025.MOUNTAIN_COMMUNE_SEATS, 15, 5_000),
        (LG2025.COMMUNE_SEATS, 15, 10_000),
        (LG2025.CITY_WARD_SEATS, 15, 15_000),
    ],
)
def test_base_applies_up_to_the_base_population(
    formula: SeatFormula, base_seats: int, base_population: int
) -> None:
    assert formula.base_seats == base_seats
    assert formula.base_population == base_population
    assert formula.seats(base_population) == base_seats
    assert formula.seats(0) == base_seats


def test_capital_formula_is_a_fixed_125() -> None:
    assert SeatFormula(125) == LG2025.CAPITAL_SEATS


# --- Art. 35(2), 49(2): thresholds ---------------------------------------------------------


def test_resolution_needs_more_than_half_of_all_delegates() -> None:
    threshold = _threshold(Decision.RESOLUTION)
    assert threshold.fraction == Fraction(1, 2)
    assert threshold.strict is True
    assert threshold.base is Base.TOTAL_DELEGATES
    assert threshold.citation == _cite(35, 2)


def test_recall_needs_at_least_two_thirds_of_all_delegates() -> None:
    threshold = _threshold(Decision.RECALL)
    assert threshold.fraction == Fraction(2, 3)
    assert threshold.strict is False
    assert threshold.base is Base.TOTAL_DELEGATES
    assert threshold.citation == _cite(35, 2)


def test_reduced_council_needs_more_than_two_thirds_of_delegates_in_office() -> None:
    threshold = _threshold(Decision.REDUCED_COUNCIL)
    assert threshold.fraction == Fraction(2, 3)
    assert threshold.strict is True
    assert threshold.base is Base.DELEGATES_IN_OFFICE
    assert threshold.citation == _cite(49, 2)


@pytest.mark.parametrize(
    ("decision", "base", "minimum"),
    [
        # > 1/2 of the total: odd and even bases, exactly half fails.
        (Decision.RESOLUTION, 0, 1),
        (Decision.RESOLUTION, 15, 8),
        (Decision.RESOLUTION, 30, 16),
        (Decision.RESOLUTION, 50, 26),
        (Decision.RESOLUTION, 84, 43),
        (Decision.RESOLUTION, 85, 43),
        (Decision.RESOLUTION, 125, 63),
        # ≥ 2/3 of the total: exactly two thirds passes.
        (Decision.RECALL, 0, 0),
        (Decision.RECALL, 15, 10),
        (Decision.RECALL, 29, 20),
        (Decision.RECALL, 30, 20),
        (Decision.RECALL, 50, 34),
        (Decision.RECALL, 84, 56),
        (Decision.RECALL, 85, 57),
        (Decision.RECALL, 125, 84),
        # > 2/3 of those in office: exactly two thirds fails.
        (Decision.REDUCED_COUNCIL, 0, 1),
        (Decision.REDUCED_COUNCIL, 15, 11),
        (Decision.REDUCED_COUNCIL, 29, 20),
        (Decision.REDUCED_COUNCIL, 30, 21),
        (Decision.REDUCED_COUNCIL, 84, 57),
        (Decision.REDUCED_COUNCIL, 85, 57),
    ],
)
def test_thresholds_on_both_sides(decision: Decision, base: int, minimum: int) -> None:
    threshold = _threshold(decision)
    assert threshold.minimum_votes(base) == minimum
    assert threshold.is_met(minimum, base) is True
    if minimum > 0:
        assert threshold.is_met(minimum - 1, base) is False


_LG_DECISIONS = [Decision.RESOLUTION, Decision.RECALL, Decision.REDUCED_COUNCIL]


def test_the_law_leaves_explanation_conclusions_to_the_supervision_law() -> None:
    assert _LAW.threshold(Decision.EXPLANATION_CONCLUSION) is None


@pytest.mark.parametrize("decision", _LG_DECISIONS)
@pytest.mark.parametrize("bad", [-1, True, 2.0])
def test_thresholds_refuse_bad_inputs(decision: Decision, bad: int) -> None:
    threshold = _threshold(decision)
    with pytest.raises(ValueError, match="base must be a whole number"):
        threshold.minimum_votes(bad)
    with pytest.raises(ValueError, match="votes must be a whole number"):
        threshold.is_met(bad, 30)
    with pytest.raises(ValueError, match="base must be a whole number"):
        threshold.is_met(10, bad)


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
        (
            Decision.REDUCED_COUNCIL,
            "quá 2/3 tổng số đại biểu hiện có",
            "more than 2/3 of the delegates in office",
        ),
    ],
)
def test_thresholds_describe_the_rule(decision: Decision, vi: str, en: str) -> None:
    assert _threshold(decision).describe("vi") == vi
    assert _threshold(decision).describe("en") == en


# --- organs (Art. 29) and sessions (Art. 34) ---------------------------------------------


@pytest.mark.parametrize(
    ("kind", "committees"),
    [
        (UnitKind.PROVINCE, ("legal-affairs", "economy-budget", "culture-society")),
        (
            UnitKind.CENTRAL_CITY,
            ("legal-affairs", "economy-budget", "culture-society", "urban-affairs"),
        ),
        (UnitKind.COMMUNE, ("economy-budget", "culture-society")),
        (UnitKind.WARD, ("economy-budget", "culture-society")),
        (UnitKind.SPECIAL_ZONE, ("economy-budget", "culture-society")),
    ],
)
def test_committees_of_each_council(kind: UnitKind, committees: tuple[str, ...]) -> None:
    found = _LAW.committees(kind)
    assert isinstance(found, tuple)
    assert tuple(c.value for c in found) == committees


def test_urban_affairs_only_in_central_cities_and_no_legal_committee_at_commune_level() -> None:
    province = _LAW.committees(UnitKind.PROVINCE)
    commune = _LAW.committees(UnitKind.COMMUNE)
    assert isinstance(province, tuple)
    assert isinstance(commune, tuple)
    assert Committee.URBAN_AFFAIRS not in province
    assert Committee.LEGAL_AFFAIRS not in commune
    assert _LAW.COMMUNE_COMMITTEES.citation == _cite(29, 3, "a")


def test_ethnic_committee_only_at_provincial_level() -> None:
    assert _LAW.may_have_ethnic_committee(UnitKind.PROVINCE)
    assert _LAW.may_have_ethnic_committee(UnitKind.CENTRAL_CITY)
    assert not _LAW.may_have_ethnic_committee(UnitKind.COMMUNE)
    found = _LAW.committees(UnitKind.PROVINCE, ethnic_committee=True)
    assert isinstance(found, tuple)
    assert found[-1] is Committee.ETHNIC_AFFAIRS
    with pytest.raises(ValueError, match="has no ethnic committee"):
        _LAW.committees(UnitKind.WARD, ethnic_committee=True)


def test_district_committees_in_the_last_fortnight_of_district_councils() -> None:
    # District councils still sat from 16 to 30 June 2025, but this law sets nothing for them.
    during = LocalGovernmentLaw2025(dt.date(2025, 6, 30)).committees(UnitKind.RURAL_DISTRICT)
    after = LocalGovernmentLaw2025(dt.date(2025, 7, 1)).committees(UnitKind.RURAL_DISTRICT)
    assert isinstance(during, NotApplicable)
    assert isinstance(after, NotApplicable)
    assert during.reason is NotApplicableReason.NOT_ENCODED
    assert after.reason is NotApplicableReason.NO_SUCH_KIND
    assert after.citation == _cite(51, 3)


@pytest.mark.parametrize(
    ("post", "kind", "allowed"),
    [
        (CouncilPost.CHAIR, UnitKind.PROVINCE, True),
        (CouncilPost.VICE_CHAIR, UnitKind.COMMUNE, True),
        (CouncilPost.COMMITTEE_DEPUTY_HEAD, UnitKind.WARD, True),
        (CouncilPost.COMMITTEE_MEMBER, UnitKind.PROVINCE, True),
        (CouncilPost.COMMITTEE_MEMBER, UnitKind.CENTRAL_CITY, True),
        (CouncilPost.COMMITTEE_MEMBER, UnitKind.COMMUNE, False),
        (CouncilPost.COMMITTEE_MEMBER, UnitKind.SPECIAL_ZONE, False),
    ],
)
def test_full_time_posts(post: CouncilPost, kind: UnitKind, allowed: bool) -> None:
    assert _LAW.may_be_full_time(post, kind) is allowed


@pytest.mark.parametrize(
    ("count", "total", "met"),
    [
        (28, 85, False),
        (29, 85, True),
        (27, 84, False),
        (28, 84, True),
        (9, 30, False),
        (10, 30, True),
    ],
)
def test_a_third_of_delegates_may_require_a_session(count: int, total: int, met: bool) -> None:
    # Art. 34(3): "ít nhất một phần ba tổng số đại biểu".
    result = _LAW.may_require_session(SessionRequester.DELEGATES, count=count, total=total)
    assert result is met


@pytest.mark.parametrize(("count", "met"), [(100, False), (101, True)])
def test_more_than_a_tenth_of_commune_voters(count: int, met: bool) -> None:
    # Art. 34(4): "trên 10% tổng số cử tri".
    voters = SessionRequester.VOTERS
    assert _LAW.may_require_session(voters, kind=UnitKind.COMMUNE, count=count, total=1_000) is met
    assert _LAW.may_require_session(voters, kind=UnitKind.PROVINCE, count=900, total=1_000) is False


@pytest.mark.parametrize(
    "requester", [SessionRequester.STANDING_COMMITTEE, SessionRequester.PEOPLES_COMMITTEE_CHAIR]
)
def test_standing_committee_and_peoples_committee_chair_may_require_a_session(
    requester: SessionRequester,
) -> None:
    assert _LAW.may_require_session(requester) is True


def test_closed_sitting_and_incompatibilities_are_cited() -> None:
    assert _LAW.CLOSED_SITTING_REQUEST.minimum_votes(30) == 10
    assert _LAW.PUBLIC_SITTINGS.citation == _cite(34, 5)
    assert _LAW.STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE.citation == _cite(29, 2)
    assert _LAW.COMMITTEE_LEADERS_NOT_AGENCY_HEADS.citation == _cite(29, 3, "c")
