"""Reception sessions and citizen visits of a synthetic register (see ``petitions``)."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator, Sequence
from types import MappingProxyType
from typing import NamedTuple

from hdnd.councils.offices import Post
from hdnd.dataset.dataset import Dataset
from hdnd.petitions.kinds import ReceiverRole, ReceptionPlace, RefusalGround, VisitKind
from hdnd.testing.synthetic.base import _Row
from hdnd.testing.synthetic.limits import (
    _crowd_from,
    _online,
    _reception_law,
    _refusal_notice,
    _Weighted,
)

_REFUSED = 0.003
"""Share of the visitors refused reception."""
_VISIT_KINDS = _Weighted(((VisitKind.INDIVIDUAL, 90), (VisitKind.GROUP, 8), (VisitKind.CROWD, 2)))
_LARGEST_CROWD = 40
_ONLINE_SESSIONS = 0.1
"""Share of a province office's weekly sessions held online, where the law provides for it."""
_SESSION_WEIGHT = MappingProxyType(
    {
        ReceiverRole.OFFICE_STAFF: 3,
        ReceiverRole.STANDING_COMMITTEE: 4,
        ReceiverRole.COUNCIL_CHAIR: 3,
        ReceiverRole.DELEGATE: 1,
    }
)
"""How many visits a session draws, relatively (the reception office draws the most)."""


class _Receivers(NamedTuple):
    """Who of a council can receive citizens and pass petitions on: ids of its delegates."""

    chair: str | None
    groups: tuple[tuple[str, ...], ...]
    """The delegates of each delegate group (empty groups left out)."""


def _sessions(
    rng: random.Random,
    code: str,
    *,
    province: bool,
    receivers: _Receivers,
    days: Sequence[dt.date],
    year: int,
) -> list[_Row]:
    """The reception sessions of one unit on *days* (working days of *year*), in day order."""
    found: list[_Row] = []
    months: set[int] = set()
    weeks: set[tuple[int, int]] = set()
    for day in days:
        week = day.isocalendar()[:2]
        if day.weekday() == 0 or week in weeks:
            continue  # from Tuesday on, the first working day of the week
        weeks.add(week)
        monthly = day.month not in months
        months.add(day.month)
        if monthly:
            receiver = ReceiverRole.STANDING_COMMITTEE if province else ReceiverRole.COUNCIL_CHAIR
            place = ReceptionPlace.RECEPTION_OFFICE if province else ReceptionPlace.COUNCIL_OFFICE
            row: _Row = {"day": day, "receiver": receiver, "place": place}
            if receivers.chair is not None:
                row["delegate"] = receivers.chair
            found.append(row)
        elif province:
            online = _online(day) and rng.random() < _ONLINE_SESSIONS
            place = ReceptionPlace.ONLINE if online else ReceptionPlace.COUNCIL_OFFICE
            found.append({"day": day, "receiver": ReceiverRole.OFFICE_STAFF, "place": place})
    quarters = [[d for d in days if (d.month - 1) // 3 == q] for q in range(4)]
    for group in receivers.groups:
        for quarter in quarters:
            if quarter:
                found.append(
                    {
                        "day": rng.choice(quarter),
                        "receiver": ReceiverRole.DELEGATE,
                        "place": ReceptionPlace.CONSTITUENCY,
                        "delegate": rng.choice(group),
                    }
                )
    found.sort(key=lambda s: s["day"])
    for number, session in enumerate(found, 1):
        session["id"] = f"tcd-{code}-{year}-{number:03d}"
        session["unit"] = code
    return found


def _visits(
    rng: random.Random, code: str, sessions: Sequence[_Row], count: int, year: int
) -> list[_Row]:
    """*count* visits spread over *sessions*, in day order."""
    if not sessions or not count:
        return []
    weights = [_SESSION_WEIGHT[s["receiver"]] for s in sessions]
    chosen = sorted(rng.choices(range(len(sessions)), weights=weights, k=count))
    crowd = _crowd_from(year)
    visits: list[_Row] = []
    for number, at in enumerate(chosen, 1):
        session = sessions[at]
        kind = _VISIT_KINDS.draw(rng)
        visit: _Row = {
            "id": f"lt-{code}-{year}-{number:05d}",
            "unit": code,
            "day": session["day"],
            "kind": kind,
            "session": session["id"],
        }
        if kind is VisitKind.CROWD:
            people = rng.randint(crowd, _LARGEST_CROWD)
            bounds = _reception_law(session["day"]).representatives(people)
            lowest, highest = bounds if bounds is not None else (0, 0)
            visit["visitors"] = people
            visit["representatives"] = rng.randint(lowest, highest)
        elif kind is VisitKind.GROUP:
            visit["visitors"] = rng.randint(2, crowd - 1)
        elif rng.random() < 0.95:  # a few records do not say how many came
            visit["visitors"] = 1
        if rng.random() < _REFUSED:
            visit["refused"] = rng.choice(list(RefusalGround))
            notice = _refusal_notice(session["day"])
            if notice is not None:  # notified in writing, on time (from 1 July 2026)
                visit["refusal_notice"] = notice
        visits.append(visit)
    return visits


def _receivers(dataset: Dataset) -> Iterator[tuple[str, _Receivers]]:
    """Each council's chair and its delegates by delegate group, from the dataset."""
    members: dict[tuple[str, str | None], list[str]] = {}
    for delegate in dataset.delegates:
        for mandate in delegate.mandates:
            members.setdefault((mandate.council, mandate.constituency), []).append(delegate.id)
    chairs = {o.council: o.person for o in dataset.offices if o.post is Post.CHAIR}
    for council in dataset.councils:
        groups = tuple(
            tuple(d for c in group.constituencies for d in members.get((council.id, c), ()))
            for group in council.delegate_groups
        )
        yield council.id, _Receivers(chairs.get(council.id), tuple(g for g in groups if g))
