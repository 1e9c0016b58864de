"""Organs vocabulary, the optional attendance floor and Resolution 106/2025/UBTVQH15."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd.law.citation import Confidence
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.organs import (
    AttendanceFloor,
    Committee,
    CouncilPost,
    SessionRequester,
    attendance_met,
    max_deputy_heads,
    max_vice_chairs,
    nq106_applies,
)
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason


@pytest.mark.parametrize(
    ("member", "vi", "en"),
    [
        (Committee.LEGAL_AFFAIRS, "Ban Pháp chế", "Legal Affairs Committee"),
        (Committee.URBAN_AFFAIRS, "Ban Đô thị", "Urban Affairs Committee"),
        (CouncilPost.VICE_CHAIR, "Phó Chủ tịch", "Vice-Chair"),
        (SessionRequester.VOTERS, "Cử tri", "Voters"),
    ],
)
def test_labels(member: Any, vi: str, en: str) -> None:
    assert member.label("vi") == vi
    assert member.label("en") == en


# --- attendance floor: off by default --------------------------------------------------------


def test_no_floor_by_default() -> None:
    floor = AttendanceFloor()
    assert not floor.is_set
    assert floor.minimum_present(50) == 0
    assert floor.is_met(0, 50)
    assert attendance_met(0, 50)


@pytest.mark.parametrize(
    ("fraction", "strict", "total", "below", "at"),
    [
        (Fraction(2, 3), False, 50, 33, 34),  # 2/3 of 50 = 33.33: at least 34
        (Fraction(2, 3), False, 30, 19, 20),  # exactly 20 meets "at least"
        (Fraction(2, 3), True, 30, 20, 21),  # "more than" 20
        (Fraction(1, 2), True, 31, 15, 16),
    ],
)
def test_floor_on_both_sides(
    fraction: Fraction, strict: bool, total: int, below: int, at: int
) -> None:
    floor = AttendanceFloor(fraction, strict)
    assert floor.minimum_present(total) == at
    assert floor.is_met(below, total) is False
    assert floor.is_met(at, total) is True


@pytest.mark.parametrize("bad", [0.5, 2, Fraction(3, 2), Fraction(-1, 2), "1/2"])
def test_floor_must_be_an_exact_fraction_between_0_and_1(bad: Any) -> None:
    with pytest.raises(ValueError, match="exact Fraction between 0 and 1"):
        AttendanceFloor(bad)


@pytest.mark.parametrize(("present", "total"), [(-1, 10), (True, 10), (5, 2.5), (11, 10)])
def test_attendance_refuses_bad_counts(present: Any, total: Any) -> None:
    with pytest.raises(ValueError, match=r"whole number|more than the council has"):
        AttendanceFloor(Fraction(1, 2)).is_met(present, total)


@given(st.integers(0, 500), st.integers(1, 500), st.fractions(0, 1))
def test_floor_minimum_is_the_boundary(present: int, total: int, fraction: Fraction) -> None:
    present = min(present, total)
    floor = AttendanceFloor(fraction)
    assert floor.is_met(present, total) is (Fraction(present, total) >= fraction)


# --- Resolution 106/2025/UBTVQH15 --------------------------------------------------------


@pytest.mark.parametrize(
    ("level", "merged_from", "kind", "count"),
    [
        (Level.PROVINCE, 1, None, 2),
        (Level.PROVINCE, 2, UnitKind.PROVINCE, 3),
        (Level.PROVINCE, 2, UnitKind.CENTRAL_CITY, 3),
        (Level.PROVINCE, 3, UnitKind.PROVINCE, 3),
        (Level.PROVINCE, 3, UnitKind.CENTRAL_CITY, 4),
        (Level.COMMUNE, 1, None, 1),
    ],
)
def test_max_vice_chairs(level: Level, merged_from: int, kind: UnitKind | None, count: int) -> None:
    rule = max_vice_chairs(level, merged_from, kind)
    assert rule.value == count
    assert rule.citation.number == "106/2025/UBTVQH15"
    assert rule.citation.confidence is Confidence.SECONDARY


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((Level.DISTRICT,), "no council of level"),
        ((Level.PROVINCE, 4), "merged_from"),
        ((Level.PROVINCE, 0), "merged_from"),
        ((Level.PROVINCE, True), "merged_from"),
        ((Level.COMMUNE, 2), "applies to provincial councils"),
        ((Level.PROVINCE, 3), "province or a central city"),
        ((Level.PROVINCE, 2, UnitKind.WARD), "not a provincial kind"),
    ],
)
def test_max_vice_chairs_refuses(args: tuple[Any, ...], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        max_vice_chairs(*args)


@pytest.mark.parametrize(
    ("committee", "merged_from", "count"),
    [
        (Committee.LEGAL_AFFAIRS, 1, 2),
        (Committee.ECONOMY_BUDGET, 2, 3),
        (Committee.CULTURE_SOCIETY, 3, 4),
        (Committee.ETHNIC_AFFAIRS, 1, 2),
        (Committee.ETHNIC_AFFAIRS, 2, 3),
        (Committee.ETHNIC_AFFAIRS, 3, 4),
        (Committee.URBAN_AFFAIRS, 2, 2),
        (Committee.URBAN_AFFAIRS, 3, 2),
    ],
)
def test_max_deputy_heads(committee: Committee, merged_from: int, count: int) -> None:
    rule = max_deputy_heads(committee, Level.PROVINCE, merged_from)
    assert not isinstance(rule, NotApplicable)
    assert rule.value == count


def test_max_deputy_heads_not_encoded_where_the_resolution_gives_no_maximum() -> None:
    commune = max_deputy_heads(Committee.ECONOMY_BUDGET, Level.COMMUNE)
    urban = max_deputy_heads(Committee.URBAN_AFFAIRS, Level.PROVINCE, 1)
    for result in (commune, urban):
        assert isinstance(result, NotApplicable)
        assert result.reason is NotApplicableReason.NOT_ENCODED


def test_max_deputy_heads_refuses() -> None:
    with pytest.raises(ValueError, match="economy-society"):
        max_deputy_heads(Committee.ECONOMY_SOCIETY)
    with pytest.raises(ValueError, match="no council of level"):
        max_deputy_heads(Committee.LEGAL_AFFAIRS, Level.DISTRICT)


@pytest.mark.parametrize(
    ("election_day", "applies"),
    [(dt.date(2021, 5, 23), False), (dt.date(2026, 3, 14), False), (dt.date(2026, 3, 15), True)],
)
def test_resolution_106_governs_councils_elected_from_2026(
    election_day: dt.date, applies: bool
) -> None:
    assert nq106_applies(election_day) is applies
