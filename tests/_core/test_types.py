from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from hdnd._core.types import Count, Day, Flag, Identifier, Population

_COUNT: TypeAdapter[int] = TypeAdapter(Count)
_POPULATION: TypeAdapter[int] = TypeAdapter(Population)
_DAY: TypeAdapter[dt.date] = TypeAdapter(Day)
_FLAG: TypeAdapter[bool] = TypeAdapter(Flag)
_IDENTIFIER: TypeAdapter[str] = TypeAdapter(Identifier)


@pytest.mark.parametrize("value", [0, 1, 12, 10**9])
def test_count_accepts_non_negative_integers(value: int) -> None:
    assert _COUNT.validate_python(value) == value
    assert _POPULATION.validate_python(value) == value


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (True, "valid integer"),
        (False, "valid integer"),
        ("12", "valid integer"),
        (12.0, "valid integer"),
        (-1, "greater than or equal to 0"),
        (None, "valid integer"),
    ],
)
def test_count_refuses_booleans_strings_floats_and_negatives(value: Any, message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _COUNT.validate_python(value)
    with pytest.raises(ValidationError, match=message):
        _POPULATION.validate_python(value)


@pytest.mark.parametrize("text", ["true", '"12"', "12.5", "-3"])
def test_count_refuses_the_same_in_json(text: str) -> None:
    with pytest.raises(ValidationError):
        _COUNT.validate_json(text)


def test_count_accepts_a_json_integer() -> None:
    assert _COUNT.validate_json("1138") == 1138


@pytest.mark.parametrize("value", ["2014-10-08", dt.date(2014, 10, 8)], ids=["iso-string", "date"])
def test_day_accepts_iso_strings_and_dates(value: Any) -> None:
    assert _DAY.validate_python(value) == dt.date(2014, 10, 8)


def test_day_accepts_an_iso_string_in_json() -> None:
    assert _DAY.validate_json('"2026-03-15"') == dt.date(2026, 3, 15)


@pytest.mark.parametrize("value", [1412726400, 0, 20141008, 1.5])
def test_day_refuses_numbers(value: int | float) -> None:
    with pytest.raises(ValidationError, match="a date must be written as YYYY-MM-DD"):
        _DAY.validate_python(value)


def test_day_refuses_a_json_number() -> None:
    with pytest.raises(ValidationError, match="a date must be written as YYYY-MM-DD"):
        _DAY.validate_json("1412726400")


@pytest.mark.parametrize("value", [True, "2014-02-30", "08/10/2014", ""])
def test_day_refuses_booleans_and_non_iso_text(value: Any) -> None:
    with pytest.raises(ValidationError):
        _DAY.validate_python(value)


@pytest.mark.parametrize("text", ['"1412726400"', '"0"'])
def test_day_refuses_a_number_written_as_a_string(text: str) -> None:
    with pytest.raises(ValidationError):
        _DAY.validate_json(text)


def test_flag_accepts_only_booleans() -> None:
    assert _FLAG.validate_python(True) is True
    assert _FLAG.validate_json("false") is False


@pytest.mark.parametrize("value", [0, 1, "true", "yes", None])
def test_flag_refuses_numbers_and_strings(value: Any) -> None:
    with pytest.raises(ValidationError, match="valid boolean"):
        _FLAG.validate_python(value)


def test_identifier_strips_and_normalises() -> None:
    assert _IDENTIFIER.validate_python("  ct-2026 ") == "ct-2026"
    decomposed = unicodedata.normalize("NFD", "hđnd-cần-thơ")
    assert _IDENTIFIER.validate_python(decomposed) == "hđnd-cần-thơ"


def test_identifier_length_bounds() -> None:
    assert _IDENTIFIER.validate_python("x" * 200) == "x" * 200
    with pytest.raises(ValidationError, match="at most 200 characters"):
        _IDENTIFIER.validate_python("x" * 201)
    with pytest.raises(ValidationError, match="at least 1 character"):
        _IDENTIFIER.validate_python("   ")


def test_identifier_refuses_a_number() -> None:
    with pytest.raises(ValidationError, match="valid string"):
        _IDENTIFIER.validate_python(5)


@pytest.mark.parametrize("text", [" 2024-01-02 ", "2024-01-02\n", "\t2024-01-02"])
def test_day_accepts_an_iso_string_with_surrounding_spaces(text: str) -> None:
    assert _DAY.validate_python(text) == dt.date(2024, 1, 2)
