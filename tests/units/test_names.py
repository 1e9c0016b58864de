from __future__ import annotations

import unicodedata

import pytest

from hdnd.law.levels import UnitKind
from hdnd.units.names import KIND_WORDS, council_title, local_name
from hdnd.units.unit import register


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("Xã Mẫu", UnitKind.COMMUNE, "xã Mẫu"),
        ("xã Mẫu", UnitKind.COMMUNE, "xã Mẫu"),
        ("Cao Bằng", UnitKind.PROVINCE, "tỉnh Cao Bằng"),
        ("Tỉnh Cao Bằng", UnitKind.PROVINCE, "tỉnh Cao Bằng"),
        ("Thành phố Hà Nội", UnitKind.CENTRAL_CITY, "thành phố Hà Nội"),
        ("THÀNH PHỐ Huế", UnitKind.CENTRAL_CITY, "thành phố Huế"),
        ("Phường Ba Đình", UnitKind.WARD, "phường Ba Đình"),
        ("Đặc khu Côn Đảo", UnitKind.SPECIAL_ZONE, "đặc khu Côn Đảo"),
        ("Thị xã Sơn Tây", UnitKind.TOWN, "thị xã Sơn Tây"),
        # a name that merely begins with the same letters keeps them
        ("Xãla", UnitKind.COMMUNE, "xã Xãla"),
        # the proper name keeps its capitals, even odd ones
        ("Xã ĐắK Mar", UnitKind.COMMUNE, "xã ĐắK Mar"),
    ],
)
def test_local_name(name: str, kind: UnitKind, expected: str) -> None:
    assert local_name(name, kind) == expected


def test_a_decomposed_name_is_read_as_composed() -> None:
    assert local_name(unicodedata.normalize("NFD", "Xã Mẫu"), UnitKind.COMMUNE) == "xã Mẫu"


def test_council_title() -> None:
    assert council_title("Cao Bằng", UnitKind.PROVINCE) == "HĐND tỉnh Cao Bằng"
    assert council_title("Xã Mẫu", UnitKind.COMMUNE) == "HĐND xã Mẫu"


def test_every_kind_has_a_word() -> None:
    assert set(KIND_WORDS) == set(UnitKind)
    assert all(word == word.lower() for word in KIND_WORDS.values())


def test_every_current_unit_reads_with_its_kind_once() -> None:
    for unit in register().values():
        text = local_name(unit.name, unit.kind)
        word = KIND_WORDS[unit.kind]
        assert text.startswith(f"{word} ")
        assert not text[len(word) + 1 :].casefold().startswith(f"{word} ")
        assert text[len(word) + 1 :] in unit.name
