from __future__ import annotations

import argparse
import ast
import datetime as dt
from pathlib import Path

import pytest

import hdnd.cli
from hdnd.cli.common import BadInputError, count, iso_date, read_dataset
from hdnd.errors import HdndError

CLI = Path(hdnd.cli.__file__).resolve().parent


def test_iso_date() -> None:
    assert iso_date("2026-03-15") == dt.date(2026, 3, 15)
    with pytest.raises(argparse.ArgumentTypeError, match=r"YYYY-MM-DD: '15/03/2026'"):
        iso_date("15/03/2026")


@pytest.mark.parametrize(("text", "value"), [("0", 0), ("12", 12), ("007", 7)])
def test_count(text: str, value: int) -> None:
    assert count(text) == value


@pytest.mark.parametrize("text", ["-1", "1.5", "x", ""])
def test_count_refuses_what_is_not_a_whole_number(text: str) -> None:
    with pytest.raises(argparse.ArgumentTypeError, match="not a whole number of at least 0"):
        count(text)


def test_bad_input_is_an_hdnd_error() -> None:
    assert issubclass(BadInputError, HdndError)
    assert issubclass(BadInputError, ValueError)


def test_read_dataset_turns_a_missing_file_into_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "missing.json"
    with pytest.raises(BadInputError, match=r"^cannot read .*missing\.json: No such file"):
        read_dataset(str(path))


def test_read_dataset_turns_a_bad_file_into_bad_input(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text("[1, 2]", encoding="utf-8")
    with pytest.raises(BadInputError, match=r"bad\.json: the data is not a valid hdnd dataset"):
        read_dataset(str(path))


def _cli_imports(path: Path) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("hdnd.cli"):
            found.add(node.module)
    return found


@pytest.mark.parametrize(
    "path",
    sorted(p for p in CLI.glob("*.py") if p.stem not in ("__init__", "main", "common")),
    ids=lambda p: p.stem,
)
def test_a_command_imports_only_the_shared_helpers(path: Path) -> None:
    # one command never borrows from another: what two commands share lives in cli/common.py
    assert _cli_imports(path) <= {"hdnd.cli.common"}


def test_every_command_has_its_module() -> None:
    commands = {p.stem for p in CLI.glob("*.py")} - {"__init__", "main", "common"}
    assert commands == {"demo", "validate", "report", "schema", "law", "symbol"}
