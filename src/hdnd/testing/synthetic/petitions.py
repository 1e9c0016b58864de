"""A year of citizen reception and petitions at every national council: its register.

For each council, :func:`with_petitions` (or ``national_dataset(petitions=True)``) invents the
register of one calendar year, about a million petitions for the whole country, each unit's
share following its population (a province's council, which serves the whole province,
receives far more than a commune's):

* **reception sessions** — at a province, the office receives every week (now and then
  online, where the law of the day provides for online reception) and a member of the
  standing committee once a month at the reception office; at a commune, the chair of the
  council once a month; at both, every delegate group at its constituencies once a quarter,
  received by one of its delegates;
* **citizen visits** at those sessions — mostly individuals, some groups, a few crowds,
  which come through as many representatives as
  :meth:`~hdnd.law.petitions.reception2013.CitizenReceptionLaw2013.representatives` of the law
  in force asks for their number; a few visitors are refused reception, and told so in
  writing on time where the law of the day asks for a notice (from 1 July 2026);
* **petitions** — handed in at a visit, or arrived by post, online, through a delegate or
  from another body; complaints, recommendations, denunciations (about half of those filed
  away are anonymous) and a few mixed ones; some repeat an earlier petition of the same kind
  (``duplicate_of``: received and classified, no outcome of their own) and some follow one up
  (``follow_up_of``). Handling steps: received, classified within two working days, then guided,
  answered, stored or forwarded (naming the body) a few working days after that — never after
  the earliest time limit that runs on the petition from its receipt, read from
  :func:`hdnd.petitions.deadlines.time_limits` and the law of the day, so the register validates
  without findings.

With ``late`` (a share, 0 by default) that share of the petitions that run a time limit gets
its outcome one to five working days after the limit: each is reported as
``petition-deadline-missed``, correctly. Nothing here names a person: reception sessions name
delegates by id, forwarded petitions name bodies, petitioners and citizens are left out.

Each unit's register is drawn from a generator seeded by the seed, the year and the unit's
code: the same whatever else is generated, with or without the rest of the dataset.

```pycon
>>> from hdnd.testing import national_dataset
>>> ds = national_dataset(provinces=("46",), sessions=False, petitions=True)
>>> len(ds.petitions) > len(ds.citizen_visits) > len(ds.reception_sessions) > 0
True
>>> with_petitions(national_dataset(provinces=("46",), sessions=False)) == ds
True

```
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from types import MappingProxyType
from typing import NamedTuple

from pydantic import TypeAdapter

from hdnd.councils.terms import Term
from hdnd.dataset.dataset import Dataset
from hdnd.petitions.kinds import (
    Channel,
    PetitionKind,
    PetitionOutcome,
    StepKind,
)
from hdnd.petitions.reception import CitizenVisit
from hdnd.petitions.sessions import ReceptionSession
from hdnd.petitions.table import PetitionTable
from hdnd.testing.synthetic.base import _gc_paused, _Row
from hdnd.testing.synthetic.limits import (
    _STEP_KIND,
    _due,
    _limits_at_receipt,
    _reception_law,
    _Weighted,
    _year,
)
from hdnd.testing.synthetic.reception import (
    _LARGEST_CROWD,
    _Receivers,
    _receivers,
    _sessions,
    _visits,
)
from hdnd.units.unit import AdministrativeUnit

__all__ = ["PETITIONS_PER_MILLION", "PETITIONS_YEAR", "with_petitions"]

PETITIONS_YEAR = 2027
"""The year whose register is generated, unless told: the first full year of the term."""
PETITIONS_PER_MILLION = 3_000
"""Petitions a year per million residents (invented populations): about 10⁶ for the country."""

_VISITS_PER_PETITION = 0.4
"""Citizen visits for each petition received (Cần Thơ, 2014: 105 visits, 191 petitions)."""
_HANDED_IN = 0.4
"""Share of the visits received at which a petition is handed in."""
_CHANNELS_TABLE = ((Channel.POST, 55), (Channel.OTHER_BODY, 20), (Channel.ONLINE, 15))
_CHANNELS = MappingProxyType(
    {
        False: _Weighted(_CHANNELS_TABLE),
        True: _Weighted((*_CHANNELS_TABLE, (Channel.DELEGATE, 10))),
    }
)
"""How petitions not handed in at a visit arrive, by whether the council has delegates."""
_KINDS = _Weighted(
    (
        (PetitionKind.COMPLAINT, 45),
        (PetitionKind.RECOMMENDATION, 35),
        (PetitionKind.DENUNCIATION, 12),
        (PetitionKind.MIXED, 8),
    )
)
_OUTCOMES_TABLE: dict[PetitionKind, tuple[tuple[PetitionOutcome, int], ...]] = {
    PetitionKind.COMPLAINT: (
        (PetitionOutcome.GUIDED, 25),
        (PetitionOutcome.ANSWERED, 3),
        (PetitionOutcome.STORED, 30),
        (PetitionOutcome.FORWARDED, 42),
    ),
    PetitionKind.RECOMMENDATION: (
        (PetitionOutcome.GUIDED, 15),
        (PetitionOutcome.ANSWERED, 10),
        (PetitionOutcome.STORED, 30),
        (PetitionOutcome.FORWARDED, 45),
    ),
    # A denunciation is processed: filed away or passed to the competent body.
    PetitionKind.DENUNCIATION: ((PetitionOutcome.STORED, 45), (PetitionOutcome.FORWARDED, 55)),
    PetitionKind.MIXED: (
        (PetitionOutcome.GUIDED, 15),
        (PetitionOutcome.STORED, 45),
        (PetitionOutcome.FORWARDED, 40),
    ),
}
_OUTCOMES = MappingProxyType({kind: _Weighted(t) for kind, t in _OUTCOMES_TABLE.items()})
_ANONYMOUS = 0.5
"""Share of the denunciations filed away (not handed in at a visit) that are anonymous."""
_MANY_SIGNATORIES = 0.06
_DUPLICATES = 0.03
_FOLLOW_UPS = 0.04
_DECISION_KNOWN = 0.4
"""Share of the complaints whose record says when the decision complained about was known."""


class _Register(NamedTuple):
    sessions: list[_Row]
    visits: list[_Row]
    petitions: list[_Row]


# --- one unit ---------------------------------------------------------------------------------


def _bodies(unit: AdministrativeUnit, parent: AdministrativeUnit | None) -> dict[str, list[str]]:
    """The bodies a petition of each kind may be forwarded to, named after the units."""
    own = unit.name[0].lower() + unit.name[1:]
    if parent is None:
        council = f"Ủy ban nhân dân {own}"
        return {
            PetitionKind.COMPLAINT: [council, "Sở Nông nghiệp và Môi trường", "Sở Xây dựng",
                                     "Sở Nội vụ", f"Thanh tra {own}"],
            PetitionKind.DENUNCIATION: [f"Thanh tra {own}", f"Công an {own}",
                                        f"Viện kiểm sát nhân dân {own}"],
            PetitionKind.RECOMMENDATION: [council, "Sở Tài chính", "Sở Y tế",
                                          "Sở Giáo dục và Đào tạo", "Sở Xây dựng"],
            PetitionKind.MIXED: [council, f"Thanh tra {own}"],
        }  # fmt: skip
    province = parent.name[0].lower() + parent.name[1:]
    council = f"Ủy ban nhân dân {own}"
    return {
        PetitionKind.COMPLAINT: [council, f"Ủy ban nhân dân {province}", "Tòa án nhân dân khu vực"],
        PetitionKind.DENUNCIATION: [f"Công an {own}", f"Thanh tra {province}"],
        PetitionKind.RECOMMENDATION: [council, f"Ủy ban nhân dân {province}"],
        PetitionKind.MIXED: [council, f"Thanh tra {province}"],
    }


class _Draft(NamedTuple):
    received: dt.date
    channel: Channel
    kind: PetitionKind
    visit: _Row | None


def _drafts(
    rng: random.Random,
    visits: Sequence[_Row],
    count: int,
    receivable: Sequence[dt.date],
    delegates: bool,
) -> list[_Draft]:
    """What arrived, when and how: petitions handed in at visits, then the others."""
    drafts = [
        _Draft(v["day"], Channel.IN_PERSON, _KINDS.draw(rng), v)
        for v in visits
        if "refused" not in v and rng.random() < _HANDED_IN
    ]
    channels = _CHANNELS[delegates]
    drafts += [
        _Draft(rng.choice(receivable), channels.draw(rng), _KINDS.draw(rng), None)
        for _ in range(max(0, count - len(drafts)))
    ]
    drafts.sort(key=lambda d: d.received)
    return drafts


def _petitions(
    rng: random.Random,
    code: str,
    drafts: Sequence[_Draft],
    *,
    bodies: dict[str, list[str]],
    delegates: Sequence[str],
    year: int,
    late: float,
) -> list[_Row]:
    calendar = _year(year)
    days, position = calendar.days, calendar.position
    earlier: dict[PetitionKind, list[str]] = {kind: [] for kind in PetitionKind}
    petitions: list[_Row] = []
    for number, (received, channel, kind, visit) in enumerate(drafts, 1):
        pid = f"don-{code}-{year}-{number:05d}"
        outcome = _OUTCOMES[kind].draw(rng)
        row: _Row = {"id": pid, "unit": code, "received": received, "kind": kind}
        anonymous = (
            kind is PetitionKind.DENUNCIATION
            and outcome is PetitionOutcome.STORED
            and visit is None
            and rng.random() < _ANONYMOUS
        )
        if anonymous:
            row["anonymous"] = True
        elif visit is not None:
            row["signatories"] = visit.get("visitors", 1)
        else:
            many = rng.random() < _MANY_SIGNATORIES
            row["signatories"] = rng.randint(2, _LARGEST_CROWD) if many else 1
        row["channel"] = channel
        if visit is not None:
            row["visit"] = visit["id"]
        elif channel is Channel.DELEGATE:
            row["delegate"] = rng.choice(delegates)
        if kind is PetitionKind.COMPLAINT and rng.random() < _DECISION_KNOWN:
            row["decision_known"] = received - dt.timedelta(days=rng.randint(7, 75))
        start = position[received]
        classified = start + rng.choice((0, 1, 1, 2))
        steps: list[_Row] = [{"kind": StepKind.RECEIVED, "day": received}]
        draw = rng.random()
        same = earlier[kind]
        if not anonymous and same and draw < _DUPLICATES:
            # The same petitioner again on the same matter: counted once, not handled again.
            row["duplicate_of"] = rng.choice(same)
            steps.append({"kind": StepKind.CLASSIFIED, "day": days[classified]})
            row["steps"] = steps
            petitions.append(row)
            continue
        if not anonymous and same and draw < _DUPLICATES + _FOLLOW_UPS:
            row["follow_up_of"] = rng.choice(same)
        limits = _limits_at_receipt(kind, outcome, anonymous, year)
        done = classified + rng.randint(1, 6)
        if limits:
            # Drawn whatever *late* is: a late petition changes nothing else.
            slip, delay = rng.random(), rng.randint(1, 5)
            due = min(_due(limit, received) for limit in limits)
            done = due + delay if slip < late else min(done, due)
        classified = min(classified, done)
        last: _Row = {"kind": _STEP_KIND[outcome], "day": days[done]}
        if outcome is PetitionOutcome.FORWARDED:
            last["to"] = rng.choice(bodies[kind])
        steps += [{"kind": StepKind.CLASSIFIED, "day": days[classified]}, last]
        row["steps"] = steps
        petitions.append(row)
        if not anonymous:
            same.append(pid)
    return petitions


def _register(
    seed: int,
    unit: AdministrativeUnit,
    parent: AdministrativeUnit | None,
    council: str | None,
    receivers: _Receivers,
    *,
    term: Term,
    first: dt.date | None,
    year: int,
    late: float,
) -> _Register:
    """The register of *unit* for *year*: its reception sessions, visits and petitions.

    Nothing before the council's *first* session, nothing outside its *term* or the year.
    """
    rng = random.Random(f"{seed}-{year}-{unit.code}-register")
    calendar = _year(year)
    start = max(d for d in (first, term.election_day) if d is not None)
    open_days = [
        d
        for d in calendar.days[: calendar.last + 1]
        if start <= d and (term.end is None or d <= term.end)
    ]
    count = round(
        (unit.population or 0) * PETITIONS_PER_MILLION / 1_000_000 * rng.uniform(0.8, 1.2)
    )
    if not open_days or not count:
        return _Register([], [], [])
    province = parent is None
    sessions = _sessions(
        rng, unit.code, province=province, receivers=receivers, days=open_days, year=year
    )
    if council is not None:
        for session in sessions:
            session["council"] = council
    visits = _visits(rng, unit.code, sessions, round(count * _VISITS_PER_PETITION), year)
    delegates = [d for group in receivers.groups for d in group]
    drafts = _drafts(rng, visits, count, open_days, bool(delegates))
    bodies = _bodies(unit, parent)
    petitions = _petitions(
        rng, unit.code, drafts, bodies=bodies, delegates=delegates, year=year, late=late
    )
    return _Register(sessions, visits, petitions)


# --- a whole dataset ------------------------------------------------------------------------


def _check(year: int, late: float) -> None:
    if not 0 <= late <= 1:
        msg = f"late must be a share in [0, 1], not {late!r}"
        raise ValueError(msg)
    _reception_law(dt.date(year, 1, 1))


_SESSIONS = TypeAdapter(tuple[ReceptionSession, ...])
_VISITS = TypeAdapter(tuple[CitizenVisit, ...])
_PETITIONS = TypeAdapter(PetitionTable)


def with_petitions(
    dataset: Dataset, *, seed: int = 0, year: int = PETITIONS_YEAR, late: float = 0.0
) -> Dataset:
    """*dataset* with a year of reception sessions, visits and petitions for each council.

    The records of each council are those ``national_dataset(seed, petitions=True)`` gives
    it (see the module's description): drawn from the unit's population, its delegates (by
    delegate group) and the chair's office, which are read from *dataset*. Existing
    reception sessions, visits and petitions are replaced.

    *late* is the share of the petitions running a time limit whose outcome comes after it
    (``petition-deadline-missed``); by default none does.

    Raises:
        ValueError: *late* is not a share.
        LookupError: hdnd encodes no citizen-reception law for *year*.
    """
    _check(year, late)
    with _gc_paused():
        return _with_petitions(dataset, seed=seed, year=year, late=late)


def _with_petitions(dataset: Dataset, *, seed: int, year: int, late: float) -> Dataset:
    index = dataset.index
    collected = _Register([], [], [])
    # One register a unit: its council of the latest term that reaches into the year.
    chosen: dict[str, tuple[dt.date, str]] = {}
    for council in dataset.councils:
        term = index.term(council.term)
        if term.election_day.year <= year and (term.end is None or term.end.year >= year):
            elected = (term.election_day, council.id)
            chosen[council.unit] = max(chosen.get(council.unit, elected), elected)
    kept = {council_id for _, council_id in chosen.values()}
    for council_id, receivers in _receivers(dataset):
        if council_id not in kept:
            continue
        council = index.council(council_id)
        unit = index.unit(council.unit)
        parent = index.unit(unit.parent) if unit.parent else None
        register = _register(
            seed,
            unit,
            parent,
            council.id,
            receivers,
            term=index.term(council.term),
            first=council.first_session,
            year=year,
            late=late,
        )
        for into, rows in zip(collected, register, strict=True):
            into.extend(rows)
    return dataset.model_copy(
        update={
            "reception_sessions": _SESSIONS.validate_python(collected.sessions),
            "citizen_visits": _VISITS.validate_python(collected.visits),
            "petitions": _PETITIONS.validate_python(collected.petitions),
        }
    )
