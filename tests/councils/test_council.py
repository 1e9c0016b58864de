from __future__ import annotations

from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import Council
from hdnd.councils.council import Constituency, DelegateGroup
from hdnd.law.local_government.organs import Committee


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


# --- organs: constituencies, delegate groups, committees, office staff, mergers ------------


def _council(**changes: Any) -> Council:
    return Council.model_validate({"id": "c", "unit": "92", "term": "2026-2031", **changes})


def test_organs_default_to_empty() -> None:
    council = _council()
    assert council.constituencies == ()
    assert council.delegate_groups == ()
    assert council.committees == ()
    assert council.office_staff is None
    assert council.formed_from == ()
    assert council.constituency_seats == 0
    assert council.constituency("1") is None


def test_a_council_with_its_organs() -> None:
    council = _council(
        declared_seats=5,
        constituencies=[
            {"id": "1", "seats": 3, "name": " Đơn vị bầu cử số 1 ", "units": ["31117", "31120"]},
            {"id": "2", "seats": 2},
        ],
        delegate_groups=[
            {"id": "t1", "name": "Tổ đại biểu số 1", "constituencies": ["1"]},
            {"id": "t2", "constituencies": ["2"]},
        ],
        committees=["legal-affairs", "economy-budget", "culture-society", "urban-affairs"],
        office_staff=24,
        formed_from=["hdnd-old-a", "hdnd-old-b"],
    )
    assert council.constituency_seats == 5
    first = council.constituency("1")
    assert isinstance(first, Constituency)
    assert (first.name, first.units, first.seats) == ("Đơn vị bầu cử số 1", ("31117", "31120"), 3)
    assert council.constituency("3") is None
    assert council.constituencies[1].name is None
    assert council.constituencies[1].units == ()
    group = council.delegate_groups[0]
    assert isinstance(group, DelegateGroup)
    assert (group.id, group.name, group.constituencies) == ("t1", "Tổ đại biểu số 1", ("1",))
    assert council.delegate_groups[1].name is None
    assert council.committees[-1] is Committee.URBAN_AFFAIRS
    assert council.office_staff == 24
    assert council.formed_from == ("hdnd-old-a", "hdnd-old-b")


def test_the_docstring_example() -> None:
    council = Council(
        id="ct-x",
        unit="92",
        term="2021-2026",
        convocation=10,
        constituencies=(Constituency(id="1", seats=3), Constituency(id="2", seats=2)),
        committees=(Committee.LEGAL_AFFAIRS, Committee.URBAN_AFFAIRS),
    )
    assert (council.convocation_label, council.constituency_seats) == ("khóa X", 5)


@pytest.mark.parametrize(
    "changes",
    [
        {"seats": 0},
        {"seats": -1},
        {"seats": "3"},
        {"seats": 2.0},
        {"id": ""},
        {"units": ["Ninh Kiều"]},
        {"voters": 1000},
    ],
)
def test_invalid_constituencies(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Constituency.model_validate({"id": "1", "seats": 3, **changes})


@pytest.mark.parametrize(
    "changes",
    [
        {"committees": ["defence"]},
        {"committees": "legal-affairs"},
        {"office_staff": -1},
        {"office_staff": "24"},
        {"formed_from": "hdnd-old"},
        {"delegate_groups": [{"name": "Tổ 1"}]},
        {"constituencies": [{"id": "1"}]},
    ],
)
def test_invalid_organs(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _council(**changes)


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        (
            {"constituencies": [{"id": "1", "seats": 3}, {"id": "1", "seats": 2}]},
            r"constituencies lists \['1'\] more than once",
        ),
        (
            {"delegate_groups": [{"id": "t"}, {"id": "t"}]},
            r"delegate_groups lists \['t'\] more than once",
        ),
        (
            {"committees": ["legal-affairs", "legal-affairs"]},
            r"committees lists \['legal-affairs'\] more than once",
        ),
        (
            {
                "constituencies": [{"id": "1", "seats": 3}],
                "delegate_groups": [{"id": "t", "constituencies": ["1", "9"]}],
            },
            r"delegate_groups name constituencies the council does not declare: \['9'\]",
        ),
        ({"formed_from": ["a", "c"]}, r"formed_from names the council itself \(c\)"),
    ],
)
def test_inconsistent_organs(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _council(**changes)


def test_groups_may_name_constituencies_the_council_does_not_list() -> None:
    # Without declared constituencies there is nothing to compare against.
    council = _council(delegate_groups=[{"id": "t", "constituencies": ["1"]}])
    assert council.delegate_groups[0].constituencies == ("1",)


def test_constituency_seats_need_not_match_the_declared_seats() -> None:
    # A mismatch is the business of the checks, not of the record.
    council = _council(declared_seats=57, constituencies=[{"id": "1", "seats": 5}])
    assert council.constituency_seats == 5
