from __future__ import annotations

import datetime as dt
from collections import defaultdict
from fractions import Fraction
from typing import Any

import pytest

from hdnd import Dataset, council_overview, load_example
from hdnd.reports.overview import AGE_BANDS

COUNCIL = "hdnd-tinh-mau-2026"
GROUPS = ("gender", "ethnicity", "age", "full-time", "re-elected")


def _synthetic(day: dt.date) -> list[dict[str, Any]]:
    return council_overview(load_example("synthetic-council"), COUNCIL, as_of=day).rows()


def _seats(rows: list[dict[str, Any]]) -> dict[str, Any]:
    return {r["category"]: r["count"] for r in rows if r["group"] == "seats"}


def test_seats_of_the_synthetic_council_after_two_mandates_ended() -> None:
    rows = _synthetic(dt.date(2026, 11, 1))
    assert _seats(rows) == {"quota": 57, "serving": 55, "vacant": 2}


def test_seats_of_the_synthetic_council_when_it_was_full() -> None:
    rows = _synthetic(dt.date(2026, 5, 1))
    assert _seats(rows) == {"quota": 57, "serving": 57, "vacant": 0}


@pytest.mark.parametrize(
    ("day", "serving"),
    [
        (dt.date(2026, 4, 19), 0),
        (dt.date(2026, 7, 15), 57),
        (dt.date(2026, 7, 16), 56),
        (dt.date(2026, 8, 2), 56),
        (dt.date(2026, 8, 3), 55),
    ],
)
def test_serving_follows_the_mandates(day: dt.date, serving: int) -> None:
    assert _seats(_synthetic(day))["serving"] == serving


@pytest.mark.parametrize("day", [dt.date(2026, 5, 1), dt.date(2026, 11, 1)])
def test_each_group_adds_up_to_the_delegates_serving(day: dt.date) -> None:
    rows = _synthetic(day)
    serving = _seats(rows)["serving"]
    counts: defaultdict[str, int] = defaultdict(int)
    totals: defaultdict[str, Fraction] = defaultdict(Fraction)
    for row in rows:
        if row["group"] != "seats":
            counts[row["group"]] += row["count"]
            totals[row["group"]] += row["share"]
            assert row["share"] == Fraction(row["count"], serving)
    assert set(counts) == set(GROUPS)
    assert all(count == serving for count in counts.values())
    assert all(total == 1 for total in totals.values())


def test_the_categories_of_each_group() -> None:
    rows = _synthetic(dt.date(2026, 11, 1))
    categories = [(r["group"], r["category"]) for r in rows]
    assert categories == [
        ("seats", "quota"),
        ("seats", "serving"),
        ("seats", "vacant"),
        ("gender", "female"),
        ("gender", "male"),
        ("ethnicity", "minority"),
        ("ethnicity", "kinh"),
        ("age", "under-40"),
        ("age", "40-49"),
        ("age", "50-59"),
        ("age", "60-and-over"),
        ("full-time", "full-time"),
        ("full-time", "part-time"),
        ("re-elected", "re-elected"),
        ("re-elected", "first-time"),
    ]


def test_counts_match_the_records() -> None:
    dataset = load_example("synthetic-council")
    day = dt.date(2026, 11, 1)
    serving = [d for d in dataset.delegates if d.mandate_on(COUNCIL, day)]
    rows = council_overview(dataset, COUNCIL, as_of=day).rows()
    found = {(r["group"], r["category"]): r["count"] for r in rows}
    assert found["gender", "female"] == sum(d.gender == "female" for d in serving)
    assert found["ethnicity", "kinh"] == sum(d.ethnicity == "Kinh" for d in serving)
    assert found["full-time", "full-time"] == sum(m.full_time for d in serving for m in d.mandates)
    assert found["age", "60-and-over"] == sum(
        (age := d.age_on(day)) is not None and age >= 60 for d in serving
    )


def test_title_subtitle_and_notes() -> None:
    dataset = load_example("synthetic-council")
    report = council_overview(dataset, COUNCIL, as_of=dt.date(2026, 11, 1))
    text = report.render("vi")
    assert text.startswith(
        "## Tổng quan HĐND tỉnh Mẫu khóa I\n\nNhiệm kỳ 2026–2031, tính đến ngày 01/11/2026\n"
    )
    assert "| Số đại biểu được bầu theo luật | 57 | — |" in text
    assert "| Số ghế khuyết | 2 | — |" in text
    assert text.endswith(
        "- Tỷ lệ tính trên số đại biểu đang hoạt động.\n"
        "- Số đại biểu được bầu theo Luật 72/2025/QH15, Điều 30, khoản 1, điểm a.\n"
        "- Dữ liệu tổng hợp, không phải số liệu thật."
    )
    english = report.render("en")
    assert english.startswith(
        "## Overview of HĐND tỉnh Mẫu khóa I\n\nTerm 2026–2031, as of Nov 1, 2026"
    )
    assert "| Statutory number of delegates | 57 | — |" in english
    assert "- Statutory number of delegates under Law 72/2025/QH15, Art. 30(1)(a)." in english


def _council(*delegates: dict[str, Any], population: int | None = 10_000) -> Dataset:
    unit: dict[str, Any] = {"code": "99001", "name": "Xã Mẫu", "kind": "commune"}
    if population is not None:
        unit["population"] = population
    return Dataset.model_validate(
        {
            "units": [unit],
            "councils": [{"id": "c", "unit": "99001", "term": "2026-2031"}],
            "delegates": list(delegates),
        }
    )


def _person(number: int, **fields: Any) -> dict[str, Any]:
    mandate = {"council": "c", "start": "2026-04-20", **fields.pop("mandate", {})}
    return {"id": f"d{number}", "name": "Lò Văn Páo", "mandates": [mandate], **fields}


def test_unknown_values_get_their_own_row() -> None:
    dataset = _council(
        _person(
            1,
            gender="female",
            ethnicity="Thái",
            birth_date="1986-11-01",
            mandate={"re_elected": True, "full_time": True},
        ),
        _person(2, birth_date="1986-11-02", mandate={"re_elected": False}),
        _person(3, gender="male", ethnicity="Kinh", birth_date="1966-11-01"),
        _person(4, gender="male", ethnicity="kinh"),
    )
    report = council_overview(dataset, "c", as_of=dt.date(2026, 11, 1))
    found = {(r["group"], r["category"]): (r["count"], r["share"]) for r in report.rows("en")}
    quarter = Fraction(1, 4)
    assert found["seats", "quota"] == (15, None)
    assert found["seats", "vacant"] == (11, None)
    assert found["gender", "female"] == (1, quarter)
    assert found["gender", "male"] == (2, Fraction(1, 2))
    assert found["gender", "unknown"] == (1, quarter)
    assert found["ethnicity", "minority"] == (1, quarter)
    assert found["ethnicity", "kinh"] == (2, Fraction(1, 2))
    assert found["ethnicity", "unknown"] == (1, quarter)
    assert found["age", "40-49"] == (1, quarter)  # 40 on the day
    assert found["age", "under-40"] == (1, quarter)  # 40 the day after
    assert found["age", "60-and-over"] == (1, quarter)
    assert found["age", "50-59"] == (0, Fraction(0))
    assert found["age", "unknown"] == (1, quarter)
    assert found["re-elected", "re-elected"] == (1, quarter)
    assert found["re-elected", "first-time"] == (1, quarter)
    assert found["re-elected", "unknown"] == (2, Fraction(1, 2))
    assert found["full-time", "full-time"] == (1, quarter)
    assert found["full-time", "part-time"] == (3, Fraction(3, 4))
    assert ("full-time", "unknown") not in found
    labels = {r["category"]: r["label"] for r in report.rows("en") if r["group"] == "gender"}
    assert labels == {"female": "Female", "male": "Male", "unknown": "Unknown"}


def test_age_bands() -> None:
    assert [(code, low, high) for code, _, low, high in AGE_BANDS] == [
        ("under-40", 0, 40),
        ("40-49", 40, 50),
        ("50-59", 50, 60),
        ("60-and-over", 60, None),
    ]


def test_without_a_quota_the_seat_rows_are_empty_and_a_note_says_why() -> None:
    dataset = _council(_person(1), population=None)
    report = council_overview(dataset, "c", as_of=dt.date(2026, 6, 1))
    rows = report.rows()
    assert _seats(rows) == {"quota": None, "serving": 1, "vacant": None}
    text = report.render("vi")
    assert "| Số đại biểu được bầu theo luật | — | — |" in text
    assert "- Chưa xác định được số đại biểu được bầu: thiếu thông tin để xác định: số dân." in text
    assert "Dữ liệu tổng hợp" not in text
    assert report.heading() == "Tổng quan HĐND xã Mẫu"


def test_nobody_serving_gives_no_shares() -> None:
    report = council_overview(_council(), "c", as_of=dt.date(2026, 6, 1))
    rows = report.rows()
    assert _seats(rows) == {"quota": 15, "serving": 0, "vacant": 15}
    assert all(r["share"] is None for r in rows)
    assert all(r["count"] == 0 for r in rows if r["group"] != "seats")


def test_unknown_council() -> None:
    with pytest.raises(KeyError):
        council_overview(load_example("synthetic-council"), "nowhere", as_of=dt.date(2026, 6, 1))
