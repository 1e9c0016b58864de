"""The handling of a petition: dated steps, and the outcome offices publish as a view of them.

A petition's record keeps every step taken on it — received, classified, found ineligible
(and why), guided, answered, stored, forwarded (to whom), accepted for resolution, extended,
resolved, the result notified, a second complaint — each with its day. The four outcomes an
office's report counts (guided, answered, stored, forwarded) are read from those steps
(:func:`outcome_of`) unless the record states its outcome itself.

```pycon
>>> steps = [HandlingStep(kind="received", day="2014-03-03"),
...          HandlingStep(kind="classified", day="2014-03-05"),
...          HandlingStep(kind="forwarded", day="2014-03-10", to="UBND quận Ninh Kiều")]
>>> outcome_of(steps)
<PetitionOutcome.FORWARDED: 'forwarded'>
>>> outcome_of([HandlingStep(kind="received", day="2014-03-03")]) is None
True

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from types import MappingProxyType

from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText
from hdnd._core.types import Count, Day
from hdnd.petitions.kinds import PetitionOutcome, StepKind

__all__ = ["HandlingStep", "outcome_of", "step_outcome"]


class HandlingStep(Record):
    """One step in the handling of a petition (never a person's name: bodies and roles only)."""

    kind: StepKind
    """What was done."""
    day: Day
    """The day it was done."""
    to: NonEmptyText | None = None
    """For ``forwarded``: the body the petition was sent to."""
    by: NonEmptyText | None = None
    """The body or role that took the step (``Văn phòng``, ``Thường trực HĐND``)."""
    reason: NonEmptyText | None = None
    """For ``ineligible`` and ``extended``: why."""
    days: Count | None = None
    """For ``extended``: by how many days the time limit was extended."""


_OUTCOMES = MappingProxyType(
    {
        StepKind.GUIDED: PetitionOutcome.GUIDED,
        StepKind.ANSWERED: PetitionOutcome.ANSWERED,
        StepKind.STORED: PetitionOutcome.STORED,
        StepKind.FORWARDED: PetitionOutcome.FORWARDED,
    }
)


def step_outcome(kind: StepKind) -> PetitionOutcome | None:
    """The outcome a step of *kind* gives (``guided``, ``answered``, ``stored``, ``forwarded``).

    >>> step_outcome(StepKind.STORED), step_outcome(StepKind.RECEIVED)
    (<PetitionOutcome.STORED: 'stored'>, None)
    """
    return _OUTCOMES.get(kind)


def outcome_of(steps: Iterable[HandlingStep]) -> PetitionOutcome | None:
    """The office's outcome that the latest of its four outcome steps gives; ``None`` if none.

    Steps are taken in day order (ties in the order given).
    """
    found: PetitionOutcome | None = None
    latest: dt.date | None = None
    for step in steps:  # one pass: the latest day wins, and on one day the later step
        outcome = _OUTCOMES.get(step.kind)
        if outcome is not None and (latest is None or step.day >= latest):
            found, latest = outcome, step.day
    return found
