"""Reception sessions (buổi tiếp công dân): who received citizens, where, and when.

A standing committee (or a commune council's chair) publishes a schedule of reception days
(Law 42/2013/QH13, Art. 22(2)); each session records who received, where (the reception
office, the constituency, the council's office, or online from 1 July 2026) and whether it
was on the schedule. Visits name the session they belong to.

```pycon
>>> session = ReceptionSession(id="tcd-1", unit="92", day="2014-03-15",
...                            receiver="delegate", delegate="d7", place="constituency")
>>> session.place.label("en"), session.scheduled
('Constituency', True)

```
"""

from __future__ import annotations

from hdnd._core.model import Record
from hdnd._core.types import Day, Flag, Identifier
from hdnd.petitions.kinds import ReceiverRole, ReceptionPlace
from hdnd.units.unit import UnitCode

__all__ = ["ReceptionSession"]


class ReceptionSession(Record):
    """One session at which a council, its standing committee or a delegate received citizens."""

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit whose council received."""
    day: Day
    """Day of the session."""
    receiver: ReceiverRole
    """Who received: the chair, a standing committee member, a delegate, office staff."""
    place: ReceptionPlace
    """Where: the reception office, the constituency, the council's office, online."""
    council: Identifier | None = None
    """Id of the council, where the dataset has it."""
    delegate: Identifier | None = None
    """Id of the delegate who received, when a delegate (or chair) did."""
    scheduled: Flag = True
    """Whether the session was on the published schedule (``False``: held ad hoc)."""
