from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.structure import (
    TWO_LEVEL_START,
    existence_citation,
    kind_exists,
    level_exists,
)

_LAST_THREE_LEVEL_DAY = dt.date(2025, 6, 30)
_FIRST_TWO_LEVEL_DAY = dt.date(2025, 7, 1)

_DISTRICT_KINDS = [
    UnitKind.RURAL_DISTRICT,
    UnitKind.URBAN_DISTRICT,
    UnitKind.TOWN,
    UnitKind.PROVINCIAL_CITY,
    UnitKind.MUNICIPAL_CITY,
]


def test_two_level_start_is_1_july_2025() -> None:
    assert dt.date(2025, 7, 1) == TWO_LEVEL_START


@pytest.mark.parametrize(
    ("kind", "before", "after"),
    [
        (UnitKind.PROVINCE, True, True),
        (UnitKind.CENTRAL_CITY, True, True),
        (UnitKind.RURAL_DISTRICT, True, False),
        (UnitKind.URBAN_DISTRICT, True, False),
        (UnitKind.TOWN, True, False),
        (UnitKind.PROVINCIAL_CITY, True, False),
        (UnitKind.MUNICIPAL_CITY, True, False),
        (UnitKind.COMMUNE, True, True),
        (UnitKind.WARD, True, True),
        (UnitKind.TOWNSHIP, True, False),
        (UnitKind.SPECIAL_ZONE, False, True),
    ],
)
def test_kind_exists_on_both_sides_of_the_reform(kind: UnitKind, before: bool, after: bool) -> None:
    assert kind_exists(kind, _LAST_THREE_LEVEL_DAY) is before
    assert kind_exists(kind, _FIRST_TWO_LEVEL_DAY) is after
    assert kind_exists(kind, dt.date(2011, 5, 22)) is before
    assert kind_exists(kind, dt.date(2026, 3, 15)) is after


def test_every_kind_is_covered_by_the_table() -> None:
    assert len(UnitKind) == 11


@pytest.mark.parametrize(
    ("level", "before", "after"),
    [(Level.PROVINCE, True, True), (Level.DISTRICT, True, False), (Level.COMMUNE, True, True)],
)
def test_level_exists_on_both_sides_of_the_reform(level: Level, before: bool, after: bool) -> None:
    assert level_exists(level, _LAST_THREE_LEVEL_DAY) is before
    assert level_exists(level, _FIRST_TWO_LEVEL_DAY) is after


@pytest.mark.parametrize("kind", _DISTRICT_KINDS)
def test_district_kinds_end_with_article_51(kind: UnitKind) -> None:
    assert existence_citation(kind) == Citation(InstrumentKind.LAW, "72/2025/QH15", 51, 3)


@pytest.mark.parametrize(
    "kind",
    [
        UnitKind.PROVINCE,
        UnitKind.CENTRAL_CITY,
        UnitKind.COMMUNE,
        UnitKind.WARD,
        UnitKind.TOWNSHIP,
        UnitKind.SPECIAL_ZONE,
    ],
)
def test_other_kinds_are_listed_in_article_1(kind: UnitKind) -> None:
    assert existence_citation(kind) == Citation(InstrumentKind.LAW, "72/2025/QH15", 1, 1)
