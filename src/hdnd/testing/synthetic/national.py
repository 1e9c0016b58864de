"""Every current council of the country, drawn province by province."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Collection

from hdnd.councils.council import Council
from hdnd.councils.offices import Post
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import Delegate
from hdnd.law.levels import UnitKind
from hdnd.testing.synthetic.base import _TERM, SESSIONS_UNTIL, _gc_paused, _quota, _Row
from hdnd.testing.synthetic.confidence import _with_confidence
from hdnd.testing.synthetic.councils import _national_council
from hdnd.testing.synthetic.elections import _elect
from hdnd.testing.synthetic.offices import _offices
from hdnd.testing.synthetic.petitions import PETITIONS_YEAR, _check, _Register, _register
from hdnd.testing.synthetic.reception import _Receivers
from hdnd.testing.synthetic.sessions import _Activity, _meet
from hdnd.testing.synthetic.voter_contact import _with_voter_contact
from hdnd.units.unit import AdministrativeUnit, register


def national_dataset(
    seed: int = 0,
    *,
    delegates: bool = True,
    sessions: bool = True,
    until: dt.date = SESSIONS_UNTIL,
    provinces: Collection[str] | None = None,
    petitions: bool = False,
    petitions_year: int = PETITIONS_YEAR,
    voter_contact: bool = False,
    confidence: bool = False,
) -> Dataset:
    """Every current council of the country (34 provinces, 3,321 communes), term 2026–2031.

    Units come from the national register with invented populations and terrain. Each
    council gets its quota of seats under Law 72/2025/QH15, constituencies of at most five
    seats that add up to them (Law 85/2015/QH13 Art. 10(4)), the committees the law of its
    term gives a council of its kind, and delegate groups of one or two constituencies.

    With *delegates* (the default), every constituency also gets the record of its general
    election of 15 March 2026 — a valid turnout, at least as many candidates as
    ``minimum_candidates`` asks, and the winners that :meth:`hdnd.elections.election.Election.count`
    gives; up to two constituencies of a council leave a seat unfilled (no candidate left
    with a majority), so up to two seats stay vacant — and one invented delegate per winner,
    with the offices of the council: a chair, vice-chairs within the numbers of Resolution
    106/2025/UBTVQH15, a head and deputy heads for every committee, a leader for every
    delegate group, and a People's Committee chair who sits on no standing committee.

    With *delegates* and *sessions* (both the default), every council also meets, from its
    first session of 20 April 2026 up to *until* (a session opening later is left out; by
    default the end of 2027, so about five sessions a council): the first session, two
    regular sessions a year (in July and in December) and, now and then, a thematic session
    the standing committee requested. A session has two to four sittings, morning and
    afternoon, with agenda items in order — reports, draft resolutions, questioning at
    regular sessions, elections at the first — and the attendance of every delegate serving
    that day, mostly present, a few absent with leave. Every draft resolution is voted on:
    the tallies stay within the delegates present, and ``passed`` is what the threshold of
    Law 72/2025/QH15 Art. 35(2) gives against the council's membership that day (nearly
    every vote passes; about one in seventy falls short). Each vote passed has its
    resolution: numbered per council and year, ``05/NQ-HĐND``, or ``02/2027/NQ-HĐND`` for a
    normative one, signed on the day of the vote. A year cut short by *until* may have fewer
    regular sessions than the law asks: judge the data on a day before that year ends.
    Sessions need delegates: with ``delegates=False`` there are none.

    With *petitions* (off by default), every council also gets the register of citizen
    reception and petitions of *petitions_year* (2027 unless told): reception sessions,
    citizen visits and about a million petitions a year for the whole country, each unit's
    share following its population, handled within the time limits of the law
    (:mod:`hdnd.testing.synthetic.petitions`; :func:`~hdnd.testing.synthetic.with_petitions`
    adds the same records to a dataset already made).

    With *voter_contact* (off by default), every council with sessions also meets voters
    before each regular session (its delegate groups in the commune, or, at a province, in
    most of its communes; some again after the session), and the voter petitions raised
    there are compiled, summarised, forwarded, answered, published and reported on within
    the time limits of the voter-contact law (:mod:`hdnd.testing.synthetic.voter_contact`;
    :func:`~hdnd.testing.synthetic.with_voter_contact` adds the same records to a dataset
    already made).

    With *confidence* (off by default), every council that rates holds the confidence
    ratings of its term at the year-end regular session of the term's rating year, when
    the sessions reach it (not with the default *until*: the term's third year is 2028),
    and the confidence votes a few of them lead to at the next regular session
    (:mod:`hdnd.testing.synthetic.confidence`; :func:`~hdnd.testing.synthetic.with_confidence`
    adds the same records to a dataset already made).

    *provinces* (unit codes) keeps only those provinces' councils and their communes'.

    A council's organs, elections, offices and sessions are drawn from a generator seeded by
    *seed* and the unit's code, so the councils of a province are the same whatever else is
    kept, and the same with or without sessions (they are drawn last). A unit's register of
    petitions has a generator of its own, seeded by *seed*, the year and the unit's code; a
    council's voter contact and its confidence ratings, ones seeded by *seed* and the
    council's id.

    Raises:
        ValueError: A code of *provinces* is not a province of the register.
        LookupError: hdnd encodes no citizen-reception law for *petitions_year*.
    """
    if petitions:
        _check(petitions_year, 0.0)
    with _gc_paused():
        dataset = _national(
            seed,
            delegates=delegates,
            sessions=sessions and delegates,
            until=until,
            provinces=provinces,
            petitions=petitions_year if petitions else None,
        )
        if voter_contact:
            dataset = _with_voter_contact(dataset, seed=seed)
        return _with_confidence(dataset, seed=seed) if confidence else dataset


def _national(
    seed: int,
    *,
    delegates: bool,
    sessions: bool,
    until: dt.date,
    provinces: Collection[str] | None,
    petitions: int | None,
) -> Dataset:
    rng = random.Random(seed)
    registered = register()
    wanted = None if provinces is None else set(provinces)
    if wanted is not None:
        unknown = sorted(c for c in wanted if c not in registered or registered[c].parent)
        if unknown:
            msg = f"not provinces of the register: {', '.join(unknown)}"
            raise ValueError(msg)
    units: list[AdministrativeUnit] = []
    councils: list[Council] = []
    people: list[Delegate | _Row] = []
    offices: list[_Row] = []
    elections: list[_Row] = []
    activity = _Activity([], [], [], [])
    book = _Register([], [], [])
    for code, base in registered.items():
        is_province = base.parent is None
        if is_province:
            population = rng.randint(900_000, 9_500_000)
            terrain = {}
        else:
            population = rng.randint(3_000, 90_000)
            hilly = base.kind is UnitKind.COMMUNE and rng.random() < 0.3
            terrain = {"mountainous": hilly, "island": base.kind is UnitKind.SPECIAL_ZONE}
        if wanted is not None and (base.parent or code) not in wanted:
            continue  # drawn all the same: the kept units have the populations of the country
        unit = base.model_copy(
            update={"population": population, "population_date": dt.date(2025, 8, 31), **terrain}
        )
        units.append(unit)
        parent = registered[base.parent].kind if base.parent else None
        seats = _quota(unit, _TERM, parent)
        local = random.Random(f"{seed}-{code}")
        council = _national_council(local, unit, seats)
        councils.append(council)
        receivers = _Receivers(None, ())
        if delegates:
            vacancies = local.randint(0, 2)
            share = 0.1 if is_province else 0.2
            found = _elect(local, council, unit, vacancies, share)
            elections.extend(found.elections)
            people.extend(found.delegates)
            posts = list(_offices(local, council, unit, found))
            offices.extend(posts)
            receivers = _Receivers(
                next(o["person"] for o in posts if o["post"] is Post.CHAIR),
                tuple(
                    members
                    for group in council.delegate_groups
                    if (
                        members := tuple(
                            d["id"] for c in group.constituencies for d in found.by_constituency[c]
                        )
                    )
                ),
            )
            if sessions:
                _meet(
                    local,
                    council,
                    unit,
                    people=found.delegates,
                    posts=posts,
                    until=until,
                    into=activity,
                )
        if petitions is not None:
            parent_unit = registered[base.parent] if base.parent else None
            drawn = _register(
                seed,
                unit,
                parent_unit,
                council.id,
                receivers,
                term=_TERM,
                first=council.first_session,
                year=petitions,
                late=0.0,
            )
            for into, rows in zip(book, drawn, strict=True):
                into.extend(rows)
    return Dataset.model_validate(
        {
            "title": "Toàn quốc, nhiệm kỳ 2026–2031 (dữ liệu tổng hợp)",
            "description": (
                f"Tạo bằng hdnd.testing.national_dataset(seed={seed}); không phải số liệu thật."
            ),
            "synthetic": True,
            "units": units,
            "councils": councils,
            "delegates": people,
            "offices": offices,
            "elections": elections,
            "sessions": activity.sessions,
            "sittings": activity.sittings,
            "votes": activity.votes,
            "documents": activity.documents,
            "reception_sessions": book.sessions,
            "citizen_visits": book.visits,
            "petitions": book.petitions,
        }
    )
