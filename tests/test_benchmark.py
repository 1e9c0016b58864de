"""The benchmark runs and reports every stage; it never asserts a time."""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _benchmark() -> ModuleType:
    path = ROOT / "benchmarks" / "national.py"
    spec = importlib.util.spec_from_file_location("national_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_a_quick_run_reports_every_stage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bench.json"
    result = _benchmark().main(["--quick", "--json", str(out)])
    assert set(result["stages"]) == {"dumps", "loads", "validate", "overview"}
    for stage in result["stages"].values():
        assert stage["seconds"] > 0
        assert stage["baseline_seconds"] > 0
        assert math.isfinite(stage["ratio"])
        assert stage["ratio"] > 0
    counts = result["counts"]
    assert counts["records"] == counts["units"] + counts["councils"] + counts["delegates"]
    assert 0 < counts["councils"] < 3_355
    assert result["load_peak_bytes_per_record"] > 0
    assert out.read_text(encoding="utf-8").startswith("{")
    assert "ratio" in capsys.readouterr().out
