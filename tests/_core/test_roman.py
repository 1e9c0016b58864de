from __future__ import annotations

from typing import Any

import pytest

from hdnd._core.roman import from_roman, to_roman

_TABLE = [
    (1, "I"),
    (3, "III"),
    (4, "IV"),
    (5, "V"),
    (9, "IX"),
    (10, "X"),
    (11, "XI"),
    (14, "XIV"),
    (15, "XV"),
    (16, "XVI"),
    (19, "XIX"),
    (40, "XL"),
    (49, "XLIX"),
    (90, "XC"),
    (400, "CD"),
    (900, "CM"),
    (1994, "MCMXCIV"),
    (2026, "MMXXVI"),
    (3999, "MMMCMXCIX"),
]


@pytest.mark.parametrize(("number", "numeral"), _TABLE)
def test_to_roman(number: int, numeral: str) -> None:
    assert to_roman(number) == numeral


@pytest.mark.parametrize(("number", "numeral"), _TABLE)
def test_from_roman(number: int, numeral: str) -> None:
    assert from_roman(numeral) == number


def test_from_roman_is_case_insensitive_and_strips() -> None:
    assert from_roman(" xv ") == 15
    assert from_roman("Xix") == 19


def test_round_trip_over_the_whole_range() -> None:
    assert all(from_roman(to_roman(n)) == n for n in range(1, 4000))


@pytest.mark.parametrize("number", [0, -1, 4000, True, False, 1.0, "5", None])
def test_to_roman_refuses_values_out_of_range(number: Any) -> None:
    with pytest.raises(ValueError, match="a Roman numeral needs a whole number from 1 to 3999"):
        to_roman(number)


@pytest.mark.parametrize("text", ["", "   ", "IIII", "VV", "IC", "VX", "IL", "ABC", "X I"])
def test_from_roman_refuses_non_canonical_or_invalid(text: str) -> None:
    with pytest.raises(ValueError, match="not a Roman numeral"):
        from_roman(text)


@pytest.mark.parametrize("text", ["MMMM", "MMMMCM"])
def test_numerals_above_3999_are_not_roman_numerals(text: str) -> None:
    with pytest.raises(ValueError, match=f"not a Roman numeral: '{text}'"):
        from_roman(text)
