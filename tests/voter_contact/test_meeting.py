"""Voter meetings: strict types, unknown fields refused, labels, the dataset collection."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import Dataset, MeetingOccasion, VoterMeeting, validate
from hdnd.dataset.collections import PERSONAL_FIELDS, collection
from hdnd.io import json_schema

MEETING: dict[str, Any] = {"id": "tx-1", "unit": "31120", "day": "2026-06-20"}


def _meeting(**changes: Any) -> VoterMeeting:
    return VoterMeeting.model_validate({**MEETING, **changes})


def test_a_meeting_with_every_field() -> None:
    meeting = _meeting(
        occasion="after-session",
        council="hdnd-92",
        session="s-3",
        delegates=["d1", "d2"],
        national_delegates=2,
        attendances=140,
        speakers=9,
        place="Hội trường khu vực 3",
        with_front=True,
    )
    assert meeting.day == dt.date(2026, 6, 20)
    assert meeting.occasion is MeetingOccasion.AFTER_SESSION
    assert meeting.delegates == ("d1", "d2")
    assert (meeting.national_delegates, meeting.attendances, meeting.speakers) == (2, 140, 9)
    assert meeting.with_front is True


def test_what_is_not_said_stays_unknown() -> None:
    meeting = _meeting()
    assert meeting.occasion is None
    assert meeting.council is None
    assert meeting.attendances is None
    assert meeting.speakers is None
    assert meeting.with_front is None
    assert meeting.delegates == ()


@pytest.mark.parametrize(
    "bad",
    [
        {"attendances": "140"},  # a number written as text
        {"speakers": True},  # a boolean is not a count
        {"attendances": -1},
        {"national_delegates": 1.5},
        {"with_front": 1},  # a number is not a flag
        {"with_front": "true"},
        {"day": 1403136000},  # a timestamp is not a day
        {"day": "2026-06-20T08:00:00"},
        {"unit": "Ninh Kiều"},
        {"occasion": "before-the-session"},
        {"delegates": "d1"},  # a tuple of ids, not one id
        {"voters": ["Trần Văn B"]},  # unknown fields are refused
        {"minutes": "…"},
    ],
)
def test_strict_types_and_unknown_fields(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _meeting(**bad)


def test_a_meeting_is_frozen() -> None:
    meeting = _meeting()
    with pytest.raises(ValidationError):
        meeting.attendances = 3  # type: ignore[misc]


def test_occasions_have_vietnamese_labels() -> None:
    assert [o.value for o in MeetingOccasion] == [
        "before-session",
        "after-session",
        "before-thematic-session",
        "outside-constituency",
        "voter-group",
        "other",
    ]
    assert MeetingOccasion.BEFORE_SESSION.label("vi") == "Trước kỳ họp thường lệ"
    assert MeetingOccasion.OUTSIDE_CONSTITUENCY.label("vi") == "Tiếp xúc cử tri ngoài đơn vị bầu cử"
    assert len({o.label("vi") for o in MeetingOccasion}) == len(MeetingOccasion)


def test_the_collection_groups_meetings_by_council_in_day_order() -> None:
    table = collection("voter_meetings")
    assert (table.key, table.group_by, table.order_by) == ("id", "council", "day")
    assert {r.path: r.target for r in table.references} == {
        "unit": "units",
        "council": "councils",
        "session": "sessions",
        "delegates": "delegates",
    }
    assert "voter_meetings" not in PERSONAL_FIELDS  # a meeting names no voter
    later, first = {**MEETING, "id": "b", "day": "2026-06-21"}, {**MEETING, "council": "c"}
    ds = Dataset.model_validate({"voter_meetings": [{**later, "council": "c"}, first]})
    assert [m.id for m in ds.index.grouped["voter_meetings"]["c"]] == ["tx-1", "b"]
    assert ds.index.record("voter_meetings", "b") is ds.voter_meetings[0]


def test_unknown_references_are_reported_key_by_key() -> None:
    ds = Dataset.model_validate(
        {"voter_meetings": [{**MEETING, "council": "c9", "delegates": ["d1", "d2"]}]}
    )
    findings = validate(ds, as_of=dt.date(2026, 7, 1), codes=["unresolved-reference"])
    assert sorted(f.field for f in findings if f.field is not None) == [
        "council",
        "delegates.0",
        "delegates.1",
    ]


def test_the_schema_documents_the_meeting() -> None:
    schema = json_schema()
    meeting = schema["$defs"]["VoterMeeting"]
    assert set(meeting["required"]) == {"id", "unit", "day"}
    assert meeting["additionalProperties"] is False
    assert meeting["properties"]["speakers"]["description"].startswith("Voters who spoke")
    assert "voter_meetings" in schema["properties"]
