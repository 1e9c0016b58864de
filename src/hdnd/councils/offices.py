"""Offices held over time: chair, vice-chairs, committee posts, delegate-group leaders.

An :class:`Office` is one person in one post of one council from a start to an end, full-time
or not. People's Committee posts of the same unit are offices too (of the council of that
unit), because the law forbids some of them to members of the council's standing committee
(Law 72/2025/QH15, Art. 29(2)). "Who held post X on day D" is :func:`holders`; "every post of
person P" is :func:`offices_of`.

```pycon
>>> import datetime as dt
>>> offices = [
...     Office(person="d1", council="c", post="chair", start="2021-06-25", end="2024-01-31",
...            end_reason="moved", full_time=True),
...     Office(person="d2", council="c", post="chair", start="2024-02-01"),
...     Office(person="d2", council="c", post="committee-head", committee="legal-affairs",
...            start="2021-06-25", end="2024-01-31"),
... ]
>>> [o.person for o in holders(offices, "c", Post.CHAIR, dt.date(2024, 2, 1))]
['d2']
>>> [o.post.value for o in offices_of(offices, "d2")]
['committee-head', 'chair']

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import Self

from pydantic import model_validator

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Day, Flag, Identifier
from hdnd.law.confidence.base import RatedPost
from hdnd.law.local_government.organs import Committee, CouncilPost

__all__ = ["Office", "OfficeEndReason", "Post", "holders", "offices_of", "standing_committee"]


class Post(LabelledEnum):
    """A post in a council, its committees and delegate groups, or its People's Committee."""

    CHAIR = "chair"
    VICE_CHAIR = "vice-chair"
    COMMITTEE_HEAD = "committee-head"
    COMMITTEE_DEPUTY_HEAD = "committee-deputy-head"
    COMMITTEE_MEMBER = "committee-member"
    GROUP_LEADER = "group-leader"
    GROUP_DEPUTY_LEADER = "group-deputy-leader"
    OFFICE_CHIEF = "office-chief"
    PEOPLES_COMMITTEE_CHAIR = "peoples-committee-chair"
    PEOPLES_COMMITTEE_VICE_CHAIR = "peoples-committee-vice-chair"
    PEOPLES_COMMITTEE_MEMBER = "peoples-committee-member"
    AGENCY_HEAD = "agency-head"

    @property
    def council_post(self) -> CouncilPost | None:
        """The post as the local-government law names it, for council posts."""
        return _COUNCIL_POSTS.get(self)

    @property
    def rated_post(self) -> RatedPost | None:
        """The post as the resolutions on confidence ratings name it, for posts they may rate.

        Whether a council of a given level rates it, and when, is for the resolution in force
        (:meth:`hdnd.law.confidence.base.ConfidenceVoteRules.rated_posts`).
        """
        return _RATED_POSTS.get(self)

    @property
    def in_standing_committee(self) -> bool:
        """Whether the holder sits on the standing committee (Law 72/2025/QH15 Art. 29(2))."""
        return self in (Post.CHAIR, Post.VICE_CHAIR, Post.COMMITTEE_HEAD)

    @property
    def in_peoples_committee(self) -> bool:
        """Whether the post makes its holder a member of the People's Committee."""
        return self in (
            Post.PEOPLES_COMMITTEE_CHAIR,
            Post.PEOPLES_COMMITTEE_VICE_CHAIR,
            Post.PEOPLES_COMMITTEE_MEMBER,
        )

    @property
    def is_committee_post(self) -> bool:
        """Whether the post belongs to one committee (which :attr:`Office.committee` names)."""
        return self in (Post.COMMITTEE_HEAD, Post.COMMITTEE_DEPUTY_HEAD, Post.COMMITTEE_MEMBER)

    @property
    def is_group_post(self) -> bool:
        """Whether the post belongs to one delegate group (:attr:`Office.group`)."""
        return self in (Post.GROUP_LEADER, Post.GROUP_DEPUTY_LEADER)

    @property
    def needs_mandate(self) -> bool:
        """Whether only a delegate of the council may hold the post."""
        return self.council_post is not None or self.is_group_post

    @property
    def single_holder(self) -> bool:
        """Whether one person at a time holds the post (per committee or group)."""
        return self in (
            Post.CHAIR,
            Post.COMMITTEE_HEAD,
            Post.GROUP_LEADER,
            Post.OFFICE_CHIEF,
            Post.PEOPLES_COMMITTEE_CHAIR,
        )


_COUNCIL_POSTS_TABLE = {
    Post.CHAIR: CouncilPost.CHAIR,
    Post.VICE_CHAIR: CouncilPost.VICE_CHAIR,
    Post.COMMITTEE_HEAD: CouncilPost.COMMITTEE_HEAD,
    Post.COMMITTEE_DEPUTY_HEAD: CouncilPost.COMMITTEE_DEPUTY_HEAD,
    Post.COMMITTEE_MEMBER: CouncilPost.COMMITTEE_MEMBER,
}
_COUNCIL_POSTS: Mapping[Post, CouncilPost] = MappingProxyType(_COUNCIL_POSTS_TABLE)
_RATED_POSTS: Mapping[Post, RatedPost] = MappingProxyType(
    {
        Post.CHAIR: RatedPost.COUNCIL_CHAIR,
        Post.VICE_CHAIR: RatedPost.COUNCIL_VICE_CHAIR,
        Post.COMMITTEE_HEAD: RatedPost.COUNCIL_COMMITTEE_HEAD,
        Post.OFFICE_CHIEF: RatedPost.COUNCIL_OFFICE_CHIEF,
        Post.PEOPLES_COMMITTEE_CHAIR: RatedPost.PEOPLES_COMMITTEE_CHAIR,
        Post.PEOPLES_COMMITTEE_VICE_CHAIR: RatedPost.PEOPLES_COMMITTEE_VICE_CHAIR,
        Post.PEOPLES_COMMITTEE_MEMBER: RatedPost.PEOPLES_COMMITTEE_MEMBER,
    }
)


class OfficeEndReason(LabelledEnum):
    """Why an office ended."""

    TERM_ENDED = "term-ended"
    RESIGNED = "resigned"
    DISMISSED = "dismissed"
    MOVED = "moved"
    MANDATE_ENDED = "mandate-ended"
    REORGANISED = "reorganised"
    DIED = "died"


register_labels(
    Post,
    {
        Post.CHAIR: N_("Chủ tịch Hội đồng nhân dân"),
        Post.VICE_CHAIR: N_("Phó Chủ tịch Hội đồng nhân dân"),
        Post.COMMITTEE_HEAD: N_("Trưởng Ban"),
        Post.COMMITTEE_DEPUTY_HEAD: N_("Phó Trưởng Ban"),
        Post.COMMITTEE_MEMBER: N_("Ủy viên của Ban"),
        Post.GROUP_LEADER: N_("Tổ trưởng Tổ đại biểu"),
        Post.GROUP_DEPUTY_LEADER: N_("Tổ phó Tổ đại biểu"),
        Post.OFFICE_CHIEF: N_("Chánh Văn phòng"),
        Post.PEOPLES_COMMITTEE_CHAIR: N_("Chủ tịch Ủy ban nhân dân"),
        Post.PEOPLES_COMMITTEE_VICE_CHAIR: N_("Phó Chủ tịch Ủy ban nhân dân"),
        Post.PEOPLES_COMMITTEE_MEMBER: N_("Ủy viên Ủy ban nhân dân"),
        Post.AGENCY_HEAD: N_("Người đứng đầu cơ quan chuyên môn thuộc Ủy ban nhân dân"),
    },
)
register_labels(
    OfficeEndReason,
    {
        OfficeEndReason.TERM_ENDED: N_("Hết nhiệm kỳ"),
        OfficeEndReason.RESIGNED: N_("Xin thôi giữ chức vụ"),
        OfficeEndReason.DISMISSED: N_("Bị miễn nhiệm, bãi nhiệm"),
        OfficeEndReason.MOVED: N_("Điều động, luân chuyển"),
        OfficeEndReason.MANDATE_ENDED: N_("Chấm dứt nhiệm vụ đại biểu"),
        OfficeEndReason.REORGANISED: N_("Sắp xếp tổ chức bộ máy"),
        OfficeEndReason.DIED: N_("Từ trần"),
    },
)


class Office(Record):
    """One person in one post of one council, from *start* to *end* (both days included)."""

    person: Identifier
    """Id of the delegate (or, for People's Committee posts, of the person) holding it."""
    council: Identifier
    """Id of the council (for People's Committee posts: the council of the same unit)."""
    post: Post
    """The post."""
    start: Day
    """First day in office (election, approval or appointment)."""
    end: Day | None = None
    """Last day in office; empty while it runs."""
    end_reason: OfficeEndReason | None = None
    """Why the office ended."""
    committee: Committee | None = None
    """The committee, for a committee post (and only then)."""
    group: Identifier | None = None
    """Id of the delegate group, for a group post (and only then)."""
    body: VnText | None = None
    """The agency, for an agency head (e.g. ``Sở Tài chính``)."""
    full_time: Flag = False
    """Whether the post is held full-time (hoạt động chuyên trách)."""
    retirement_notice: Day | None = None
    """The day the holder was notified of their leave pending retirement (thông báo nghỉ công
    tác chờ nghỉ hưu): from then on they are not rated in a confidence rating
    (:func:`hdnd.confidence.rating_roll`). The notice concerns the person: given on any of
    their offices, it counts for all."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.end is not None and self.end < self.start:
            msg = f"the office ends ({self.end}) before it starts ({self.start})"
            raise ValueError(msg)
        if self.end_reason is not None and self.end is None:
            msg = "end_reason is given but the office has no end date"
            raise ValueError(msg)
        if self.post.is_committee_post != (self.committee is not None):
            msg = f"committee is needed for a committee post and only then (post {self.post})"
            raise ValueError(msg)
        if self.post.is_group_post != (self.group is not None):
            msg = f"group is needed for a delegate-group post and only then (post {self.post})"
            raise ValueError(msg)
        return self

    def covers(self, day: dt.date) -> bool:
        """Whether the office was held on *day*."""
        return self.start <= day and (self.end is None or day <= self.end)

    def overlaps(self, other: Office, open_until: dt.date | None = None) -> bool:
        """Whether the two offices were held on a common day.

        An office with no end runs until *open_until*, or without limit when it is ``None``.
        """
        self_end = self.end or open_until or dt.date.max
        other_end = other.end or open_until or dt.date.max
        return self.start <= other_end and other.start <= self_end

    @property
    def seat(self) -> tuple[str, Post, Committee | None, str | None]:
        """What makes two offices the same post: council, post, committee and group."""
        return (self.council, self.post, self.committee, self.group)


def holders(
    offices: Iterable[Office],
    council: str,
    post: Post,
    day: dt.date,
    *,
    committee: Committee | None = None,
) -> list[Office]:
    """The offices of *post* on *council* held on *day* (of one *committee* if given)."""
    return [
        o
        for o in offices
        if o.council == council
        and o.post is post
        and (committee is None or o.committee is committee)
        and o.covers(day)
    ]


def offices_of(offices: Iterable[Office], person: str) -> Iterator[Office]:
    """Every office of *person*, in start order."""
    return iter(sorted((o for o in offices if o.person == person), key=lambda o: o.start))


def standing_committee(offices: Iterable[Office], council: str, day: dt.date) -> list[Office]:
    """The standing committee (Thường trực) of *council* on *day*.

    Its members are the chair, the vice-chairs and the committee heads in office that day
    (Law 72/2025/QH15, Art. 29(2)), in that order.

    ```pycon
    >>> offices = [
    ...     Office(person="d3", council="c", post="committee-head", committee="legal-affairs",
    ...            start="2026-04-20"),
    ...     Office(person="d1", council="c", post="chair", start="2026-04-20"),
    ...     Office(person="d2", council="c", post="vice-chair", start="2026-04-20",
    ...            end="2026-05-31"),
    ... ]
    >>> [o.person for o in standing_committee(offices, "c", dt.date(2026, 6, 1))]
    ['d1', 'd3']

    ```
    """
    order = {Post.CHAIR: 0, Post.VICE_CHAIR: 1, Post.COMMITTEE_HEAD: 2}
    members = [
        o
        for o in offices
        if o.council == council and o.post.in_standing_committee and o.covers(day)
    ]
    return sorted(members, key=lambda o: order[o.post])
