"""The rules in force on a day: :func:`framework_at` and :func:`framework_for_term`.

Most rules follow the day (a resolution passed on 2025-07-02 needs the majority of the law in
force then). Seat numbers follow the *term*: a council keeps the number of delegates fixed by
the law its election was held under (:func:`framework_for_term`).

```pycon
>>> import datetime as dt
>>> from hdnd.law.levels import UnitKind
>>> fw = framework_at(dt.date(2026, 3, 15))
>>> fw.seat_quota(UnitKind.COMMUNE, population=12_000).seats
16
>>> fw.seat_quota(UnitKind.RURAL_DISTRICT, population=120_000).is_applicable
False
>>> fw.threshold(Decision.RESOLUTION).describe("en")
'more than 1/2 of the total number of delegates'

```
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from typing import Protocol

import attrs

from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.instrument import Decision, Domain, Instrument, LocalGovernmentLaw
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatBasis, SeatQuota
from hdnd.law.local_government.structure import existence_citation, kind_exists
from hdnd.law.registry import INSTRUMENTS
from hdnd.law.thresholds import Threshold

__all__ = ["Framework", "HasElectionDay", "framework_at", "framework_for_term", "in_force"]


class HasElectionDay(Protocol):
    """Anything with an election day, such as :class:`hdnd.Term`."""

    @property
    def election_day(self) -> dt.date:
        """The day the term's councils were elected."""
        ...


def in_force(on: dt.date) -> tuple[type[Instrument], ...]:
    """The encoded instruments in force on day *on*, one per domain at most."""
    chosen: dict[Domain, type[Instrument]] = {}
    for cls in INSTRUMENTS:
        if cls.effective <= on:
            current = chosen.get(cls.domain)
            if current is None or cls.effective >= current.effective:
                chosen[cls.domain] = cls
    return tuple(chosen.values())


@attrs.frozen
class Framework:
    """The rules in force on one day, composed from the instruments in force.

    Attributes:
        on: The day.
        instruments: The instrument in force for each domain hdnd encodes.
    """

    on: dt.date
    instruments: Mapping[Domain, Instrument]

    def instrument(self, domain: Domain) -> Instrument | None:
        """The instrument in force for *domain*, if hdnd encodes one for that day."""
        return self.instruments.get(domain)

    @property
    def local_government(self) -> LocalGovernmentLaw | None:
        """The law on the organisation of local government in force, if encoded."""
        law = self.instruments.get(Domain.LOCAL_GOVERNMENT)
        return law if isinstance(law, LocalGovernmentLaw) else None

    def seat_quota(
        self,
        kind: UnitKind,
        *,
        population: int,
        mountainous: bool = False,
        highland: bool = False,
        island: bool = False,
        parent_kind: UnitKind | None = None,
        unit_code: str | None = None,
        communes: int | None = None,
    ) -> SeatQuota | NotApplicable:
        """The number of seats of the council of a unit, or why there is none.

        Args:
            kind: The kind of unit.
            population: Its residents, on the date the law takes the population from.
            mountainous: In a mountainous area (miền núi).
            highland: In a highland area (vùng cao).
            island: An island unit (hải đảo).
            parent_kind: The kind of the unit above it (for wards).
            unit_code: The unit's code (Hà Nội ``01`` and Hồ Chí Minh City ``79``).
            communes: The number of commune-level units in it (district-level units with 30
                or more had their number set by the Standing Committee before 2025).
        """
        if not kind_exists(kind, self.on):
            return NotApplicable(
                NotApplicableReason.NO_SUCH_KIND, kind.label("vi"), existence_citation(kind)
            )
        law = self.local_government
        if law is None:
            return NotApplicable(NotApplicableReason.NOT_ENCODED, self.on.isoformat())
        basis = SeatBasis(
            kind, population, mountainous, highland, island, parent_kind, unit_code, communes
        )
        quota = law.seat_quota(basis)
        if isinstance(quota, NotApplicable) and quota.reason is NotApplicableReason.NO_SUCH_KIND:
            # The kind exists on this day (district councils until 30 June 2025) but the law
            # in force does not set its seats: hdnd does not encode the rule that does.
            return NotApplicable(NotApplicableReason.NOT_ENCODED, self.on.isoformat())
        return quota

    def threshold(self, decision: Decision) -> Threshold | NotApplicable:
        """The votes a council decision needs, or why hdnd cannot say."""
        for law in self.instruments.values():
            threshold = law.threshold(decision)
            if threshold is not None:
                return threshold
        return NotApplicable(NotApplicableReason.NOT_ENCODED, self.on.isoformat())

    def confidence_outcome(self, *, total: int, low: int) -> ConfidenceOutcome | NotApplicable:
        """What *low* "tín nhiệm thấp" ratings out of *total* lead to, under the rules in force.

        *total* is what the instrument in force counts against: all delegates under
        Resolution 85/2014/QH13, the ballots under Resolution 96/2023/QH15.
        """
        law = self.instruments.get(Domain.CONFIDENCE_VOTES)
        if not isinstance(law, ConfidenceVoteRules):
            return NotApplicable(NotApplicableReason.NOT_ENCODED, self.on.isoformat())
        return law.outcome(total=total, low=low)

    def deadline(self, kind: DeadlineKind) -> Deadline | NotApplicable:
        """The time limit of *kind* in force, or why hdnd cannot give one."""
        for law in self.instruments.values():
            deadline = law.deadline(kind)
            if deadline is not None:
                return deadline
        return NotApplicable(NotApplicableReason.NOT_ENCODED, self.on.isoformat())


def framework_at(on: dt.date) -> Framework:
    """The rules in force on day *on*.

    Raises:
        TypeError: *on* is not a :class:`datetime.date`.
    """
    if not isinstance(on, dt.date) or isinstance(on, dt.datetime):
        msg = f"framework_at() takes a datetime.date, not {type(on).__name__}"
        raise TypeError(msg)
    return _framework_on(on)


@functools.lru_cache(maxsize=1024)
def _framework_on(on: dt.date) -> Framework:
    # One Framework per day, shared: it is frozen and its instruments only read their day.
    # Checks and reports ask for the same few days thousands of times.
    return Framework(on, {cls.domain: cls(on) for cls in in_force(on)})


def framework_for_term(term: HasElectionDay) -> Framework:
    """The rules a term's councils were constituted under: those in force on election day."""
    return framework_at(term.election_day)
