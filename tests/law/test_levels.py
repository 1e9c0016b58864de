from __future__ import annotations

import pytest

from hdnd.law.levels import Level, UnitKind


@pytest.mark.parametrize(
    ("level", "vi", "en"),
    [
        pytest.param(Level.PROVINCE, "Cấp tỉnh", "Province level"),
        (Level.DISTRICT, "Cấp huyện", "District level"),
        pytest.param(Level.COMMUNE, "Cấp xã", "Commune level"),
    ],
)
def test_level_labels(level: Level, vi: str, en: str) -> None:
    assert level.label("vi") == vi
    assert level.label("en") == en


@pytest.mark.parametrize(
    ("kind", "value", "vi", "en"),
    [
        (UnitKind.PROVINCE, "province", "Tỉnh", "Province"),
        (
            UnitKind.CENTRAL_CITY,
            "central-city",
            "Thành phố trực thuộc trung ương",
            "Centrally-run city",
        ),
        (UnitKind.RURAL_DISTRICT, "rural-district", "Huyện", "Rural district"),
        (UnitKind.URBAN_DISTRICT, "urban-district", "Quận", "Urban district"),
        (UnitKind.TOWN, "town", "Thị xã", "Town"),
        (UnitKind.PROVINCIAL_CITY, "provincial-city", "Thành phố thuộc tỉnh", "Provincial city"),
        (
            UnitKind.MUNICIPAL_CITY,
            "municipal-city",
            "Thành phố thuộc thành phố trực thuộc trung ương",
            "City under a centrally-run city",
        ),
        (UnitKind.COMMUNE, "commune", "Xã", "Commune"),
        (UnitKind.WARD, "ward", "Phường", "Ward"),
        (UnitKind.TOWNSHIP, "township", "Thị trấn", "Township"),
        (UnitKind.SPECIAL_ZONE, "special-zone", "Đặc khu", "Special zone"),
    ],
)
def test_unit_kinds(kind: UnitKind, value: str, vi: str, en: str) -> None:
    assert kind.value == value
    assert UnitKind(value) is kind
    assert kind.label("vi") == vi
    assert kind.label() == vi
    assert kind.label("en") == en
    assert kind.localize("en") == en


def test_levels_in_order() -> None:
    assert [level.value for level in Level] == ["province", "district", "commune"]


@pytest.mark.parametrize(
    ("level", "kinds"),
    [
        (Level.PROVINCE, (UnitKind.PROVINCE, UnitKind.CENTRAL_CITY)),
        (
            Level.DISTRICT,
            (
                UnitKind.RURAL_DISTRICT,
                UnitKind.URBAN_DISTRICT,
                UnitKind.TOWN,
                UnitKind.PROVINCIAL_CITY,
                UnitKind.MUNICIPAL_CITY,
            ),
        ),
        (
            Level.COMMUNE,
            (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.TOWNSHIP, UnitKind.SPECIAL_ZONE),
        ),
    ],
)
def test_kinds_of_each_level(level: Level, kinds: tuple[UnitKind, ...]) -> None:
    assert level.kinds == kinds
    assert all(kind.level is level for kind in kinds)


def test_every_kind_has_exactly_one_level() -> None:
    every = [kind for level in Level for kind in level.kinds]
    assert sorted(every) == sorted(UnitKind)
    assert len(every) == len(set(every)) == 11
