from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

from hdnd import Dataset, Period, load_example, reception_summary

OFFICE = "Văn phòng Đoàn ĐBQH và HĐND thành phố Cần Thơ"
RECORDS = "Hồ sơ từng trường hợp"


def _rows(report_rows: list[dict[str, Any]]) -> list[tuple[Any, ...]]:
    return [(r["group"], r["category"], r["count"], r["share"]) for r in report_rows]


def test_the_can_tho_summary() -> None:
    report = reception_summary(load_example("can-tho"))
    assert _rows(report.rows()) == [
        ("visits", "total", 105, None),
        ("visits", "individual", 100, Fraction(20, 21)),
        ("visits", "group", 5, Fraction(1, 21)),
        ("petitions", "total", 191, None),
        ("petitions", "guided", 36, Fraction(36, 191)),
        ("petitions", "answered", 4, Fraction(4, 191)),
        ("petitions", "stored", 70, Fraction(70, 191)),
        ("petitions", "forwarded", 81, Fraction(81, 191)),
    ]
    assert all(r["source"] == OFFICE for r in report.rows())


def test_shares_add_up_to_one_within_each_group() -> None:
    rows = reception_summary(load_example("can-tho")).rows()
    for group in ("visits", "petitions"):
        assert sum(r["share"] for r in rows if r["group"] == group and r["share"]) == 1


def test_the_can_tho_summary_in_vietnamese() -> None:
    text = reception_summary(load_example("can-tho")).render("vi")
    assert text.splitlines()[:5] == [
        "## Tiếp công dân và xử lý đơn, thư",
        "",
        "| Chỉ tiêu | Số lượng | Tỷ lệ | Nguồn |",
        "| --- | ---: | ---: | --- |",
        f"| Lượt tiếp công dân | 105 | — | {OFFICE} |",
    ]
    assert f"| Hướng dẫn | 36 | 18,85% | {OFFICE} |" in text
    assert f"| Chuyển cơ quan có thẩm quyền | 81 | 42,41% | {OFFICE} |" in text
    assert text.endswith("- Tỷ lệ tính trên tổng số của từng nhóm.")


def test_the_can_tho_summary_in_english() -> None:
    report = reception_summary(load_example("can-tho"))
    labels = [r["label"] for r in report.rows("en")]
    assert labels == [
        "Citizen visits",
        "Individual",
        "Group (delegation)",
        "Petitions received",
        "Guided",
        "Answered",
        "Stored",
        "Forwarded to the competent body",
    ]
    text = report.render("en")
    assert f"| Individual | 100 | 95.24% | {OFFICE} |" in text
    assert "## Citizen reception and petitions" in text


def test_filters_on_unit_and_period() -> None:
    dataset = load_example("can-tho")
    assert reception_summary(dataset, unit="01").rows() == []
    assert len(reception_summary(dataset, unit="92").rows()) == 8
    assert reception_summary(dataset, period=Period.year(2015)).rows() == []
    overlapping = Period(start=dt.date(2014, 12, 1), end=dt.date(2015, 1, 31))
    assert len(reception_summary(dataset, period=overlapping).rows()) == 8


def _records(**collections: Any) -> Dataset:
    base: dict[str, Any] = {
        "citizen_visits": [
            {"id": "v1", "unit": "92", "day": "2015-01-05", "kind": "individual"},
            {"id": "v2", "unit": "92", "day": "2015-02-05", "kind": "group", "visitors": 7},
            {"id": "v3", "unit": "92", "day": "2015-03-05", "kind": "individual"},
            {"id": "v4", "unit": "01", "day": "2015-03-05", "kind": "individual"},
        ],
        "petitions": [
            {"id": "p1", "unit": "92", "received": "2015-01-02", "outcome": "guided"},
            {"id": "p2", "unit": "92", "received": "2015-01-03", "outcome": "forwarded"},
            {"id": "p3", "unit": "92", "received": "2015-02-04"},
            {"id": "p4", "unit": "92", "received": "2015-02-04", "outcome": "forwarded"},
        ],
    }
    return Dataset.model_validate({**base, **collections})


def test_counted_from_individual_records_when_no_figures_exist() -> None:
    report = reception_summary(_records(), unit="92")
    assert _rows(report.rows()) == [
        ("visits", "total", 3, None),
        ("visits", "individual", 2, Fraction(2, 3)),
        ("visits", "group", 1, Fraction(1, 3)),
        ("petitions", "total", 4, None),
        ("petitions", "guided", 1, Fraction(1, 4)),
        ("petitions", "forwarded", 2, Fraction(1, 2)),
        ("petitions", "unknown", 1, Fraction(1, 4)),
    ]
    assert {r["source"] for r in report.rows()} == {RECORDS}
    assert {r["source"] for r in report.rows("en")} == {"Individual records"}
    english = {r["category"]: r["label"] for r in report.rows("en")}
    assert english["unknown"] == "Unknown"
    assert english["total"] == "Petitions received"


def test_records_of_every_unit_without_a_filter() -> None:
    rows = reception_summary(_records()).rows()
    assert rows[0]["count"] == 4


def test_records_filtered_by_period() -> None:
    report = reception_summary(
        _records(), unit="92", period=Period(start=dt.date(2015, 1, 1), end=dt.date(2015, 1, 31))
    )
    assert _rows(report.rows()) == [
        ("visits", "total", 1, None),
        ("visits", "individual", 1, Fraction(1)),
        ("petitions", "total", 2, None),
        ("petitions", "guided", 1, Fraction(1, 2)),
        ("petitions", "forwarded", 1, Fraction(1, 2)),
    ]


def test_a_published_figure_takes_precedence_over_records_of_its_unit() -> None:
    figure = {
        "id": "visits-2015",
        "unit": "92",
        "period": {"start": "2015-01-01", "end": "2015-12-31"},
        "indicator": "citizen-visits",
        "value": 40,
        "source": "s",
    }
    dataset = _records(sources=[{"id": "s", "title": "Báo cáo năm 2015"}], figures=[figure])
    rows = reception_summary(dataset, unit="92").rows()
    assert [(r["group"], r["category"], r["count"]) for r in rows] == [
        ("visits", "total", 40),  # the figure, not the three records
        ("petitions", "total", 4),  # no figure: the records
        ("petitions", "guided", 1),
        ("petitions", "forwarded", 2),
        ("petitions", "unknown", 1),
    ]
    assert rows[0]["source"] == "Báo cáo năm 2015"


def test_empty_dataset() -> None:
    report = reception_summary(Dataset())
    assert report.rows() == []
    assert report.render().splitlines()[-3:] == [
        "| --- | ---: | ---: | --- |",
        "",
        "- Tỷ lệ tính trên tổng số của từng nhóm.",
    ]
