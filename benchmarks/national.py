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
==========  ==========================================  ========================================

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
"""

from __future__ import annotations

import argparse
import datetime as dt
import functools
import gc
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
from importlib.metadata import version
from pathlib import Path
from typing import Any, Literal, NamedTuple, TypedDict

from pydantic import TypeAdapter

from hdnd.dataset.dataset import COLLECTIONS, Dataset, DatasetIndex
from hdnd.io.json import dumps, loads
from hdnd.reports.base import Report
from hdnd.reports.overview import council_overview
from hdnd.reports.sessions import session_activity
from hdnd.sessions.session import ItemKind
from hdnd.testing.synthetic import national_dataset
from hdnd.validation import validate

AS_OF = dt.date(2026, 11, 1)
"""Default day to validate and report on: inside the synthetic councils' term (2026–2031)."""

QUICK_SCALE = 0.02
"""``--quick``: about 67 councils and 1,600 delegates, one run per stage."""

STAGES = ("dumps", "loads", "index", "validate", "overview", "render", "sessions")
"""The stages, in the order they run and print."""

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


# --- the run ------------------------------------------------------------------------------


def run(
    *,
    scale: float = 1.0,
    repeat: int = 3,
    warmup: int = 1,
    seed: int = 0,
    gc_mode: GcMode = "paused",
    as_of: dt.date = AS_OF,
) -> Results:
    """Generate the data once, time every stage against its baselines, measure memory."""
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
    if rss is not None:
        lines.append(f"process max RSS: {rss / 1e6:,.0f} MB")
    return "\n".join(lines)


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
        "--quick",
        action="store_true",
        help=f"scale {QUICK_SCALE}, one run, no warm-up, unless given (for tests)",
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
    )
    print(table(results))
    if args.json is not None:
        text = json.dumps(results, indent=2, ensure_ascii=False)
        args.json.write_text(text + "\n", encoding="utf-8")
    return results


if __name__ == "__main__":
    main()
    sys.exit(0)
