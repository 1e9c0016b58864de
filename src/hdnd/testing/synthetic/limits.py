"""The law and the calendar a synthetic register follows, read once and cached.

Working days of a year (and the next, for limits that run past its end), the
citizen-reception law in force (crowds, online reception, the written notice of a refusal),
which time limits run on a petition handled one way or another (read from
:func:`hdnd.petitions.deadlines.time_limits`, never restated here), and weighted draws.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
import random
from collections.abc import Sequence
from types import MappingProxyType
from typing import Generic, NamedTuple, TypeVar

from hdnd._core.errors import NotEncodedError
from hdnd.calendar.workdays import add_working_days, is_working_day
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.amendments136_2025 import ReceptionAmendment2025
from hdnd.law.petitions.reception2013 import CitizenReceptionLaw2013
from hdnd.law.petitions.timeline import time_limit
from hdnd.petitions.deadlines import time_limits
from hdnd.petitions.handling import HandlingStep
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome, StepKind
from hdnd.petitions.petition import Petition

_T = TypeVar("_T")


class _Weighted(Generic[_T]):
    """Values drawn with weights: one ``random()`` and a bisection a draw."""

    def __init__(self, weighted: Sequence[tuple[_T, int]]) -> None:
        self.values = tuple(value for value, _ in weighted)
        self.bounds = tuple(itertools.accumulate(weight for _, weight in weighted))

    def draw(self, rng: random.Random) -> _T:
        return self.values[bisect.bisect(self.bounds, rng.random() * self.bounds[-1])]


_STEP_KIND = MappingProxyType({outcome: StepKind(outcome.value) for outcome in PetitionOutcome})


class _Year(NamedTuple):
    """The working days from 1 January of a year to the end of the next, and their positions."""

    days: tuple[dt.date, ...]
    position: dict[dt.date, int]
    last: int
    """Position of the year's last working day."""


@functools.lru_cache(maxsize=8)
def _year(year: int) -> _Year:
    first = dt.date(year, 1, 1)
    span = (dt.date(year + 2, 1, 1) - first).days
    days = tuple(d for n in range(span) if is_working_day(d := first + dt.timedelta(days=n)))
    last = bisect.bisect_right(days, dt.date(year, 12, 31)) - 1
    return _Year(days, {d: i for i, d in enumerate(days)}, last)


def _reception_law(day: dt.date) -> CitizenReceptionLaw2013:
    law = framework_at(day).instrument(Domain.CITIZEN_RECEPTION)
    if not isinstance(law, CitizenReceptionLaw2013):
        msg = f"no citizen-reception law encoded for {day}: choose a year from 2015 on"
        raise NotEncodedError(msg)
    return law


@functools.lru_cache(maxsize=8)
def _crowd_from(year: int) -> int:
    """The fewest people who must come through representatives, under the law of *year*."""
    law = _reception_law(dt.date(year, 1, 1))
    return next(n for n in itertools.count(1) if law.representatives(n) is not None)


@functools.lru_cache(maxsize=512)
def _online(day: dt.date) -> bool:
    """Whether the citizen-reception law in force on *day* provides for online reception."""
    law = _reception_law(day)
    return isinstance(law, ReceptionAmendment2025) and bool(law.ONLINE_RECEPTION.value)


@functools.lru_cache(maxsize=512)
def _refusal_notice(day: dt.date) -> dt.date | None:
    """When a refusal on *day* is notified: the next working day, never after the limit.

    ``None`` where the citizen-reception law in force on *day* asks for no written notice.
    """
    rule = _reception_law(day).deadline(DeadlineKind.REFUSAL_NOTICE)
    if rule is None:
        return None
    return min(add_working_days(day, 1), rule.due(day))


@functools.lru_cache(maxsize=64)
def _limits_at_receipt(
    kind: PetitionKind, outcome: PetitionOutcome, anonymous: bool, year: int
) -> tuple[DeadlineKind, ...]:
    """The time limits that run from receipt on a petition handled like this.

    Read from :func:`~hdnd.petitions.deadlines.time_limits` on a sample record, so that the
    generator follows whatever limits the library knows of.
    """
    day = _year(year).days[0]
    sample = Petition(
        id="sample",
        unit="01",
        received=day,
        kind=kind,
        anonymous=anonymous,
        channel=Channel.POST,
        steps=(
            HandlingStep(kind=StepKind.RECEIVED, day=day),
            HandlingStep(kind=_STEP_KIND[outcome], day=day, to="sample"),
        ),
    )
    return tuple(
        clock.limit.kind for clock in time_limits(sample) if clock.limit.start == sample.received
    )


@functools.lru_cache(maxsize=8192)
def _due(kind: DeadlineKind, received: dt.date) -> int:
    """Position among the working days of the last day of limit *kind* from *received*."""
    limit = time_limit(kind, received)
    if isinstance(limit, NotApplicable):  # pragma: no cover - the kinds come from the library
        msg = f"no {kind.value} limit on {received}"
        raise NotEncodedError(msg)
    return bisect.bisect_right(_year(received.year).days, limit.due) - 1
