"""Law 65/2025/QH15 (LAW.md §2.2): in force 1 March to 15 June 2025, seats not encoded."""

from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Decision, Domain
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.lg2025_65 import LG2025_65, LocalGovernmentLaw2025March
from hdnd.law.local_government.organs import CouncilPost, SessionRequester
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatBasis
from hdnd.law.registry import in_force_until

_LAW = LocalGovernmentLaw2025March(dt.date(2025, 4, 1))
_ART_28 = Citation(InstrumentKind.LAW, "65/2025/QH15", 28, None, None, Confidence.SECONDARY)


def test_identity() -> None:
    assert LG2025_65 is LocalGovernmentLaw2025March
    assert _LAW.key == "lg2025_65"
    assert _LAW.number == "65/2025/QH15"
    assert _LAW.domain is Domain.LOCAL_GOVERNMENT
    assert _LAW.effective == dt.date(2025, 3, 1)
    assert _LAW.dates_confidence is Confidence.SECONDARY
    assert "77/2015/QH13" in _LAW.replaces


def test_in_force_from_1_march_to_15_june_2025() -> None:
    assert in_force_until(LocalGovernmentLaw2025March) == dt.date(2025, 6, 15)
    assert type(framework_at(dt.date(2025, 2, 28)).local_government).__name__ == (
        "LocalGovernmentLaw2019"
    )
    assert isinstance(framework_at(dt.date(2025, 3, 1)).local_government, LG2025_65)
    assert isinstance(framework_at(dt.date(2025, 6, 15)).local_government, LG2025_65)
    assert not isinstance(framework_at(dt.date(2025, 6, 16)).local_government, LG2025_65)


@pytest.mark.parametrize(
    ("kind", "detail"),
    [
        (UnitKind.PROVINCE, "50–85"),
        (UnitKind.CENTRAL_CITY, "50–85"),
        (UnitKind.COMMUNE, "15–30"),
        (UnitKind.WARD, "15–30"),
        (UnitKind.TOWNSHIP, "15–30"),
    ],
)
def test_seats_are_not_encoded_but_the_range_is_cited(kind: UnitKind, detail: str) -> None:
    result = _LAW.seat_quota(SeatBasis(kind, 100_000))
    assert isinstance(result, NotApplicable)
    assert result.reason is NotApplicableReason.NOT_ENCODED
    assert result.detail == detail
    assert result.citation == _ART_28


def test_district_seats_not_encoded_and_special_zone_does_not_exist() -> None:
    district = _LAW.seat_quota(SeatBasis(UnitKind.RURAL_DISTRICT, 100_000))
    zone = _LAW.seat_quota(SeatBasis(UnitKind.SPECIAL_ZONE, 5_000))
    assert isinstance(district, NotApplicable)
    assert isinstance(zone, NotApplicable)
    assert district.reason is NotApplicableReason.NOT_ENCODED
    assert zone.reason is NotApplicableReason.NO_SUCH_KIND


def test_other_rules_are_not_encoded() -> None:
    assert _LAW.threshold(Decision.RESOLUTION) is None
    committees = _LAW.committees(UnitKind.PROVINCE)
    assert isinstance(committees, NotApplicable)
    assert committees.reason is NotApplicableReason.NOT_ENCODED
    full_time = _LAW.may_be_full_time(CouncilPost.CHAIR, UnitKind.PROVINCE)
    assert isinstance(full_time, NotApplicable)
    session = _LAW.may_require_session(SessionRequester.STANDING_COMMITTEE)
    assert isinstance(session, NotApplicable)
    assert isinstance(
        framework_at(dt.date(2025, 4, 1)).threshold(Decision.RESOLUTION), NotApplicable
    )
