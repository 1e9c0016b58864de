from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest

from hdnd.councils.terms import NATIONAL_TERMS, Term
from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.framework import Framework, framework_at, framework_for_term, in_force
from hdnd.law.instrument import Decision, Domain
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
from hdnd.law.local_government.lg2019 import LocalGovernmentLaw2019
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.local_government.lg2025_65 import LocalGovernmentLaw2025March
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatBasis, SeatQuota
from hdnd.law.thresholds import Threshold

_BEFORE_LAW = dt.date(2025, 6, 15)
_LAW_IN_FORCE = dt.date(2025, 6, 16)
_LAST_THREE_LEVEL_DAY = dt.date(2025, 6, 30)
_REFORM = dt.date(2025, 7, 1)
_ELECTION_2026 = dt.date(2026, 3, 15)

_DISTRICT_KINDS = [
    UnitKind.RURAL_DISTRICT,
    UnitKind.URBAN_DISTRICT,
    UnitKind.TOWN,
    UnitKind.PROVINCIAL_CITY,
    UnitKind.MUNICIPAL_CITY,
]


def _cite(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "72/2025/QH15", article, clause, point)


def _seats(framework: Framework, kind: UnitKind, **basis: Any) -> int:
    result = framework.seat_quota(kind, **basis)
    assert isinstance(result, SeatQuota), result
    return result.seats


def _reason(framework: Framework, kind: UnitKind, **basis: Any) -> NotApplicableReason:
    result = framework.seat_quota(kind, **basis)
    assert isinstance(result, NotApplicable), result
    return result.reason


# --- which instruments are in force --------------------------------------------------------


def test_in_force_before_and_on_the_effective_date() -> None:
    assert LocalGovernmentLaw2025 not in in_force(_BEFORE_LAW)
    assert LocalGovernmentLaw2025 in in_force(_LAW_IN_FORCE)
    assert LocalGovernmentLaw2025 in in_force(dt.date(2030, 1, 1))


def test_one_instrument_per_domain() -> None:
    for day in (_BEFORE_LAW, _LAW_IN_FORCE, dt.date(2030, 1, 1)):
        domains = [cls.domain for cls in in_force(day)]
        assert len(domains) == len(set(domains))


def test_framework_the_day_before_the_2025_law_has_law_65() -> None:
    framework = framework_at(_BEFORE_LAW)
    assert framework.on == _BEFORE_LAW
    assert isinstance(framework.local_government, LocalGovernmentLaw2025March)


def test_framework_before_2016_encodes_no_local_government_law() -> None:
    framework = framework_at(dt.date(2015, 12, 31))
    assert Domain.LOCAL_GOVERNMENT not in framework.instruments
    assert framework.local_government is None
    result = framework.seat_quota(UnitKind.PROVINCE, population=1_000_000)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NOT_ENCODED
    assert result.detail == "2015-12-31"


@pytest.mark.parametrize(
    ("on", "law"),
    [
        (dt.date(2016, 1, 1), LocalGovernmentLaw2015),
        (dt.date(2020, 6, 30), LocalGovernmentLaw2015),
        (dt.date(2020, 7, 1), LocalGovernmentLaw2019),
        (dt.date(2025, 2, 28), LocalGovernmentLaw2019),
        (dt.date(2025, 3, 1), LocalGovernmentLaw2025March),
        (_BEFORE_LAW, LocalGovernmentLaw2025March),
        (_LAW_IN_FORCE, LocalGovernmentLaw2025),
    ],
)
def test_local_government_law_by_day(on: dt.date, law: type[object]) -> None:
    assert type(framework_at(on).local_government) is law


def test_framework_on_the_day_the_2025_law_takes_effect() -> None:
    framework = framework_at(_LAW_IN_FORCE)
    assert isinstance(framework.local_government, LocalGovernmentLaw2025)
    assert framework.instrument(Domain.LOCAL_GOVERNMENT) is framework.local_government


def test_framework_is_frozen() -> None:
    framework = framework_at(_ELECTION_2026)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        framework.on = _REFORM  # type: ignore[misc]


@pytest.mark.parametrize(
    "on", [dt.datetime(2026, 3, 15, 8, 0), "2026-03-15", 20260315, None], ids=repr
)
def test_framework_at_needs_a_date(on: Any) -> None:
    with pytest.raises(TypeError, match=r"framework_at\(\) takes a datetime.date, not"):
        framework_at(on)


# --- not encoded from 1 March to 15 June 2025 (Law 65/2025/QH15) ----------------------------


@pytest.mark.parametrize(
    "kind",
    [
        UnitKind.PROVINCE,
        UnitKind.CENTRAL_CITY,
        UnitKind.COMMUNE,
        UnitKind.WARD,
        UnitKind.TOWNSHIP,
        *_DISTRICT_KINDS,
    ],
)
def test_seat_quota_under_law_65_is_not_encoded(kind: UnitKind) -> None:
    result = framework_at(_BEFORE_LAW).seat_quota(kind, population=100_000)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NOT_ENCODED


def test_special_zone_before_the_reform_does_not_exist() -> None:
    result = framework_at(_BEFORE_LAW).seat_quota(UnitKind.SPECIAL_ZONE, population=5_000)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
    assert result.detail == "Đặc khu"
    assert result.citation == _cite(1, 1)


@pytest.mark.parametrize(
    "decision", [Decision.RESOLUTION, Decision.RECALL, Decision.REDUCED_COUNCIL]
)
def test_threshold_before_the_2025_law_is_not_encoded(decision: Decision) -> None:
    result = framework_at(_BEFORE_LAW).threshold(decision)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NOT_ENCODED
    assert result.detail == "2025-06-15"


@pytest.mark.parametrize(
    ("decision", "base", "minimum"),
    [(Decision.RESOLUTION, 85, 43), (Decision.RECALL, 30, 20), (Decision.REDUCED_COUNCIL, 30, 21)],
)
def test_threshold_from_16_june_2025(decision: Decision, base: int, minimum: int) -> None:
    for on in (_LAW_IN_FORCE, _REFORM, _ELECTION_2026):
        threshold = framework_at(on).threshold(decision)
        assert isinstance(threshold, Threshold)
        assert threshold.minimum_votes(base) == minimum


# --- commune seats: 15 June vs 16 June 2025 ------------------------------------------------


def test_commune_seats_change_from_not_encoded_to_the_2025_formula() -> None:
    assert _reason(framework_at(_BEFORE_LAW), UnitKind.COMMUNE, population=12_000) is (
        NotApplicableReason.NOT_ENCODED
    )
    assert _seats(framework_at(_LAW_IN_FORCE), UnitKind.COMMUNE, population=12_000) == 16


# --- seat quotas of every kind, 2026 -------------------------------------------------------

_FW = framework_at(_ELECTION_2026)


@pytest.mark.parametrize(
    ("population", "seats"),
    [
        (1_000_000, 50),
        (1_069_999, 50),
        (1_070_000, 51),
        (1_139_999, 51),
        (1_140_000, 52),
        (3_449_999, 84),
        (3_450_000, 85),
        (9_000_000, 85),
    ],
)
def test_province(population: int, seats: int) -> None:
    assert _seats(_FW, UnitKind.PROVINCE, population=population) == seats
    assert _seats(_FW, UnitKind.PROVINCE, population=population, mountainous=True) == seats


@pytest.mark.parametrize(
    ("population", "seats"),
    [
        (1_200_000, 50),
        (1_274_999, 50),
        (1_275_000, 51),
        (1_349_999, 51),
        (1_350_000, 52),
        (3_824_999, 84),
        (3_825_000, 85),
        (9_000_000, 85),
    ],
)
def test_central_city(population: int, seats: int) -> None:
    assert _seats(_FW, UnitKind.CENTRAL_CITY, population=population, unit_code="92") == seats
    assert _seats(_FW, UnitKind.CENTRAL_CITY, population=population) == seats


@pytest.mark.parametrize("code", ["01", "79"])
@pytest.mark.parametrize("population", [0, 1_000_000, 3_825_000, 9_000_000])
def test_ha_noi_and_ho_chi_minh_city(code: str, population: int) -> None:
    result = _FW.seat_quota(UnitKind.CENTRAL_CITY, population=population, unit_code=code)
    assert isinstance(result, SeatQuota)
    assert result.seats == 125
    assert result.citation == _cite(30, 1, "c")


def test_capital_code_on_another_city_kind_does_not_matter() -> None:
    assert _seats(_FW, UnitKind.CENTRAL_CITY, population=9_000_000, unit_code="48") == 85


@pytest.mark.parametrize(
    ("population", "seats"),
    [
        (5_000, 15),
        (5_999, 15),
        (6_000, 16),
        (9_999, 19),
        (10_000, 20),
        (12_999, 20),
        (13_000, 21),
        (39_999, 29),
        (40_000, 30),
    ],
)
def test_mountainous_or_island_commune(population: int, seats: int) -> None:
    assert _seats(_FW, UnitKind.COMMUNE, population=population, mountainous=True) == seats
    assert _seats(_FW, UnitKind.COMMUNE, population=population, island=True) == seats


@pytest.mark.parametrize(
    ("population", "seats"),
    [
        (10_000, 15),
        (11_999, 15),
        (12_000, 16),
        (19_999, 19),
        (20_000, 20),
        (25_999, 20),
        (26_000, 21),
        (79_999, 29),
        (80_000, 30),
    ],
)
def test_other_commune_and_ward_of_a_province(population: int, seats: int) -> None:
    assert _seats(_FW, UnitKind.COMMUNE, population=population) == seats
    assert _seats(_FW, UnitKind.COMMUNE, population=population, highland=True) == seats
    ward = _FW.seat_quota(UnitKind.WARD, population=population, parent_kind=UnitKind.PROVINCE)
    assert isinstance(ward, SeatQuota)
    assert ward.seats == seats
    assert ward.citation == _cite(30, 2, "c")


@pytest.mark.parametrize(
    ("population", "seats"),
    [
        (15_000, 15),
        (20_999, 15),
        (21_000, 16),
        (44_999, 19),
        (45_000, 20),
        (51_999, 20),
        (52_000, 21),
        (114_999, 29),
        (115_000, 30),
    ],
)
def test_ward_of_a_central_city(population: int, seats: int) -> None:
    kind = UnitKind.CENTRAL_CITY
    assert _seats(_FW, UnitKind.WARD, population=population, parent_kind=kind) == seats


def test_ward_with_unknown_parent() -> None:
    assert _reason(_FW, UnitKind.WARD, population=21_000) is (
        NotApplicableReason.MISSING_INFORMATION
    )


@pytest.mark.parametrize(
    ("population", "seats"),
    [(1_000, 15), (5_000, 15), (6_000, 16), (10_000, 20), (13_000, 21), (40_000, 30)],
)
def test_special_zone(population: int, seats: int) -> None:
    assert _seats(_FW, UnitKind.SPECIAL_ZONE, population=population) == seats


def test_special_zone_999_has_no_council() -> None:
    result = _FW.seat_quota(UnitKind.SPECIAL_ZONE, population=999)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NO_COUNCIL
    assert result.citation == _cite(28, 1)
    assert _seats(_FW, UnitKind.SPECIAL_ZONE, population=1_000) == 15


# --- district kinds and townships: 30 June vs 1 July 2025 ----------------------------------


@pytest.mark.parametrize(
    ("kind", "label", "citation"),
    [(kind, kind.label("vi"), _cite(51, 3)) for kind in _DISTRICT_KINDS]
    + [(UnitKind.TOWNSHIP, "Thị trấn", _cite(1, 1))],
)
@pytest.mark.parametrize("on", [_REFORM, _ELECTION_2026], ids=str)
def test_ended_kinds_have_no_quota_from_1_july_2025(
    kind: UnitKind, label: str, citation: Citation, on: dt.date
) -> None:
    result = framework_at(on).seat_quota(kind, population=120_000)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NO_SUCH_KIND
    assert result.detail == label
    assert result.citation == citation


@pytest.mark.parametrize("kind", [*_DISTRICT_KINDS, UnitKind.TOWNSHIP])
def test_ended_kinds_before_the_2025_law_are_not_encoded(kind: UnitKind) -> None:
    assert _reason(framework_at(_BEFORE_LAW), kind, population=120_000) is (
        NotApplicableReason.NOT_ENCODED
    )


@pytest.mark.parametrize("kind", [*_DISTRICT_KINDS, UnitKind.TOWNSHIP])
def test_ended_kinds_still_exist_on_30_june_2025(kind: UnitKind) -> None:
    reason = _reason(framework_at(_LAST_THREE_LEVEL_DAY), kind, population=120_000)
    assert reason is not NotApplicableReason.NO_SUCH_KIND


@pytest.mark.parametrize(
    "kind",
    [
        UnitKind.PROVINCE,
        UnitKind.CENTRAL_CITY,
        UnitKind.COMMUNE,
        UnitKind.WARD,
        UnitKind.SPECIAL_ZONE,
    ],
)
@pytest.mark.parametrize("population", [999, 12_000, 52_000, 1_500_000])
@pytest.mark.parametrize("parent_kind", [None, UnitKind.PROVINCE, UnitKind.CENTRAL_CITY])
def test_framework_passes_existing_kinds_to_the_law(
    kind: UnitKind, population: int, parent_kind: UnitKind | None
) -> None:
    expected = LocalGovernmentLaw2025().seat_quota(
        SeatBasis(kind, population, mountainous=True, parent_kind=parent_kind, unit_code="79")
    )
    actual = _FW.seat_quota(
        kind, population=population, mountainous=True, parent_kind=parent_kind, unit_code="79"
    )
    assert actual == expected


# --- framework_for_term uses the election day ----------------------------------------------


@pytest.mark.parametrize(
    ("term_id", "encoded"),
    [("2011-2016", False), ("2016-2021", True), ("2021-2026", True), ("2026-2031", True)],
)
def test_framework_for_national_terms(term_id: str, encoded: bool) -> None:
    term = NATIONAL_TERMS[term_id]
    framework = framework_for_term(term)
    assert framework.on == term.election_day
    assert (framework.local_government is not None) is encoded


def test_the_2021_term_keeps_its_election_day_law_even_after_the_2025_law() -> None:
    term = NATIONAL_TERMS["2021-2026"]
    assert term.end is not None
    assert term.end > _REFORM
    framework = framework_for_term(term)
    assert isinstance(framework.local_government, LocalGovernmentLaw2019)
    # Law 47/2019/QH14: 50 up to 1,000,000, one more per 70,000 (500,000 / 70,000 = 7).
    assert _seats(framework, UnitKind.PROVINCE, population=1_500_000) == 57
    assert _seats(framework, UnitKind.CENTRAL_CITY, population=9_000_000, unit_code="79") == 95


def test_the_2016_term_uses_the_2015_law() -> None:
    framework = framework_for_term(NATIONAL_TERMS["2016-2021"])
    assert isinstance(framework.local_government, LocalGovernmentLaw2015)
    assert _seats(framework, UnitKind.CENTRAL_CITY, population=7_000_000, unit_code="01") == 105


def test_the_2026_term_uses_the_2025_law() -> None:
    term = NATIONAL_TERMS["2026-2031"]
    assert _seats(framework_for_term(term), UnitKind.PROVINCE, population=1_500_000) == 57
    assert _reason(framework_for_term(term), UnitKind.RURAL_DISTRICT, population=1) is (
        NotApplicableReason.NO_SUCH_KIND
    )


@pytest.mark.parametrize(
    ("day", "law"),
    [(_BEFORE_LAW, LocalGovernmentLaw2025March), (_LAW_IN_FORCE, LocalGovernmentLaw2025)],
)
def test_framework_for_a_term_elected_either_side_of_the_effective_date(
    day: dt.date, law: type[object]
) -> None:
    term = Term(id="by-election", election_day=day)
    assert type(framework_for_term(term).local_government) is law


def test_framework_for_term_accepts_anything_with_an_election_day() -> None:
    @attrs.frozen
    class Election:
        election_day: dt.date

    assert framework_for_term(Election(_ELECTION_2026)).on == _ELECTION_2026
