"""Trends of reception and petitions by month, quarter and year; the units of a province."""

from __future__ import annotations

import datetime as dt
import sys
from fractions import Fraction
from typing import Any

import pytest

from hdnd import (
    Dataset,
    MissingExtraError,
    Period,
    PetitionTrends,
    UnitsCompared,
    UnknownRecordError,
    load_example,
    petition_register,
    petition_trends,
    units_compared,
    validate,
)
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.timeline import time_limit

NAMES = ("Trần Văn Bình", "Lê Thị Hoa", "12 đường Hòa Bình")
YEAR = Period.year(2025)
RECEIVED = dt.date(2025, 6, 2)  # the day the commune's petitions come in


def _reply_due(received: dt.date) -> dt.date:
    limit = time_limit(DeadlineKind.PETITION_REPLY, received)
    assert not isinstance(limit, NotApplicable)
    return limit.due


DUE = _reply_due(RECEIVED)


def _visit(id: str, day: str, kind: str = "individual", **fields: Any) -> dict[str, Any]:
    return {"id": id, "unit": "99", "day": day, "kind": kind, **fields}


def _petition(
    id: str, received: str, outcome: str | None, *, unit: str = "99", **fields: Any
) -> dict[str, Any]:
    steps = [] if outcome is None else [{"kind": outcome, "day": received}]
    if outcome == "forwarded":
        steps[0]["to"] = "UBND xã Mẫu"
    return {
        "id": id,
        "unit": unit,
        "received": received,
        "kind": "complaint",
        "petitioner": "Lê Thị Hoa",
        "address": "12 đường Hòa Bình",
        "steps": steps,
        **fields,
    }


def _dataset() -> Dataset:
    """Hand-counted: 2025 by month (visits, petitions) is Jan (2, 2), Feb (0, 0), Mar (1, 2),
    Apr (0, 1), then nothing; one record on each side of the year; a duplicate in February."""
    day = RECEIVED.isoformat()
    return Dataset.model_validate(
        {
            "units": [
                {"code": "99", "name": "Tỉnh Mẫu", "kind": "province"},
                {"code": "990", "name": "Huyện Mẫu", "kind": "rural-district", "parent": "99"},
                {"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "990"},
                {"code": "99002", "name": "Xã Khác", "kind": "commune", "parent": "99"},
                {"code": "98", "name": "Tỉnh Kia", "kind": "province"},
            ],
            "citizen_visits": [
                _visit("v1", "2025-01-01"),
                _visit("v2", "2025-01-31", "group"),
                _visit("v3", "2025-03-31", refused="disruptive"),
                _visit("v4", "2025-03-31", "crowd", representatives=2, citizen="Trần Văn Bình"),
                _visit("v5", "2024-12-31"),
                _visit("v6", "2026-01-01"),
                {"id": "v7", "unit": "98", "day": "2025-05-05", "kind": "individual"},
            ],
            "petitions": [
                _petition("p1", "2025-01-01", "guided"),
                _petition("p2", "2025-01-31", "forwarded"),
                _petition("p3", "2025-02-15", "stored", duplicate_of="p2"),
                _petition("p4", "2025-03-01", "answered"),
                _petition("p5", "2025-03-31", None),
                _petition("p6", "2025-04-01", "stored"),
                _petition("p7", "2024-12-31", "forwarded"),
                _petition("p8", "2026-01-01", "guided"),
                # the commune: no reply; a reply on the due day; a reply the day after
                _petition("q1", day, None, unit="99001"),
                _petition("q2", day, None, unit="99001", steps=[{"kind": "answered", "day": DUE}]),
                _petition(
                    "q3",
                    day,
                    None,
                    unit="99001",
                    steps=[{"kind": "guided", "day": DUE + dt.timedelta(days=1)}],
                ),
                _petition("k1", "2025-05-05", "forwarded", unit="98"),
            ],
        }
    )


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return _dataset()


def _no_names(report: Any) -> None:
    texts = [
        report.render("vi"),
        report.render("en"),
        report.render("vi", "html"),
        repr(report),
        str(report.rows("vi")),
        str(report.rows("en")),
    ]
    for text in texts:
        for name in NAMES:
            assert name not in text


# --- by month ----------------------------------------------------------------------------------


def test_every_month_of_the_year_in_order(ds: Dataset) -> None:
    trends = petition_trends(ds, "99", period=YEAR)
    assert isinstance(trends, PetitionTrends)
    assert trends.months == tuple(f"2025-{m:02d}" for m in range(1, 13))
    assert trends.every == "month"
    assert trends.period == YEAR
    visits = {"2025-01": 2, "2025-02": 0, "2025-03": 1, "2025-04": 0}
    petitions = {"2025-01": 2, "2025-02": 0, "2025-03": 2, "2025-04": 1}
    assert dict(trends.visits) == {m: visits.get(m, 0) for m in trends.months}
    assert dict(trends.petitions) == {m: petitions.get(m, 0) for m in trends.months}
    assert dict(trends.by_outcome["2025-01"]) == {
        "guided": 1,
        "answered": 0,
        "stored": 0,
        "forwarded": 1,
        "unknown": 0,
    }
    assert dict(trends.by_outcome["2025-03"]) == {
        "guided": 0,
        "answered": 1,
        "stored": 0,
        "forwarded": 0,
        "unknown": 1,
    }
    assert trends.by_outcome["2025-04"]["stored"] == 1
    assert dict(trends.forwarded) == {m: int(m == "2025-01") for m in trends.months}


def test_the_rows_and_the_fields_agree(ds: Dataset) -> None:
    trends = petition_trends(ds, "99", period=YEAR)
    rows = trends.rows("en")
    assert [r["period"] for r in rows] == list(trends.months)
    for row in rows:
        month = row["period"]
        assert (row["visits"], row["petitions"]) == (trends.visits[month], trends.petitions[month])
        outcomes = {k: row[k] for k in ("guided", "answered", "stored", "forwarded", "unknown")}
        assert outcomes == dict(trends.by_outcome[month])
        assert sum(outcomes.values()) == row["petitions"]
    assert trends.rows("vi")[1]["label"] == "Tháng 02/2025"
    assert "| Tháng 02/2025 | 0 | 0 | 0 | 0 | 0 | 0 | 0 |" in trends.render("vi")


def test_the_totals_are_those_of_the_register(ds: Dataset) -> None:
    trends = petition_trends(ds, "99", period=YEAR)
    register = petition_register(ds, "99", period=YEAR)
    assert sum(trends.petitions.values()) == register.petitions == 5
    assert sum(trends.visits.values()) == register.visits["total"] == 3
    for outcome, count in register.by_outcome.items():
        assert sum(trends.by_outcome[m][outcome] for m in trends.months) == count


def test_the_duplicate_is_counted_once(ds: Dataset) -> None:
    trends = petition_trends(ds, "99", period=YEAR)
    assert trends.petitions["2025-02"] == 0  # p3 repeats p2
    assert any("chỉ tính một lần" in note for note in trends.render("vi").splitlines())


def test_both_sides_of_the_period_edges(ds: Dataset) -> None:
    edges = Period(start=dt.date(2025, 1, 31), end=dt.date(2025, 3, 1))
    trends = petition_trends(ds, "99", period=edges)
    assert trends.months == ("2025-01", "2025-02", "2025-03")
    # 31 January and 1 March count; 1 January and 31 March do not
    assert dict(trends.visits) == {"2025-01": 1, "2025-02": 0, "2025-03": 0}
    assert dict(trends.petitions) == {"2025-01": 1, "2025-02": 0, "2025-03": 1}
    assert trends.by_outcome["2025-01"]["forwarded"] == 1  # p2, not p1
    before = petition_trends(ds, "99", period=Period.year(2024))
    assert (sum(before.visits.values()), sum(before.petitions.values())) == (1, 1)
    assert before.petitions["2024-12"] == 1
    after = petition_trends(ds, "99", period=Period.year(2026))
    assert (after.visits["2026-01"], after.petitions["2026-01"]) == (1, 1)


def test_without_a_period_from_the_first_record_to_the_last(ds: Dataset) -> None:
    trends = petition_trends(ds, "99")
    assert trends.period == Period(start=dt.date(2024, 12, 31), end=dt.date(2026, 1, 1))
    assert trends.months[0] == "2024-12"
    assert trends.months[-1] == "2026-01"
    assert len(trends.months) == 14
    assert sum(trends.petitions.values()) == 7  # p1-p8 less the duplicate
    assert petition_trends(Dataset(), "99").months == ()
    assert petition_trends(Dataset(), "99").period is None


def test_as_of_cuts_the_months(ds: Dataset) -> None:
    cut = petition_trends(ds, "99", as_of=dt.date(2025, 3, 30))
    assert cut.period == Period(start=dt.date(2024, 12, 31), end=dt.date(2025, 3, 30))
    assert cut.months == ("2024-12", "2025-01", "2025-02", "2025-03")
    assert (cut.visits["2025-03"], cut.petitions["2025-03"]) == (0, 1)  # not the 31st
    within = petition_trends(ds, "99", as_of=dt.date(2025, 3, 31), period=YEAR)
    assert within.months == ("2025-01", "2025-02", "2025-03")
    assert (within.visits["2025-03"], within.petitions["2025-03"]) == (1, 2)
    with pytest.raises(ValueError, match="before the period starts"):
        petition_trends(ds, "99", as_of=dt.date(2024, 1, 1), period=YEAR)


# --- by quarter and by year --------------------------------------------------------------------


def test_by_quarter(ds: Dataset) -> None:
    trends = petition_trends(ds, "99", period=YEAR, every="quarter")
    assert trends.months == ("2025-Q1", "2025-Q2", "2025-Q3", "2025-Q4")
    assert dict(trends.visits) == {"2025-Q1": 3, "2025-Q2": 0, "2025-Q3": 0, "2025-Q4": 0}
    assert dict(trends.petitions) == {"2025-Q1": 4, "2025-Q2": 1, "2025-Q3": 0, "2025-Q4": 0}
    assert dict(trends.by_outcome["2025-Q1"]) == {
        "guided": 1,
        "answered": 1,
        "stored": 0,
        "forwarded": 1,
        "unknown": 1,
    }
    assert "| Quý 1/2025 | 3 | 4 |" in trends.render("vi")
    late = Period(start=dt.date(2025, 3, 31), end=YEAR.end)
    edge = petition_trends(ds, "99", period=late, every="quarter")
    assert edge.months[0] == "2025-Q1"
    assert edge.petitions["2025-Q1"] == 1  # p5 only


def test_by_year(ds: Dataset) -> None:
    trends = petition_trends(ds, "99", every="year")
    assert trends.months == ("2024", "2025", "2026")
    assert dict(trends.visits) == {"2024": 1, "2025": 3, "2026": 1}
    assert dict(trends.petitions) == {"2024": 1, "2025": 5, "2026": 1}
    assert trends.rows()[1]["label"] == "Năm 2025"
    assert trends.rows("en")[1]["label"] == "Year 2025"
    with pytest.raises(ValueError, match="unknown every='week'"):
        petition_trends(ds, "99", every="week")  # type: ignore[arg-type]


def test_all_units_and_one_unit(ds: Dataset) -> None:
    everyone = petition_trends(ds, period=YEAR)
    assert everyone.unit is None
    assert everyone.petitions["2025-05"] == 1  # k1, of 98
    assert everyone.petitions["2025-06"] == 3  # the commune's q1-q3
    assert petition_trends(ds, "98", period=YEAR).petitions["2025-05"] == 1


def test_no_personal_data_in_the_trends(ds: Dataset) -> None:
    _no_names(petition_trends(ds, "99", period=YEAR))
    _no_names(petition_trends(ds, every="quarter"))


def test_the_example_by_month() -> None:
    example = load_example("can-tho-register")
    trends = petition_trends(example, "92", period=Period.year(2014))
    assert len(trends.months) == 12
    assert sum(trends.visits.values()) == 105
    assert sum(trends.petitions.values()) == 191
    assert sum(trends.forwarded.values()) == 81
    assert trends.petitions["2014-01"] == 25
    assert "Dữ liệu tổng hợp, không phải số liệu thật." in trends.render("vi")


# --- units compared ----------------------------------------------------------------------------


def test_the_units_of_a_province(ds: Dataset) -> None:
    compared = units_compared(ds, "99", period=YEAR)
    assert isinstance(compared, UnitsCompared)
    # the province, its district, then its communes (one with no record at all)
    assert compared.units == ("99", "990", "99001", "99002")
    assert dict(compared.visits) == {"99": 3, "990": 0, "99001": 0, "99002": 0}
    assert dict(compared.petitions) == {"99": 5, "990": 0, "99001": 3, "99002": 0}
    row = compared.rows()[0]
    assert (row["forwarded"], row["forwarded_share"]) == (1, Fraction(1, 5))
    assert (row["answered_or_guided"], row["answered_or_guided_share"]) == (2, Fraction(2, 5))
    assert compared.rows()[3]["forwarded_share"] is None  # no petition: no share
    assert [r["province"] for r in compared.rows()] == ["99"] * 4
    assert compared.rows()[1]["name"] == "Huyện Mẫu"


def test_every_unit_with_records_without_a_province(ds: Dataset) -> None:
    compared = units_compared(ds)
    assert compared.units == ("98", "99", "99001")
    assert compared.petitions["99"] == 7
    assert dict(units_compared(ds, "98").petitions) == {"98": 1}


def test_overdue_replies_on_both_sides_of_the_due_date(ds: Dataset) -> None:
    # as the petition-deadline-missed check does (Clock.missed): a reply recorded after
    # the due day is late whatever the day of the report
    on_due = units_compared(ds, "99", as_of=DUE)
    assert on_due.overdue is not None
    assert on_due.overdue["99001"] == 1  # q3, answered the day after; q1 not late yet
    after = units_compared(ds, "99", as_of=DUE + dt.timedelta(days=1))
    assert after.overdue is not None
    assert after.overdue["99001"] == 2  # q1 now unanswered past its due day; q2 on time
    assert after.overdue["99"] == 1  # p5 was never answered; p6 stored, p3 a duplicate
    assert after.rows()[2]["overdue"] == 2
    assert "Quá hạn trả lời" in after.render("vi")


@pytest.mark.parametrize("days_after", [0, 1])
def test_overdue_replies_agree_with_the_check(ds: Dataset, days_after: int) -> None:
    as_of = DUE + dt.timedelta(days=days_after)
    missed = {
        f.params["petition"]
        for f in validate(ds, as_of=as_of)
        if f.code == "petition-deadline-missed" and f.params["limit"] is DeadlineKind.PETITION_REPLY
    }
    overdue = units_compared(ds, as_of=as_of).overdue
    assert overdue is not None
    assert sum(overdue.values()) == len(missed) == 2 + days_after  # p5, q3 (and then q1)


def test_without_as_of_no_reply_is_counted_overdue(ds: Dataset) -> None:
    compared = units_compared(ds, "99", period=YEAR)
    assert compared.overdue is None
    assert compared.as_of is None
    assert {r["overdue"] for r in compared.rows()} == {None}
    assert "Không tính số đơn quá hạn trả lời" in compared.render("vi")
    assert "| Xã Mẫu | 0 | 3 | 0 | 0,00% | 2 | 66,67% | — |" in compared.render("vi")


def test_an_unknown_province(ds: Dataset) -> None:
    with pytest.raises(UnknownRecordError, match="no province-level unit '99001'"):
        units_compared(ds, "99001")
    with pytest.raises(KeyError, match="no province-level unit '00'"):
        units_compared(ds, "00")


def test_no_personal_data_in_the_comparison(ds: Dataset) -> None:
    _no_names(units_compared(ds, "99", as_of=DUE))
    _no_names(units_compared(ds))


def test_the_example_compared() -> None:
    compared = units_compared(load_example("can-tho-register"), "92", as_of=dt.date(2015, 1, 1))
    assert compared.units == ("92",)
    assert (compared.visits["92"], compared.petitions["92"]) == (105, 191)
    assert compared.overdue == {"92": 0}
    assert compared.rows()[0]["forwarded_share"] == Fraction(81, 191)


# --- the plot ----------------------------------------------------------------------------------


@pytest.fixture
def plt() -> Any:
    pytest.importorskip("matplotlib").use("Agg")
    return pytest.importorskip("matplotlib.pyplot")


def test_the_plot(ds: Dataset, plt: Any) -> None:
    trends = petition_trends(ds, "99", period=YEAR)
    ax: Any = trends.plot("en")
    assert ax.get_ylim()[0] == 0
    ticks = ax.get_yticks()
    assert len(ticks) > 1
    assert all(tick == int(tick) for tick in ticks)  # counts up to 2: no 0.5 ticks
    # one bar series per outcome, stacked: guided, answered, stored, forwarded, unknown
    heights = [[bar.get_height() for bar in container][:4] for container in ax.containers]
    assert heights == [[1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 0, 0, 0], [0, 0, 1, 0]]
    assert [bar.get_y() for bar in ax.containers[3]][:3] == [1, 0, 1]  # forwarded on top
    assert [bar.get_y() for bar in ax.containers[4]][:3] == [2, 0, 1]
    (line,) = ax.get_lines()
    assert list(line.get_ydata()[:4]) == [2, 0, 1, 0]
    legend = [text.get_text() for text in ax.get_legend().get_texts()]
    assert legend == [
        "Citizen visits",
        "Guided",
        "Answered",
        "Stored",
        "Forwarded to the competent body",
        "Unknown",
    ]
    assert ax.get_title(loc="left").startswith(trends.heading("en"))
    assert [t.get_text() for t in ax.get_xticklabels()][:2] == ["01\n2025", "02"]
    plt.close("all")


def test_the_plot_in_vietnamese_is_not_clipped(plt: Any) -> None:
    trends = petition_trends(load_example("can-tho-register"), "92", period=Period.year(2014))
    ax: Any = trends.plot()
    figure = ax.figure
    figure.canvas.draw()
    inside = figure.get_tightbbox()
    width, height = figure.get_size_inches()
    assert inside.x0 >= 0
    assert inside.y0 >= 0
    assert inside.x1 <= width
    assert inside.y1 <= height
    assert ax.get_title(loc="left").splitlines() == [trends.heading("vi"), "Năm 2014"]
    assert ax.get_xlabel() == "Tháng"
    plt.close("all")


def test_the_plot_on_given_axes_by_quarter(ds: Dataset, plt: Any) -> None:
    _, given = plt.subplots()
    ax = petition_trends(ds, "99", every="quarter").plot("vi", ax=given)
    assert ax is given
    labels = [t.get_text() for t in ax.get_xticklabels()]
    assert labels[:6] == ["IV\n2024", "I\n2025", "II", "III", "IV", "I\n2026"]
    plt.close("all")


def test_the_plot_explains_the_missing_extra(ds: Dataset, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'hdnd\[plot\]'"):
        petition_trends(ds, "99").plot()
