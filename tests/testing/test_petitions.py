"""The synthetic register of citizen reception and petitions at national volume."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from collections import Counter

import pytest

from hdnd import Dataset, dumps, validate
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.reception2013 import CitizenReceptionLaw2013
from hdnd.law.petitions.timeline import time_limit
from hdnd.petitions import outcome_of
from hdnd.petitions.deadlines import time_limits
from hdnd.petitions.kinds import (
    Channel,
    PetitionKind,
    PetitionOutcome,
    ReceiverRole,
    ReceptionPlace,
    StepKind,
    VisitKind,
)
from hdnd.reports.register import petition_register
from hdnd.testing import national_dataset, with_petitions
from hdnd.testing.synthetic import PETITIONS_YEAR
from hdnd.testing.synthetic.base import _FAMILY
from hdnd.testing.synthetic.petitions import PETITIONS_PER_MILLION

PROVINCES = ("46", "12")
"""Huế (a central city) and Lai Châu (mountainous): about 30,000 petitions."""
AFTER = dt.date(PETITIONS_YEAR + 1, 3, 1)
"""A day after every time limit of the year has run out."""


@pytest.fixture(scope="module")
def register() -> Dataset:
    return national_dataset(seed=0, provinces=PROVINCES, sessions=False, petitions=True)


def test_off_by_default() -> None:
    bare = national_dataset(seed=0, provinces=("46",), sessions=False)
    assert (bare.reception_sessions, bare.citizen_visits) == ((), ())
    assert len(bare.petitions) == 0


def test_the_same_seed_gives_the_same_register(register: Dataset) -> None:
    again = national_dataset(seed=0, provinces=PROVINCES, sessions=False, petitions=True)
    assert again == register
    other = national_dataset(seed=1, provinces=("46",), sessions=False, petitions=True)
    hue = tuple(p for p in register.petitions if p.unit in {u.code for u in other.units})
    assert len(other.petitions) != len(hue) or other.petitions != hue


def test_a_unit_has_the_same_register_whatever_else_is_generated(register: Dataset) -> None:
    hue = national_dataset(seed=0, provinces=("46",), sessions=False, petitions=True)
    units = {u.code for u in hue.units}
    assert hue.petitions == tuple(p for p in register.petitions if p.unit in units)
    assert hue.citizen_visits == tuple(v for v in register.citizen_visits if v.unit in units)
    # and the same added to a dataset already made, with its sessions or without
    bare = national_dataset(seed=0, provinces=("46",))
    added = with_petitions(bare)
    assert added.petitions == hue.petitions
    assert added.reception_sessions == hue.reception_sessions
    assert (added.sessions, added.delegates) == (bare.sessions, bare.delegates)


def test_counts_follow_the_population(register: Dataset) -> None:
    per_unit = Counter(p.unit for p in register.petitions)
    for unit in register.units:
        expected = (unit.population or 0) * PETITIONS_PER_MILLION / 1_000_000
        assert 0.8 * expected - 1 <= per_unit[unit.code] <= 1.2 * expected + 1, unit.code
    for province in PROVINCES:
        communes = [u.code for u in register.units if u.parent == province]
        assert per_unit[province] > max(per_unit[c] for c in communes)
    visits = Counter(v.unit for v in register.citizen_visits)
    assert visits[PROVINCES[0]] > max(visits[u.code] for u in register.units if u.parent)


def test_about_a_million_petitions_a_year_for_the_country() -> None:
    # Without generating them: the expected count from the populations drawn.
    country = national_dataset(seed=0, delegates=False)
    expected = sum(u.population or 0 for u in country.units) * PETITIONS_PER_MILLION / 1e6
    assert 900_000 <= expected <= 1_100_000


def test_no_personal_data(register: Dataset) -> None:
    assert all(p.petitioner is None and p.address is None for p in register.petitions)
    assert all(v.citizen is None for v in register.citizen_visits)
    part = Dataset(
        reception_sessions=register.reception_sessions[:200],
        citizen_visits=register.citizen_visits[:500],
        petitions=register.petitions[:2000],
    )
    revealed = dumps(part, personal_data=True)
    assert revealed == dumps(part)  # nothing to redact
    assert "[redacted]" not in revealed
    words = set(revealed.replace('"', " ").split())
    assert words.isdisjoint(_FAMILY)  # no family names, so no names


def test_the_register_validates(register: Dataset) -> None:
    for day in (dt.date(PETITIONS_YEAR, 6, 30), AFTER):
        assert list(validate(register, as_of=day)) == []


def test_late_petitions_are_reported_and_nothing_else_changes() -> None:
    bare = national_dataset(seed=0, provinces=("46",), sessions=False)
    on_time, late = with_petitions(bare), with_petitions(bare, late=0.05)
    assert len(on_time.petitions) == len(late.petitions)
    changed = {a.id for a, b in zip(on_time.petitions, late.petitions, strict=True) if a != b}
    for a, b in zip(on_time.petitions, late.petitions, strict=True):
        assert a.model_copy(update={"steps": ()}) == b.model_copy(update={"steps": ()})
    timed = [p for p in late.petitions if time_limits(p)]
    assert 0.03 * len(timed) < len(changed) < 0.07 * len(timed)
    findings = list(validate(late, as_of=AFTER))
    assert {f.code for f in findings} == {"petition-deadline-missed"}
    assert {f.record.removeprefix("petitions/") for f in findings} == changed


@pytest.mark.parametrize(("late", "year"), [(-0.1, PETITIONS_YEAR), (1.5, PETITIONS_YEAR)])
def test_bad_options_are_refused(register: Dataset, late: float, year: int) -> None:
    with pytest.raises(ValueError, match="late"):
        with_petitions(register, late=late, year=year)


def test_a_year_without_the_reception_law_is_refused() -> None:
    with pytest.raises(LookupError, match="citizen-reception law"):
        national_dataset(provinces=("46",), petitions=True, petitions_year=2010)


def test_sessions_receivers_and_places(register: Dataset) -> None:
    index = register.index
    provinces = set(PROVINCES)
    council_of = {c.unit: c.id for c in register.councils}
    for session in register.reception_sessions:
        assert session.day.year == PETITIONS_YEAR
        assert session.council == council_of[session.unit]
        if session.receiver in (ReceiverRole.DELEGATE, ReceiverRole.COUNCIL_CHAIR):
            assert session.delegate is not None
            (mandate,) = index.delegates[session.delegate].mandates
            assert mandate.council == session.council
        if session.receiver is ReceiverRole.OFFICE_STAFF:
            assert session.unit in provinces
    places = Counter(s.place for s in register.reception_sessions)
    assert places[ReceptionPlace.ONLINE] > 0
    assert all(
        s.day >= dt.date(2026, 7, 1) for s in register.reception_sessions if s.place == "online"
    )
    assert places[ReceptionPlace.CONSTITUENCY] > places[ReceptionPlace.RECEPTION_OFFICE]


def test_visits_and_crowds_follow_the_law(register: Dataset) -> None:
    kinds = Counter(v.kind for v in register.citizen_visits)
    assert kinds[VisitKind.INDIVIDUAL] > kinds[VisitKind.GROUP] > kinds[VisitKind.CROWD] > 0
    sessions = {s.id: s for s in register.reception_sessions}
    for visit in register.citizen_visits:
        assert sessions[visit.session or ""].day == visit.day
        law = framework_at(visit.day).instrument(Domain.CITIZEN_RECEPTION)
        assert isinstance(law, CitizenReceptionLaw2013)
        needed = law.representatives(visit.visitors or 1)
        if visit.kind is VisitKind.CROWD:
            assert needed is not None
            assert needed[0] <= (visit.representatives or 0) <= needed[1]
        else:
            assert needed is None  # a group is too small to need representatives
            assert visit.representatives is None
    assert sum(v.refused is not None for v in register.citizen_visits) > 0


def test_refusals_are_notified_on_time_where_the_law_asks(register: Dataset) -> None:
    refused = [v for v in register.citizen_visits if v.refused is not None]
    assert refused
    for visit in refused:  # the year is after 1 July 2026: a written notice, on time
        limit = time_limit(DeadlineKind.REFUSAL_NOTICE, visit.day)
        assert not isinstance(limit, NotApplicable)
        assert visit.refusal_notice is not None
        assert visit.day <= visit.refusal_notice <= limit.due
    assert all(v.refusal_notice is None for v in register.citizen_visits if v.refused is None)
    country = national_dataset(seed=0, provinces=("46",), delegates=True)
    early = with_petitions(country, year=2026).citizen_visits
    for visit in (v for v in early if v.refused is not None):
        assert (visit.refusal_notice is None) is (visit.day < dt.date(2026, 7, 1))


def test_petitions_are_handled_step_by_step(register: Dataset) -> None:
    keyed = {p.id: p for p in register.petitions}
    visits = {v.id: v for v in register.citizen_visits}
    outcomes: Counter[PetitionOutcome | None] = Counter()
    for petition in register.petitions:
        steps = petition.steps
        assert [s.kind for s in steps[:2]] == [StepKind.RECEIVED, StepKind.CLASSIFIED]
        assert steps[0].day == petition.received
        assert [s.day for s in steps] == sorted(s.day for s in steps)
        outcome = outcome_of(steps)
        outcomes[outcome] += 1
        if petition.duplicate_of is not None:
            original = keyed[petition.duplicate_of]
            assert outcome is None
            assert (original.kind, original.unit) == (petition.kind, petition.unit)
            assert original.received <= petition.received
            continue
        assert outcome is not None
        assert (steps[-1].to is not None) is (outcome is PetitionOutcome.FORWARDED)
        if petition.follow_up_of is not None:
            earlier = keyed[petition.follow_up_of]
            assert (earlier.kind, earlier.unit) == (petition.kind, petition.unit)
            assert earlier.received <= petition.received
        if petition.visit is not None:
            assert petition.channel is Channel.IN_PERSON
            assert visits[petition.visit].day == petition.received
        if petition.anonymous:
            assert petition.kind is PetitionKind.DENUNCIATION
            assert outcome is PetitionOutcome.STORED
        if petition.kind is PetitionKind.DENUNCIATION and not petition.anonymous:
            assert outcome in (PetitionOutcome.STORED, PetitionOutcome.FORWARDED)
        for clock in time_limits(petition):
            assert clock.done is not None
            assert clock.done <= clock.limit.due  # none late by default
    total = sum(outcomes.values())
    assert 0.01 < outcomes[None] / total < 0.06  # the duplicates
    assert all(outcomes[o] > 0.03 * total for o in PetitionOutcome)
    assert sum(p.follow_up_of is not None for p in register.petitions) > 0.02 * total
    assert sum(p.delegate is not None for p in register.petitions) > 0


def test_the_register_report_counts_them(register: Dataset) -> None:
    report = petition_register(register, "46")
    hue = [p for p in register.petitions if p.unit == "46"]
    duplicates = sum(p.duplicate_of is not None for p in hue)
    assert report.petitions == len(hue) - duplicates > 0
    assert report.duplicates == duplicates
    assert report.visits["crowd"] > 0
    assert "[redacted]" not in report.render("vi")


def test_importing_hdnd_and_its_testing_package_imports_no_benchmark_contender() -> None:
    # msgspec is a dependency of hdnd (it decodes petitions for the columns); polars is not
    code = (
        "import json, sys\n"
        "import hdnd, hdnd.testing\n"
        "print(json.dumps(sorted(m for m in ('polars', 'pandas') if m in sys.modules)))\n"
    )
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(completed.stdout) == []


def test_one_register_a_unit_from_its_council_of_the_year() -> None:
    country = national_dataset(seed=0, provinces=("46",), delegates=False)
    hue = country.councils[0]
    earlier = hue.model_copy(update={"id": "hdnd-46-2021", "term": "2021-2026"})
    both = country.model_copy(update={"councils": (earlier, *country.councils)})
    register = with_petitions(both, year=2026)
    sessions = [s for s in register.reception_sessions if s.unit == "46"]
    assert sessions
    assert {s.council for s in sessions} == {hue.id}  # the later term's council, from April
    assert hue.first_session is not None
    assert min(s.day for s in sessions) >= hue.first_session
    assert len({p.id for p in register.petitions}) == len(register.petitions)
    assert with_petitions(both, year=2020).petitions == ()  # no council elected yet
