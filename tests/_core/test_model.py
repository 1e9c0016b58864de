from __future__ import annotations

import unicodedata

import pytest
from pydantic import ValidationError

from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText, VnText
from hdnd._core.types import Count


class _Example(Record):
    name: VnText
    """The name, NFC-normalised."""
    short: NonEmptyText = "x"
    """A required-looking text."""
    seats: Count = 0
    """Seats."""


def test_record_strips_white_space() -> None:
    assert _Example(name="  Cần Thơ \t\n").name == "Cần Thơ"


def test_record_strips_and_normalises_decomposed_input() -> None:
    example = _Example(name=unicodedata.normalize("NFD", "  Hội đồng nhân dân  "))
    assert example.name == "Hội đồng nhân dân"
    assert unicodedata.is_normalized("NFC", example.name)


def test_record_refuses_blank_non_empty_text_after_stripping() -> None:
    with pytest.raises(ValidationError, match="at least 1 character"):
        _Example(name="a", short="   ")


def test_record_forbids_extra_fields() -> None:
    with pytest.raises(ValidationError, match="Extra inputs are not permitted") as info:
        _Example.model_validate({"name": "x", "colour": "red"})
    assert info.value.errors()[0]["loc"] == ("colour",)


def test_record_is_frozen() -> None:
    example = _Example(name="x")
    with pytest.raises(ValidationError, match="frozen"):
        example.name = "y"  # type: ignore[misc]


def test_record_values_compare_and_hash_by_content() -> None:
    assert _Example(name="x", seats=3) == _Example(name=" x ", seats=3)
    assert hash(_Example(name="x")) == hash(_Example(name="x"))
    assert _Example(name="x", seats=3) != _Example(name="x", seats=4)


def test_record_uses_attribute_docstrings_as_descriptions() -> None:
    schema = _Example.model_json_schema()
    assert schema["properties"]["name"]["description"] == "The name, NFC-normalised."
    assert schema["properties"]["seats"]["description"] == "Seats."
    assert schema["additionalProperties"] is False


def test_record_validates_defaults() -> None:
    class Bad(Record):
        seats: Count = -1  # an invalid default is refused, not kept

    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Bad()


def test_record_keeps_strict_counts_strict() -> None:
    with pytest.raises(ValidationError, match="valid integer"):
        _Example(name="x", seats=True)
    with pytest.raises(ValidationError, match="valid integer"):
        _Example.model_validate_json('{"name": "x", "seats": "12"}')
