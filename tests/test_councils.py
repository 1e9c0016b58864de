from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import Council


def test_a_council() -> None:
    council = Council.model_validate(
        {
            "id": "ct-x",
            "unit": "92",
            "term": "2021-2026",
            "convocation": 10,
            "name": "HĐND thành phố Cần Thơ khóa X",
            "first_session": "2021-06-25",
            "declared_seats": 55,
        }
    )
    assert council.convocation_label == "khóa X"
    assert council.convocation_text("en") == "convocation X"
    assert council.declared_seats == 55


@pytest.mark.parametrize(
    ("number", "vi", "en"),
    [(1, "khóa I", "convocation I"), (15, "khóa XV", "convocation XV"), (None, None, None)],
)
def test_convocations(number: int | None, vi: str | None, en: str | None) -> None:
    council = Council(id="c", unit="92", term="2026-2031", convocation=number)
    assert council.convocation_label == vi
    assert council.convocation_text("en") == en


@pytest.mark.parametrize(
    "changes",
    [
        {"convocation": 0},
        {"convocation": 101},
        {"convocation": "10"},
        {"convocation": True},
        {"declared_seats": -1},
        {"declared_seats": "57"},
        {"unit": "Cần Thơ"},
        {"term": ""},
        {"first_session": 20210625},
        {"seats": 57},
    ],
)
def test_invalid_councils(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Council.model_validate({"id": "c", "unit": "92", "term": "2026-2031", **changes})


def test_term_and_unit_are_required() -> None:
    with pytest.raises(ValidationError) as caught:
        Council.model_validate({"id": "c"})
    assert {error["loc"][0] for error in caught.value.errors()} == {"unit", "term"}
