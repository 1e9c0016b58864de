"""Sessions, sittings, attendance and votes (issue 5 models)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd.law.instrument import Decision
from hdnd.law.local_government.organs import SessionRequester
from hdnd.law.local_government.seats import NotApplicable
from hdnd.sessions.session import (
    AttendanceStatus,
    ItemKind,
    PartOfDay,
    Session,
    SessionKind,
    Sitting,
    Vote,
    VoteChoice,
    VoteMethod,
)

_SESSION: dict[str, Any] = {
    "id": "k3",
    "council": "c",
    "number": 3,
    "kind": "thematic",
    "opening": "2026-09-10",
    "closing": "2026-09-11",
    "requested_by": ["delegates"],
    "request_signatures": 20,
    "convening_decision": "15/QĐ-HĐND",
    "convened_on": "2026-08-30",
    "documents_sent": "2026-09-01",
}


def test_session_fields_and_days() -> None:
    session = Session.model_validate(_SESSION)
    assert session.kind is SessionKind.THEMATIC
    assert session.kind.needs_request
    assert session.requested_by == (SessionRequester.DELEGATES,)
    assert session.last_day == dt.date(2026, 9, 11)
    assert session.covers(dt.date(2026, 9, 11))
    assert not session.covers(dt.date(2026, 9, 12))
    assert not session.covers(dt.date(2026, 9, 9))
    assert session.public


def test_a_one_day_session_ends_on_its_opening_day() -> None:
    session = Session(
        id="k1", council="c", number=1, kind=SessionKind.FIRST, opening=dt.date(2026, 4, 20)
    )
    assert session.last_day == dt.date(2026, 4, 20)
    assert not SessionKind.REGULAR.needs_request
    assert not SessionKind.FIRST.needs_request
    assert SessionKind.UNSCHEDULED.needs_request


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"closing": "2026-09-09"}, "closes .* before it opens"),
        ({"convened_on": "2026-09-11"}, "convened .* after it opens"),
        ({"documents_sent": "2026-09-12"}, "documents_sent .* is after the opening"),
        ({"number": 0}, "greater than or equal to 1"),
        ({"kind": "extraordinary"}, "kind"),
    ],
)
def test_session_refuses_inconsistent_records(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        Session.model_validate({**_SESSION, **change})


def _sitting(**change: Any) -> Sitting:
    data: dict[str, Any] = {
        "id": "s1",
        "session": "k3",
        "day": "2026-09-10",
        "part": "morning",
        "items": [{"id": "1", "kind": "draft-resolution", "title": "Dự thảo nghị quyết"}],
        "attendance": [
            {"delegate": "d1", "status": "present"},
            {"delegate": "d2", "status": "absent-with-leave"},
            {"delegate": "d3", "status": "present"},
        ],
    }
    return Sitting.model_validate({**data, **change})


def test_sitting_items_and_attendance() -> None:
    sitting = _sitting()
    assert sitting.part is PartOfDay.MORNING
    assert sitting.items[0].kind is ItemKind.DRAFT_RESOLUTION
    assert sitting.present() == ("d1", "d3")
    assert sitting.attendance[1].status is AttendanceStatus.ABSENT_WITH_LEAVE


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"items": [{"id": "1", "kind": "report"}, {"id": "1", "kind": "other"}]}, "share an id"),
        (
            {"attendance": [{"delegate": "d1", "status": "present"}] * 2},
            "recorded twice",
        ),
    ],
)
def test_sitting_refuses_duplicates(change: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _sitting(**change)


def test_vote_defaults_and_tallies() -> None:
    vote = Vote(id="v", sitting="s1", in_favour=40, against=3, not_voting=2)
    assert vote.decision is Decision.RESOLUTION
    assert vote.method is VoteMethod.ELECTRONIC
    assert vote.cast == 45
    assert vote.individual_tally() is None


def test_individual_tally() -> None:
    vote = Vote.model_validate(
        {
            "id": "v",
            "sitting": "s1",
            "in_favour": 2,
            "against": 1,
            "individual": [
                {"delegate": "d1", "choice": "in-favour"},
                {"delegate": "d2", "choice": "in-favour"},
                {"delegate": "d3", "choice": "against"},
                {"delegate": "d4", "choice": "not-voting"},
            ],
        }
    )
    assert vote.individual_tally() == (2, 1, 1)
    assert vote.individual[3].choice is VoteChoice.NOT_VOTING


def test_individual_votes_are_unique() -> None:
    with pytest.raises(ValidationError, match="recorded twice"):
        Vote.model_validate(
            {
                "id": "v",
                "sitting": "s",
                "in_favour": 1,
                "individual": [{"delegate": "d1", "choice": "in-favour"}] * 2,
            }
        )


@pytest.mark.parametrize(
    ("decision", "base", "votes", "passed"),
    [
        # Law 72/2025/QH15 Art. 35(2): more than half of all delegates.
        (Decision.RESOLUTION, 50, 25, False),
        (Decision.RESOLUTION, 50, 26, True),
        (Decision.RESOLUTION, 49, 24, False),
        (Decision.RESOLUTION, 49, 25, True),
        # At least two thirds to recall a delegate.
        (Decision.RECALL, 48, 31, False),
        (Decision.RECALL, 48, 32, True),
        # Art. 49(2): more than two thirds of the delegates in office, for a reduced council.
        (Decision.REDUCED_COUNCIL, 30, 20, False),
        (Decision.REDUCED_COUNCIL, 30, 21, True),
    ],
)
def test_outcome_on_both_sides_of_the_threshold(
    decision: Decision, base: int, votes: int, passed: bool
) -> None:
    vote = Vote(id="v", sitting="s", decision=decision, in_favour=votes)
    assert vote.outcome(base=base, on=dt.date(2026, 7, 1)) is passed


def test_outcome_before_any_encoded_law_is_not_applicable() -> None:
    vote = Vote(id="v", sitting="s", in_favour=30)
    assert isinstance(vote.outcome(base=40, on=dt.date(2015, 1, 1)), NotApplicable)
