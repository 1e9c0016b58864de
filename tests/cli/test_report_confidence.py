"""``hdnd report --kind confidence``: each council's ratings and votes, or one council's."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from hdnd import Period, dumps
from hdnd.cli.common import confidence, reports_of
from hdnd.cli.main import main
from hdnd.dataset.dataset import Dataset
from hdnd.examples import load_example
from hdnd.reports.base import Report
from hdnd.reports.confidence import ConfidenceResults
from hdnd.testing import national_dataset

TODAY = dt.date(2025, 1, 1)

# Two terms of Cần Thơ's council, each rated once.
RATED: dict[str, Any] = {
    "councils": [
        {"id": "ct-2021", "unit": "92", "term": "2021-2026"},
        {"id": "ct-2016", "unit": "92", "term": "2016-2021"},
        {"id": "ct-2011", "unit": "92", "term": "2011-2016"},
    ],
    "confidence_ratings": [
        {"id": "r1", "council": "ct-2021", "day": "2023-12-08", "person": "p",
         "posts": ["peoples-committee-chair"], "ballots": 50, "high": 10, "confidence": 6,
         "low": 34, "delegates": 60},
        {"id": "r2", "council": "ct-2016", "day": "2018-12-08", "person": "q",
         "posts": ["chair"], "ballots": 50, "high": 40, "confidence": 6, "low": 4,
         "delegates": 60},
    ],
}  # fmt: skip


def _councils(reports: list[Report]) -> list[str]:
    assert all(isinstance(r, ConfidenceResults) for r in reports)
    return [r.council for r in reports if isinstance(r, ConfidenceResults)]


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), today=TODAY)
    out, err = capsys.readouterr()
    return code, out, err


def _headings(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("## ")]


@pytest.fixture
def rated_file(tmp_path: Path) -> str:
    path = tmp_path / "rated.json"
    path.write_text(json.dumps(RATED, ensure_ascii=False), encoding="utf-8")
    return str(path)


def test_every_council_that_rated(capsys: pytest.CaptureFixture[str], rated_file: str) -> None:
    code, out, err = _run(capsys, "report", rated_file, "--kind", "confidence", "--lang", "en")
    assert (code, err) == (0, "")
    assert _headings(out) == ["## Confidence ratings and votes: HĐND thành phố Cần Thơ"] * 2
    assert "| proposal to dismiss | Resolution 96/2023/QH15, Art. 12 |" in out
    assert "| no consequence | Law 87/2015/QH13, Art. 63(3) |" in out
    results = confidence(Dataset.model_validate(RATED), TODAY)
    assert _councils(results) == ["ct-2021", "ct-2016"]  # the term without, left out


def test_a_year_keeps_the_councils_that_rated_in_it() -> None:
    dataset = Dataset.model_validate(RATED)
    assert _councils(confidence(dataset, TODAY, Period.year(2018))) == ["ct-2016"]
    assert confidence(dataset, TODAY, Period.year(2020)) == []
    assert _councils(confidence(dataset, dt.date(2020, 1, 1))) == ["ct-2016"]  # before that day


def test_one_council(capsys: pytest.CaptureFixture[str], rated_file: str) -> None:
    argv = ("report", rated_file, "--kind", "confidence", "--council", "ct-2011")
    code, out, _ = _run(capsys, *argv, "--lang", "en")
    assert code == 0
    assert len(_headings(out)) == 1  # a council with nothing still has its (empty) report
    assert "Person rated" in out
    code, out, _ = _run(capsys, *argv[:-1], "ct-2016", "--year", "2018")
    assert code == 0
    assert "| Chủ tịch Hội đồng nhân dân |" in out
    code, out, err = _run(capsys, *argv[:-1], "nowhere")
    assert (code, out) == (2, "")
    assert "no council 'nowhere'" in err
    code, out, err = _run(capsys, *argv, "--year", "2030")
    assert (code, out) == (2, "")
    assert "--year 2030 begins after --as-of 2025-01-01" in err


def test_everything_includes_it_when_there_are_ratings(
    capsys: pytest.CaptureFixture[str], rated_file: str
) -> None:
    code, out, _ = _run(capsys, "report", rated_file, "--lang", "en")
    assert code == 0
    assert "## Confidence ratings and votes: HĐND thành phố Cần Thơ" in _headings(out)
    without = load_example("can-tho")  # no ratings: nothing about confidence
    assert not any("confidence" in r.title.lower() for r in reports_of(without, TODAY, "all"))


def test_the_synthetic_national_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = national_dataset(seed=0, provinces=("44",), until=dt.date(2029, 12, 31),
                            confidence=True)  # fmt: skip
    path = tmp_path / "rated.json"
    path.write_text(dumps(data), encoding="utf-8")
    argv = ("report", str(path), "--kind", "confidence", "--as-of", "2030-06-30")
    code, out, _ = _run(capsys, *argv, "--year", "2028")
    assert code == 0
    assert len(_headings(out)) == 1  # the province's council: communes do not rate
    assert "| có thể xin từ chức |" in out  # a rating led to a vote
    code, out, _ = _run(capsys, *argv, "--year", "2029", "--lang", "en")
    assert code == 0
    assert "| Result of the confidence rating |" in out  # the votes, held in 2029
