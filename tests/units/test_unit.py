from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd._core.errors import HdndError, UnknownUnitError
from hdnd.councils.terms import NATIONAL_TERMS, Term
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatQuota
from hdnd.units.unit import AdministrativeUnit, communes, lookup, provinces, register, seat_quota

_REFORM = dt.date(2025, 7, 1)
_TERM_2026 = NATIONAL_TERMS["2026-2031"]
_TERM_2021 = NATIONAL_TERMS["2021-2026"]


# --- the national register -----------------------------------------------------------------


def test_register_holds_34_provinces_and_3321_communes() -> None:
    units = register()
    assert len(units) == 34 + 3_321
    assert all(code == unit.code for code, unit in units.items())
    assert register() is units  # read once


def test_34_provinces_28_provinces_and_6_cities() -> None:
    found = provinces()
    assert len(found) == 34
    assert Counter(unit.kind for unit in found) == {
        UnitKind.PROVINCE: 28,
        UnitKind.CENTRAL_CITY: 6,
    }
    codes = [unit.code for unit in found]
    assert codes == sorted(codes)
    assert all(
        len(code) == 2 and unit.parent is None for code, unit in zip(codes, found, strict=True)
    )


def test_the_six_central_cities() -> None:
    cities = {u.code: u.name for u in provinces() if u.kind is UnitKind.CENTRAL_CITY}
    assert cities == {
        "01": "Thành phố Hà Nội",
        "31": "Thành phố Hải Phòng",
        "46": "Thành phố Huế",
        "48": "Thành phố Đà Nẵng",
        "79": "Thành phố Hồ Chí Minh",
        "92": "Thành phố Cần Thơ",
    }


def test_3321_communes_2621_xa_687_phuong_13_dac_khu() -> None:
    found = [unit for unit in register().values() if unit.level is Level.COMMUNE]
    assert len(found) == 3_321
    assert Counter(unit.kind for unit in found) == {
        UnitKind.COMMUNE: 2_621,
        UnitKind.WARD: 687,
        UnitKind.SPECIAL_ZONE: 13,
    }
    assert sum(len(communes(p.code)) for p in provinces()) == 3_321


def test_register_has_no_district_or_township() -> None:
    kinds = {unit.kind for unit in register().values()}
    assert kinds == {
        UnitKind.PROVINCE,
        UnitKind.CENTRAL_CITY,
        UnitKind.COMMUNE,
        UnitKind.WARD,
        UnitKind.SPECIAL_ZONE,
    }


def test_every_current_unit_exists_from_1_july_2025() -> None:
    for unit in register().values():
        assert unit.valid_from == _REFORM
        assert unit.valid_until is None
        assert unit.exists_on(_REFORM)
        assert not unit.exists_on(dt.date(2025, 6, 30))


def test_every_commune_belongs_to_a_current_province() -> None:
    province_codes = {p.code for p in provinces()}
    for unit in register().values():
        if unit.level is Level.COMMUNE:
            assert len(unit.code) == 5
            assert unit.parent in province_codes


def test_names_are_nfc() -> None:
    assert all(unicodedata.is_normalized("NFC", u.name) for u in register().values())


def test_the_13_special_zones() -> None:
    zones = sorted(
        (lookup(u.parent).name if u.parent else "", u.name)
        for u in register().values()
        if u.kind is UnitKind.SPECIAL_ZONE
    )
    assert zones == sorted(
        [
            ("An Giang", "Đặc khu Kiên Hải"),
            ("An Giang", "Đặc khu Phú Quốc"),
            ("An Giang", "Đặc khu Thổ Châu"),
            ("Thành phố Hải Phòng", "Đặc khu Cát Hải"),
            ("Thành phố Hải Phòng", "Đặc khu Bạch Long Vĩ"),
            ("Quảng Ninh", "Đặc khu Vân Đồn"),
            ("Quảng Ninh", "Đặc khu Cô Tô"),
            ("Thành phố Hồ Chí Minh", "Đặc khu Côn Đảo"),
            ("Thành phố Đà Nẵng", "Đặc khu Hoàng Sa"),
            ("Khánh Hòa", "Đặc khu Trường Sa"),
            ("Lâm Đồng", "Đặc khu Phú Quý"),
            ("Quảng Ngãi", "Đặc khu Lý Sơn"),
            ("Quảng Trị", "Đặc khu Cồn Cỏ"),
        ]
    )


@pytest.mark.parametrize(
    ("code", "count"), [("79", 168), ("01", 126), ("12", 38)], ids=["hcm", "ha-noi", "lai-chau"]
)
def test_communes_of_a_province(code: str, count: int) -> None:
    found = communes(code)
    assert len(found) == count
    assert all(unit.parent == code for unit in found)


# --- lookup --------------------------------------------------------------------------------


def test_lookup_ha_noi() -> None:
    unit = lookup("01")
    assert unit.name == "Thành phố Hà Nội"
    assert unit.kind is UnitKind.CENTRAL_CITY
    assert unit.level is Level.PROVINCE
    assert unit.parent is None
    assert unit.population is None


def test_lookup_can_tho() -> None:
    unit = lookup("92")
    assert unit.name == "Thành phố Cần Thơ"
    assert unit.kind is UnitKind.CENTRAL_CITY


def test_lookup_a_ward() -> None:
    unit = lookup("00070")
    assert unit.name == "Phường Hoàn Kiếm"
    assert unit.kind is UnitKind.WARD
    assert unit.kind.label("en") == "Ward"
    assert unit.level is Level.COMMUNE
    assert unit.parent == "01"
    assert unit in communes("01")


def test_lookup_strips_white_space() -> None:
    assert lookup(" 92 ") is lookup("92")


@pytest.mark.parametrize("code", ["00000", "99", "9", "", "0070", "70"])
def test_lookup_of_an_unknown_code(code: str) -> None:
    with pytest.raises(
        UnknownUnitError, match=f"no current administrative unit has the code '{code}'"
    ):
        lookup(code)


@pytest.mark.parametrize("code", [70, None, 1.0])
def test_lookup_of_a_non_string(code: Any) -> None:
    with pytest.raises(UnknownUnitError, match="no current administrative unit"):
        lookup(code)


def test_unknown_unit_error_is_a_lookup_error() -> None:
    with pytest.raises(LookupError):
        lookup("00000")
    with pytest.raises(HdndError):
        lookup("00000")


def test_communes_of_a_ward_is_refused() -> None:
    with pytest.raises(UnknownUnitError, match="'00070' is a Ward, not a province"):
        communes("00070")


def test_communes_of_an_unknown_code_is_refused() -> None:
    with pytest.raises(UnknownUnitError, match="'00000'"):
        communes("00000")


# --- AdministrativeUnit --------------------------------------------------------------------


def _unit(**fields: Any) -> AdministrativeUnit:
    values: dict[str, Any] = {"code": "99", "name": "Tỉnh Mẫu", "kind": "province"}
    values.update(fields)
    return AdministrativeUnit.model_validate(values)


def test_unit_defaults() -> None:
    unit = _unit()
    assert unit.kind is UnitKind.PROVINCE
    assert (unit.mountainous, unit.highland, unit.island) == (False, False, False)
    assert unit.predecessors == ()
    assert unit.valid_from is None
    assert unit.valid_until is None


@pytest.mark.parametrize("code", ["01", "916", "00070", "31117", " 92 "])
def test_unit_codes(code: str) -> None:
    assert _unit(code=code).code == code.strip()


@pytest.mark.parametrize("code", ["1", "123456", "ab", "9a", "", 92])
def test_bad_unit_codes(code: Any) -> None:
    with pytest.raises(ValidationError):
        _unit(code=code)


def test_name_is_stripped_nfc_and_required() -> None:
    assert _unit(name=unicodedata.normalize("NFD", " Cần Thơ ")).name == "Cần Thơ"
    with pytest.raises(ValidationError, match="at least 1 character"):
        _unit(name="  ")


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("population", True),
        ("population", "1000"),
        ("population", -1),
        ("mountainous", 1),
        ("island", "true"),
        ("valid_from", 20250701),
        ("kind", "district"),
        ("colour", "red"),
    ],
)
def test_unit_refuses_coercions_and_unknown_fields(field: str, value: Any) -> None:
    with pytest.raises(ValidationError):
        _unit(**{field: value})


def test_unit_validity_period() -> None:
    start, end = dt.date(2008, 8, 1), dt.date(2025, 6, 30)
    unit = _unit(valid_from=start, valid_until=end)
    assert not unit.exists_on(dt.date(2008, 7, 31))
    assert unit.exists_on(start)
    assert unit.exists_on(end)
    assert not unit.exists_on(dt.date(2025, 7, 1))
    assert _unit(valid_from=start, valid_until=start).exists_on(start)
    with pytest.raises(ValidationError, match=r"valid_until \(2008-07-31\) is before valid_from"):
        _unit(valid_from=start, valid_until=dt.date(2008, 7, 31))


def test_unit_with_open_bounds_exists_always() -> None:
    assert _unit().exists_on(dt.date(1945, 9, 2))
    assert _unit(valid_until=dt.date(2025, 6, 30)).exists_on(dt.date(1945, 9, 2))


# --- seat_quota helper ---------------------------------------------------------------------


def _seats(unit: AdministrativeUnit, term: Term, **kwargs: Any) -> int:
    result = seat_quota(unit, term, **kwargs)
    assert isinstance(result, SeatQuota), result
    return result.seats


def test_seat_quota_of_a_province_in_the_2026_term() -> None:
    assert _seats(_unit(population=1_500_000), _TERM_2026) == 57
    assert _seats(_unit(population=1_069_999), _TERM_2026) == 50
    assert _seats(_unit(population=1_070_000), _TERM_2026) == 51


def test_seat_quota_in_the_2021_term_follows_the_2019_amendment() -> None:
    assert _seats(_unit(population=1_500_000), _TERM_2021) == 57


def test_seat_quota_before_2016_is_not_encoded() -> None:
    result = seat_quota(_unit(population=1_500_000), NATIONAL_TERMS["2011-2016"])
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NOT_ENCODED


def test_seat_quota_without_population() -> None:
    result = seat_quota(_unit(), _TERM_2026)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.MISSING_INFORMATION
    assert result.describe("en") == "information missing: population"


@pytest.mark.parametrize(("code", "seats"), [("01", 125), ("79", 125), ("92", 85)])
def test_seat_quota_uses_the_unit_code_for_the_capitals(code: str, seats: int) -> None:
    city = _unit(code=code, kind="central-city", population=9_000_000)
    assert _seats(city, _TERM_2026) == seats


def test_seat_quota_uses_the_terrain_flags() -> None:
    assert _seats(_unit(code="00001", kind="commune", population=6_000), _TERM_2026) == 15
    mountain = _unit(code="00001", kind="commune", population=6_000, mountainous=True)
    island = _unit(code="00001", kind="commune", population=6_000, island=True)
    assert _seats(mountain, _TERM_2026) == 16
    assert _seats(island, _TERM_2026) == 16


def test_seat_quota_of_a_ward_needs_the_parent_kind() -> None:
    ward = _unit(code="00070", kind="ward", parent="01", population=21_000)
    result = seat_quota(ward, _TERM_2026)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.MISSING_INFORMATION
    assert _seats(ward, _TERM_2026, parent_kind=UnitKind.CENTRAL_CITY) == 16
    assert _seats(ward, _TERM_2026, parent_kind=UnitKind.PROVINCE) == 20


@pytest.mark.parametrize(("population", "applicable"), [(999, False), (1_000, True)])
def test_seat_quota_of_a_special_zone(population: int, applicable: bool) -> None:
    zone = _unit(code="22001", kind="special-zone", population=population)
    assert seat_quota(zone, _TERM_2026).is_applicable is applicable


def test_seat_quota_of_a_district_in_the_2026_term() -> None:
    district = _unit(code="916", kind="rural-district", population=120_000)
    result = seat_quota(district, _TERM_2026)
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NO_SUCH_KIND


def test_communes_are_sorted_by_code() -> None:
    codes = [unit.code for unit in communes("92")]
    assert codes == sorted(codes)
    assert len(codes) > 1
