"""National-scale benchmark: every council of the country, measured against baselines.

What it measures, on the seeded synthetic dataset of :func:`hdnd.testing.national_dataset`
(34 provinces and 3,321 communes, one delegate per filled seat, about 80,000 records):

========  =====================================  ==========================================
stage     hdnd                                   baseline run in the same process
========  =====================================  ==========================================
dumps     ``hdnd.dumps(dataset)``                ``json.dumps`` of the same data as dicts
loads     ``hdnd.loads(text)``                   ``pydantic.TypeAdapter(Dataset)`` on the text
validate  ``hdnd.validate(dataset, as_of=...)``  sort all mandates by delegate and compare
                                                 neighbours (the floor of an O(n log n) check)
overview  ``council_overview`` of every council  one pass counting delegates per council
========  =====================================  ==========================================

Wall-clock seconds depend on the machine; the *ratio* to a baseline measured in the same
process does much less, so the ratios are what to compare between commits. Nothing here
asserts a time. Memory: the peak traced by :mod:`tracemalloc` while loading, per record.

Usage: ``python benchmarks/national.py [--repeat 3] [--subset 0.1] [--json out.json]``
(``make bench``).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import itertools
import json
import statistics
import sys
import time
import tracemalloc
from collections import Counter
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from pydantic import TypeAdapter

from hdnd import Dataset, council_overview, dumps, loads, validate
from hdnd.testing import national_dataset

AS_OF = dt.date(2026, 11, 1)


def best_of(repeat: int, work: Callable[[], object]) -> tuple[float, float]:
    """The best and the median wall-clock time of *repeat* runs of *work*, in seconds."""
    times = []
    for _ in range(repeat):
        gc.collect()
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return min(times), statistics.median(times)


def subset(dataset: Dataset, fraction: float) -> Dataset:
    """The first *fraction* of the councils, with their delegates (for quick runs)."""
    if fraction >= 1:
        return dataset
    councils = dataset.councils[: max(1, int(len(dataset.councils) * fraction))]
    kept = {c.id for c in councils}
    delegates = tuple(d for d in dataset.delegates if d.mandates[0].council in kept)
    return dataset.model_copy(update={"councils": councils, "delegates": delegates})


def _mandate_floor(dataset: Dataset) -> int:
    spans = sorted(
        (d.id, m.council, m.start, m.end or dt.date.max)
        for d in dataset.delegates
        for m in d.mandates
    )
    return sum(1 for a, b in itertools.pairwise(spans) if a[:2] == b[:2] and b[2] <= a[3])


def _overview_floor(dataset: Dataset) -> Counter[str]:
    return Counter(m.council for d in dataset.delegates for m in d.mandates)


def run(*, repeat: int = 3, fraction: float = 1.0, seed: int = 0) -> dict[str, Any]:
    """Run every stage and its baseline; return the measurements as plain data."""
    start = time.perf_counter()
    dataset = subset(national_dataset(seed), fraction)
    generated = time.perf_counter() - start
    text = dumps(dataset)
    plain = json.loads(text)
    adapter = TypeAdapter(Dataset)
    councils = [c.id for c in dataset.councils]
    records = len(dataset.units) + len(dataset.councils) + len(dataset.delegates)

    def overview_all() -> None:
        for council in councils:
            council_overview(dataset, council, as_of=AS_OF)

    stages: dict[str, tuple[Callable[[], object], Callable[[], object]]] = {
        "dumps": (lambda: dumps(dataset), lambda: json.dumps(plain, ensure_ascii=False)),
        "loads": (lambda: loads(text), lambda: adapter.validate_json(text)),
        "validate": (lambda: validate(dataset, as_of=AS_OF), lambda: _mandate_floor(dataset)),
        "overview": (overview_all, lambda: _overview_floor(dataset)),
    }
    results: dict[str, Any] = {}
    for name, (work, baseline) in stages.items():
        best, median = best_of(repeat, work)
        base_best, _ = best_of(repeat, baseline)
        results[name] = {
            "seconds": best,
            "median_seconds": median,
            "baseline_seconds": base_best,
            "ratio": best / base_best if base_best else float("inf"),
            "microseconds_per_record": best / records * 1e6,
        }

    gc.collect()
    tracemalloc.start()
    loaded = loads(text)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    del loaded
    return {
        "date": AS_OF.isoformat(),
        "python": sys.version.split()[0],
        "fraction": fraction,
        "seed": seed,
        "repeat": repeat,
        "generate_seconds": generated,
        "json_megabytes": len(text.encode()) / 1e6,
        "counts": {
            "units": len(dataset.units),
            "councils": len(dataset.councils),
            "delegates": len(dataset.delegates),
            "mandates": sum(len(d.mandates) for d in dataset.delegates),
            "records": records,
        },
        "load_peak_bytes_per_record": peak / records,
        "stages": results,
    }


def table(result: dict[str, Any]) -> str:
    """The measurements as an aligned text table."""
    counts = result["counts"]
    lines = [
        f"hdnd national benchmark (Python {result['python']}, scale {result['fraction']}, "
        f"best of {result['repeat']})",
        f"records: {counts['units']:,} units, {counts['councils']:,} councils, "
        f"{counts['delegates']:,} delegates, {counts['mandates']:,} mandates; "
        f"JSON {result['json_megabytes']:.1f} MB; generated in {result['generate_seconds']:.2f} s",
        "",
        f"{'stage':<10}{'hdnd s':>10}{'baseline s':>12}{'ratio':>8}{'µs/record':>12}",
    ]
    for name, stage in result["stages"].items():
        lines.append(
            f"{name:<10}{stage['seconds']:>10.3f}{stage['baseline_seconds']:>12.3f}"
            f"{stage['ratio']:>8.2f}{stage['microseconds_per_record']:>12.1f}"
        )
    lines += ["", f"load peak memory: {result['load_peak_bytes_per_record']:,.0f} bytes/record"]
    return "\n".join(lines)


def main(argv: Sequence[str] | None = None) -> dict[str, Any]:
    """Run the benchmark from the command line; print the table and return the results."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--repeat", type=int, default=3, help="runs per stage (best is kept)")
    parser.add_argument("--subset", type=float, default=1.0, help="fraction of the councils")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--quick", action="store_true", help="1%% of the councils, one run")
    parser.add_argument("--json", type=Path, help="also write the results to this file")
    args = parser.parse_args(argv)
    repeat, fraction = (1, 0.01) if args.quick else (args.repeat, args.subset)
    result = run(repeat=repeat, fraction=fraction, seed=args.seed)
    sys.stdout.write(table(result) + "\n")
    if args.json:
        args.json.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    return result


if __name__ == "__main__":
    main()
