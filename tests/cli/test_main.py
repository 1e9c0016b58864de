from __future__ import annotations

import datetime as dt
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import hdnd
from hdnd.cli.main import main
from hdnd.examples import example_path
from hdnd.io import json_schema

TODAY = dt.date(2026, 11, 1)
CAN_THO = example_path("can-tho")
SYNTHETIC = example_path("synthetic-council")
COUNCIL = "hdnd-tinh-mau-2026"

FIGURE: dict[str, Any] = {
    "id": "visits",
    "unit": "92",
    "period": {"start": "2014-01-01", "end": "2014-12-31"},
    "indicator": "citizen-visits",
    "value": 105,
    "source": "s",
    "breakdowns": [{"dimension": "kind", "parts": {"individual": 100, "group": 4}}],
}


def _write(path: Path, data: object) -> str:
    text = data if isinstance(data, str) else json.dumps(data, ensure_ascii=False)
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.fixture
def broken_sum(tmp_path: Path) -> str:
    """A dataset whose visits by kind add up to 104, not 105."""
    data = {"sources": [{"id": "s", "title": "Báo cáo"}], "figures": [FIGURE]}
    return _write(tmp_path / "broken-sum.json", data)


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv), today=TODAY)
    out, err = capsys.readouterr()
    return code, out, err


def _exits(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[object, str, str]:
    with pytest.raises(SystemExit) as caught:
        main(list(argv), today=TODAY)
    out, err = capsys.readouterr()
    return caught.value.code, out, err


# --- version and usage ---------------------------------------------------------------------


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _exits(capsys, "--version")
    assert code == 0
    assert out == f"hdnd {hdnd.__version__}\n"
    assert out.startswith("hdnd 0.")
    assert err == ""


def test_a_command_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _exits(capsys)
    assert code == 2
    assert out == ""
    assert err.startswith("usage: hdnd ")
    assert "Traceback" not in err


# --- demo ----------------------------------------------------------------------------------

DEMO_VI = [
    "| Lượt tiếp công dân | 105 |",
    "Cá nhân 100; Tập thể (đoàn) 5",
    "| Đơn, thư tiếp nhận | 191 |",
    "Hướng dẫn 36; Trả lời 4; Lưu đơn 70; Chuyển cơ quan có thẩm quyền 81",
    "| Hội nghị lấy ý kiến dự án luật | 31 |",
    "| Hội nghị tiếp xúc cử tri | 56 |",
    "| khoảng 7.570 |",
    "| Lượt cử tri phát biểu ý kiến | 431 |",
    "| gần 700 |",
    "| hơn 1.750 |",
    "| 2.412 |",
    "| 92,20% (tổng số đại biểu HĐND cấp huyện, cấp xã) |",
    "| Cá nhân | 100 | 95,24% |",
    "| Tập thể (đoàn) | 5 | 4,76% |",
    "| Hướng dẫn | 36 | 18,85% |",
    "| Trả lời | 4 | 2,09% |",
    "| Lưu đơn | 70 | 36,65% |",
    "| Chuyển cơ quan có thẩm quyền | 81 | 42,41% |",
    "| Số đại biểu được bầu theo luật | 57 | — |",
    "| Số đại biểu đang hoạt động | 55 | — |",
    "| Số ghế khuyết | 2 | — |",
]


def test_demo_prints_every_figure_in_vietnamese(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "demo")
    assert code == 0
    assert err == ""
    assert out.startswith(f"# hdnd {hdnd.__version__}: ví dụ có sẵn\n\n# Thành phố Cần Thơ")
    for text in DEMO_VI:
        assert text in out
    assert "# Hội đồng nhân dân tỉnh Mẫu (dữ liệu tổng hợp)" in out
    assert (
        out.count("Kết quả kiểm tra:\n0 lỗi, 0 cảnh báo, 0 thông tin (tính đến 2026-11-01).") == 2
    )
    assert "7,570" not in out
    assert "2,412" not in out


def test_demo_prints_every_figure_in_english(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "demo", "--lang", "en")
    assert code == 0
    assert out.startswith(f"# hdnd {hdnd.__version__}: built-in examples\n")
    for text in (
        "| Citizen visits | 105 |",
        "Individual 100; Group (delegation) 5",
        "| Petitions received | 191 |",
        "Guided 36; Answered 4; Stored 70; Forwarded to the competent body 81",
        "| 31 |",
        "| 56 |",
        "| about 7,570 |",
        "| 431 |",
        "| nearly 700 |",
        "| more than 1,750 |",
        "| 2,412 |",
        "| 92.20% (",
        "| Individual | 100 | 95.24% |",
        "| Statutory number of delegates | 57 | — |",
        "| Delegates serving | 55 | — |",
    ):
        assert text in out
    assert "7.570" not in out
    assert "92,20%" not in out
    assert out.count("Errors: 0, warnings: 0, information: 0 (as of 2026-11-01).") == 2


def test_demo_judges_as_of_the_given_day(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "demo", "--as-of", "2026-05-01")
    assert "| Số đại biểu đang hoạt động | 57 | — |" in out
    assert "| Số ghế khuyết | 0 | — |" in out
    assert "(tính đến 2026-05-01)" in out


def test_demo_as_html(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "demo", "--format", "html")
    assert code == 0
    assert out.count('<div class="hdnd-report">') == 3
    assert '<td style="text-align:right">khoảng 7.570</td>' in out


# --- validate ------------------------------------------------------------------------------


def test_validate_a_clean_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "validate", CAN_THO, "--as-of", "2015-01-01")
    assert code == 0
    assert out == "0 lỗi, 0 cảnh báo, 0 thông tin (tính đến 2015-01-01).\n"
    assert err == ""


def test_validate_defaults_to_today(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "validate", CAN_THO, "--lang", "en")
    assert out == "Errors: 0, warnings: 0, information: 0 (as of 2026-11-01).\n"


def test_validate_a_breakdown_that_does_not_add_up(
    capsys: pytest.CaptureFixture[str], broken_sum: str
) -> None:
    code, out, err = _run(capsys, "validate", broken_sum, "--as-of", "2015-01-01", "--lang", "en")
    assert code == 1
    assert out.splitlines() == [
        "[error] breakdown-does-not-add-up — figures/visits · breakdowns.0: "
        "The parts by kind add up to 104, not to the total of 105.",
        "Errors: 1, warnings: 0, information: 0 (as of 2015-01-01).",
    ]
    assert err == ""


def test_validate_as_json(capsys: pytest.CaptureFixture[str], broken_sum: str) -> None:
    code, out, _ = _run(capsys, "validate", broken_sum, "--format", "json", "--as-of", "2015-01-01")
    assert code == 1
    data = json.loads(out)
    assert data["as_of"] == "2015-01-01"
    assert data["counts"] == {"error": 1, "warning": 0, "info": 0}
    (finding,) = data["findings"]
    assert finding["code"] == "breakdown-does-not-add-up"
    assert finding["record"] == "figures/visits"
    assert finding["message"] == "Tổng các phần theo kind là 104, khác tổng số 105."
    assert "Tổng các phần" in out  # not \u-escaped


def test_validate_with_only_information_exits_0(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = {
        "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune"}],
        "councils": [{"id": "c", "unit": "99001", "term": "2026-2031"}],
        "delegates": [
            {"id": "d", "name": "Lò Văn Páo", "mandates": [{"council": "c", "start": "2026-04-20"}]}
        ],
    }
    code, out, _ = _run(capsys, "validate", _write(tmp_path / "info.json", data))
    assert code == 0
    assert "seat-quota-unavailable" in out


BAD_FILES = {
    "malformed": {"figures": [{**FIGURE, "value": "105"}]},
    "not-json": "{not json",
    "empty": "",
}


@pytest.mark.parametrize(
    ("kind", "message"),
    [
        (
            "malformed",
            "the data is not a valid hdnd dataset (1 problem)\n"
            "  - figures[0] (id \"visits\"), field 'value': Input should be a valid integer\n",
        ),
        ("not-json", "the data is not JSON: key must be a string at line 1 column 2\n"),
        ("empty", "the data is not JSON: EOF while parsing a value at line 1 column 0\n"),
    ],
)
def test_validate_a_bad_file(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, kind: str, message: str
) -> None:
    path = _write(tmp_path / f"{kind}.json", BAD_FILES[kind])
    code, out, err = _run(capsys, "validate", path)
    assert code == 2
    assert out == ""
    assert err == f"hdnd: {path}: {message}"
    assert "\n\n" not in err  # one paragraph


def test_validate_a_missing_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = str(tmp_path / "missing.json")
    code, out, err = _run(capsys, "validate", path)
    assert code == 2
    assert out == ""
    assert err == f"hdnd: cannot read {path}: No such file or directory.\n"


def test_validate_a_directory(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, _, err = _run(capsys, "validate", str(tmp_path))
    assert code == 2
    assert err.startswith(f"hdnd: cannot read {tmp_path}: ")
    assert err.count("\n") == 1


@pytest.mark.parametrize("day", ["2026-13-01", "01/11/2026", "tomorrow", ""])
def test_a_bad_as_of(capsys: pytest.CaptureFixture[str], day: str) -> None:
    code, out, err = _exits(capsys, "validate", CAN_THO, "--as-of", day)
    assert code == 2
    assert out == ""
    assert err.startswith("usage: hdnd validate ")
    assert err.endswith(
        f"hdnd validate: error: argument --as-of: not a date in the form YYYY-MM-DD: {day!r}\n"
    )
    assert "Traceback" not in err
    assert "\n\n" not in err


def test_an_unknown_language(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = _exits(capsys, "validate", CAN_THO, "--lang", "fr")
    assert code == 2
    assert "argument --lang: invalid choice: 'fr'" in err


# --- report --------------------------------------------------------------------------------


def test_report_a_file(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "report", CAN_THO)
    assert code == 0
    assert err == ""
    headings = [line for line in out.splitlines() if line.startswith("## ")]
    assert headings == ["## Số liệu đã công bố", "## Tiếp công dân và xử lý đơn, thư"]
    assert "| Hướng dẫn | 36 | 18,85% |" in out


@pytest.mark.parametrize(
    ("kind", "headings"),
    [
        ("figures", ["## Published figures"]),
        ("reception", ["## Citizen reception and petitions"]),
        ("overview", []),
    ],
)
def test_report_one_kind(
    capsys: pytest.CaptureFixture[str], kind: str, headings: list[str]
) -> None:
    code, out, _ = _run(capsys, "report", CAN_THO, "--kind", kind, "--lang", "en")
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("## ")] == headings


def test_report_without_a_file_uses_the_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "report", "--as-of", "2026-05-01")
    assert code == 0
    assert [line for line in out.splitlines() if line.startswith("## ")] == [
        "## Số liệu đã công bố",
        "## Tiếp công dân và xử lý đơn, thư",
        "## Tổng quan HĐND tỉnh Mẫu khóa I",
    ]
    assert "| Số đại biểu đang hoạt động | 57 | — |" in out


def test_report_one_council(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "report", SYNTHETIC, "--council", COUNCIL, "--lang", "en")
    assert code == 0
    assert out.startswith(
        "## Overview of HĐND tỉnh Mẫu khóa I\n\nTerm 2026–2031, as of Nov 1, 2026\n"
    )
    assert "| Delegates serving | 55 | — |" in out
    assert out.count("## ") == 1


def test_report_one_council_as_html(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "report", SYNTHETIC, "--council", COUNCIL, "--format", "html")
    assert out.startswith('<div class="hdnd-report"><h3>Tổng quan HĐND tỉnh Mẫu khóa I</h3>')


@pytest.mark.parametrize(
    ("file", "where"),
    [([SYNTHETIC], "the dataset"), ([CAN_THO], "the dataset"), ([], "the built-in examples")],
)
def test_report_an_unknown_council(
    capsys: pytest.CaptureFixture[str], file: list[str], where: str
) -> None:
    code, out, err = _run(capsys, "report", *file, "--council", "nowhere")
    assert code == 2
    assert out == ""
    assert err == f"hdnd: no council 'nowhere' in {where}\n"


def test_report_a_council_of_the_examples(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "report", "--council", COUNCIL)
    assert (code, err) == (0, "")
    assert out.startswith("## Tổng quan HĐND tỉnh Mẫu khóa I")


@pytest.mark.parametrize(
    "council",
    [
        pytest.param({"id": "c", "unit": "99999", "term": "2026-2031"}, id="unknown-unit"),
        pytest.param({"id": "c", "unit": "92", "term": "2031-2036"}, id="unknown-term"),
    ],
)
def test_report_a_file_with_an_unresolved_reference(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, council: dict[str, str]
) -> None:
    path = _write(tmp_path / "unresolved.json", {"councils": [council]})
    code, out, err = _run(capsys, "report", path)
    # the overview cannot be made without the unit or term: a clear message, exit code 2
    assert code == 2
    assert out == ""
    assert err.startswith("hdnd: no overview of council 'c': ")
    assert err.endswith(" (run 'hdnd validate' for details)\n")
    assert council["unit"] in err or council["term"] in err


def test_report_a_bad_file(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.json", "[1, 2]")
    code, out, err = _run(capsys, "report", path)
    assert code == 2
    assert out == ""
    assert err == (
        f"hdnd: {path}: the data is not a valid hdnd dataset (1 problem)\n"
        "  - dataset: Input should be an object\n"
    )


# --- schema --------------------------------------------------------------------------------


def test_schema(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["title"] == "Dataset"
    assert schema == json_schema()
    assert out.startswith('{\n  "$defs"')


def test_schema_indent(capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "schema", "--indent", "4")
    assert out.startswith('{\n    "$defs"')
    assert json.loads(out)["title"] == "Dataset"


# --- broken pipes and real processes -------------------------------------------------------


class _ClosedPipe:
    def write(self, text: str) -> int:
        raise BrokenPipeError(32, "Broken pipe")

    def flush(self) -> None:
        raise BrokenPipeError(32, "Broken pipe")


def test_a_closed_pipe_is_not_a_traceback(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "stdout", _ClosedPipe())
    assert isinstance(main(["demo"], today=TODAY), int)


def _script() -> Path:
    script = Path(sys.executable).with_name("hdnd")
    if not script.exists():  # pragma: no cover - the console script is installed with hdnd
        pytest.skip("the hdnd console script is not installed next to this Python")
    return script


def test_the_installed_command(broken_sum: str) -> None:
    script = _script()
    done = subprocess.run(
        [script, "validate", broken_sum, "--as-of", "2015-01-01", "--format", "json"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["findings"][0]["code"] == "breakdown-does-not-add-up"
    assert done.stderr == ""


def test_the_installed_command_on_a_bad_file(tmp_path: Path) -> None:
    path = _write(tmp_path / "bad.json", "{not json")
    done = subprocess.run(
        [_script(), "validate", path],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert (
        done.stderr
        == f"hdnd: {path}: the data is not JSON: key must be a string at line 1 column 2\n"
    )
    assert "Traceback" not in done.stderr


def test_the_installed_demo() -> None:
    done = subprocess.run(
        [_script(), "demo", "--as-of", "2026-11-01", "--lang", "en"],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )
    assert done.returncode == 0
    assert "| 2,412 |" in done.stdout
    assert "| Delegates serving | 55 | — |" in done.stdout


# --- report: composition and elections ------------------------------------------------------


def test_report_composition_of_every_council(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = _run(capsys, "report", SYNTHETIC, "--kind", "composition", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("## Composition of the People's Councils\n\nAs of Nov 1, 2026\n")
    assert "| HĐND tỉnh Mẫu khóa I | Tỉnh Mẫu | 57 | 55 | 2 | 21.82% |" in out


def test_report_composition_of_one_council(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = _run(capsys, "report", SYNTHETIC, "--kind", "composition", "--council", COUNCIL)
    assert code == 0
    assert out.startswith("## Cơ cấu HĐND tỉnh Mẫu khóa I\n")
    assert "| Đại biểu tái cử (không dưới 30%) | 19 | 34,55% | 30,00% | có |" in out


def test_report_elections(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    data = {
        "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "population": 9000}],
        "councils": [{"id": "c", "unit": "99001", "term": "2026-2031"}],
        "elections": [
            {"id": "e1", "council": "c", "day": "2026-03-15", "constituency": "1", "seats": 1,
             "voters_on_list": 100, "voted": 90, "valid_ballots": 80,
             "candidates": [
                 {"id": "a", "name": "Lò Văn A", "birth_date": "1980-01-01", "votes": 60},
                 {"id": "b", "name": "Lò Văn B", "birth_date": "1981-01-01", "votes": 20}]},
        ],
    }  # fmt: skip
    path = _write(tmp_path / "elections.json", data)
    code, out, _ = _run(capsys, "report", path, "--kind", "elections", "--lang", "en")
    assert code == 0
    assert out.startswith("## Election results of HĐND xã Mẫu\n")
    assert "| Constituency no. 1 | Mar 15, 2026 | General election | 1 | 100 | 90 | 90.00% |" in out
    _, everything, _ = _run(capsys, "report", path, "--lang", "en")
    assert "## Election results of HĐND xã Mẫu" in everything
    _, one, _ = _run(capsys, "report", path, "--kind", "elections", "--council", "c")
    assert one.startswith("## Kết quả bầu cử HĐND xã Mẫu\n")


def test_report_composition_of_a_council_with_an_unknown_unit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = _write(
        tmp_path / "u.json", {"councils": [{"id": "c", "unit": "99999", "term": "2026-2031"}]}
    )
    code, out, err = _run(capsys, "report", path, "--kind", "composition", "--council", "c")
    assert (code, out) == (2, "")
    assert err.startswith("hdnd: no report of council 'c': ")


# --- report: sessions ----------------------------------------------------------------------

SESSIONS: dict[str, Any] = {
    "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "population": 9000}],
    "councils": [{"id": "c", "unit": "99001", "term": "2026-2031"}],
    "delegates": [
        {"id": "d1", "name": "Lò Văn Một", "mandates": [{"council": "c", "start": "2026-04-20"}]},
        {"id": "d2", "name": "Lò Thị Hai", "mandates": [{"council": "c", "start": "2026-04-20"}]},
        {"id": "d3", "name": "Lò Văn Ba", "mandates": [{"council": "c", "start": "2027-01-01"}]},
    ],
    "sessions": [
        {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": "2026-04-25"},
        {"id": "k2", "council": "c", "number": 2, "kind": "regular", "opening": "2027-07-10"},
    ],
    "sittings": [
        {"id": "p1", "session": "k1", "day": "2026-04-25",
         "attendance": [{"delegate": "d1", "status": "present"},
                        {"delegate": "d2", "status": "absent-with-leave"}]},
        {"id": "p2", "session": "k2", "day": "2027-07-10",
         "items": [{"id": "i1", "kind": "questioning"}],
         "attendance": [{"delegate": "d1", "status": "present"},
                        {"delegate": "d2", "status": "present"},
                        {"delegate": "d3", "status": "present"}]},
    ],
    "votes": [{"id": "v1", "sitting": "p2", "in_favour": 2, "passed": True}],
}  # fmt: skip


@pytest.fixture
def sessions_file(tmp_path: Path) -> str:
    return _write(tmp_path / "sessions.json", SESSIONS)


def _headings(out: str) -> list[str]:
    return [line for line in out.splitlines() if line.startswith("## ")]


def test_report_sessions_of_every_council(
    capsys: pytest.CaptureFixture[str], sessions_file: str
) -> None:
    code, out, err = _run(capsys, "report", sessions_file, "--kind", "sessions", "--lang", "en")
    assert (code, err) == (0, "")
    assert out.startswith("## Session activity of People's Councils\n\nYear 2026\n")  # --as-of
    assert "| HĐND xã Mẫu |  | 1 | 0 | 0 | 1 | 1 | 0 | 50.00% | 0 | 0 | 0 | 0 | — |" in out
    _, later, _ = _run(capsys, "report", sessions_file, "--kind", "sessions", "--year", "2027")
    assert "Năm 2027\n" in later
    assert "| HĐND xã Mẫu |  | 1 | 1 | 0 | 1 | 1 | 1 | 100,00% | 0 | 0 | 1 | 0 | 0 |" in later


def test_report_sessions_of_one_council(
    capsys: pytest.CaptureFixture[str], sessions_file: str
) -> None:
    code, out, _ = _run(capsys, "report", sessions_file, "--kind", "sessions", "--council", "c",
                        "--lang", "en")  # fmt: skip
    assert code == 0
    assert _headings(out) == [
        "## Session activity of HĐND xã Mẫu",
        "## Attendance of the delegates of HĐND xã Mẫu",
        "## Votes of HĐND xã Mẫu",
    ]
    assert out.count("\nTerm 2026–2031\n") == 3
    assert "| Present | 4 | 80.00% |" in out  # 1 + 3 of 2 + 3 sittings due
    assert "| Lò Văn Ba | 1 | 1 | 0 | 0 | 0 | 100.00% |" in out
    # 2 in favour of 3 in office is more than half: the narrowest pass
    assert (
        "| 2 | 0 | 0 | 3 | more than 1/2 of the total number of delegates | 2 | 0 | yes | yes |"
        in out
    )


def test_report_sessions_of_one_council_in_a_year(
    capsys: pytest.CaptureFixture[str], sessions_file: str
) -> None:
    code, out, _ = _run(capsys, "report", sessions_file, "--kind", "sessions", "--council", "c",
                        "--year", "2026")  # fmt: skip
    assert code == 0
    assert out.count("\nNăm 2026\n") == 3
    assert "| Có mặt | 1 | 50,00% |" in out
    assert "| Lò Văn Ba |" not in out  # nothing due from d3 in 2026


def test_report_the_attendance_of_one_delegate(
    capsys: pytest.CaptureFixture[str], sessions_file: str
) -> None:
    code, out, _ = _run(capsys, "report", sessions_file, "--kind", "sessions", "--delegate", "d2")
    assert code == 0
    assert _headings(out) == ["## Tình hình dự họp của đại biểu Lò Thị Hai"]
    assert "| Kỳ họp thứ 1 | 25/04/2026 | 1 | 0 | 1 | 0 | 0 | 0,00% |" in out
    assert "| Tổng cộng |  | 2 | 1 | 1 | 0 | 0 | 50,00% |" in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--kind", "sessions", "--delegate", "nobody"], "no delegate 'nobody' in the dataset"),
        (["--delegate", "d1"], "--delegate goes with --kind sessions"),
        (["--kind", "sessions", "--delegate", "d1", "--council", "c9"],
         "no council 'c9' in the dataset"),
    ],
)  # fmt: skip
def test_report_sessions_with_bad_options(
    capsys: pytest.CaptureFixture[str], sessions_file: str, argv: list[str], message: str
) -> None:
    code, out, err = _run(capsys, "report", sessions_file, *argv)
    assert (code, out) == (2, "")
    assert err == f"hdnd: {message}\n"


def test_report_sessions_of_a_delegate_on_another_council(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = {**SESSIONS, "councils": [*SESSIONS["councils"], {"id": "c2", "unit": "99001",
                                                             "term": "2021-2026"}]}  # fmt: skip
    path = _write(tmp_path / "two.json", data)
    code, out, err = _run(capsys, "report", path, "--kind", "sessions", "--delegate", "d1",
                          "--council", "c2")  # fmt: skip
    assert (code, out) == (2, "")
    assert err.startswith("hdnd: no session report: delegate 'd1' holds no mandate on council")


def test_report_everything_includes_the_session_activity(
    capsys: pytest.CaptureFixture[str], sessions_file: str
) -> None:
    code, out, _ = _run(capsys, "report", sessions_file, "--lang", "en")
    assert code == 0
    assert "## Session activity of HĐND xã Mẫu" in _headings(out)


def test_report_sessions_of_a_council_with_an_unknown_unit(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    data = {
        **SESSIONS,
        "units": [],
        "councils": [{"id": "c", "unit": "99999", "term": "2026-2031"}],
    }
    path = _write(tmp_path / "unknown.json", data)
    code, out, err = _run(capsys, "report", path, "--kind", "sessions", "--council", "c")
    assert (code, out) == (2, "")
    assert err.startswith("hdnd: no session report: ")
    code, _, err = _run(capsys, "report", path)
    assert code == 2
    assert err.startswith("hdnd: no ")


def test_report_the_petition_register(capsys: pytest.CaptureFixture[str]) -> None:
    from hdnd.examples import example_path

    path = example_path("can-tho-register")
    code = main(["report", path, "--kind", "register", "--year", "2014", "--lang", "en",
                 "--as-of", "2015-01-01"])  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("## Register of citizen reception and petitions\n\nYear 2014\n")
    assert "| Petitions received | 191 | — | 191 | 0 |" in out
    assert "## Petition register" in out  # the table of petitions follows
    main(["report", path, "--kind", "register", "--year", "2013", "--as-of", "2015-01-01"])
    assert "| Đơn, thư tiếp nhận | 0 | — |" in capsys.readouterr().out  # none received in 2013
