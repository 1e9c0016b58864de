"""Sessions (kỳ họp), sittings (phiên họp), attendance and votes.

A council meets in sessions: the first session of the term, regular sessions (at least two
a year), thematic sessions and sessions on urgent business, which the standing committee,
the People's Committee chair, a third of the delegates or, at commune level, more than a
tenth of the voters may require (Law 72/2025/QH15, Art. 34). A session has sittings; a
sitting has agenda items in order, attendance and votes.

A vote is measured against a base the law names, never against the delegates present
(:mod:`hdnd.law.thresholds`). :func:`vote_base` says which number that is: the base stated
in the minutes if the record gives one, else the delegates whose mandate covers the day.

```pycon
>>> import datetime as dt
>>> vote = Vote(id="v1", sitting="s1", decision="resolution", in_favour=30, against=2,
...             not_voting=1, passed=True)
>>> day = dt.date(2026, 7, 10)
>>> vote.cast, vote.outcome(base=49, on=day), vote.outcome(base=61, on=day)
(33, True, False)

```
"""

from __future__ import annotations

import datetime as dt
from typing import Self

from pydantic import Field, StrictInt, model_validator

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Count, Day, Flag, Identifier
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Decision
from hdnd.law.local_government.organs import SessionRequester
from hdnd.law.local_government.seats import NotApplicable

__all__ = [
    "AgendaItem",
    "Attendance",
    "AttendanceStatus",
    "IndividualVote",
    "ItemKind",
    "PartOfDay",
    "Session",
    "SessionKind",
    "Sitting",
    "Vote",
    "VoteChoice",
    "VoteMethod",
]


class SessionKind(LabelledEnum):
    """Kinds of session."""

    FIRST = "first"
    REGULAR = "regular"
    THEMATIC = "thematic"
    UNSCHEDULED = "unscheduled"

    @property
    def needs_request(self) -> bool:
        """Whether the law lets the council hold it only at someone's request (Art. 34(3))."""
        return self in (SessionKind.THEMATIC, SessionKind.UNSCHEDULED)


class PartOfDay(LabelledEnum):
    """When in the day a sitting was held."""

    MORNING = "morning"
    AFTERNOON = "afternoon"
    EVENING = "evening"
    FULL_DAY = "full-day"


class ItemKind(LabelledEnum):
    """Kinds of agenda item."""

    REPORT = "report"
    DRAFT_RESOLUTION = "draft-resolution"
    QUESTIONING = "questioning"
    EXPLANATION = "explanation"
    ELECTION = "election"
    DISMISSAL = "dismissal"
    CONFIDENCE_RATING = "confidence-rating"
    CONFIDENCE_VOTE = "confidence-vote"
    OTHER = "other"


class AttendanceStatus(LabelledEnum):
    """Whether a delegate attended a sitting."""

    PRESENT = "present"
    ABSENT_WITH_LEAVE = "absent-with-leave"
    ABSENT_WITHOUT_LEAVE = "absent-without-leave"


class VoteMethod(LabelledEnum):
    """How a vote was taken (Law 72/2025/QH15, Art. 35(1): direct, online or other)."""

    SHOW_OF_HANDS = "show-of-hands"
    SECRET_BALLOT = "secret-ballot"
    ELECTRONIC = "electronic"
    ONLINE = "online"


class VoteChoice(LabelledEnum):
    """One delegate's vote."""

    IN_FAVOUR = "in-favour"
    AGAINST = "against"
    NOT_VOTING = "not-voting"


register_labels(
    SessionKind,
    {
        SessionKind.FIRST: N_("Kỳ họp thứ nhất"),
        SessionKind.REGULAR: N_("Kỳ họp thường lệ"),
        SessionKind.THEMATIC: N_("Kỳ họp chuyên đề"),
        SessionKind.UNSCHEDULED: N_("Kỳ họp giải quyết công việc phát sinh đột xuất"),
    },
)
register_labels(
    PartOfDay,
    {
        PartOfDay.MORNING: N_("Buổi sáng"),
        PartOfDay.AFTERNOON: N_("Buổi chiều"),
        PartOfDay.EVENING: N_("Buổi tối"),
        PartOfDay.FULL_DAY: N_("Cả ngày"),
    },
)
register_labels(
    ItemKind,
    {
        ItemKind.REPORT: N_("Báo cáo"),
        ItemKind.DRAFT_RESOLUTION: N_("Dự thảo nghị quyết"),
        ItemKind.QUESTIONING: N_("Chất vấn và trả lời chất vấn"),
        ItemKind.EXPLANATION: N_("Giải trình"),
        ItemKind.ELECTION: N_("Bầu chức danh"),
        ItemKind.DISMISSAL: N_("Miễn nhiệm, bãi nhiệm"),
        ItemKind.CONFIDENCE_RATING: N_("Lấy phiếu tín nhiệm"),
        ItemKind.CONFIDENCE_VOTE: N_("Bỏ phiếu tín nhiệm"),
        ItemKind.OTHER: N_("Nội dung khác"),
    },
)
register_labels(
    AttendanceStatus,
    {
        AttendanceStatus.PRESENT: N_("Có mặt"),
        AttendanceStatus.ABSENT_WITH_LEAVE: N_("Vắng có lý do"),
        AttendanceStatus.ABSENT_WITHOUT_LEAVE: N_("Vắng không lý do"),
    },
)
register_labels(
    VoteMethod,
    {
        VoteMethod.SHOW_OF_HANDS: N_("Biểu quyết giơ tay"),
        VoteMethod.SECRET_BALLOT: N_("Bỏ phiếu kín"),
        VoteMethod.ELECTRONIC: N_("Biểu quyết điện tử"),
        VoteMethod.ONLINE: N_("Biểu quyết trực tuyến"),
    },
)
register_labels(
    VoteChoice,
    {
        VoteChoice.IN_FAVOUR: N_("Tán thành"),
        VoteChoice.AGAINST: N_("Không tán thành"),
        VoteChoice.NOT_VOTING: N_("Không biểu quyết"),
    },
)


class Session(Record):
    """A session (kỳ họp) of a council."""

    id: Identifier
    """Stable identifier within the dataset."""
    council: Identifier
    """Id of the council."""
    number: StrictInt = Field(ge=1)
    """Number within the term (kỳ họp thứ ...)."""
    kind: SessionKind
    """First, regular, thematic or unscheduled."""
    opening: Day
    """Opening day."""
    closing: Day | None = None
    """Closing day (the opening day when empty)."""
    requested_by: tuple[SessionRequester, ...] = ()
    """Who required a thematic or unscheduled session."""
    request_signatures: Count | None = None
    """For a request by delegates or voters, how many signed it."""
    convening_decision: VnText | None = None
    """Document symbol of the convening decision, e.g. ``15/QĐ-HĐND``."""
    convened_on: Day | None = None
    """Date of the convening decision."""
    public: Flag = True
    """Whether the session was public (a closed session needs a decision)."""
    documents_sent: Day | None = None
    """Day the session documents reached the delegates."""
    agenda: tuple[VnText, ...] = ()
    """Agenda as published (chương trình kỳ họp)."""
    name: VnText | None = None
    """Name as published, e.g. ``Kỳ họp thứ 15 (chuyên đề)``."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.closing is not None and self.closing < self.opening:
            msg = f"the session closes ({self.closing}) before it opens ({self.opening})"
            raise ValueError(msg)
        if self.convened_on is not None and self.convened_on > self.opening:
            msg = f"the session is convened ({self.convened_on}) after it opens ({self.opening})"
            raise ValueError(msg)
        if self.documents_sent is not None and self.documents_sent > self.opening:
            msg = f"documents_sent ({self.documents_sent}) is after the opening ({self.opening})"
            raise ValueError(msg)
        return self

    @property
    def last_day(self) -> dt.date:
        """The closing day, or the opening day for a one-day session."""
        return self.closing or self.opening

    def covers(self, day: dt.date) -> bool:
        """Whether *day* falls within the session."""
        return self.opening <= day <= self.last_day


class AgendaItem(Record):
    """An item on a sitting's agenda, in order."""

    id: Identifier
    """Identifier within the sitting."""
    kind: ItemKind
    """What kind of business it is."""
    title: VnText | None = None
    """Title as on the agenda."""


class Attendance(Record):
    """Whether one delegate attended one sitting."""

    delegate: Identifier
    """Id of the delegate."""
    status: AttendanceStatus
    """Present, or absent with or without leave."""


class Sitting(Record):
    """A sitting (phiên họp) within a session."""

    id: Identifier
    """Stable identifier within the dataset."""
    session: Identifier
    """Id of the session."""
    day: Day
    """Day of the sitting."""
    part: PartOfDay = PartOfDay.FULL_DAY
    """Part of the day."""
    items: tuple[AgendaItem, ...] = ()
    """Agenda items, in order."""
    chair: Identifier | None = None
    """Id of the person who chaired it."""
    public: Flag = True
    """Whether the sitting was public."""
    closed_decision: VnText | None = None
    """For a closed sitting, the council's decision to hold it closed (Art. 34(5))."""
    attendance: tuple[Attendance, ...] = ()
    """Attendance of each delegate, if recorded."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        ids = [item.id for item in self.items]
        if len(ids) != len(set(ids)):
            msg = "two agenda items share an id"
            raise ValueError(msg)
        delegates = [a.delegate for a in self.attendance]
        if len(delegates) != len(set(delegates)):
            msg = "a delegate's attendance is recorded twice"
            raise ValueError(msg)
        return self

    def present(self) -> tuple[str, ...]:
        """Ids of the delegates recorded present."""
        return tuple(a.delegate for a in self.attendance if a.status is AttendanceStatus.PRESENT)


class IndividualVote(Record):
    """How one delegate voted."""

    delegate: Identifier
    """Id of the delegate."""
    choice: VoteChoice
    """In favour, against or not voting."""


class Vote(Record):
    """A vote on an agenda item, with its tallies."""

    id: Identifier
    """Stable identifier within the dataset."""
    sitting: Identifier
    """Id of the sitting."""
    item: Identifier | None = None
    """Id of the agenda item within the sitting."""
    decision: Decision = Decision.RESOLUTION
    """Which rule of the law the vote is counted under (resolution, recall ...)."""
    method: VoteMethod = VoteMethod.ELECTRONIC
    """How the vote was taken."""
    in_favour: Count
    """Votes in favour (tán thành)."""
    against: Count = 0
    """Votes against (không tán thành)."""
    not_voting: Count = 0
    """Delegates present who did not vote, or blank ballots (không biểu quyết)."""
    base: Count | None = None
    """The total the minutes measure against (tổng số đại biểu), if they state it."""
    individual: tuple[IndividualVote, ...] = ()
    """Individual votes, if published."""
    passed: Flag | None = None
    """The outcome the minutes record."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        delegates = [v.delegate for v in self.individual]
        if len(delegates) != len(set(delegates)):
            msg = "a delegate's individual vote is recorded twice"
            raise ValueError(msg)
        return self

    @property
    def cast(self) -> int:
        """Delegates who took part: in favour, against and not voting."""
        return self.in_favour + self.against + self.not_voting

    def individual_tally(self) -> tuple[int, int, int] | None:
        """(in favour, against, not voting) counted from the individual votes, if any."""
        if not self.individual:
            return None
        choices = [v.choice for v in self.individual]
        return (
            choices.count(VoteChoice.IN_FAVOUR),
            choices.count(VoteChoice.AGAINST),
            choices.count(VoteChoice.NOT_VOTING),
        )

    def outcome(self, *, base: int, on: dt.date) -> bool | NotApplicable:
        """Whether the vote passes against *base* under the law in force on day *on*.

        ``NotApplicable`` when hdnd encodes no threshold for the decision that day.
        """
        threshold = framework_at(on).threshold(self.decision)
        if isinstance(threshold, NotApplicable):
            return threshold
        return threshold.is_met(self.in_favour, base)
