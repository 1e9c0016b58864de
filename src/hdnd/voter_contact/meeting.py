"""A voter meeting (hội nghị tiếp xúc cử tri): where, when, who came and who spoke.

Before each regular session the standing committee of a council, the Fatherland Front
committee and the delegate groups organise meetings of delegates with voters; after a
regular session, and around a thematic session, the standing committee decides (Joint
resolution 72/2025, Art. 26 and 34). Delegates of at most two levels may meet voters
together (Art. 22(2)) — National Assembly delegates with provincial ones, say — so a
meeting records the council delegates present by id and the National Assembly delegates by
number. Offices publish three figures of a round of meetings: the meetings, the voters who
attended and the voters who spoke; a meeting records the last two as counts.

A meeting records no voter by name: the voters who raised a petition are personal data and
belong to the petition (:mod:`hdnd.voter_contact.petition`), hidden there.

```pycon
>>> meeting = VoterMeeting(id="tx-1", unit="31120", day="2014-04-19",
...                        occasion="before-session", national_delegates=2,
...                        attendances=140, speakers=9, with_front=True)
>>> meeting.occasion.label("vi"), meeting.attendances, meeting.delegates
('Trước kỳ họp thường lệ', 140, ())
>>> VoterMeeting(id="tx-2", unit="31120", day="2014-04-19", attendances="140")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for VoterMeeting
attendances
  Input should be a valid integer ...

```
"""

from __future__ import annotations

from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText
from hdnd._core.types import Count, Day, Flag, Identifier
from hdnd.units.unit import UnitCode
from hdnd.voter_contact.kinds import MeetingOccasion

__all__ = ["VoterMeeting"]


class VoterMeeting(Record):
    """One meeting of delegates with voters (một hội nghị, một cuộc tiếp xúc cử tri)."""

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit (commune, ward ...) where the meeting was held."""
    day: Day
    """Day of the meeting."""
    occasion: MeetingOccasion | None = None
    """Why it was held: before or after a regular session, before a thematic session, outside
    a delegate's constituency, with a group of voters, or another occasion."""
    council: Identifier | None = None
    """Id of the council whose delegates met voters; empty for meetings of National Assembly
    delegates alone."""
    session: Identifier | None = None
    """Id of the council session the meeting prepares or reports on, where there is one."""
    delegates: tuple[Identifier, ...] = ()
    """Ids of the council delegates present."""
    national_delegates: Count | None = None
    """How many National Assembly delegates were present, where the record says."""
    attendances: Count | None = None
    """Voters who attended (lượt cử tri tham dự), where counted."""
    speakers: Count | None = None
    """Voters who spoke (lượt cử tri phát biểu ý kiến), where counted."""
    place: NonEmptyText | None = None
    """Where in the unit it was held (a hall, a cultural house), as the record says."""
    with_front: Flag | None = None
    """Whether it was organised with the Fatherland Front committee; empty when unknown."""
