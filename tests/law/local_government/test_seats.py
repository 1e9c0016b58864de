from __future__ import annotations

from typing import Any

import attrs
import pytest

from hdnd._core.formatting import format_value
from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.seats import (
    NotApplicable,
    NotApplicableReason,
    SeatBasis,
    SeatFormula,
    SeatQuota,
    Step,
)

_TWO_STEPS = SeatFormula(
    base_seats=15, base_population=5_000, steps=(Step(5_000, 1_000), Step(10_000, 3_000)), cap=30
)
_ONE_STEP = SeatFormula(50, 1_000_000, (Step(1_000_000, 70_000),), cap=85)
_CITATION = Citation(InstrumentKind.LAW, "72/2025/QH15", 30, 2, "a")


@pytest.mark.parametrize(
    ("population", "seats"),
    [
        (0, 15),
        (5_000, 15),
        (5_001, 15),
        (5_999, 15),
        (6_000, 16),
        (9_999, 19),
        (10_000, 20),
        (12_999, 20),
        (13_000, 21),
        (39_999, 29),
        (40_000, 30),
        (10**6, 30),
    ],
)
def test_two_step_formula_counts_full_steps_only(population: int, seats: int) -> None:
    assert _TWO_STEPS.seats(population) == seats


@pytest.mark.parametrize(
    ("population", "seats"),
    [(0, 50), (1_069_999, 50), (1_070_000, 51), (3_449_999, 84), (3_450_000, 85), (10**8, 85)],
)
def test_one_step_formula(population: int, seats: int) -> None:
    assert _ONE_STEP.seats(population) == seats


def test_a_fixed_number_has_no_steps_and_no_cap() -> None:
    fixed = SeatFormula(125)
    assert fixed.base_population == 0
    assert fixed.steps == ()
    assert fixed.cap is None
    assert [fixed.seats(p) for p in (0, 1, 10**7)] == [125, 125, 125]


def test_without_a_cap_seats_keep_growing() -> None:
    uncapped = SeatFormula(10, 0, (Step(0, 100),))
    assert uncapped.seats(99) == 10
    assert uncapped.seats(100) == 11
    assert uncapped.seats(1_000_000) == 10_010


def test_a_cap_below_the_base_wins() -> None:
    assert SeatFormula(50, cap=40).seats(0) == 40


@pytest.mark.parametrize("population", [-1, True, False, 1.5, 1000.0, "1000", None])
def test_seats_refuses_bad_populations(population: Any) -> None:
    with pytest.raises(ValueError, match="population must be a whole number of at least 0"):
        _TWO_STEPS.seats(population)


def test_formulas_are_frozen_values() -> None:
    assert SeatFormula(15, 5_000, (Step(5_000, 1_000), Step(10_000, 3_000)), 30) == _TWO_STEPS
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        _TWO_STEPS.cap = 40  # type: ignore[misc]
    assert Step(5_000, 1_000) == Step(above=5_000, per=1_000)


def test_seat_basis_defaults() -> None:
    basis = SeatBasis(UnitKind.COMMUNE, 12_000)
    assert (basis.mountainous, basis.highland, basis.island) == (False, False, False)
    assert basis.parent_kind is None
    assert basis.unit_code is None


def test_seat_quota_is_applicable() -> None:
    quota = SeatQuota(16, _CITATION, _TWO_STEPS)
    assert quota.is_applicable is True
    assert quota.seats == 16


def test_not_applicable_is_not_applicable() -> None:
    result = NotApplicable(NotApplicableReason.NO_COUNCIL)
    assert result.is_applicable is False
    assert result.detail == ""
    assert result.citation is None


@pytest.mark.parametrize(
    ("reason", "vi", "en"),
    [
        (
            NotApplicableReason.NO_SUCH_KIND,
            "loại đơn vị này không tồn tại vào ngày đó",
            "no unit of this kind exists on that date",
        ),
        (
            NotApplicableReason.NO_COUNCIL,
            "đơn vị này không tổ chức Hội đồng nhân dân",
            "this unit has no People's Council",
        ),
        (
            NotApplicableReason.MISSING_INFORMATION,
            "thiếu thông tin để xác định",
            "information missing",
        ),
        (
            NotApplicableReason.NOT_ENCODED,
            "hdnd chưa mã hóa quy định của thời điểm đó",
            "hdnd does not yet encode the rules of that date",
        ),
    ],
)
def test_not_applicable_describe_without_detail(
    reason: NotApplicableReason, vi: str, en: str
) -> None:
    result = NotApplicable(reason)
    assert reason.label("vi") == vi
    assert reason.label("en") == en
    assert result.describe("vi") == vi
    assert result.describe() == vi
    assert result.describe("en") == en
    assert result.localize("en") == en
    assert format_value(result, "en") == en


def test_not_applicable_describe_translates_the_detail() -> None:
    result = NotApplicable(NotApplicableReason.MISSING_INFORMATION, "số dân")
    assert result.describe("vi") == "thiếu thông tin để xác định: số dân"
    assert result.describe("en") == "information missing: population"


def test_not_applicable_detail_without_translation_stays_as_written() -> None:
    result = NotApplicable(NotApplicableReason.NOT_ENCODED, "2025-06-15")
    assert result.describe("en") == "hdnd does not yet encode the rules of that date: 2025-06-15"
