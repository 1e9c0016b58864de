from __future__ import annotations

import datetime as dt

import pytest

from hdnd.cli.main import main
from hdnd.law import INSTRUMENTS

TODAY = dt.date(2026, 11, 24)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str], str]:
    code = main(["law", *argv], today=TODAY)
    captured = capsys.readouterr()
    return code, captured.out.splitlines(), captured.err


def test_list_ends_with_the_number_of_instruments(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = _run(capsys, "list")
    assert code == 0
    assert lines[-1] == str(len(INSTRUMENTS))
    assert lines[0].split()[:2] == ["key", "number"]
    for cls in INSTRUMENTS:
        assert any(line.startswith(cls.key + " ") for line in lines)


@pytest.mark.parametrize("key", ["lg2025", "72/2025/QH15"])
def test_show(capsys: pytest.CaptureFixture[str], key: str) -> None:
    code, lines, _ = _run(capsys, "show", key, "--lang", "en")
    assert code == 0
    assert lines[0] == "Law 72/2025/QH15 — Luật Tổ chức chính quyền địa phương"
    assert "effective: 2025-06-16 [verified]" in lines
    assert any(line.startswith("- PROVINCE_SEATS: ") for line in lines)
    assert lines[-1] == "lg2025"


def test_show_an_unknown_instrument(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, err = _run(capsys, "show", "nope")
    assert (code, lines) == (2, [])
    assert err.startswith("hdnd: no instrument 'nope'")


@pytest.mark.parametrize(
    ("argv", "answer"),
    [
        (["--kind", "commune", "--population", "12000"], "16"),
        (["--kind", "commune", "--population", "11999"], "15"),
        (["--kind", "commune", "--population", "6000", "--mountainous"], "16"),
        (["--kind", "central-city", "--population", "9000000", "--unit-code", "79"], "125"),
        (["--kind", "ward", "--population", "21000", "--parent-kind", "central-city"], "16"),
        (["--kind", "ward", "--population", "21000"], "not-applicable"),
        (["--kind", "rural-district", "--population", "120000"], "not-applicable"),
        (["--kind", "special-zone", "--population", "999"], "not-applicable"),
        (["--kind", "special-zone", "--population", "1000"], "15"),
    ],
)
def test_seats(capsys: pytest.CaptureFixture[str], argv: list[str], answer: str) -> None:
    code, lines, _ = _run(capsys, "seats", "--on", "2026-03-15", *argv)
    assert code == 0
    assert lines[-1] == answer


@pytest.mark.parametrize(
    ("decision", "base", "answer"),
    [("resolution", "85", "43"), ("resolution", "84", "43"), ("recall", "30", "20")],
)
def test_threshold(
    capsys: pytest.CaptureFixture[str], decision: str, base: str, answer: str
) -> None:
    code, lines, _ = _run(capsys, "threshold", "--on", "2026-04-01", "--decision", decision,
                          "--base", base)  # fmt: skip
    assert code == 0
    assert lines[-1] == answer


@pytest.mark.parametrize(
    "argv",
    [
        ["seats", "--on", "2026-03-15", "--kind", "commune", "--population", "-1"],
        ["seats", "--on", "2026-03-15", "--kind", "county", "--population", "1"],
        ["seats", "--on", "15/03/2026", "--kind", "commune", "--population", "1"],
        ["threshold", "--on", "2026-04-01", "--decision", "veto", "--base", "3"],
        ["deadline", "--on", "2026-04-01", "--kind", "nope", "--start", "2026-04-01"],
        ["confidence", "--on", "2026-04-01", "--total", "x", "--low", "1"],
    ],
)
def test_bad_input_exits_2(capsys: pytest.CaptureFixture[str], argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["law", *argv], today=TODAY)
    assert exit_info.value.code == 2
    assert "error: argument" in capsys.readouterr().err


def test_more_low_ratings_than_ratings(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _run(capsys, "confidence", "--on", "2024-01-01", "--total", "5", "--low", "6")
    assert code == 2
    assert err == "hdnd: --low (6) cannot exceed --total (5)\n"


@pytest.mark.parametrize(
    ("argv", "answer"),
    [
        (["--on", "2026-05-01", "--kind", "petition-reply", "--start", "2026-02-09"], "2026-03-02"),
        (["--on", "2026-06-30", "--kind", "complaint-acceptance", "--start", "2026-06-01"],
         "2026-06-11"),
        (["--on", "2026-07-01", "--kind", "complaint-acceptance", "--start", "2026-07-01"],
         "2026-07-10"),
        (["--on", "2026-05-01", "--kind", "complaint-first", "--start", "2026-01-20", "--remote",
          "--complex"], "2026-03-23"),
        (["--on", "2026-05-01", "--kind", "denunciation-initial", "--start", "2026-02-11"],
         "2026-02-27"),
        (["--on", "2026-05-01", "--kind", "first-session", "--start", "2026-03-15"],
         "2026-04-29"),
        (["--on", "2016-01-01", "--kind", "question-written-answer", "--start", "2016-01-04"],
         "not-applicable"),
    ],
)  # fmt: skip
def test_deadline(capsys: pytest.CaptureFixture[str], argv: list[str], answer: str) -> None:
    code, lines, _ = _run(capsys, "deadline", *argv)
    assert code == 0
    assert lines[-1] == answer


@pytest.mark.parametrize(
    ("on", "low", "answer"),
    [
        ("2015-06-30", "40", "not-applicable"),
        ("2023-06-30", "31", "may-resign"),
        ("2023-06-30", "40", "confidence-vote"),
        ("2023-07-01", "30", "none"),
        ("2023-07-01", "40", "dismissal-proposal"),
    ],
)
def test_confidence(capsys: pytest.CaptureFixture[str], on: str, low: str, answer: str) -> None:
    code, lines, _ = _run(capsys, "confidence", "--on", on, "--total", "60", "--low", low)
    assert code == 0
    assert lines[-1] == answer


def test_explanation_conclusion_threshold(capsys: pytest.CaptureFixture[str]) -> None:
    code, lines, _ = _run(capsys, "threshold", "--on", "2025-01-01", "--decision",
                          "explanation-conclusion", "--base", "6")  # fmt: skip
    assert (code, lines[-1]) == (0, "4")
