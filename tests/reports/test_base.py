from __future__ import annotations

import datetime as dt
import sys
from decimal import Decimal
from fractions import Fraction

import pytest

from hdnd import MissingExtraError, Report
from hdnd.i18n import N_
from hdnd.reports.base import Column, breakdown_columns, shares


def _report() -> Report:
    return Report(
        title=N_("Tổng quan {council}"),
        subtitle=N_("Nhiệm kỳ {term}, tính đến ngày {day}"),
        columns=(
            Column("code", N_("Mã"), "code", shown=False),
            Column("label", N_("Chỉ tiêu")),
            Column("count", N_("Số lượng"), "number"),
            Column("share", N_("Tỷ lệ"), "share"),
        ),
        data=(
            ("individual", N_("Cá nhân"), 2412, Fraction(20, 21)),
            ("group", N_("Tập thể (đoàn)"), 5, None),
        ),
        params={"council": "HĐND xã Mẫu", "term": "2026–2031", "day": dt.date(2026, 5, 1)},
        notes=(N_("Tỷ lệ tính trên tổng số của từng nhóm."),),
    )


MARKDOWN_VI = """\
## Tổng quan HĐND xã Mẫu

Nhiệm kỳ 2026–2031, tính đến ngày 01/05/2026

| Chỉ tiêu | Số lượng | Tỷ lệ |
| --- | ---: | ---: |
| Cá nhân | 2.412 | 95,24% |
| Tập thể (đoàn) | 5 | — |

- Tỷ lệ tính trên tổng số của từng nhóm."""

MARKDOWN_EN = """\
## Overview of HĐND xã Mẫu

Term 2026–2031, as of May 1, 2026

| Indicator | Count | Share |
| --- | ---: | ---: |
| Individual | 2,412 | 95.24% |
| Group (delegation) | 5 | — |

- Shares are of each group's total."""


def test_markdown() -> None:
    report = _report()
    assert report.render() == MARKDOWN_VI
    assert report.render("vi", "markdown") == MARKDOWN_VI
    assert report.render("en") == MARKDOWN_EN
    assert str(report) == MARKDOWN_VI


def test_text_is_markdown() -> None:
    assert _report().render("en", "text") == MARKDOWN_EN


def test_html() -> None:
    html = _report().render("en", "html")
    assert html == (
        '<div class="hdnd-report"><h3>Overview of HĐND xã Mẫu</h3>'
        "<p>Term 2026–2031, as of May 1, 2026</p>"
        "<table><thead><tr><th>Indicator</th>"
        '<th style="text-align:right">Count</th><th style="text-align:right">Share</th>'
        "</tr></thead><tbody>"
        '<tr><td>Individual</td><td style="text-align:right">2,412</td>'
        '<td style="text-align:right">95.24%</td></tr>'
        '<tr><td>Group (delegation)</td><td style="text-align:right">5</td>'
        '<td style="text-align:right">—</td></tr>'
        "</tbody></table><ul><li>Shares are of each group&#x27;s total.</li></ul></div>"
    )


def test_repr_html_is_the_vietnamese_html() -> None:
    report = _report()
    assert report._repr_html_() == report.render("vi", "html")
    assert "<h3>Tổng quan HĐND xã Mẫu</h3>" in report._repr_html_()


def test_unknown_format() -> None:
    with pytest.raises(ValueError, match="unknown format 'pdf': choose markdown, html or text"):
        _report().render("vi", "pdf")  # type: ignore[arg-type]


def test_unknown_language() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        _report().render("fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        _report().rows("fr")  # type: ignore[arg-type]


def test_rows_keep_numbers_and_exact_shares() -> None:
    assert _report().rows("en") == [
        {"code": "individual", "label": "Individual", "count": 2412, "share": Fraction(20, 21)},
        {"code": "group", "label": "Group (delegation)", "count": 5, "share": None},
    ]
    assert _report().rows()[1]["label"] == "Tập thể (đoàn)"


def test_heading() -> None:
    assert _report().heading() == "Tổng quan HĐND xã Mẫu"
    assert _report().heading("en") == "Overview of HĐND xã Mẫu"


def test_cells_are_escaped() -> None:
    report = Report(
        title="Thử <b>",
        columns=(Column("label", "Nhãn"), Column("id", "Mã", "code"), Column("n", "Số", "number")),
        data=(("a | b\nc", None, None), ("<script>", "x|y", Decimal("1.5"))),
    )
    assert report.render().splitlines()[-2:] == [
        "| a \\| b c |  | — |",
        "| <script> | x\\|y | 1,5 |",
    ]
    html = report.render(format="html")
    assert "<h3>Thử &lt;b&gt;</h3>" in html
    assert "<td>&lt;script&gt;</td>" in html
    assert "<script>" not in html


def test_code_columns_are_never_translated() -> None:
    report = Report(
        title="Thử",
        columns=(Column("code", "Mã", "code"), Column("label", "Nhãn")),
        data=(("Nam", N_("Nam")),),
    )
    assert report.rows("en") == [{"code": "Nam", "label": "Male"}]


def test_unmarked_text_is_shown_as_it_is() -> None:
    report = Report(title="Thử", columns=(Column("label", "Nhãn"),), data=(("Nam",),))
    assert report.rows("en") == [{"label": "Nam"}]


def test_to_frame() -> None:
    pandas = pytest.importorskip("pandas")
    frame = _report().to_frame("en")
    assert isinstance(frame, pandas.DataFrame)
    assert list(frame.columns) == ["code", "label", "count", "share"]
    assert frame["label"].tolist() == ["Individual", "Group (delegation)"]
    assert frame["count"].tolist() == [2412, 5]
    assert frame["share"].iloc[0] == pytest.approx(20 / 21)
    assert isinstance(frame["share"].iloc[0], float)


def test_to_frame_of_an_empty_report_keeps_the_columns() -> None:
    pytest.importorskip("pandas")
    report = Report(title="Thử", columns=breakdown_columns(), data=())
    frame = report.to_frame()
    assert list(frame.columns) == ["group", "category", "label", "count", "share"]
    assert len(frame) == 0


def test_to_frame_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtraError, match=r"hdnd\[pandas\]") as caught:
        _report().to_frame()
    assert "Report.to_frame()" in str(caught.value)
    assert isinstance(caught.value, ImportError)


def test_breakdown_columns() -> None:
    columns = breakdown_columns(Column("source", N_("Nguồn")))
    assert [c.key for c in columns] == ["group", "category", "label", "count", "share", "source"]
    assert [c.shown for c in columns] == [False, False, True, True, True, True]
    assert [c.numeric for c in columns] == [False, False, False, True, True, False]


@pytest.mark.parametrize(
    ("count", "total", "share"),
    [(36, 191, Fraction(36, 191)), (0, 5, Fraction(0)), (5, 5, Fraction(1)), (0, 0, None)],
)
def test_shares(count: int, total: int, share: Fraction | None) -> None:
    assert shares(count, total) == share


def test_reports_are_immutable() -> None:
    report = _report()
    with pytest.raises(AttributeError):
        report.title = "x"  # type: ignore[misc]
    with pytest.raises(TypeError):
        report.params["council"] = "x"  # type: ignore[index]
