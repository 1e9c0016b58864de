from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import Delegate, Gender, Mandate, MandateEndReason
from hdnd.delegates import serving_on

D = dt.date


def _mandate(**changes: Any) -> Mandate:
    return Mandate.model_validate({"council": "c", "start": "2026-04-20", **changes})


def _delegate(**changes: Any) -> Delegate:
    return Delegate.model_validate({"id": "d", "name": "Nguyễn Thị Lan", **changes})


@pytest.mark.parametrize(
    ("day", "covered"),
    [
        (D(2026, 4, 19), False),
        (D(2026, 4, 20), True),
        (D(2026, 7, 15), True),
        (D(2026, 7, 16), False),
    ],
)
def test_a_mandate_covers_both_ends(day: dt.date, covered: bool) -> None:
    mandate = _mandate(end="2026-07-15", end_reason="resigned")
    assert mandate.covers(day) is covered


def test_an_open_mandate_covers_every_later_day() -> None:
    mandate = _mandate()
    assert mandate.covers(D(2099, 1, 1))
    assert not mandate.covers(D(2026, 4, 19))
    assert mandate.full_time is False
    assert mandate.re_elected is None


def test_a_one_day_mandate() -> None:
    assert _mandate(end="2026-04-20").covers(D(2026, 4, 20))


def test_a_mandate_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"ends \(2026-04-19\) before it starts"):
        _mandate(end="2026-04-19")


def test_an_end_reason_needs_an_end() -> None:
    with pytest.raises(ValidationError, match="end_reason is given but the mandate has no end"):
        _mandate(end_reason="died")


def test_end_reasons_and_genders() -> None:
    assert [r.value for r in MandateEndReason] == [
        "term-ended",
        "resigned",
        "recalled-by-council",
        "recalled-by-voters",
        "lost-by-conviction",
        "died",
        "transferred",
    ]
    assert MandateEndReason.DIED.label("vi") == "Từ trần"
    assert all(r.label("en") != r.label("vi") for r in MandateEndReason)
    assert [g.label("vi") for g in Gender] == ["Nữ", "Nam"]
    assert [g.label("en") for g in Gender] == ["Female", "Male"]


@pytest.mark.parametrize(
    ("ethnicity", "minority"),
    [
        ("Kinh", False),
        ("kinh", False),
        (" KINH ", False),
        ("Tày", True),
        ("Khmer", True),
        (unicodedata.normalize("NFD", "Ê Đê"), True),
        (None, None),
    ],
)
def test_ethnic_minority(ethnicity: str | None, minority: bool | None) -> None:
    assert _delegate(ethnicity=ethnicity).ethnic_minority is minority


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        ("1986-11-01", D(2026, 11, 1), 40),
        ("1986-11-02", D(2026, 11, 1), 39),
        ("1986-10-31", D(2026, 11, 1), 40),
        ("2000-02-29", D(2026, 2, 28), 25),
        ("2000-02-29", D(2026, 3, 1), 26),
    ],
)
def test_age_on(born: str, day: dt.date, age: int) -> None:
    assert _delegate(birth_date=born).age_on(day) == age


def test_age_unknown() -> None:
    assert _delegate().age_on(D(2026, 1, 1)) is None


def test_mandate_on() -> None:
    delegate = _delegate(
        mandates=[
            {"council": "district", "start": "2021-06-25", "end": "2025-06-30"},
            {"council": "commune", "start": "2025-07-01"},
        ]
    )
    assert delegate.mandate_on("district", D(2025, 6, 30)) is delegate.mandates[0]
    assert delegate.mandate_on("district", D(2025, 7, 1)) is None
    assert delegate.mandate_on("commune", D(2025, 7, 1)) is delegate.mandates[1]
    assert delegate.mandate_on("elsewhere", D(2025, 7, 1)) is None


def test_serving_on() -> None:
    lan = _delegate(id="lan", mandates=[{"council": "c", "start": "2021-06-25"}])
    hung = _delegate(
        id="hung",
        name="Trần Văn Hùng",
        mandates=[
            {"council": "c", "start": "2021-06-25", "end": "2023-01-31", "end_reason": "died"}
        ],
    )
    nobody = _delegate(id="nobody", name="Lê Văn Tám")
    people = [lan, hung, nobody]
    assert [d.id for d in serving_on(people, "c", D(2023, 1, 31))] == ["lan", "hung"]
    assert [d.id for d in serving_on(people, "c", D(2023, 2, 1))] == ["lan"]
    assert [d.id for d in serving_on(people, "other", D(2023, 2, 1))] == []


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""},
        {"gender": "f"},
        {"birth_date": 19861101},
        {"mandates": [{"council": "c"}]},
        {"mandates": [{"council": "c", "start": "2026-04-20", "full_time": "yes"}]},
        {"mandates": [{"council": "c", "start": "2026-04-20", "re_elected": 1}]},
        {"mandates": [{"council": "c", "start": "2026-04-20", "seat": 3}]},
    ],
)
def test_invalid_delegates(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _delegate(**changes)
