"""The national benchmark runs, reports every stage and baseline; it never asserts a time."""

from __future__ import annotations

import importlib.util
import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

ROOT = Path(__file__).resolve().parent.parent
STAGES = {"dumps", "loads", "index", "validate", "overview", "render", "sessions"}


@pytest.fixture(scope="module")
def benchmark() -> ModuleType:
    """benchmarks/ is not a package: load national.py from its path."""
    path = ROOT / "benchmarks" / "national.py"
    spec = importlib.util.spec_from_file_location("hdnd_national_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def quick(
    benchmark: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], Path]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    results: dict[str, Any] = benchmark.main(["--quick", "--json", str(out)])
    return results, out


def _positive_finite(value: object) -> bool:
    return isinstance(value, float) and math.isfinite(value) and value > 0


def test_every_stage_and_baseline_is_measured(quick: tuple[dict[str, Any], Path]) -> None:
    results, _ = quick
    assert set(results["stages"]) == STAGES
    assert results["repeat"] == 1
    for name, stage in results["stages"].items():
        assert stage["baselines"], name
        assert stage["baseline"] == next(iter(stage["baselines"]))
        assert stage["ratio"] == stage["baselines"][stage["baseline"]]["ratio"]
        assert len(stage["runs"]) == results["repeat"]
        for key in ("seconds", "median_seconds", "microseconds_per_record", "ratio"):
            assert _positive_finite(stage[key]), (name, key)
        for base in stage["baselines"].values():
            assert len(base["runs"]) == results["repeat"]
            for key in ("seconds", "median_seconds", "ratio", "median_ratio"):
                assert _positive_finite(base[key]), (name, key)
    assert set(results["stages"]["loads"]["baselines"]) == {"pydantic", "json.loads"}


def test_counts_match_the_generated_dataset(
    benchmark: ModuleType, quick: tuple[dict[str, Any], Path]
) -> None:
    results, _ = quick
    assert 0 < results["actual_scale"] < 1
    dataset, _ = benchmark.generate(results["scale"], results["seed"])
    counts = results["counts"]
    assert counts["units"] == len(dataset.units)
    assert counts["councils"] == len(dataset.councils)
    assert counts["delegates"] == len(dataset.delegates)
    assert counts["mandates"] == sum(len(d.mandates) for d in dataset.delegates)
    for name in ("sessions", "sittings", "votes", "documents"):
        assert counts[name] == len(getattr(dataset, name)) > 0, name
    assert counts["attendance"] == sum(len(s.attendance) for s in dataset.sittings)
    assert counts["attendance"] > counts["delegates"]
    assert counts["records"] == sum(v for k, v in counts.items() if k != "records")
    assert counts["delegates"] > counts["councils"] > 0
    assert results["stages"]["overview"]["items"] == counts["councils"]
    assert results["stages"]["sessions"]["items"] == counts["councils"]
    assert results["round_trip"] is True
    assert results["findings"] == 0  # the synthetic data is valid


def test_a_scale_keeps_whole_councils_and_their_delegates(benchmark: ModuleType) -> None:
    national, _ = benchmark.generate(1.0, 0)
    part, _ = benchmark.generate(0.01, 0)
    assert len(part.councils) == round(0.01 * len(national.councils))
    kept = {c.id for c in part.councils}
    units = {u.code: u for u in part.units}
    assert {c.unit for c in part.councils} == set(units)
    assert all(u.parent is None or u.parent in units for u in units.values())
    assert all(m.council in kept for d in part.delegates for m in d.mandates)
    assert len(part.delegates) == sum(
        1 for d in national.delegates if d.mandates[0].council in kept
    )
    # Sessions and documents follow their council, sittings their session, votes their sitting.
    sessions = {s.id for s in national.sessions if s.council in kept}
    sittings = {s.id for s in national.sittings if s.session in sessions}
    assert {s.id for s in part.sessions} == sessions
    assert {s.id for s in part.sittings} == sittings
    assert {v.id for v in part.votes} == {v.id for v in national.votes if v.sitting in sittings}
    assert len(part.documents) == sum(1 for d in national.documents if d.council in kept)
    assert part.sessions
    assert part.votes


def test_memory_is_measured(quick: tuple[dict[str, Any], Path]) -> None:
    memory = quick[0]["memory"]
    for key in ("loads_peak_bytes_per_record", "dataset_bytes_per_record"):
        assert _positive_finite(memory[key]), key
    assert memory["loads_peak_bytes"] >= memory["dataset_bytes"] > 0


def test_the_json_file_holds_the_results(quick: tuple[dict[str, Any], Path]) -> None:
    results, out = quick
    assert json.loads(out.read_text(encoding="utf-8")) == results


def test_the_table_names_every_stage(
    benchmark: ModuleType, quick: tuple[dict[str, Any], Path]
) -> None:
    text: str = benchmark.table(quick[0])
    lines = text.splitlines()
    for name in STAGES:
        assert any(line.startswith(name) for line in lines), name
    assert "ratio" in text


@pytest.mark.parametrize("argv", [["--scale", "0"], ["--scale", "1.5"], ["--repeat", "0"]])
def test_bad_options_are_refused(benchmark: ModuleType, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        benchmark.main(argv)
    assert exit_info.value.code == 2
