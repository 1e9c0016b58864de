"""Coordination meetings (hội nghị giao ban) of standing committees.

A provincial standing committee meets the standing committees of the councils below it,
typically each quarter or half-year, at a host that rotates among them: Cao Bằng's second
briefing of 2014 was held in Trùng Khánh district and named Trà Lĩnh as the next host (seed
002). A meeting has a theme, participants and conclusions; :func:`host_rotation` lists the
hosts in date order, to see whether the host rotates.

```pycon
>>> meetings = [
...     CoordinationMeeting(id="gb-2014-2", host="cb", day="2014-09-30",
...                         location="huyện Trùng Khánh", participants=["tk", "tl"],
...                         theme="Nâng cao chất lượng công tác tham mưu của Văn phòng",
...                         next_location="huyện Trà Lĩnh"),
...     CoordinationMeeting(id="gb-2014-1", host="cb", day="2014-04-10",
...                         location="huyện Hà Quảng"),
... ]
>>> host_rotation(meetings, "cb")
['huyện Hà Quảng', 'huyện Trùng Khánh']

```
"""

from __future__ import annotations

from collections.abc import Iterable

from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Day, Identifier

__all__ = ["CoordinationMeeting", "host_rotation"]


class CoordinationMeeting(Record):
    """A coordination meeting (hội nghị giao ban) called by a council's standing committee."""

    id: Identifier
    """Stable identifier within the dataset."""
    host: Identifier
    """Id of the council whose standing committee called it."""
    day: Day
    """Day it was held."""
    location: VnText | None = None
    """Where it was held (the host unit of the rotation)."""
    participants: tuple[Identifier, ...] = ()
    """Ids of the councils whose standing committees took part."""
    theme: VnText | None = None
    """Its theme (chuyên đề)."""
    conclusions: tuple[VnText, ...] = ()
    """Conclusions and tasks agreed."""
    next_location: VnText | None = None
    """Where the next meeting is to be held, if agreed."""
    source: Identifier | None = None
    """Id of the source that reports it."""


def host_rotation(meetings: Iterable[CoordinationMeeting], host: str) -> list[str]:
    """The locations of *host*'s meetings in date order (unknown locations left out)."""
    held = sorted((m for m in meetings if m.host == host), key=lambda m: m.day)
    return [m.location for m in held if m.location is not None]
