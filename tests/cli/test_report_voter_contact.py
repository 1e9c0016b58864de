"""``hdnd report --kind voter-contact``: by province, the whole dataset, one council."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from hdnd import Period, dumps
from hdnd.cli.common import reports_of, voter_contact
from hdnd.cli.main import main
from hdnd.dataset.dataset import Dataset
from hdnd.examples import example_path, load_example
from hdnd.testing import national_dataset

TODAY = dt.date(2028, 1, 1)

# The city of Huế (46) and a ward of it meet voters; so does a commune of Lai Châu (12).
VOTERS: dict[str, Any] = {
    "units": [
        {"code": "46", "name": "Thành phố Huế", "kind": "central-city"},
        {"code": "19900", "name": "Phường Thuận An", "kind": "ward", "parent": "46"},
        {"code": "12", "name": "Lai Châu", "kind": "province"},
        {"code": "03637", "name": "Xã Mường Kim", "kind": "commune", "parent": "12"},
    ],
    "councils": [
        {"id": "hue", "unit": "46", "term": "2026-2031"},
        {"id": "thuan-an", "unit": "19900", "term": "2026-2031"},
        {"id": "muong-kim", "unit": "03637", "term": "2026-2031"},
    ],
    "voter_meetings": [
        {"id": "m1", "unit": "19900", "day": "2026-06-10", "council": "hue",
         "occasion": "before-session", "attendances": 120, "speakers": 8},
        {"id": "m2", "unit": "19900", "day": "2026-06-12", "council": "thuan-an",
         "occasion": "before-session", "attendances": 80, "speakers": 5},
        {"id": "m3", "unit": "03637", "day": "2027-06-12", "council": "muong-kim",
         "occasion": "before-session", "attendances": 60, "speakers": 4},
    ],
    "voter_petitions": [
        {"id": "k1", "council": "hue", "raised_at": ["m1"], "field": "land",
         "forwarded": "2026-06-20", "answered": "2026-07-10", "result": "resolved"},
        {"id": "k2", "council": "muong-kim", "raised_at": ["m3"], "field": "health"},
    ],
}  # fmt: skip


def _write(path: Path, data: dict[str, Any]) -> str:
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return str(path)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), today=TODAY)
    out, err = capsys.readouterr()
    return code, out, err


def _headings(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("## ")]


@pytest.fixture
def voters_file(tmp_path: Path) -> str:
    return _write(tmp_path / "voters.json", VOTERS)


def test_the_example_beside_its_published_figures(capsys: pytest.CaptureFixture[str]) -> None:
    path = example_path("can-tho-register")
    argv = ("report", path, "--kind", "voter-contact", "--year", "2014", "--lang", "en")
    code, out, err = _run(capsys, *argv, "--as-of", "2015-01-01")
    assert (code, err) == (0, "")
    # One province holds every meeting: its summary alone, beside the office's figures.
    assert _headings(out) == ["## Voter contact and voter petitions: Thành phố Cần Thơ"]
    assert "| Voter-contact meetings | 56 | — | 56 | 0 |" in out
    assert "| Voters who spoke | 431 | — | 431 | 0 |" in out
    code, out, _ = _run(capsys, *argv[:-2], "--year", "2013")
    assert code == 0
    assert _headings(out) == ["## Tiếp xúc cử tri và kiến nghị cử tri"]  # nothing in 2013
    assert "| Hội nghị tiếp xúc cử tri | 0 | — |" in out


def test_every_province_after_the_whole_dataset(
    capsys: pytest.CaptureFixture[str], voters_file: str
) -> None:
    code, out, _ = _run(capsys, "report", voters_file, "--kind", "voter-contact", "--lang", "en")
    assert code == 0
    assert _headings(out) == [
        "## Voter contact and voter petitions",
        "## Voter contact and voter petitions: Thành phố Huế",
        "## Voter contact and voter petitions: Lai Châu",
    ]
    assert out.count("| Voter-contact meetings | 3 |") == 1  # the whole dataset
    assert out.count("| Voter-contact meetings | 2 |") == 1  # Huế: its council and a ward's
    summaries = voter_contact(Dataset.model_validate(VOTERS), TODAY)
    assert [s.subject for s in summaries] == [None, "46", "12"]
    assert [s.petitions for s in summaries] == [2, 1, 1]


def test_a_year_keeps_the_provinces_that_met_voters_in_it() -> None:
    dataset = Dataset.model_validate(VOTERS)
    summaries = voter_contact(dataset, TODAY, Period.year(2027))
    assert [s.subject for s in summaries] == ["12"]  # only Lai Châu met voters in 2027
    summaries = voter_contact(dataset, TODAY, Period.year(2026))
    assert [s.subject for s in summaries] == ["46"]


def test_one_council(capsys: pytest.CaptureFixture[str], voters_file: str) -> None:
    argv = ("report", voters_file, "--kind", "voter-contact", "--council", "thuan-an")
    code, out, _ = _run(capsys, *argv, "--lang", "en")
    assert code == 0
    assert len(_headings(out)) == 1
    assert "| Voter-contact meetings | 1 |" in out
    code, out, err = _run(capsys, *argv[:-1], "nowhere")
    assert (code, out) == (2, "")
    assert "no council 'nowhere'" in err


@pytest.mark.parametrize("kind", ["voter-contact", "register"])
def test_a_year_after_the_day_of_the_report_is_refused(
    capsys: pytest.CaptureFixture[str], voters_file: str, kind: str
) -> None:
    argv = ("report", voters_file, "--kind", kind, "--year", "2030", "--as-of", "2027-06-30")
    code, out, err = _run(capsys, *argv)
    assert (code, out) == (2, "")
    assert "--year 2030 begins after --as-of 2027-06-30" in err
    if kind == "voter-contact":
        assert _run(capsys, *argv, "--council", "hue")[0] == 2


def test_everything_includes_it_when_there_are_meetings(
    capsys: pytest.CaptureFixture[str], voters_file: str
) -> None:
    code, out, _ = _run(capsys, "report", voters_file, "--lang", "en")
    assert code == 0
    assert "## Voter contact and voter petitions: Lai Châu" in _headings(out)
    without = load_example("can-tho")  # no voter meetings: nothing about voter contact
    assert not any("voter" in r.title.lower() for r in reports_of(without, TODAY))


def test_the_synthetic_national_data(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = national_dataset(seed=0, provinces=("46",), voter_contact=True)
    path = tmp_path / "hue.json"
    path.write_text(dumps(data), encoding="utf-8")
    code, out, _ = _run(capsys, "report", str(path), "--kind", "voter-contact", "--as-of",
                        "2028-06-30", "--year", "2027")  # fmt: skip
    assert code == 0
    assert len(_headings(out)) == 1  # Huế holds everything
    assert "| Trả lời trong thời hạn |" in out
    assert "Quá thời hạn" not in out  # every answer on time
