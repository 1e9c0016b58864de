"""Council documents: symbols, dates, tasks (issue 5 models)."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from hdnd.documents.resolutions import CouncilDocument


def _doc(**change: Any) -> CouncilDocument:
    data: dict[str, Any] = {
        "id": "nq",
        "council": "c",
        "symbol": "76/NQ-HĐND",
        "signed": "2024-12-10",
    }
    return CouncilDocument.model_validate({**data, **change})


def test_symbol_is_kept_as_given_and_parsed() -> None:
    doc = _doc(symbol="76/nq-hdnd")
    assert doc.symbol == "76/nq-hdnd"
    assert doc.parsed is not None
    assert str(doc.parsed) == "76/NQ-HĐND"
    assert doc.is_resolution
    assert doc.is_normative is False


def test_normative_from_the_year_or_as_recorded() -> None:
    assert _doc(symbol="12/2024/NQ-HĐND").is_normative is True
    assert _doc(symbol="12/2024/NQ-HĐND", normative=False).is_normative is False


def test_a_plan_is_not_a_resolution() -> None:
    assert not _doc(symbol="06/KH-HĐND").is_resolution


def test_an_unreadable_symbol_is_kept_and_reads_as_none() -> None:
    doc = _doc(symbol="số 12 không rõ")
    assert doc.parsed is None
    assert doc.is_normative is None
    assert not doc.is_resolution


def test_tasks_amends_and_replaces() -> None:
    doc = _doc(
        tasks=[
            {
                "assignee": "Ủy ban nhân dân tỉnh",
                "description": "Tổ chức thực hiện",
                "due": "2025-06-30",
            }
        ],
        amends=["05/2023/NQ-HĐND"],
        replaces=["10/2020/NQ-HĐND"],
    )
    assert doc.tasks[0].assignee == "Ủy ban nhân dân tỉnh"
    assert doc.amends == ("05/2023/NQ-HĐND",)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"effective": "2024-12-09"}, "before the signing day"),
        ({"symbol": ""}, "at least 1 character"),
        ({"tasks": [{"assignee": ""}]}, "at least 1 character"),
    ],
)
def test_refuses_inconsistent_records(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _doc(**change)
