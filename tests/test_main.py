from __future__ import annotations

import json
import runpy
import subprocess
import sys
from pathlib import Path

import pytest

import hdnd
from hdnd.examples import example_path


def _python_m_hdnd(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "hdnd", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def test_python_m_hdnd_version() -> None:
    done = _python_m_hdnd("--version")
    assert done.returncode == 0
    assert done.stdout == f"hdnd {hdnd.__version__}\n"


def test_python_m_hdnd_passes_the_exit_code_on() -> None:
    done = _python_m_hdnd("validate", example_path("can-tho"), "--as-of", "2015-01-01")
    assert done.returncode == 0
    assert done.stdout == "0 lỗi, 0 cảnh báo, 0 thông tin (tính đến 2015-01-01).\n"


def test_python_m_hdnd_on_a_file_with_errors(tmp_path: Path) -> None:
    path = tmp_path / "duplicate.json"
    councils = [{"id": "c", "unit": "92", "term": "2026-2031"}] * 2
    path.write_text(json.dumps({"councils": councils}), encoding="utf-8")
    done = _python_m_hdnd("validate", str(path), "--as-of", "2026-06-01", "--format", "json")
    assert done.returncode == 1
    assert [f["code"] for f in json.loads(done.stdout)["findings"]] == ["duplicate-identifier"]


def test_python_m_hdnd_on_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    done = _python_m_hdnd("validate", str(path))
    assert done.returncode == 2
    assert done.stderr == f"hdnd: cannot read {path}: No such file or directory.\n"


def test_running_the_module_in_process(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(sys, "argv", ["hdnd", "schema", "--indent", "0"])
    with pytest.raises(SystemExit) as caught:
        runpy.run_module("hdnd", run_name="__main__")
    assert caught.value.code == 0
    assert json.loads(capsys.readouterr().out)["title"] == "Dataset"
