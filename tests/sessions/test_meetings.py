"""Coordination meetings (seed 002)."""

from __future__ import annotations

from hdnd.sessions.meetings import CoordinationMeeting, host_rotation


def test_host_rotation_in_date_order_without_unknown_locations() -> None:
    meetings = [
        CoordinationMeeting.model_validate(
            {"id": "b", "host": "cb", "day": "2014-09-30", "location": "huyện Trùng Khánh"}
        ),
        CoordinationMeeting.model_validate({"id": "a", "host": "cb", "day": "2014-04-10"}),
        CoordinationMeeting.model_validate(
            {"id": "c", "host": "cb", "day": "2015-04-01", "location": "huyện Trà Lĩnh"}
        ),
        CoordinationMeeting.model_validate(
            {"id": "x", "host": "other", "day": "2014-01-01", "location": "xã Khác"}
        ),
    ]
    assert host_rotation(meetings, "cb") == ["huyện Trùng Khánh", "huyện Trà Lĩnh"]
    assert host_rotation(meetings, "none") == []


def test_fields() -> None:
    meeting = CoordinationMeeting.model_validate(
        {
            "id": "gb",
            "host": "cb",
            "day": "2014-09-30",
            "participants": ["tk", "tl"],
            "theme": "Chất lượng tham mưu",
            "conclusions": ["Tăng cường giám sát"],
            "next_location": "huyện Trà Lĩnh",
        }
    )
    assert meeting.participants == ("tk", "tl")
    assert meeting.next_location == "huyện Trà Lĩnh"
