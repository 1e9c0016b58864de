"""Citizen reception (tiếp công dân): the visits a council or its office received.

A visit is one reception of a citizen, a group, or a crowd of five or more raising one issue,
who must come through representatives (Law 42/2013/QH13, Art. 29); a visitor may be refused
reception on the grounds of Art. 9 and, from 1 July 2026, is told so by a written notice
(``refusal_notice``, Decree 154/2026/NĐ-CP). Visits belong to a reception session
(:mod:`hdnd.petitions.sessions`) when the register records it; petitions handed in at a visit
name it (:mod:`hdnd.petitions.petition`).

Names of citizens are personal data: hidden from ``repr`` and redacted on export unless asked
for (see :mod:`hdnd._core.personal`).

```pycon
>>> visit = CitizenVisit(id="v1", unit="92", day="2014-03-02", kind="crowd", visitors=12,
...                      representatives=3, citizen="Trần Văn B")
>>> "Trần" in repr(visit), visit.kind.label("en")
(False, 'Crowd')
>>> refused = CitizenVisit(id="v2", unit="92", day="2026-07-03", kind="individual",
...                        refused="already-resolved", refusal_notice="2026-07-06")
>>> refused.refusal_notice
datetime.date(2026, 7, 6)

```
"""

from __future__ import annotations

from pydantic import ConfigDict, Field

from hdnd._core.model import Record
from hdnd._core.personal import PersonalText
from hdnd._core.types import Count, Day, Identifier
from hdnd.petitions.kinds import PetitionKind, PetitionOutcome, RefusalGround, VisitKind
from hdnd.petitions.petition import Petition
from hdnd.units.unit import UnitCode

__all__ = ["CitizenVisit", "Petition", "PetitionKind", "PetitionOutcome", "VisitKind"]


class CitizenVisit(Record):
    """One reception of a citizen, a group or a crowd of citizens (một lượt tiếp)."""

    model_config = ConfigDict(hide_input_in_errors=True)  # personal data never in an error

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit whose council or office received the visit."""
    day: Day
    """Day of the visit."""
    kind: VisitKind
    """Individual, group, or crowd (five or more on one issue)."""
    visitors: Count | None = None
    """Number of people who came."""
    representatives: Count | None = None
    """For a crowd: how many representatives it chose, in writing signed by all."""
    session: Identifier | None = None
    """Id of the reception session (:class:`~hdnd.petitions.sessions.ReceptionSession`)."""
    refused: RefusalGround | None = None
    """The ground on which the visitor was not received, if they were not."""
    refusal_notice: Day | None = None
    """The day the written notice refusing reception was issued (from 1 July 2026, Decree
    154/2026/NĐ-CP)."""
    citizen: PersonalText | None = Field(default=None, repr=False)
    """Name of the citizen or group representative (personal data)."""
