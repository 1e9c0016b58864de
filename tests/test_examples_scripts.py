"""Every script in ``examples/`` runs and prints exactly what its ``.out`` file records.

After a deliberate change of output, regenerate a record with
``python examples/NAME.py > examples/NAME.out`` and review the diff.
"""

from __future__ import annotations

import difflib
import os
import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
SCRIPTS = sorted(EXAMPLES.glob("*.py"))


def test_the_examples_are_there() -> None:
    assert [script.stem for script in SCRIPTS] == [
        "check_a_file",
        "council_composition",
        "council_overview",
        "first_steps",
    ]
    recorded = sorted(path.stem for path in EXAMPLES.glob("*.out"))
    assert recorded == [script.stem for script in SCRIPTS]


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.stem for script in SCRIPTS])
def test_the_script_does_not_read_the_clock(script: Path) -> None:
    source = script.read_text(encoding="utf-8")
    for call in ("today(", "now(", "utcnow(", "time.time(", "localtime("):
        assert call not in source, f"{script.name} calls {call}): pass dates explicitly"


@pytest.mark.parametrize("script", SCRIPTS, ids=[script.stem for script in SCRIPTS])
def test_the_script_prints_its_recorded_output(script: Path, tmp_path: Path) -> None:
    expected = script.with_suffix(".out").read_text(encoding="utf-8")
    env = {**os.environ, "PYTHONIOENCODING": "utf-8", "PYTHONWARNINGS": "error"}
    done = subprocess.run(
        [sys.executable, str(script)],
        cwd=tmp_path,  # the scripts do not depend on the working directory
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    assert done.returncode == 0, f"{script.name} failed:\n{done.stderr}"
    assert done.stderr == ""
    if done.stdout != expected:
        diff = "".join(
            difflib.unified_diff(
                expected.splitlines(keepends=True),
                done.stdout.splitlines(keepends=True),
                fromfile=f"examples/{script.stem}.out (recorded)",
                tofile=f"python examples/{script.name} (actual)",
            )
        )
        pytest.fail(f"{script.name} printed something else than its record:\n{diff}")
