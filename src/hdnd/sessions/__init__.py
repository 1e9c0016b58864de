"""Sessions, sittings, attendance, votes, and coordination meetings."""

from hdnd.sessions.meetings import (
    CoordinationMeeting,
    host_rotation,
)
from hdnd.sessions.session import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    IndividualVote,
    ItemKind,
    PartOfDay,
    Session,
    SessionKind,
    Sitting,
    Vote,
    VoteChoice,
    VoteMethod,
)

__all__ = [
    "AgendaItem",
    "Attendance",
    "AttendanceStatus",
    "CoordinationMeeting",
    "IndividualVote",
    "ItemKind",
    "PartOfDay",
    "Session",
    "SessionKind",
    "Sitting",
    "Vote",
    "VoteChoice",
    "VoteMethod",
    "host_rotation",
]
