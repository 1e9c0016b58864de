"""Which time limits run on a petition, from which day, and when each was met.

Every petition a council or its office receives must be answered or passed on within the
reply limit of the citizen-reception law, counted from receipt — unless it is only stored
(anonymous, a duplicate), which calls for no reply. A complaint the body accepted must have
been accepted within the acceptance limit and be resolved within the resolution limit,
counted from acceptance (longer in remote areas and for complex cases). A denunciation
must be processed within the initial limit — passed on within the shorter transfer limit
when the body is not competent — and, once accepted, resolved within the resolution limit
plus any extensions. A case a delegate passed on is notified to the delegate within the
notice limit once resolved (Law 42/2013/QH13, Art. 27(2)). The law in force on each start
day sets each limit (:func:`hdnd.law.petitions.timeline.time_limit`).

```pycon
>>> import datetime as dt
>>> from hdnd.petitions import Petition
>>> p = Petition.model_validate({
...     "id": "p1", "unit": "92", "received": "2026-03-02", "kind": "complaint",
...     "steps": [{"kind": "received", "day": "2026-03-02"},
...               {"kind": "accepted", "day": "2026-03-09"}]})
>>> for clock in time_limits(p):
...     print(clock.limit.kind.value, clock.limit.due, clock.done)
petition-reply 2026-03-16 2026-03-09
complaint-acceptance 2026-03-12 2026-03-09
complaint-first 2026-04-08 None

```
"""

from __future__ import annotations

import datetime as dt

import attrs

from hdnd.law.deadlines import DeadlineKind
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.timeline import TimeLimit, time_limit
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome, StepKind
from hdnd.petitions.petition import Petition

__all__ = ["Clock", "first_decision", "time_limits"]

_REPLIED = frozenset(
    {
        StepKind.GUIDED,
        StepKind.ANSWERED,
        StepKind.FORWARDED,
        StepKind.INELIGIBLE,
        StepKind.ACCEPTED,
        StepKind.NOTIFIED,
    }
)
"""Steps that answer the petitioner or pass the petition on (Law 42/2013/QH13, Art. 28(1))."""

_PROCESSED = frozenset(
    {StepKind.ACCEPTED, StepKind.FORWARDED, StepKind.INELIGIBLE, StepKind.STORED}
)
"""Steps that end the initial processing of a denunciation (Law 25/2018/QH14, Art. 24)."""


_FIRST = (DeadlineKind.COMPLAINT_ACCEPTANCE, DeadlineKind.COMPLAINT_FIRST)
_SECOND = (DeadlineKind.COMPLAINT_SECOND_ACCEPTANCE, DeadlineKind.COMPLAINT_SECOND)


@attrs.frozen
class Clock:
    """A time limit running on one petition, and the day it was met (``None``: not yet).

    Attributes:
        petition: The petition's id.
        limit: The limit, its due day and the rule (with its citation).
        done: The day of the step that met it, if any.
    """

    petition: str
    limit: TimeLimit
    done: dt.date | None

    def missed(self, as_of: dt.date) -> bool:
        """Whether the limit was missed as of *as_of* (done late, or overdue and not done)."""
        return self.limit.start <= as_of and self.limit.missed(self.done, as_of)


def _first(petition: Petition, kinds: frozenset[StepKind]) -> dt.date | None:
    days = [step.day for step in petition.steps if step.kind in kinds]
    return min(days, default=None)


def first_decision(earlier: Petition | None) -> dt.date | None:
    """The day *earlier* was resolved, if it is a complaint that was (its first decision)."""
    if earlier is None or earlier.kind is not PetitionKind.COMPLAINT:
        return None
    return _first(earlier, frozenset({StepKind.RESOLVED}))


def time_limits(petition: Petition, *, earlier: Petition | None = None) -> tuple[Clock, ...]:
    """The time limits that run on *petition*, in the order they start.

    *earlier* is the petition it follows up (``follow_up_of``), if the caller has it: a
    complaint that follows up a complaint already resolved is a second complaint, accepted
    and resolved within the second-level limits (Law 02/2011/QH13, Art. 36(1) and 37).
    Limits the law in force on their start day does not set (before Law 42/2013/QH13, say)
    are left out. A petition recorded as a duplicate runs none: its first record does.
    """
    if petition.duplicate_of is not None:
        return ()
    found: list[tuple[DeadlineKind, dt.date, dt.date | None, int]] = []
    replied = _first(petition, _REPLIED)
    only_stored = replied is None and petition.handled_as is PetitionOutcome.STORED
    if not petition.anonymous and not only_stored:
        found.append((DeadlineKind.PETITION_REPLY, petition.received, replied, 0))
    accepted = _first(petition, frozenset({StepKind.ACCEPTED}))
    resolved = _first(petition, frozenset({StepKind.RESOLVED}))
    if petition.kind is PetitionKind.COMPLAINT and accepted is not None:
        second = first_decision(earlier) is not None
        acceptance, resolution = _SECOND if second else _FIRST
        found.append((acceptance, petition.received, accepted, 0))
        found.append((resolution, accepted, resolved, 0))
    if petition.kind is PetitionKind.DENUNCIATION and not petition.anonymous:
        processed = _first(petition, _PROCESSED)
        found.append((DeadlineKind.DENUNCIATION_INITIAL, petition.received, processed, 0))
        forwarded = _first(petition, frozenset({StepKind.FORWARDED}))
        if forwarded is not None:
            found.append((DeadlineKind.DENUNCIATION_TRANSFER, petition.received, forwarded, 0))
        if accepted is not None:
            extended = sum(step.kind is StepKind.EXTENDED for step in petition.steps)
            found.append((DeadlineKind.DENUNCIATION, accepted, resolved, extended))
    if petition.channel is Channel.DELEGATE and resolved is not None:
        notified = _first(petition, frozenset({StepKind.NOTIFIED}))
        found.append((DeadlineKind.FORWARDED_CASE_NOTICE, resolved, notified, 0))
    clocks: list[Clock] = []
    for kind, start, done, extensions in found:
        limit = time_limit(
            kind,
            start,
            remote=petition.remote,
            complex=petition.complex,
            extensions=extensions,
        )
        if not isinstance(limit, NotApplicable):
            clocks.append(Clock(petition.id, limit, done))
    return tuple(clocks)
