from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys

import pytest

from hdnd.cli.main import main

TODAY = dt.date(2026, 11, 24)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(["symbol", *argv], today=TODAY)
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_parse_prints_the_parts_as_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "parse", "12/2024/nq-hdnd")
    assert (code, err) == (0, "")
    assert json.loads(out) == {
        "symbol": "12/2024/NQ-HĐND",
        "number": "12",
        "year": 2024,
        "kind": "resolution",
        "kind_label": "Nghị quyết",
        "abbreviation": "NQ",
        "issuers": ["HĐND"],
        "style": "state",
        "normative": True,
    }
    assert "HĐND" in out  # not escaped: ensure_ascii=False


def test_parse_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "parse", "32-CT/TU", "--lang", "en")
    assert code == 0
    parsed = json.loads(out)
    assert (parsed["kind_label"], parsed["style"], parsed["issuers"]) == (
        "Directive",
        "party",
        ["TU"],
    )


def test_parse_a_joint_resolution(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "parse", "72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN")
    assert code == 0
    parsed = json.loads(out)
    assert parsed["symbol"] == "72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"
    assert parsed["issuers"] == ["UBTVQH15", "CP", "ĐCTUBTWMTTQVN"]


def test_parse_a_law_names_no_kind(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "parse", "199/2025/QH15")
    assert code == 0
    assert json.loads(out)["kind"] is None


def test_words_may_be_given_unquoted(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "parse", "NQ", "1187", "/", "NQ-UBTVQH14")
    assert code == 0
    assert json.loads(out)["symbol"] == "1187/NQ-UBTVQH14"


@pytest.mark.parametrize(
    ("symbol", "reason"),
    [
        ("NQ-HĐND", "does not begin with the document's number"),
        ("76/NQ", "no issuer"),
        ("///", "does not begin with the document's number"),
        ("😴", "does not begin with the document's number"),
        ("76/NQ-HĐND ngày 01/01/2022", "contains a space"),
    ],
)
@pytest.mark.parametrize("command", ["parse", "validate"])
def test_an_invalid_symbol_exits_2(
    capsys: pytest.CaptureFixture[str], command: str, symbol: str, reason: str
) -> None:
    code, out, err = _run(capsys, command, symbol)
    assert (code, out) == (2, "")
    assert err.startswith(f"hdnd: {symbol!r} is not a document symbol: ")
    assert reason in err
    assert err.count("\n") == 1


def test_validate_prints_the_canonical_form(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "validate", "06/KH/HĐND") == (0, "06/KH-HĐND\n", "")


def test_compact_never_fails(capsys: pytest.CaptureFixture[str]) -> None:
    assert _run(capsys, "compact", "76 / nq – hdnd") == (0, "76/NQ-HĐND\n", "")
    assert _run(capsys, "compact", " not  a symbol ") == (0, "not a symbol\n", "")


def test_a_symbol_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["symbol", "parse"], today=TODAY)
    assert info.value.code == 2
    assert "SYMBOL" in capsys.readouterr().err


def test_the_installed_command() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "hdnd", "symbol", "parse", "76/NQ"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert "'76/NQ' is not a document symbol" in done.stderr
