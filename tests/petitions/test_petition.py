"""Petitions in depth: handling steps, the outcome view, signatories, links, personal data."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

import hdnd
from hdnd import Dataset, Petition
from hdnd.petitions import HandlingStep, ReceptionSession, StepKind, outcome_of
from hdnd.petitions.kinds import PetitionOutcome


def _petition(**changes: Any) -> Petition:
    data = {"id": "p1", "unit": "92", "received": "2026-03-02"}
    return Petition.model_validate({**data, **changes})


def _step(kind: str, day: str, **fields: Any) -> dict[str, Any]:
    return {"kind": kind, "day": day, **fields}


def test_the_outcome_is_the_latest_outcome_step() -> None:
    steps = [
        HandlingStep(kind=StepKind.RECEIVED, day=dt.date(2026, 3, 2)),
        HandlingStep(kind=StepKind.GUIDED, day=dt.date(2026, 3, 4)),
        HandlingStep(kind=StepKind.FORWARDED, day=dt.date(2026, 3, 9), to="UBND xã"),
        HandlingStep(kind=StepKind.ACCEPTED, day=dt.date(2026, 3, 12)),
    ]
    assert outcome_of(steps) is PetitionOutcome.FORWARDED
    assert outcome_of(reversed(steps)) is PetitionOutcome.FORWARDED  # by day, not by position
    assert outcome_of(steps[:2]) is PetitionOutcome.GUIDED
    assert outcome_of(steps[:1]) is None
    assert outcome_of([]) is None


def test_a_stated_outcome_wins_over_the_steps() -> None:
    stated = _petition(outcome="stored", steps=[_step("forwarded", "2026-03-05", to="X")])
    assert stated.handled_as is PetitionOutcome.STORED
    assert _petition(steps=[_step("answered", "2026-03-05")]).handled_as is (
        PetitionOutcome.ANSWERED
    )
    assert _petition().handled_as is None


def test_the_first_step_of_a_kind() -> None:
    petition = _petition(
        steps=[_step("extended", "2026-04-20", days=30), _step("extended", "2026-04-01", days=30)]
    )
    found = petition.step(StepKind.EXTENDED)
    assert found is not None
    assert found.day == dt.date(2026, 4, 1)
    assert petition.step(StepKind.RESOLVED) is None


@pytest.mark.parametrize(
    ("received", "signatories", "many"),
    [
        ("2026-03-02", 4, False),  # below the five of the circular
        ("2026-03-02", 5, True),  # at it
        ("2026-03-02", 0, False),
        ("2026-03-02", None, None),  # not recorded
        ("2021-11-14", 5, None),  # the day before Circular 05/2021/TT-TTCP: not encoded
        ("2021-11-15", 5, True),  # the day it takes effect
    ],
)
def test_signed_by_many_under_the_circular_of_the_day(
    received: str, signatories: int | None, many: bool | None
) -> None:
    assert _petition(received=received, signatories=signatories).signed_by_many is many


def test_new_fields_are_strict_and_checked() -> None:
    with pytest.raises(ValidationError, match="channel"):
        _petition(channel="pigeon")
    with pytest.raises(ValidationError, match="anonymous"):
        _petition(anonymous="yes")
    with pytest.raises(ValidationError, match=r"steps\.0\.kind"):
        _petition(steps=[_step("lost", "2026-03-02")])
    with pytest.raises(ValidationError, match=r"steps\.0\.days"):
        _petition(steps=[_step("extended", "2026-03-02", days=-1)])


def test_personal_data_never_shows_in_repr_or_errors() -> None:
    petition = _petition(petitioner="Trần Văn Bí Mật", address="12 Lê Lợi", kind="denunciation")
    assert "Bí Mật" not in repr(petition)
    assert "Lê Lợi" not in repr(petition)
    with pytest.raises(ValidationError) as caught:
        _petition(petitioner="Trần Văn Bí Mật", anonymous=3)
    assert "Bí Mật" not in str(caught.value)
    visit = hdnd.CitizenVisit.model_validate(
        {"id": "v", "unit": "92", "day": "2026-03-02", "kind": "crowd", "citizen": "Lê Thị Riêng"}
    )
    assert "Riêng" not in repr(visit)


def test_a_reception_session() -> None:
    session = ReceptionSession.model_validate(
        {"id": "s", "unit": "92", "day": "2026-07-01", "receiver": "council-chair",
         "place": "online", "scheduled": False}
    )  # fmt: skip
    assert session.receiver.label("vi") == "Chủ tịch Hội đồng nhân dân"
    assert session.place.label("en") == "Online (video)"
    with pytest.raises(ValidationError, match="place"):
        ReceptionSession.model_validate(
            {"id": "s", "unit": "92", "day": "2026-07-01", "receiver": "delegate"}
        )


def test_links_between_records_are_resolved() -> None:
    ds = Dataset.model_validate(
        {
            "reception_sessions": [
                {"id": "s1", "unit": "92", "day": "2026-03-02", "receiver": "delegate",
                 "place": "constituency", "delegate": "nobody"}
            ],
            "citizen_visits": [
                {"id": "v1", "unit": "92", "day": "2026-03-02", "kind": "individual",
                 "session": "s1"},
                {"id": "v2", "unit": "92", "day": "2026-03-02", "kind": "individual",
                 "session": "s9"},
            ],
            "petitions": [
                {"id": "p1", "unit": "92", "received": "2026-03-02", "visit": "v1"},
                {"id": "p2", "unit": "92", "received": "2026-03-03", "duplicate_of": "p1",
                 "follow_up_of": "p0", "split_from": "p1", "visit": "v7"},
            ],
        }
    )  # fmt: skip
    found = hdnd.validate(ds, as_of=dt.date(2026, 4, 1), codes=["unresolved-reference"])
    assert sorted((f.record, f.field) for f in found) == [
        ("citizen_visits/v2", "session"),
        ("petitions/p2", "follow_up_of"),
        ("petitions/p2", "visit"),
        ("reception_sessions/s1", "delegate"),
    ]
