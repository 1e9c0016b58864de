"""National-scale benchmark: hdnd against baselines run in the same process.

The data is :func:`hdnd.testing.synthetic.national_dataset`: every council of the country
after the 2025 reform (34 provinces, 3,321 communes, term 2026–2031), one invented delegate
per filled seat (about 79,000), the general election of every constituency, the offices of
every council, and its sessions up to the end of 2027 with their sittings, attendance, votes
and resolutions. The generator has no size parameter, so ``--scale`` keeps a prefix of its
councils: province by province in register order, each province's council followed by its
communes', cut at ``scale`` of the councils; the units, delegates, offices, elections,
sessions, sittings, votes and documents of the kept councils come with them.

Stages, each timed next to one or more baselines that do the least work the stage could do:

==========  ==========================================  ========================================
stage       hdnd                                        baselines (first one gives the ratio)
==========  ==========================================  ========================================
dumps       ``hdnd.io.json.dumps(dataset)``             ``json.dumps`` of ``json.loads(text)``,
                                                        same indent (the output is identical)
loads       ``hdnd.io.json.loads(text)``                ``TypeAdapter(Dataset).validate_json``
                                                        (pydantic floor); ``json.loads`` (parse)
index       ``DatasetIndex.build(dataset)``             dicts by id; mandates, offices and
                                                        elections grouped by council
validate    ``validate(dataset, as_of=AS_OF)``          sort every mandate by delegate, council
                                                        and start, compare neighbours (O(n log n))
overview    ``council_overview`` of every council       one pass counting the same groups
render      ``Report.render("vi")`` of every overview   the same rows joined as Markdown cells
sessions    ``session_activity`` of every council,      one pass counting sessions by kind,
            over the whole term                         sitting days, attendance by delegate,
                                                        votes and resolutions
petitions   ``hdnd.io.json.loads(text)`` of the         ``PlainPetitions.model_validate_json``
            petitions collection (``--petitions``)      (plain BaseModel, same fields and field
                                                        types); ``msgspec`` Structs of the same
                                                        fields, ``msgspec.json.Decoder``
register    ``petition_register(dataset)`` over every   one pass over visits and plain pydantic
            unit (``--petitions``)                      petitions counting the same; ``polars``
                                                        group-bys and joins over frames read
                                                        beforehand
voter-      ``voter_contact_summary(dataset, council)`` one pass over the meetings and one over
contact     for every council (``--voter-contact``)     the petitions counting the same figures
                                                        for every council (no law, no rows)
confidence  ``confidence_results(dataset, council)``    one pass over the ratings: ballots,
            for every council with ratings              "low" share of the law's base, the
            (``--confidence``)                          law's ``outcome`` (no roll, no rows)
==========  ==========================================  ========================================

The petitions stages (``--petitions``; always with ``--quick``) run on the kept councils
with a year of their register added by :func:`hdnd.testing.synthetic.with_petitions`:
reception sessions, citizen visits and petitions, about a million a year at full scale. The
other stages run on the data without it, so that their figures do not change with the
option. ``petitions`` loads the same JSON text of the petitions collection with each
contender; ``register`` counts from records already loaded (the index of hdnd, the plain
pydantic petitions of the loop and the frames of polars, read with ``pl.read_json`` from the
same JSON, are made before and not timed). hdnd keeps petitions as columns
(:mod:`hdnd.petitions.columns`), and its register counts from them.
Before timing, each contender is checked to declare the same fields, the register baselines
to give the same counts as hdnd, and the loaders are fed a list of bad inputs: plain pydantic
refuses exactly what hdnd refuses; msgspec, which strips no white space, differs on four
(the table lists them). ``µs/record`` of these two stages is per petition (its steps
inside). Their memory line gives the bytes each contender keeps per petition.

The voter-contact stage (``--voter-contact``; always with ``--quick``) runs on the kept
councils with their voter contact added by :func:`hdnd.testing.synthetic.with_voter_contact`:
the meetings of every regular session's round and the voter petitions compiled from them.
It times every council's ``voter_contact_summary`` (whole term, no ``as_of``) against one
pass over the meetings and one over the petitions that count, for every council, the
meetings by occasion, attendances, speakers, petitions by field and level, merged, answered,
unresolved and raised again; before timing, the loop is checked to give every council
exactly hdnd's figures. hdnd also judges each answer against the law and builds the report;
the loop does not. ``µs/record`` is per meeting or petition.

The confidence stage (``--confidence``; always with ``--quick``) needs the rating year of
the term (2028), which the sessions of the other stages do not reach: the provinces of the
kept councils are generated again with their sessions up to the end of 2029 and their
confidence ratings and votes (:func:`hdnd.testing.synthetic.with_confidence`; only
provincial councils rate). It times ``confidence_results`` (whole term, no ``as_of``) of
every council with ratings against one pass over the ratings that gives, for each person,
the ballots, the "low" ratings as an exact share of the base of the resolution in force on
the day (the ballots, or the record's delegates) and the outcome its ``outcome`` gives;
before timing, the loop is checked to give every person hdnd's figures. hdnd also finds the
roll of those due and exempt, matches the votes and builds the report; the loop does not.
``µs/record`` is per rating or vote.

``validate``, ``overview``, ``render`` and ``sessions`` run with the dataset's index already
built (the ``index`` stage times it); otherwise the first run alone would pay for building it. They
judge the data on ``--as-of``, 2026-11-01 by default: the synthetic councils are those of
the 2026–2031 term (first session 2026-04-20), and on a day of the 2021–2026 term none of
their delegates would be serving yet, leaving the overview and the seat check nothing to do.

How to read it. Seconds depend on the machine, its load and the Python build; a baseline
timed in the same process, on the same data, interleaved run by run with the stage, shares
most of that. The **ratio** (hdnd's best time / the baseline's best time) is what to compare
between commits and machines: 1.0 means as fast as the floor, 2.0 twice its time. A ratio
below 1 is possible where the baseline is pure Python and hdnd's work happens in
pydantic-core (``dumps``). ``µs/record`` divides the best time by every record of the
dataset (units, councils, delegates, mandates, offices, elections and their candidates,
sessions, sittings with their agenda items and attendance, votes, documents and their
tasks); the overview, render and sessions stages also give microseconds per council.

Garbage collection. Before every timed run the collector runs (``gc.collect()``). With
``--gc paused`` (the default, as :mod:`timeit` does) it is then disabled during the run, for
hdnd and the baselines alike: no run pays for collections, and the pause that
``hdnd.io.json.loads`` makes itself changes nothing. With ``--gc enabled`` it stays on for
everyone, as in a user's program: every function pays for the collections its allocations
trigger, and ``loads`` shows what its own pause is worth against plain pydantic (it still pays
one young-generation collection over everything it built, when it switches the collector
back on).

Memory is measured once, outside the timed runs, with :mod:`tracemalloc`: the peak while
``loads`` runs and the bytes the loaded dataset keeps, per record, next to the same for
``json.loads``. tracemalloc sees Python objects only, not the Rust buffers of pydantic-core's
parser, so peaks are approximate. Nothing here asserts a time or a size: the benchmark
measures, the reader judges.

Usage (``make bench`` runs the first line)::

    python benchmarks/national.py                 # full scale, best and median of 3
    python benchmarks/national.py --scale 0.25 --repeat 5 --json bench.json
    python benchmarks/national.py --quick         # 2 % of the councils, one run (tests)
    python benchmarks/national.py --scale 0.1 --petitions --repeat 3   # with the register
    python benchmarks/national.py --scale 0.1 --voter-contact            # with voter contact
    python benchmarks/national.py --scale 0.1 --confidence               # with ratings

The petitions stages need the ``dev`` extra (msgspec and polars, imported only by them).
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
import io
import itertools
import json
import math
import os
import platform
import statistics
import sys
import time
import tracemalloc
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from fractions import Fraction
from importlib.metadata import version
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, NamedTuple, TypedDict, get_args

from pydantic import BaseModel, ConfigDict, StringConstraints, TypeAdapter, ValidationError

from hdnd._core.errors import DatasetError
from hdnd._core.personal import PersonalText
from hdnd._core.text import NonEmptyText
from hdnd._core.types import Count, Day, Flag, Identifier
from hdnd.confidence import confidence_rules
from hdnd.dataset.dataset import COLLECTIONS, Dataset, DatasetIndex
from hdnd.io.json import dumps, loads
from hdnd.law.thresholds import Base
from hdnd.petitions.handling import HandlingStep
from hdnd.petitions.kinds import (
    Channel,
    PetitionKind,
    PetitionOutcome,
    RefusalGround,
    StepKind,
    VisitKind,
)
from hdnd.petitions.petition import Petition
from hdnd.reports.base import Report
from hdnd.reports.confidence import ConfidenceResults as ConfidenceReport
from hdnd.reports.confidence import confidence_results
from hdnd.reports.overview import council_overview
from hdnd.reports.register import PetitionRegister, petition_register
from hdnd.reports.sessions import session_activity
from hdnd.reports.voter_contact import VoterContactSummary, voter_contact_summary
from hdnd.sessions.session import ItemKind
from hdnd.testing.synthetic import (
    PETITIONS_YEAR,
    national_dataset,
    with_confidence,
    with_petitions,
    with_voter_contact,
)
from hdnd.units.unit import UnitCode
from hdnd.validation import validate
from hdnd.voter_contact.kinds import VoterPetitionResult

if TYPE_CHECKING:
    import polars as pl

AS_OF = dt.date(2026, 11, 1)
"""Default day to validate and report on: inside the synthetic councils' term (2026–2031)."""

QUICK_SCALE = 0.02
"""``--quick``: about 67 councils and 1,600 delegates, one run per stage."""

QUICK_MEMORY_SAMPLE = 5_000
"""``--quick``: the petitions whose memory is traced (of about 35,000)."""

STAGES = ("dumps", "loads", "index", "validate", "overview", "render", "sessions")
"""The stages, in the order they run and print."""

PETITION_STAGES = ("petitions", "register")
"""The stages ``--petitions`` (and ``--quick``) adds after the others."""

VOTER_CONTACT_STAGES = ("voter-contact",)
"""The stage ``--voter-contact`` (and ``--quick``) adds after the others."""

CONFIDENCE_STAGES = ("confidence",)
"""The stage ``--confidence`` (and ``--quick``) adds last."""

CONFIDENCE_UNTIL = dt.date(2029, 12, 31)
"""The sessions of the confidence stage's data: the term's rating year (2028) and the next."""

GcMode = Literal["paused", "enabled"]

_CLOCK_RESOLUTION = time.get_clock_info("perf_counter").resolution


class BaselineResult(TypedDict):
    """One baseline of a stage."""

    description: str
    seconds: float
    median_seconds: float
    runs: list[float]
    ratio: float
    median_ratio: float


class StageResult(TypedDict):
    """One stage: hdnd's times, and every baseline with the ratio to it."""

    description: str
    seconds: float
    median_seconds: float
    runs: list[float]
    microseconds_per_record: float
    items: int
    item: str
    microseconds_per_item: float
    baseline: str
    ratio: float
    baselines: dict[str, BaselineResult]


class MemoryResult(TypedDict):
    """tracemalloc figures for loading, in bytes (Python objects only)."""

    loads_peak_bytes: int
    loads_peak_bytes_per_record: float
    dataset_bytes: int
    dataset_bytes_per_record: float
    json_loads_peak_bytes: int
    plain_bytes: int
    plain_bytes_per_record: float
    dataset_to_plain_ratio: float
    max_rss_bytes: int | None


class PetitionResults(TypedDict):
    """The register the petitions stages run on, and what was measured once, untimed."""

    year: int
    generate_seconds: float
    frames_seconds: float
    json_bytes: int
    counts: dict[str, int]
    same_counts: dict[str, bool]
    same_fields: dict[str, bool]
    agreement: dict[str, int]
    disagreements: dict[str, list[str]]
    bad_inputs: int
    bytes_per_petition: dict[str, float]
    memory_petitions: int


class VoterContactResults(TypedDict):
    """The voter contact the ``voter-contact`` stage runs on, and the check of its baseline."""

    generate_seconds: float
    counts: dict[str, int]
    same_counts: dict[str, bool]


class ConfidenceResults(TypedDict):
    """The ratings the ``confidence`` stage runs on, and the check of its baseline."""

    generate_seconds: float
    counts: dict[str, int]
    same_counts: dict[str, bool]


class Results(TypedDict):
    """Everything one run of the benchmark measured (written by ``--json``)."""

    benchmark: str
    date: str
    python: str
    pydantic: str
    hdnd: str
    platform: str
    cpus: int | None
    scale: float
    actual_scale: float
    seed: int
    repeat: int
    warmup: int
    gc: GcMode
    as_of: str
    generate_seconds: float
    json_bytes: int
    counts: dict[str, int]
    findings: int
    round_trip: bool
    stages: dict[str, StageResult]
    memory: MemoryResult
    petitions: PetitionResults | None
    voter_contact: VoterContactResults | None
    confidence: ConfidenceResults | None


class Baseline(NamedTuple):
    """A baseline: what it does, and a function doing it."""

    name: str
    description: str
    work: Callable[[], object]


class Stage(NamedTuple):
    """A stage of hdnd and its baselines; the first baseline gives the ratio."""

    name: str
    description: str
    work: Callable[[], object]
    baselines: tuple[Baseline, ...]
    items: int
    item: str = "record"


# --- data ---------------------------------------------------------------------------------


@functools.lru_cache(maxsize=2)
def _national(seed: int) -> tuple[Dataset, float]:
    start = time.perf_counter()
    dataset = national_dataset(seed)
    return dataset, time.perf_counter() - start


def generate(scale: float = 1.0, seed: int = 0) -> tuple[Dataset, float]:
    """The synthetic dataset at *scale*, and the seconds generating the national one took.

    The national dataset is generated once per seed and process (a second call reuses it,
    and reports the same seconds).
    """
    national, seconds = _national(seed)
    return select(national, scale), seconds


def select(dataset: Dataset, scale: float) -> Dataset:
    """The first *scale* of the councils, province by province, with their units and delegates.

    Councils are ordered province first, then its communes, provinces in the order of the
    dataset's units; a prefix of that order never keeps a commune without its province.
    """
    if not 0 < scale <= 1:
        msg = f"scale must be in (0, 1], not {scale}"
        raise ValueError(msg)
    if scale == 1:
        return dataset
    by_unit = {council.unit: council for council in dataset.councils}
    children: defaultdict[str | None, list[str]] = defaultdict(list)
    for unit in dataset.units:
        children[unit.parent].append(unit.code)
    order = [
        code
        for province in children[None]
        for code in (province, *children[province])
        if code in by_unit
    ]
    wanted = max(1, round(scale * len(dataset.councils)))
    kept_units = set(order[:wanted])
    councils = tuple(c for c in dataset.councils if c.unit in kept_units)
    kept_councils = {c.id for c in councils}
    # Records of one council (offices, elections, sessions, documents ...) follow their
    # council; sittings follow their session, votes their sitting.
    of_councils = {
        name: tuple(r for r in records if r.council in kept_councils)
        for name in COLLECTIONS
        if (records := getattr(dataset, name)) and hasattr(records[0], "council")
    }
    kept_sessions = {s.id for s in of_councils.get("sessions", ())}
    sittings = tuple(s for s in dataset.sittings if s.session in kept_sessions)
    kept_sittings = {s.id for s in sittings}
    return dataset.model_copy(
        update={
            **of_councils,
            "sittings": sittings,
            "votes": tuple(v for v in dataset.votes if v.sitting in kept_sittings),
            "units": tuple(u for u in dataset.units if u.code in kept_units),
            "councils": councils,
            "delegates": tuple(
                d
                for d in dataset.delegates
                if d.mandates and all(m.council in kept_councils for m in d.mandates)
            ),
        }
    )


def count(dataset: Dataset) -> dict[str, int]:
    """Records by collection, the records inside them, and ``records``: all of them together.

    Inside: mandates of delegates, candidates of elections, agenda items and attendance of
    sittings, tasks of documents.
    """
    counts = {name: len(getattr(dataset, name)) for name in COLLECTIONS}
    counts["mandates"] = sum(len(d.mandates) for d in dataset.delegates)
    counts["candidates"] = sum(len(e.candidates) for e in dataset.elections)
    counts["items"] = sum(len(s.items) for s in dataset.sittings)
    counts["attendance"] = sum(len(s.attendance) for s in dataset.sittings)
    counts["tasks"] = sum(len(d.tasks) for d in dataset.documents)
    counts["records"] = sum(counts.values())
    return counts


# --- baselines ----------------------------------------------------------------------------


def _index_floor(dataset: Dataset) -> object:
    seats: defaultdict[str, list[object]] = defaultdict(list)
    for delegate in dataset.delegates:
        for mandate in delegate.mandates:
            seats[mandate.council].append((delegate, mandate))
    offices: defaultdict[str, list[object]] = defaultdict(list)
    for office in dataset.offices:
        offices[office.council].append(office)
    elections: defaultdict[str, list[object]] = defaultdict(list)
    for election in sorted(dataset.elections, key=lambda e: e.day):
        elections[election.council].append(election)
    sessions: defaultdict[str, list[object]] = defaultdict(list)
    for session in sorted(dataset.sessions, key=lambda s: s.opening):
        sessions[session.council].append(session)
    sittings: defaultdict[str, list[object]] = defaultdict(list)
    for sitting in sorted(dataset.sittings, key=lambda s: s.day):
        sittings[sitting.session].append(sitting)
    votes: defaultdict[str, list[object]] = defaultdict(list)
    for vote in dataset.votes:
        votes[vote.sitting].append(vote)
    documents: defaultdict[str, list[object]] = defaultdict(list)
    for document in dataset.documents:
        documents[document.council].append(document)
    return (
        {u.code: u for u in dataset.units},
        {c.id: c for c in dataset.councils},
        {d.id: d for d in dataset.delegates},
        seats,
        offices,
        elections,
        sessions,
        sittings,
        votes,
        documents,
    )


def _mandate_floor(dataset: Dataset, as_of: dt.date) -> int:
    """Overlapping mandates of one delegate on one council: sort, compare neighbours."""
    spans = sorted(
        (d.id, m.council, m.start, m.end or as_of) for d in dataset.delegates for m in d.mandates
    )
    return sum(
        1 for a, b in itertools.pairwise(spans) if a[0] == b[0] and a[1] == b[1] and b[2] <= a[3]
    )


def _age_band(born: dt.date | None, day: dt.date) -> str:
    if born is None:
        return "unknown"
    age = day.year - born.year - ((day.month, day.day) < (born.month, born.day))
    return "under-40" if age < 40 else "40-49" if age < 50 else "50-59" if age < 60 else "60+"


def _overview_floor(dataset: Dataset, as_of: dt.date) -> dict[str, Counter[tuple[str, str]]]:
    """The overview's counts for every council, in one pass over the mandates."""
    counts: defaultdict[str, Counter[tuple[str, str]]] = defaultdict(Counter)
    for d in dataset.delegates:
        minority = None if d.ethnicity is None else d.ethnicity.casefold() != "kinh"
        for m in d.mandates:
            if m.start <= as_of and (m.end is None or as_of <= m.end):
                council = counts[m.council]
                council["seats", "serving"] += 1
                council["gender", d.gender.value if d.gender else "unknown"] += 1
                council["ethnicity", str(minority)] += 1
                council["age", _age_band(d.birth_date, as_of)] += 1
                council["full-time", str(m.full_time)] += 1
                council["re-elected", str(m.re_elected)] += 1
    return counts


def _sessions_floor(dataset: Dataset) -> tuple[Counter[Any], ...]:
    """The session report's counts for every council, in one pass over each collection.

    Sessions by council and kind, sittings, sitting days and questioning sittings by
    council, attendance by delegate and status, votes by council and recorded outcome,
    documents by council and normativity: no mandates, no law, no exact shares.
    """
    council_of = {s.id: s.council for s in dataset.sessions}
    sessions = Counter((s.council, s.kind) for s in dataset.sessions)
    sittings: Counter[tuple[str, object]] = Counter()
    days: set[tuple[str, dt.date]] = set()
    attendance: Counter[tuple[str, object]] = Counter()
    held: dict[str, str] = {}
    for sitting in dataset.sittings:
        council = council_of[sitting.session]
        held[sitting.id] = council
        sittings[council, "sittings"] += 1
        days.add((council, sitting.day))
        if any(item.kind is ItemKind.QUESTIONING for item in sitting.items):
            sittings[council, "questioning"] += 1
        for record in sitting.attendance:
            attendance[record.delegate, record.status] += 1
    sittings.update((council, "days") for council, _ in days)
    votes = Counter((held[v.sitting], v.passed) for v in dataset.votes)
    documents = Counter((d.council, d.normative) for d in dataset.documents)
    return sessions, sittings, attendance, votes, documents


def _render_floor(reports: Sequence[Report]) -> list[str]:
    """Each report's rows as Markdown table lines, cells as ``str()``: no labels, no locale."""
    return [
        "\n".join("| " + " | ".join(map(str, row)) + " |" for row in report.data)
        for report in reports
    ]


# --- petitions: the contenders ------------------------------------------------------------


class _Plain(BaseModel):
    """A plain pydantic model: hdnd's record config, less what is not validation."""

    model_config = ConfigDict(frozen=True, extra="forbid", str_strip_whitespace=True)


class PlainStep(_Plain):
    """:class:`~hdnd.petitions.handling.HandlingStep`'s fields and field types, on BaseModel."""

    kind: StepKind
    day: Day
    to: NonEmptyText | None = None
    by: NonEmptyText | None = None
    reason: NonEmptyText | None = None
    days: Count | None = None


class PlainPetition(_Plain):
    """:class:`~hdnd.petitions.petition.Petition`'s fields and field types, on BaseModel."""

    id: Identifier
    unit: UnitCode
    received: Day
    kind: PetitionKind | None = None
    outcome: PetitionOutcome | None = None
    petitioner: PersonalText | None = None
    address: PersonalText | None = None
    signatories: Count | None = None
    anonymous: Flag = False
    channel: Channel | None = None
    originals: Flag | None = None
    visit: Identifier | None = None
    delegate: Identifier | None = None
    duplicate_of: Identifier | None = None
    follow_up_of: Identifier | None = None
    split_from: Identifier | None = None
    decision_known: Day | None = None
    remote: Flag = False
    complex: Flag = False
    steps: tuple[PlainStep, ...] = ()


class PlainPetitions(_Plain):
    """The petitions file: its format marker and the petitions."""

    format: Literal["hdnd/1"]
    petitions: tuple[PlainPetition, ...] = ()


for _model in (PlainStep, PlainPetition, PlainPetitions):
    # The annotations are strings: resolve them here, where the module is loaded from its
    # path (as the tests do) and pydantic cannot find it in sys.modules.
    _model.model_rebuild(_types_namespace=globals())


def _constraints(annotated: object) -> StringConstraints:
    """The string constraints of one of hdnd's annotated types (``Identifier``, ``UnitCode``)."""
    return next(m for m in get_args(annotated)[1:] if isinstance(m, StringConstraints))


@functools.cache
def _msgspec_decoder() -> Any:
    """A ``msgspec.json.Decoder`` of the petitions file into Structs of the same fields.

    The constraints msgspec can state are those of hdnd's types (identifier length, unit
    pattern, counts of at least 0); its decoder is strict about numbers, booleans and dates
    as hdnd is. It neither strips white space nor NFC-normalises text, which hdnd does.
    """
    import msgspec
    from msgspec import Meta

    ident, unit = _constraints(Identifier), _constraints(UnitCode)
    pattern = unit.pattern if isinstance(unit.pattern, str | None) else unit.pattern.pattern
    key = Annotated[str, Meta(min_length=ident.min_length, max_length=ident.max_length)]
    text = Annotated[str, Meta(min_length=1)]
    count = Annotated[int, Meta(ge=0)]
    options: dict[str, Any] = {"forbid_unknown_fields": True, "frozen": True}
    step = msgspec.defstruct(
        "StepStruct",
        [
            ("kind", StepKind),
            ("day", dt.date),
            ("to", text | None, None),
            ("by", text | None, None),
            ("reason", text | None, None),
            ("days", count | None, None),
        ],
        **options,
    )
    petition = msgspec.defstruct(
        "PetitionStruct",
        [
            ("id", key),
            ("unit", Annotated[str, Meta(pattern=pattern)]),
            ("received", dt.date),
            ("kind", PetitionKind | None, None),
            ("outcome", PetitionOutcome | None, None),
            ("petitioner", str | None, None),
            ("address", str | None, None),
            ("signatories", count | None, None),
            ("anonymous", bool, False),
            ("channel", Channel | None, None),
            ("originals", bool | None, None),
            ("visit", key | None, None),
            ("delegate", key | None, None),
            ("duplicate_of", key | None, None),
            ("follow_up_of", key | None, None),
            ("split_from", key | None, None),
            ("decision_known", dt.date | None, None),
            ("remote", bool, False),
            ("complex", bool, False),
            ("steps", tuple[step, ...], ()),  # type: ignore[valid-type]
        ],
        **options,
    )
    document = msgspec.defstruct(
        "PetitionsStruct",
        [("format", Literal["hdnd/1"]), ("petitions", tuple[petition, ...], ())],  # type: ignore[valid-type]
        **options,
    )
    return msgspec.json.Decoder(document)


def same_fields() -> dict[str, bool]:
    """Whether each contender declares exactly hdnd's fields, of a petition and of a step."""
    decoder = _msgspec_decoder()
    document = decoder.type
    petition = get_args(document.__annotations__["petitions"])[0]
    step = get_args(petition.__annotations__["steps"])[0]
    hdnd = (tuple(Petition.model_fields), tuple(HandlingStep.model_fields))
    return {
        "pydantic": hdnd == (tuple(PlainPetition.model_fields), tuple(PlainStep.model_fields)),
        "msgspec": hdnd == (petition.__struct_fields__, step.__struct_fields__),
    }


_GOOD: dict[str, Any] = {
    "id": "p1",
    "unit": "46",
    "received": "2027-01-04",
    "kind": "complaint",
    "signatories": 1,
    "steps": [{"kind": "received", "day": "2027-01-04"}],
}
_STEP: dict[str, Any] = {"kind": "received", "day": "2027-01-04"}
BAD_INPUTS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("signatories true", {"signatories": True}),
    ('signatories "5"', {"signatories": "5"}),
    ("signatories -1", {"signatories": -1}),
    ("signatories 1.0", {"signatories": 1.0}),
    ("anonymous 1", {"anonymous": 1}),
    ('anonymous "true"', {"anonymous": "true"}),
    ("received 1412726400", {"received": 1412726400}),
    ('received "1412726400"', {"received": "1412726400"}),
    ("received 2024-02-30", {"received": "2024-02-30"}),
    ("received with a time", {"received": "2027-01-04T00:00:00"}),
    ("received 20270104", {"received": "20270104"}),
    ('received " 2027-01-04 "', {"received": " 2027-01-04 "}),
    ('unit "ab"', {"unit": "ab"}),
    ("unit 46", {"unit": 46}),
    ('unit " 46 "', {"unit": " 46 "}),
    ('id ""', {"id": ""}),
    ('id " "', {"id": " "}),
    ("id of 201 characters", {"id": "x" * 201}),
    ("id 5", {"id": 5}),
    ('kind "nope"', {"kind": "nope"}),
    ("unknown field", {"colour": "red"}),
    ('step to ""', {"steps": [{**_STEP, "to": ""}]}),
    ('step to "  "', {"steps": [{**_STEP, "to": "  "}]}),
    ("step unknown field", {"steps": [{**_STEP, "extra": 1}]}),
    ("step days true", {"steps": [{**_STEP, "days": True}]}),
    ('step kind "done"', {"steps": [{**_STEP, "kind": "done"}]}),
)
"""Petitions hdnd refuses, or accepts only after stripping white space (the last of each group)."""


def agreement() -> tuple[dict[str, int], dict[str, list[str]]]:
    """How many of :data:`BAD_INPUTS` each contender refuses or accepts as hdnd does; where not.

    Checked once, untimed: a faster path that accepted what hdnd refuses would not be doing
    the same work (DESIGN decision 15).
    """
    import msgspec

    decoder = _msgspec_decoder()
    loaders: dict[str, Callable[[str], object]] = {
        "hdnd": loads,
        "pydantic": PlainPetitions.model_validate_json,
        "msgspec": decoder.decode,
    }
    refusals = (DatasetError, ValidationError, msgspec.ValidationError, msgspec.DecodeError)
    accepted: dict[str, list[bool]] = {name: [] for name in loaders}
    for _, change in BAD_INPUTS:
        text = json.dumps({"format": "hdnd/1", "petitions": [{**_GOOD, **change}]})
        for name, load in loaders.items():
            try:
                load(text)
            except refusals:
                accepted[name].append(False)
            else:
                accepted[name].append(True)
    same = {
        name: [a == b for a, b in zip(accepted["hdnd"], found, strict=True)]
        for name, found in accepted.items()
        if name != "hdnd"
    }
    differ = {
        name: [
            f"{label}: {'accepted' if accepted[name][i] else 'refused'}"
            for i, (label, _) in enumerate(BAD_INPUTS)
            if not agrees[i]
        ]
        for name, agrees in same.items()
    }
    return {name: sum(agrees) for name, agrees in same.items()}, differ


_OUTCOME_STEPS = {
    StepKind.GUIDED: PetitionOutcome.GUIDED,
    StepKind.ANSWERED: PetitionOutcome.ANSWERED,
    StepKind.STORED: PetitionOutcome.STORED,
    StepKind.FORWARDED: PetitionOutcome.FORWARDED,
}
"""The steps that give a petition's outcome, as :func:`hdnd.petitions.outcome_of` reads them."""

RegisterCounts = dict[str, Any]
"""The register's figures, zeros left out: what every contender must agree on."""


def _nonzero(counts: dict[str, int] | Counter[str] | Any) -> dict[str, int]:
    return {str(key): int(value) for key, value in counts.items() if value}


def register_counts(register: PetitionRegister) -> RegisterCounts:
    """The figures of hdnd's register, in the shape the baselines give them."""
    return {
        "visits": _nonzero(register.visits),
        "people": register.people,
        "refused": register.refused,
        "petitions": register.petitions,
        "kind": _nonzero(register.by_kind),
        "channel": _nonzero(register.by_channel),
        "outcome": _nonzero(register.by_outcome),
        "duplicates": register.duplicates,
        "repeat_matters": register.repeat_matters,
    }


def _register_floor(dataset: Dataset, plain: PlainPetitions) -> RegisterCounts:
    """The register's counts in one pass over the visits and one over the petitions.

    The petitions are plain pydantic objects loaded beforehand (*plain*): hdnd keeps its own
    as columns, and walking those one object at a time would make each petition first.
    """
    visits: Counter[str] = Counter()
    people: int | None = None
    refused = 0
    for visit in dataset.citizen_visits:
        if visit.refused is not None:
            refused += 1
            continue
        visits[visit.kind.value] += 1
        if visit.visitors is not None:
            people = (people or 0) + visit.visitors
    visits["total"] = sum(visits.values())
    kinds: Counter[str] = Counter()
    channels: Counter[str] = Counter()
    outcomes: Counter[str] = Counter()
    follows: dict[str, str] = {}
    duplicates = 0
    for petition in plain.petitions:
        if petition.follow_up_of is not None:
            follows[petition.id] = petition.follow_up_of
        if petition.duplicate_of is not None:
            duplicates += 1
            continue
        outcome = petition.outcome
        if outcome is None:
            last = None
            for step in petition.steps:
                found = _OUTCOME_STEPS.get(step.kind)
                if found is not None and (last is None or step.day >= last):
                    outcome, last = found, step.day
        outcomes["unknown" if outcome is None else outcome.value] += 1
        kinds["unknown" if petition.kind is None else petition.kind.value] += 1
        channels["unknown" if petition.channel is None else petition.channel.value] += 1
    roots: set[str] = set()
    for petition in plain.petitions:
        if petition.duplicate_of is not None or petition.follow_up_of is None:
            continue
        root, seen = petition.follow_up_of, {petition.id}
        while root not in seen and root in follows:
            seen.add(root)
            root = follows[root]
        roots.add(root)
    return {
        "visits": _nonzero(visits),
        "people": people,
        "refused": refused,
        "petitions": outcomes.total(),
        "kind": _nonzero(kinds),
        "channel": _nonzero(channels),
        "outcome": _nonzero(outcomes),
        "duplicates": duplicates,
        "repeat_matters": len(roots),
    }


class Frames(NamedTuple):
    """The visits and the petitions (steps nested) as polars frames, built before timing."""

    visits: pl.DataFrame
    petitions: pl.DataFrame


def _enum(values: type[Any]) -> Any:
    import polars as pl

    return pl.Enum([member.value for member in values])


def polars_frames(visits_text: str, petitions_text: str) -> Frames:
    """Frames of every field of the visits and the petitions, read from their JSON files.

    ``pl.read_json`` reads each file (the same text the loaders decode) with a schema of
    every field: enumerations as ``pl.Enum``, a petition's steps as a list of structs, as in
    the file; then the records are taken out of their collection and days become
    ``pl.Date``. Not timed: the register stage times counting, not reading.
    """
    import polars as pl

    text = pl.String
    step = pl.Struct(
        {
            "kind": _enum(StepKind),
            "day": text,
            "to": text,
            "by": text,
            "reason": text,
            "days": pl.Int64,
        }
    )
    petitions_schema = {
        "id": text,
        "unit": text,
        "received": text,
        "kind": _enum(PetitionKind),
        "outcome": _enum(PetitionOutcome),
        "petitioner": text,
        "address": text,
        "signatories": pl.Int64,
        "anonymous": pl.Boolean,
        "channel": _enum(Channel),
        "originals": pl.Boolean,
        "visit": text,
        "delegate": text,
        "duplicate_of": text,
        "follow_up_of": text,
        "split_from": text,
        "decision_known": text,
        "remote": pl.Boolean,
        "complex": pl.Boolean,
        "steps": pl.List(step),
    }
    visits_schema = {
        "id": text,
        "unit": text,
        "day": text,
        "kind": _enum(VisitKind),
        "visitors": pl.Int64,
        "representatives": pl.Int64,
        "session": text,
        "refused": _enum(RefusalGround),
        "refusal_notice": text,
        "citizen": text,
    }

    def records(source: str, name: str, schema: dict[str, Any]) -> pl.DataFrame:
        whole = pl.read_json(
            io.StringIO(source), schema={"format": text, name: pl.List(pl.Struct(schema))}
        )
        return whole.select(pl.col(name).explode()).unnest(name).drop_nulls("id")

    petitions = records(petitions_text, "petitions", petitions_schema)
    visits = records(visits_text, "citizen_visits", visits_schema)
    day = pl.element().struct.with_fields(pl.field("day").str.to_date())
    petitions = petitions.with_columns(
        pl.col("received", "decision_known").str.to_date(),
        pl.col("anonymous", "remote", "complex").fill_null(value=False),
        pl.col("steps").list.eval(day),
    )
    return Frames(visits.with_columns(pl.col("day").str.to_date()), petitions)


def _register_polars(frames: Frames) -> RegisterCounts:
    """The register's counts as polars group-bys over :class:`Frames` built beforehand.

    A petition's outcome is the one recorded, else its latest outcome step by day (ties: the
    later in the file), as :func:`hdnd.petitions.outcome_of` reads it; follow-up chains are
    walked by repeated joins to their first petition.
    """
    import polars as pl

    visits, petitions = frames
    received = visits.filter(pl.col("refused").is_null())
    by_visit = dict(received.group_by("kind").len().iter_rows())
    recorded = received.select(
        pl.col("visitors").sum().alias("people"), pl.col("visitors").count().alias("recorded")
    ).row(0)
    kept = petitions.filter(pl.col("duplicate_of").is_null())
    outcome_steps = [kind.value for kind in _OUTCOME_STEPS]
    last = (
        kept.select("id", "steps")
        .explode("steps")
        .unnest("steps")
        .filter(pl.col("kind").is_in(outcome_steps))
        .group_by("id")
        .agg(pl.col("kind").sort_by("day", maintain_order=True).last().alias("step"))
    )
    outcomes = kept.select("id", "kind", "channel", "outcome").join(last, on="id", how="left")
    outcomes = outcomes.with_columns(
        pl.coalesce(pl.col("outcome").cast(pl.String), pl.col("step").cast(pl.String))
    )

    def tally(column: str) -> dict[str, int]:
        grouped = outcomes.group_by(pl.col(column).cast(pl.String).fill_null("unknown")).len()
        return _nonzero(dict(grouped.iter_rows()))

    parents = petitions.select("id", pl.col("follow_up_of").alias("up")).drop_nulls()
    roots = kept.select(pl.col("follow_up_of").alias("root")).drop_nulls()
    for _ in range(petitions.height):
        step = roots.join(parents, left_on="root", right_on="id", how="left")
        if step.get_column("up").null_count() == step.height:
            break
        roots = step.select(pl.coalesce("up", "root").alias("root"))
    visit_counts = _nonzero(by_visit)
    return {
        "visits": {**visit_counts, "total": sum(visit_counts.values())},
        "people": recorded[0] if recorded[1] else None,
        "refused": visits.height - received.height,
        "petitions": kept.height,
        "kind": tally("kind"),
        "channel": tally("channel"),
        "outcome": tally("outcome"),
        "duplicates": petitions.height - kept.height,
        "repeat_matters": roots.get_column("root").n_unique(),
    }


# --- timing -------------------------------------------------------------------------------


def _timed(work: Callable[[], object], *, pause_gc: bool) -> float:
    """Seconds *work* takes, after a full collection; the result is freed after the clock."""
    gc.collect()
    enabled = gc.isenabled()
    if pause_gc:
        gc.disable()
    try:
        start = time.perf_counter()
        result = work()
        elapsed = time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()
    del result
    return max(elapsed, _CLOCK_RESOLUTION)


def measure(
    stage: Stage, *, repeat: int, warmup: int, gc_mode: GcMode, records: int
) -> StageResult:
    """Time *stage* and its baselines *repeat* times each, interleaved run by run.

    *warmup* untimed rounds come first (the first run of a stage pays for fresh memory
    pages and cold caches, and would otherwise fall on hdnd, which runs first).
    """
    paused = gc_mode == "paused"
    for _ in range(warmup):
        _timed(stage.work, pause_gc=paused)
        for baseline in stage.baselines:
            _timed(baseline.work, pause_gc=paused)
    runs: list[float] = []
    base_runs: dict[str, list[float]] = {b.name: [] for b in stage.baselines}
    for _ in range(repeat):
        runs.append(_timed(stage.work, pause_gc=paused))
        for baseline in stage.baselines:
            seconds = _timed(baseline.work, pause_gc=paused)
            base_runs[baseline.name].append(seconds)
    best, median = min(runs), statistics.median(runs)
    baselines: dict[str, BaselineResult] = {}
    for baseline in stage.baselines:
        times = base_runs[baseline.name]
        base_best, base_median = min(times), statistics.median(times)
        baselines[baseline.name] = {
            "description": baseline.description,
            "seconds": base_best,
            "median_seconds": base_median,
            "runs": times,
            "ratio": best / base_best,
            "median_ratio": median / base_median,
        }
    primary = stage.baselines[0].name
    return {
        "description": stage.description,
        "seconds": best,
        "median_seconds": median,
        "runs": runs,
        "microseconds_per_record": best / max(records, 1) * 1e6,
        "items": stage.items,
        "item": stage.item,
        "microseconds_per_item": best / max(stage.items, 1) * 1e6,
        "baseline": primary,
        "ratio": baselines[primary]["ratio"],
        "baselines": baselines,
    }


def _traced(work: Callable[[], object]) -> tuple[object, int, int]:
    """Run *work* under tracemalloc: its result, the peak and the retained bytes.

    Tracing someone else started (``python -X tracemalloc``) is left running.
    """
    gc.collect()
    started = not tracemalloc.is_tracing()
    if started:
        tracemalloc.start()
    try:
        before, _ = tracemalloc.get_traced_memory()
        tracemalloc.reset_peak()
        result = work()
        gc.collect()
        current, peak = tracemalloc.get_traced_memory()
    finally:
        if started:
            tracemalloc.stop()
    return result, peak - before, current - before


def _max_rss() -> int | None:
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return None
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return rss if sys.platform == "darwin" else rss * 1024


def memory(text: str, dataset: Dataset, records: int) -> tuple[MemoryResult, bool]:
    """Loading's memory, and whether the loaded dataset equals *dataset* (the round trip)."""
    loaded, peak, kept = _traced(lambda: loads(text))
    round_trip = loaded == dataset
    del loaded
    plain, plain_peak, plain_kept = _traced(lambda: json.loads(text))
    del plain
    per = max(records, 1)
    result: MemoryResult = {
        "loads_peak_bytes": peak,
        "loads_peak_bytes_per_record": peak / per,
        "dataset_bytes": kept,
        "dataset_bytes_per_record": kept / per,
        "json_loads_peak_bytes": plain_peak,
        "plain_bytes": plain_kept,
        "plain_bytes_per_record": plain_kept / per,
        "dataset_to_plain_ratio": kept / plain_kept if plain_kept > 0 else math.nan,
        "max_rss_bytes": None,
    }
    return result, round_trip


class PetitionBench(NamedTuple):
    """The inputs of the petitions stages, made before any timing."""

    dataset: Dataset
    """The kept councils' dataset with a year of their register, its index built."""
    text: str
    """The petitions collection as hdnd writes it: every contender loads these bytes."""
    frames: Frames
    decoder: Any
    plain: PlainPetitions
    """The petitions as plain pydantic objects, for the plain loop (loaded before timing)."""
    generate_seconds: float
    frames_seconds: float


def petition_inputs(dataset: Dataset, seed: int) -> PetitionBench:
    """A year of the register of *dataset*'s councils, its JSON, frames and decoders."""
    enabled = gc.isenabled()
    gc.disable()  # else switching it back on walks the whole national data
    try:
        start = time.perf_counter()
        with_register = with_petitions(dataset, seed=seed)
        generated = time.perf_counter() - start
    finally:
        if enabled:
            gc.enable()
    text = dumps(Dataset(petitions=with_register.petitions))
    visits_text = dumps(Dataset(citizen_visits=with_register.citizen_visits))
    with_register.index.keyed  # noqa: B018 - built before timing, as for the other stages
    start = time.perf_counter()
    frames = polars_frames(visits_text, text)
    built = time.perf_counter() - start
    plain = PlainPetitions.model_validate_json(text)
    decoder = _msgspec_decoder()
    return PetitionBench(with_register, text, frames, decoder, plain, generated, built)


def petition_stages(bench: PetitionBench) -> tuple[Stage, ...]:
    """Loading the petitions, and counting the register, each against its baselines."""
    data, text, frames, decoder = bench.dataset, bench.text, bench.frames, bench.decoder
    petitions = len(data.petitions)
    return (
        Stage(
            "petitions",
            "hdnd.io.json.loads(text) of the petitions collection",
            lambda: loads(text),
            (
                Baseline(
                    "pydantic",
                    "PlainPetitions.model_validate_json(text): BaseModel, same fields and types",
                    lambda: PlainPetitions.model_validate_json(text),
                ),
                Baseline(
                    "msgspec",
                    "msgspec.json.Decoder(PetitionsStruct).decode(text): Structs, same fields",
                    lambda: decoder.decode(text),
                ),
            ),
            petitions,
            item="petition",
        ),
        Stage(
            "register",
            "petition_register(dataset) over every unit, index built",
            lambda: petition_register(data),
            (
                Baseline(
                    "loop",
                    "one pass over the visits and one over the petitions counting the same",
                    lambda: _register_floor(data, bench.plain),
                ),
                Baseline(
                    "polars",
                    "group-bys and joins over frames built beforehand (reading not timed)",
                    lambda: _register_polars(frames),
                ),
            ),
            petitions,
            item="petition",
        ),
    )


def petition_memory(bench: PetitionBench, sample: int | None = None) -> dict[str, float]:
    """Bytes each contender keeps per petition (steps included), measured once.

    tracemalloc for the Python objects of hdnd, plain pydantic, msgspec and ``json.loads``;
    polars' own ``estimated_size()`` for its frame (Arrow buffers, which tracemalloc cannot
    see). With *sample*, on the first *sample* petitions only (tracing is slow).
    """
    petitions = bench.dataset.petitions
    text = bench.text
    frame = bench.frames.petitions
    if sample is not None and sample < len(petitions):
        petitions = petitions[:sample]
        text = dumps(Dataset(petitions=petitions))
        frame = frame.head(sample)
    count = max(len(petitions), 1)
    kept: dict[str, float] = {}
    work: dict[str, Callable[[], object]] = {
        "hdnd": lambda: loads(text),
        "pydantic": lambda: PlainPetitions.model_validate_json(text),
        "msgspec": lambda: bench.decoder.decode(text),
        "json.loads": lambda: json.loads(text),
    }
    for name, load in work.items():
        # pydantic-core keeps a cache of short strings it made, which outlives the records:
        # load the same text once untraced, or the first contender traced would be charged
        # for the cache, and the next one helped by the strings the first left in it.
        load()
        loaded, _, retained = _traced(load)
        del loaded
        kept[name] = retained / count
    kept["polars"] = frame.estimated_size() / count
    return kept


def petition_results(bench: PetitionBench) -> PetitionResults:
    """What the petitions stages ran on, the checks that they did the same work, memory."""
    data = bench.dataset
    hdnd = register_counts(petition_register(data))
    agree, differ = agreement()
    return {
        "year": PETITIONS_YEAR,
        "generate_seconds": bench.generate_seconds,
        "frames_seconds": bench.frames_seconds,
        "json_bytes": len(bench.text.encode()),
        "counts": {
            "reception_sessions": len(data.reception_sessions),
            "citizen_visits": len(data.citizen_visits),
            "petitions": len(data.petitions),
            "steps": sum(len(p.steps) for p in bench.plain.petitions),
        },
        "same_counts": {
            "loop": _register_floor(data, bench.plain) == hdnd,
            "polars": _register_polars(bench.frames) == hdnd,
        },
        "same_fields": same_fields(),
        "agreement": agree,
        "disagreements": differ,
        "bad_inputs": len(BAD_INPUTS),
        "bytes_per_petition": {},
        "memory_petitions": 0,
    }


# --- voter contact ------------------------------------------------------------------------

VoterContactCounts = dict[str, dict[str, Any]]
"""The figures of each council's voter contact, zeros left out: what hdnd and the loop give."""

_SETTLED = frozenset(r for r in VoterPetitionResult if r.settled)


def voter_contact_counts(summary: VoterContactSummary) -> dict[str, Any]:
    """The figures of one council's summary, in the shape the baseline gives them."""
    return {
        "meetings": summary.meetings,
        "occasion": _nonzero(summary.by_occasion),
        "attendances": summary.attendances,
        "speakers": summary.speakers,
        "petitions": summary.petitions,
        "merged": summary.merged,
        "field": _nonzero(summary.by_field),
        "level": _nonzero(summary.by_level),
        "answered": summary.answered,
        "unresolved": summary.unresolved,
        "repeated": summary.repeated,
    }


def _voter_contact_floor(dataset: Dataset) -> VoterContactCounts:
    """Every council's voter-contact figures, in one pass over each collection.

    Meetings by occasion, attendances and speakers; petitions (each matter once) by field
    and level, merged, answered, unresolved and raised again. No law, no shares, no rows.
    """
    counts: defaultdict[str, Counter[str]] = defaultdict(Counter)
    attendances: dict[str, int] = {}
    speakers: dict[str, int] = {}
    for meeting in dataset.voter_meetings:
        council = meeting.council or ""
        found = counts[council]
        found["meetings"] += 1
        found["occasion/" + (meeting.occasion.value if meeting.occasion else "unknown")] += 1
        if meeting.attendances is not None:
            attendances[council] = attendances.get(council, 0) + meeting.attendances
        if meeting.speakers is not None:
            speakers[council] = speakers.get(council, 0) + meeting.speakers
    for petition in dataset.voter_petitions:
        found = counts[petition.council or ""]
        if petition.merged_into is not None:
            found["merged"] += 1
            continue
        found["petitions"] += 1
        found["field/" + (petition.field.value if petition.field else "unknown")] += 1
        found["level/" + (petition.level.value if petition.level else "unknown")] += 1
        found["answered"] += petition.answered is not None
        found["unresolved"] += petition.result not in _SETTLED
        found["repeated"] += petition.repeats is not None
    result: VoterContactCounts = {}
    for council, found in counts.items():
        groups: dict[str, dict[str, int]] = {"occasion": {}, "field": {}, "level": {}}
        for key, value in found.items():
            group, _, category = key.partition("/")
            if category and value:
                groups[group][category] = value
        result[council] = {
            "meetings": found["meetings"],
            "occasion": groups["occasion"],
            "attendances": attendances.get(council),
            "speakers": speakers.get(council),
            "petitions": found["petitions"],
            "merged": found["merged"],
            "field": groups["field"],
            "level": groups["level"],
            "answered": found["answered"],
            "unresolved": found["unresolved"],
            "repeated": found["repeated"],
        }
    return result


class VoterContactBench(NamedTuple):
    """The input of the voter-contact stage, made before any timing."""

    dataset: Dataset
    """The kept councils' dataset with their voter contact, its index built."""
    councils: list[str]
    generate_seconds: float


def voter_contact_inputs(dataset: Dataset, seed: int) -> VoterContactBench:
    """*dataset* with the voter contact of its councils, and its index built."""
    start = time.perf_counter()
    with_contact = with_voter_contact(dataset, seed=seed)
    generated = time.perf_counter() - start
    councils = list(with_contact.index.councils)  # built before timing, as for the others
    return VoterContactBench(with_contact, councils, generated)


def voter_contact_stage(bench: VoterContactBench) -> Stage:
    """Every council's voter-contact summary, against one pass counting the same figures."""
    data, councils = bench.dataset, bench.councils
    return Stage(
        "voter-contact",
        "voter_contact_summary(dataset, council) for every council, index built",
        lambda: [voter_contact_summary(data, c) for c in councils],
        (
            Baseline(
                "one pass",
                "meetings by occasion, voters, petitions by field and level, answered, "
                "unresolved, merged, repeated; one pass over each collection",
                lambda: _voter_contact_floor(data),
            ),
        ),
        len(councils),
        item="council",
    )


def voter_contact_results(bench: VoterContactBench) -> VoterContactResults:
    """What the stage ran on, and whether the loop gives every council hdnd's figures."""
    data = bench.dataset
    floor = _voter_contact_floor(data)
    none = {"meetings": 0, "occasion": {}, "attendances": None, "speakers": None,
            "petitions": 0, "merged": 0, "field": {}, "level": {}, "answered": 0,
            "unresolved": 0, "repeated": 0}  # fmt: skip
    same = all(
        voter_contact_counts(voter_contact_summary(data, c)) == floor.get(c, none)
        for c in bench.councils
    )
    return {
        "generate_seconds": bench.generate_seconds,
        "counts": {
            "voter_meetings": len(data.voter_meetings),
            "voter_petitions": len(data.voter_petitions),
            "merged": sum(p.merged_into is not None for p in data.voter_petitions),
        },
        "same_counts": {"one pass": same},
    }


# --- confidence ratings -------------------------------------------------------------------

ConfidenceCounts = dict[str, dict[str, tuple[int, Fraction | None, str | None]]]
"""By council, each rating's person: ballots, "low" share of the base, outcome (its value)."""


def confidence_counts(
    results: ConfidenceReport,
) -> dict[str, tuple[int, Fraction | None, str | None]]:
    """The figures of one council's ratings, in the shape the baseline gives them."""
    return {
        r.person: (r.ballots, r.share, None if r.outcome is None else r.outcome.value)
        for r in results.ratings
    }


def _confidence_floor(dataset: Dataset) -> ConfidenceCounts:
    """Every person's rating figures, in one pass over the ratings.

    The base is the ballots or the record's delegates, as the resolution in force on the
    day counts; the outcome is that resolution's ``outcome``. No roll, no votes, no rows.
    """
    result: ConfidenceCounts = {}
    for rating in dataset.confidence_ratings:
        rules = confidence_rules(rating.day)
        base: int | None = None
        if rules is not None:
            base = rating.ballots if rules.BASE is Base.BALLOTS else rating.delegates
        share = outcome = None
        if rules is not None and base and rating.low <= base:
            share = Fraction(rating.low, base)
            outcome = rules.outcome(total=base, low=rating.low).value
        result.setdefault(rating.council, {})[rating.person] = (rating.ballots, share, outcome)
    return result


class ConfidenceBench(NamedTuple):
    """The input of the confidence stage, made before any timing."""

    dataset: Dataset
    """The kept councils' provinces with their ratings and votes, its index built."""
    councils: list[str]
    """The councils with ratings, in the dataset's order."""
    generate_seconds: float


def confidence_inputs(dataset: Dataset, seed: int) -> ConfidenceBench:
    """The provinces of *dataset*'s councils, sessions to 2029, with ratings; index built."""
    start = time.perf_counter()
    provinces = [u.code for u in dataset.units if u.parent is None]
    rated = national_dataset(seed, until=CONFIDENCE_UNTIL, provinces=provinces)
    rated = with_confidence(rated, seed=seed)
    generated = time.perf_counter() - start
    held = {r.council for r in rated.confidence_ratings}
    councils = [c for c in rated.index.councils if c in held]  # index built before timing
    return ConfidenceBench(rated, councils, generated)


def confidence_stage(bench: ConfidenceBench) -> Stage:
    """Every rating council's confidence results, against one pass giving the same figures."""
    data, councils = bench.dataset, bench.councils
    return Stage(
        "confidence",
        "confidence_results(dataset, council) for every council with ratings, index built",
        lambda: [confidence_results(data, c) for c in councils],
        (
            Baseline(
                "one pass",
                "ballots, low share of the law's base, the law's outcome; one pass over "
                "the ratings",
                lambda: _confidence_floor(data),
            ),
        ),
        len(councils),
        item="council",
    )


def confidence_figures(bench: ConfidenceBench) -> ConfidenceResults:
    """What the stage ran on, and whether the loop gives every person hdnd's figures."""
    data = bench.dataset
    floor = _confidence_floor(data)
    same = set(floor) == set(bench.councils) and all(
        confidence_counts(confidence_results(data, c)) == floor[c] for c in bench.councils
    )
    return {
        "generate_seconds": bench.generate_seconds,
        "counts": {
            "councils": len(bench.councils),
            "confidence_ratings": len(data.confidence_ratings),
            "confidence_votes": len(data.confidence_votes),
        },
        "same_counts": {"one pass": same},
    }


# --- the run ------------------------------------------------------------------------------


def run(
    *,
    scale: float = 1.0,
    repeat: int = 3,
    warmup: int = 1,
    seed: int = 0,
    gc_mode: GcMode = "paused",
    as_of: dt.date = AS_OF,
    petitions: bool = False,
    memory_sample: int | None = None,
    voter_contact: bool = False,
    confidence: bool = False,
) -> Results:
    """Generate the data once, time every stage against its baselines, measure memory.

    With *petitions*, the petitions stages follow, on the same councils with a year of
    their register added (the other stages run without it); their memory is traced on the
    first *memory_sample* petitions (all by default). With *voter_contact*, the
    voter-contact stage follows, on the same councils with their voter contact added. With
    *confidence*, the confidence stage comes last, on the kept councils' provinces with
    sessions up to the end of 2029 and their confidence ratings and votes.
    """
    dataset, generated = generate(scale, seed)
    national_councils = len(_national(seed)[0].councils)
    counts = count(dataset)
    records = counts["records"]
    text = dumps(dataset)
    plain = json.loads(text)
    adapter = TypeAdapter(Dataset)
    councils = list(dataset.index.councils)  # builds the index: the stages after "index" use it
    findings = len(validate(dataset, as_of=as_of))
    reports = [council_overview(dataset, c, as_of=as_of) for c in councils]

    def overview_all() -> list[Report]:
        return [council_overview(dataset, c, as_of=as_of) for c in councils]

    def render_all() -> list[str]:
        return [report.render("vi") for report in reports]

    def sessions_all() -> list[Report]:
        return [session_activity(dataset, c) for c in councils]

    stages = (
        Stage(
            "dumps",
            "hdnd.io.json.dumps(dataset)",
            lambda: dumps(dataset),
            (
                Baseline(
                    "json.dumps",
                    "json.dumps(json.loads(text), indent=2, ensure_ascii=False)",
                    lambda: json.dumps(plain, indent=2, ensure_ascii=False),
                ),
            ),
            records,
        ),
        Stage(
            "loads",
            "hdnd.io.json.loads(text)",
            lambda: loads(text),
            (
                Baseline(
                    "pydantic",
                    "pydantic.TypeAdapter(Dataset).validate_json(text)",
                    lambda: adapter.validate_json(text),
                ),
                Baseline("json.loads", "json.loads(text)", lambda: json.loads(text)),
            ),
            records,
        ),
        Stage(
            "index",
            "DatasetIndex.build(dataset)",
            lambda: DatasetIndex.build(dataset),
            (
                Baseline(
                    "dicts",
                    "dicts by id; mandates, offices and elections grouped by council",
                    lambda: _index_floor(dataset),
                ),
            ),
            records,
        ),
        Stage(
            "validate",
            f"validate(dataset, as_of={as_of.isoformat()}), index built",
            lambda: validate(dataset, as_of=as_of),
            (
                Baseline(
                    "sorted mandates",
                    "sort mandates by delegate, council, start; compare neighbours",
                    lambda: _mandate_floor(dataset, as_of),
                ),
            ),
            records,
        ),
        Stage(
            "overview",
            "council_overview(dataset, council, as_of=...) for every council",
            overview_all,
            (
                Baseline(
                    "one pass",
                    "one pass over the mandates counting the same groups per council",
                    lambda: _overview_floor(dataset, as_of),
                ),
            ),
            len(councils),
            item="council",
        ),
        Stage(
            "render",
            'Report.render("vi") of every council overview',
            render_all,
            (
                Baseline(
                    "str cells",
                    "the same rows as Markdown lines of str() cells",
                    lambda: _render_floor(reports),
                ),
            ),
            len(councils),
            item="council",
        ),
        Stage(
            "sessions",
            "session_activity(dataset, council) over the term, for every council",
            sessions_all,
            (
                Baseline(
                    "one pass",
                    "sessions by kind, sitting days, attendance by delegate, votes, documents",
                    lambda: _sessions_floor(dataset),
                ),
            ),
            len(councils),
            item="council",
        ),
    )
    bench = petition_inputs(dataset, seed) if petitions else None
    contact = voter_contact_inputs(dataset, seed) if voter_contact else None
    rated = confidence_inputs(dataset, seed) if confidence else None
    frozen = gc_mode == "paused" and gc.get_freeze_count() == 0
    if frozen:
        # The inputs live through the whole run: the collections before each timed run need
        # not walk them again (a full walk of the national data takes about 0.2 s).
        gc.collect()
        gc.freeze()
    try:
        results = {
            s.name: measure(s, repeat=repeat, warmup=warmup, gc_mode=gc_mode, records=records)
            for s in stages
        }
        mem, round_trip = memory(text, dataset, records)
        register: PetitionResults | None = None
        if bench is not None:
            petitions_count = len(bench.dataset.petitions)
            for s in petition_stages(bench):
                results[s.name] = measure(
                    s, repeat=repeat, warmup=warmup, gc_mode=gc_mode, records=petitions_count
                )
            register = petition_results(bench)
            register["bytes_per_petition"] = petition_memory(bench, memory_sample)
            register["memory_petitions"] = min(petitions_count, memory_sample or petitions_count)
        met: VoterContactResults | None = None
        if contact is not None:
            met = voter_contact_results(contact)  # checked before timing
            held = met["counts"]["voter_meetings"] + met["counts"]["voter_petitions"]
            stage = voter_contact_stage(contact)
            results[stage.name] = measure(
                stage, repeat=repeat, warmup=warmup, gc_mode=gc_mode, records=held
            )
        trusted: ConfidenceResults | None = None
        if rated is not None:
            trusted = confidence_figures(rated)  # checked before timing
            found = trusted["counts"]
            stage = confidence_stage(rated)
            results[stage.name] = measure(
                stage,
                repeat=repeat,
                warmup=warmup,
                gc_mode=gc_mode,
                records=found["confidence_ratings"] + found["confidence_votes"],
            )
    finally:
        if frozen:
            gc.unfreeze()
    mem["max_rss_bytes"] = _max_rss()
    return {
        "benchmark": "hdnd-national",
        "date": dt.date.today().isoformat(),
        "python": platform.python_version(),
        "pydantic": version("pydantic"),
        "hdnd": version("hdnd"),
        "platform": platform.platform(),
        "cpus": os.cpu_count(),
        "scale": scale,
        "actual_scale": len(dataset.councils) / national_councils,
        "seed": seed,
        "repeat": repeat,
        "warmup": warmup,
        "gc": gc_mode,
        "as_of": as_of.isoformat(),
        "generate_seconds": generated,
        "json_bytes": len(text.encode()),
        "counts": counts,
        "findings": findings,
        "round_trip": round_trip,
        "stages": results,
        "memory": mem,
        "petitions": register,
        "voter_contact": met,
        "confidence": trusted,
    }


# --- output -------------------------------------------------------------------------------


def _align(rows: Sequence[Sequence[str]], right: Sequence[bool]) -> list[str]:
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return [
        "  ".join(
            cell.rjust(width) if r else cell.ljust(width)
            for cell, width, r in zip(row, widths, right, strict=True)
        ).rstrip()
        for row in rows
    ]


_PEOPLE = {
    "units": "units",
    "councils": "councils",
    "delegates": "delegates",
    "mandates": "mandates",
    "offices": "offices",
    "elections": "elections",
    "candidates": "candidates",
}
"""The counts on the table's first line of records, with their names."""
_MEETINGS = {
    "sessions": "sessions",
    "sittings": "sittings",
    "items": "agenda items",
    "attendance": "attendance",
    "votes": "votes",
    "documents": "documents",
    "tasks": "tasks",
}
"""The counts on its second line, before any other collection's."""


def table(results: Results) -> str:
    """The results as readable text: a header, one line per stage and baseline, memory."""
    counts = results["counts"]
    mem = results["memory"]
    others = sum(counts[k] for k in COLLECTIONS if k not in _PEOPLE and k not in _MEETINGS)
    people, meetings = (
        [f"{counts[k]:,} {label}" for k, label in shown.items() if counts.get(k)]
        for shown in (_PEOPLE, _MEETINGS)
    )
    meetings += [f"{others:,} other"] if others else []
    (meetings or people)[-1] += f" = {counts['records']:,}"
    lines = [
        f"hdnd national benchmark — {results['date']}, Python {results['python']}, "
        f"pydantic {results['pydantic']}, {results['cpus']} CPUs",
        f"scale {results['scale']:g} ({results['actual_scale']:.1%} of the councils), "
        f"seed {results['seed']}, best and median of {results['repeat']} "
        f"after {results['warmup']} warm-up, "
        f"gc {results['gc']} while timed, as of {results['as_of']}",
        "records: " + ", ".join(people) + ("," if meetings else ""),
        *(["         " + ", ".join(meetings)] if meetings else []),
        f"generated in {results['generate_seconds']:.2f} s (national); "
        f"JSON {results['json_bytes'] / 1e6:.1f} MB; "
        f"round trip {'equal' if results['round_trip'] else 'DIFFERS'}; "
        f"{results['findings']} findings",
        "",
    ]
    rows = [["stage", "best s", "median s", "µs/record", "baseline", "best s", "ratio"]]
    for name, stage in results["stages"].items():
        for i, (base_name, base) in enumerate(stage["baselines"].items()):
            first = i == 0
            rows.append(
                [
                    name if first else "",
                    f"{stage['seconds']:.3f}" if first else "",
                    f"{stage['median_seconds']:.3f}" if first else "",
                    f"{stage['microseconds_per_record']:.2f}" if first else "",
                    base_name,
                    f"{base['seconds']:.3f}",
                    f"{base['ratio']:.2f}",
                ]
            )
    lines += _align(rows, (False, True, True, True, False, True, True))
    per_council = [
        f"{name} {stage['microseconds_per_item']:,.0f} µs"
        for name, stage in results["stages"].items()
        if stage["item"] == "council"
    ]
    if per_council:
        lines.append(f"per council: {', '.join(per_council)}")
    per_petition = [
        f"{name} {stage['microseconds_per_item']:,.2f} µs"
        for name, stage in results["stages"].items()
        if stage["item"] == "petition"
    ]
    if per_petition:
        lines.append(f"per petition: {', '.join(per_petition)}")
    rss = mem["max_rss_bytes"]
    lines += [
        "",
        f"memory (tracemalloc): loads peak {mem['loads_peak_bytes'] / 1e6:,.1f} MB "
        f"({mem['loads_peak_bytes_per_record']:,.0f} B/record); loaded dataset "
        f"{mem['dataset_bytes'] / 1e6:,.1f} MB ({mem['dataset_bytes_per_record']:,.0f} B/record)",
        f"                      json.loads peak {mem['json_loads_peak_bytes'] / 1e6:,.1f} MB; "
        f"its dicts {mem['plain_bytes'] / 1e6:,.1f} MB "
        f"({mem['plain_bytes_per_record']:,.0f} B/record); "
        f"dataset/dicts {mem['dataset_to_plain_ratio']:.2f}",
    ]
    if results["petitions"] is not None:
        lines += ["", *_petition_lines(results["petitions"])]
    if results["voter_contact"] is not None:
        lines += ["", *_voter_contact_lines(results["voter_contact"])]
    if results["confidence"] is not None:
        lines += ["", *_confidence_lines(results["confidence"])]
    if rss is not None:
        lines.append(f"process max RSS: {rss / 1e6:,.0f} MB")
    return "\n".join(lines)


def _yes(flags: dict[str, bool]) -> str:
    return ", ".join(f"{name} {'yes' if flag else 'NO'}" for name, flag in flags.items())


def _petition_lines(found: PetitionResults) -> list[str]:
    """What the petitions stages ran on, what they timed, the checks, and memory."""
    counts = found["counts"]
    per = found["bytes_per_petition"]
    bad = found["bad_inputs"]
    agree = ", ".join(f"{name} {n}/{bad}" for name, n in found["agreement"].items())
    lines = [
        f"petitions ({found['year']}, a year of every kept council's register): "
        f"{counts['reception_sessions']:,} reception sessions, "
        f"{counts['citizen_visits']:,} visits, {counts['petitions']:,} petitions "
        f"with {counts['steps']:,} steps; generated in {found['generate_seconds']:.2f} s; "
        f"JSON {found['json_bytes'] / 1e6:,.1f} MB",
        "  timed: petitions = decoding the same JSON text of the petitions into records;",
        "         register = counting from the records already loaded; not timed: hdnd's index",
        "         and the polars frames (pl.read_json of the same JSON and the visits' took "
        f"{found['frames_seconds']:.2f} s)",
        f"  same fields: {_yes(found['same_fields'])}; "
        f"same register counts as hdnd: {_yes(found['same_counts'])}",
        f"  refuse or accept as hdnd does, of {bad} bad inputs: {agree}",
    ]
    lines += [
        f"    {name} differs: {'; '.join(items)}"
        for name, items in found["disagreements"].items()
        if items
    ]
    shown = ", ".join(f"{name} {value:,.0f}" for name, value in per.items())
    lines.append(
        f"  bytes kept per petition (steps included; {found['memory_petitions']:,} "
        f"petitions traced): {shown}"
    )
    lines.append(
        "  (tracemalloc for Python objects; polars: DataFrame.estimated_size() of its buffers)"
    )
    return lines


def _voter_contact_lines(found: VoterContactResults) -> list[str]:
    """What the voter-contact stage ran on, what it timed, and the check of its baseline."""
    counts = found["counts"]
    return [
        f"voter contact (the regular sessions of every kept council): "
        f"{counts['voter_meetings']:,} meetings, {counts['voter_petitions']:,} voter petitions "
        f"({counts['merged']:,} merged); generated in {found['generate_seconds']:.2f} s",
        "  timed: voter-contact = every council's summary from the records already loaded "
        "(index built); µs/record per meeting or petition",
        f"  same voter-contact counts as hdnd: {_yes(found['same_counts'])}",
    ]


def _confidence_lines(found: ConfidenceResults) -> list[str]:
    """What the confidence stage ran on, what it timed, and the check of its baseline."""
    counts = found["counts"]
    return [
        f"confidence (the kept provinces, sessions to {CONFIDENCE_UNTIL.year}): "
        f"councils rating {counts['councils']:,}, {counts['confidence_ratings']:,} ratings, "
        f"{counts['confidence_votes']:,} confidence votes; generated in "
        f"{found['generate_seconds']:.2f} s",
        "  timed: confidence = every rating council's results from the records already loaded "
        "(index built); µs/record per rating or vote",
        f"  same confidence figures as hdnd: {_yes(found['same_counts'])}",
    ]


def _scale(value: str) -> float:
    scale = float(value)
    if not 0 < scale <= 1:
        msg = f"must be in (0, 1] (national_dataset has no larger size), not {value}"
        raise argparse.ArgumentTypeError(msg)
    return scale


def _repeat(value: str) -> int:
    repeat = int(value)
    if repeat < 1:
        msg = f"must be at least 1, not {value}"
        raise argparse.ArgumentTypeError(msg)
    return repeat


def _count(value: str) -> int:
    number = int(value)
    if number < 0:
        msg = f"must be at least 0, not {value}"
        raise argparse.ArgumentTypeError(msg)
    return number


def parser() -> argparse.ArgumentParser:
    """The command line."""
    summary = (__doc__ or "").split("\n\n", 1)[0]
    cli = argparse.ArgumentParser(prog="benchmarks/national.py", description=summary)
    cli.add_argument(
        "--scale", type=_scale, help="fraction of the national councils, in (0, 1] (default 1)"
    )
    cli.add_argument("--repeat", type=_repeat, help="timed runs per stage (default 3)")
    cli.add_argument(
        "--warmup", type=_count, help="untimed rounds before the timed ones (default 1)"
    )
    cli.add_argument("--seed", type=int, default=0, help="seed of the synthetic data (0)")
    cli.add_argument(
        "--gc",
        choices=("paused", "enabled"),
        default="paused",
        help="the cyclic collector during timed runs (default paused, as timeit does)",
    )
    cli.add_argument(
        "--as-of",
        type=dt.date.fromisoformat,
        default=AS_OF,
        help=f"day to validate and report on (default {AS_OF.isoformat()})",
    )
    cli.add_argument("--json", type=Path, metavar="PATH", help="also write the results here")
    cli.add_argument(
        "--petitions",
        action="store_true",
        help="add the petitions stages: loading and counting a year of the register "
        "against plain pydantic, msgspec, a loop and polars (needs the dev extra)",
    )
    cli.add_argument(
        "--voter-contact",
        action="store_true",
        help="add the voter-contact stage: every council's voter_contact_summary against a "
        "loop counting the same figures",
    )
    cli.add_argument(
        "--confidence",
        action="store_true",
        help="add the confidence stage: every rating council's confidence_results against a "
        "loop giving the same figures (its provinces generated again, sessions to 2029)",
    )
    cli.add_argument(
        "--quick",
        action="store_true",
        help=f"scale {QUICK_SCALE}, one run, no warm-up, unless given, with the petitions, "
        "voter-contact and confidence stages (for tests)",
    )
    return cli


def main(argv: Sequence[str] | None = None) -> Results:
    """Run the benchmark, print the table, write ``--json``; return the results."""
    args = parser().parse_args(argv)
    scale = args.scale if args.scale is not None else (QUICK_SCALE if args.quick else 1.0)
    repeat = args.repeat if args.repeat is not None else (1 if args.quick else 3)
    warmup = args.warmup if args.warmup is not None else (0 if args.quick else 1)
    gc_mode: GcMode = "enabled" if args.gc == "enabled" else "paused"
    results = run(
        scale=scale,
        repeat=repeat,
        warmup=warmup,
        seed=args.seed,
        gc_mode=gc_mode,
        as_of=args.as_of,
        petitions=args.petitions or args.quick,
        memory_sample=QUICK_MEMORY_SAMPLE if args.quick else None,
        voter_contact=args.voter_contact or args.quick,
        confidence=args.confidence or args.quick,
    )
    print(table(results))
    if args.json is not None:
        text = json.dumps(results, indent=2, ensure_ascii=False)
        args.json.write_text(text + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
    sys.exit(0)
