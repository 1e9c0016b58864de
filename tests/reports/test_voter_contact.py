"""The voter-contact summary: hand-counted records, time limits by date, the Cần Thơ example."""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest

from hdnd import (
    Dataset,
    Period,
    VoterContactSummary,
    load_example,
    validate,
    voter_contact_summary,
)
from hdnd.reports.contact_counted import answer_timing, contact_counted
from hdnd.voter_contact import VoterPetition

NAME = "Lê Văn Cửtri"

# Two councils: the city's (unit 92) and a ward's (31120, under 92). Five meetings, of which
# one in 2025 and one of the ward council; eight petition records, of which one merged.
DATA: dict[str, Any] = {
    "councils": [
        {"id": "tp", "unit": "92", "term": "2021-2026"},
        {"id": "phuong", "unit": "31120", "term": "2021-2026"},
    ],
    "figures": [
        {"id": "f1", "unit": "92", "period": {"start": "2026-01-01", "end": "2026-12-31"},
         "indicator": "voter-meetings", "value": 4, "source": "s"},
        {"id": "f2", "unit": "92", "period": {"start": "2026-01-01", "end": "2026-12-31"},
         "indicator": "voter-attendances", "value": 400, "qualifier": "approximately",
         "source": "s"},
    ],
    "sources": [{"id": "s", "title": "Báo cáo"}],
    "voter_meetings": [
        {"id": "m1", "unit": "31120", "day": "2026-06-01", "council": "tp",
         "occasion": "before-session", "attendances": 120, "speakers": 8},
        {"id": "m2", "unit": "31135", "day": "2026-06-02", "council": "tp",
         "occasion": "before-session", "attendances": 150, "speakers": 12},
        {"id": "m3", "unit": "31135", "day": "2026-07-20", "council": "tp",
         "occasion": "after-session", "attendances": 90},
        {"id": "m4", "unit": "31120", "day": "2026-06-03", "council": "phuong",
         "occasion": "voter-group"},
        {"id": "m5", "unit": "31120", "day": "2025-01-10", "council": "tp"},
    ],
    "voter_petitions": [
        # answered on day 30: on time
        {"id": "a", "council": "tp", "raised_at": ["m1", "m2"], "voters": 5, "field": "land",
         "level": "province", "forwarded": "2026-06-15", "answered": "2026-07-15",
         "result": "resolved", "voter": NAME},
        # answered on day 31: late
        {"id": "b", "council": "tp", "raised_at": ["m1"], "field": "land", "level": "district",
         "forwarded": "2026-06-15", "answered": "2026-07-16", "result": "explained"},
        # not answered: overdue after 15 July
        {"id": "c", "council": "tp", "raised_at": ["m2"], "field": "health",
         "forwarded": "2026-06-15", "result": "in-progress"},
        # merged into a: counted there
        {"id": "d", "council": "tp", "raised_at": ["m2"], "field": "land", "merged_into": "a"},
        # raised again after the session: repeats c, not yet forwarded
        {"id": "e", "council": "tp", "raised_at": ["m3"], "field": "health", "repeats": "c"},
        # the ward council's, compiled without a meeting in the dataset
        {"id": "f", "council": "phuong", "compiled": "2026-06-05", "level": "commune",
         "forwarded": "2026-06-10", "answered": "2026-06-20", "result": "resolved"},
        # forwarded before the joint resolution: not judged
        {"id": "g", "council": "tp", "raised_at": ["m5"], "forwarded": "2025-01-20",
         "answered": "2025-04-01", "result": "resolved"},
        # the whole city's, with no day at all
        {"id": "h", "council": "tp"},
    ],
}  # fmt: skip
YEAR = Period.year(2026)


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return Dataset.model_validate(DATA)


def _rows(report: VoterContactSummary) -> dict[str, tuple[Any, ...]]:
    return {
        f"{r['group']}/{r['category']}": (r["count"], r.get("published"), r.get("difference"))
        for r in report.rows()
    }


def test_the_data_is_clean(ds: Dataset) -> None:
    assert list(validate(ds, as_of=dt.date(2026, 9, 1), codes=["unresolved-reference"])) == []


def test_a_council_over_a_year(ds: Dataset) -> None:
    report = voter_contact_summary(ds, "tp", period=YEAR, as_of=dt.date(2026, 9, 1))
    assert report.period == Period(start=dt.date(2026, 1, 1), end=dt.date(2026, 9, 1))
    assert report.meetings == 3  # m5 is of 2025, m4 of the ward's council
    assert report.by_occasion["before-session"] == 2
    assert report.by_occasion["after-session"] == 1
    assert report.attendances == 360
    assert report.speakers == 20  # where counted
    assert report.petitions == 4  # a, b, c, e: d merged, g of 2025, h without a day
    assert report.merged == 1
    assert dict(report.by_field) == {
        "land": 2, "environment": 0, "infrastructure": 0, "social": 0, "health": 2,
        "education": 0, "administration": 0, "economy": 0, "other": 0, "unknown": 0,
    }  # fmt: skip
    assert dict(report.by_level) == {"province": 1, "district": 1, "commune": 0, "unknown": 2}
    assert (report.answered, report.on_time, report.late, report.overdue) == (2, 1, 1, 1)
    assert report.not_encoded == 0
    assert report.unresolved == 2  # c in progress, e without a result
    assert report.repeated == 1
    assert isinstance(report, VoterContactSummary)


def test_the_rows_agree_with_the_fields(ds: Dataset) -> None:
    report = voter_contact_summary(ds, "tp", period=YEAR, as_of=dt.date(2026, 9, 1))
    rows = _rows(report)
    assert rows["meetings/total"] == (3, 4, -1)  # beside the figure of the council's unit
    assert rows["attendances/total"][0] == report.attendances
    assert rows["petitions/total"][0] == report.petitions
    assert rows["field/land"][0] == report.by_field["land"]
    assert rows["level/unknown"][0] == 2
    for key in ("answered", "on-time", "late", "overdue", "unresolved", "repeated", "merged"):
        assert f"handling/{key}" in rows
    assert "handling/not-encoded" not in rows  # nothing left unjudged
    assert "field/education" not in rows  # nothing counted


def test_the_limit_runs_30_days_from_the_day_forwarded(ds: Dataset) -> None:
    # on 15 July nothing is overdue yet: c's last day is that day
    on_the_day = voter_contact_summary(ds, "tp", period=YEAR, as_of=dt.date(2026, 7, 15))
    assert (on_the_day.answered, on_the_day.on_time, on_the_day.overdue) == (1, 1, 0)
    # b's answer of 16 July had not happened on 15 July: it is not yet late
    assert on_the_day.late == 0
    after = voter_contact_summary(ds, "tp", period=YEAR, as_of=dt.date(2026, 7, 16))
    assert (after.answered, after.on_time, after.late, after.overdue) == (2, 1, 1, 1)


def test_without_as_of_nothing_is_overdue(ds: Dataset) -> None:
    report = voter_contact_summary(ds, "tp", period=YEAR)
    assert report.overdue is None
    assert "handling/overdue" not in _rows(report)


def test_before_the_joint_resolution_the_limit_is_not_encoded(ds: Dataset) -> None:
    report = voter_contact_summary(ds, "tp", period=Period.year(2025))
    assert (report.meetings, report.petitions) == (1, 1)
    assert (report.answered, report.on_time, report.late, report.not_encoded) == (1, 0, 0, 1)
    rows = _rows(report)
    assert rows["handling/not-encoded"][0] == 1
    assert "handling/on-time" not in rows  # nothing judged


def test_answer_timing_on_both_sides_of_the_limit() -> None:
    petitions = [
        VoterPetition.model_validate(
            {"id": id_, "council": council, "forwarded": forwarded, "answered": answered}
        )
        for id_, council, forwarded, answered in (
            ("day-30", "c", "2025-03-03", "2025-04-02"),
            ("day-31", "c", "2025-03-03", "2025-04-03"),
            ("first-day", "c", "2025-02-20", "2025-03-24"),
            ("day-before", "c", "2025-02-19", "2025-12-31"),
            ("national-assembly", None, "2025-03-03", "2025-04-02"),
        )
    ]
    assert answer_timing(petitions, None) == {
        "answered": 5, "on-time": 2, "late": 1, "overdue": None, "not-encoded": 2,
    }  # fmt: skip


def test_a_unit_takes_the_meetings_held_in_it_and_under_it(ds: Dataset) -> None:
    city = voter_contact_summary(ds, "92", period=YEAR, as_of=dt.date(2026, 9, 1))
    assert city.meetings == 4  # every meeting of 2026 was held in a ward of the city
    assert city.petitions == 5  # and the ward council's own petition f
    ward = voter_contact_summary(ds, "31120", period=YEAR, as_of=dt.date(2026, 9, 1))
    assert ward.meetings == 2  # m1 and m4
    assert sorted(p.id for p in contact_counted(ds, "31120", YEAR).petitions) == ["a", "b", "f"]
    elsewhere = voter_contact_summary(ds, "01", period=YEAR)
    assert (elsewhere.meetings, elsewhere.petitions) == (0, 0)


def test_everything_when_no_subject(ds: Dataset) -> None:
    report = voter_contact_summary(ds)
    assert report.meetings == 5
    assert report.petitions == 7  # h included: every day counts
    assert report.published == {}  # a subject's unit is needed to compare


def test_published_figures_of_the_unit_are_set_beside_the_counts(ds: Dataset) -> None:
    report = voter_contact_summary(ds, "92", period=YEAR)
    assert dict(report.published) == {"meetings/total": 4, "attendances/total": 400}
    assert dict(report.differences) == {"meetings/total": 0, "attendances/total": -40}
    rows = _rows(report)
    assert rows["meetings/total"] == (4, 4, 0)
    assert rows["attendances/total"] == (360, 400, -40)
    assert rows["speakers/total"] == (20, None, None)
    text = report.render("vi")
    assert "Đã công bố" in text
    assert "ước lượng" in text  # the attendances were published as an estimate
    council = voter_contact_summary(ds, "tp", period=YEAR)
    assert council.published == report.published  # the council's unit is 92
    assert council.heading("vi").endswith("HĐND thành phố Cần Thơ")
    earlier = voter_contact_summary(ds, "92", period=Period.year(2025))
    assert earlier.published == {}  # no figure overlaps 2025


def test_no_report_names_a_voter(ds: Dataset) -> None:
    for subject in (None, "tp", "92"):
        report = voter_contact_summary(ds, subject, as_of=dt.date(2026, 9, 1))
        for language in ("vi", "en"):
            assert NAME not in report.render(language)
            assert NAME not in report.render(language, "html")
            assert NAME not in json.dumps(report.rows(language), ensure_ascii=False, default=str)
        assert NAME not in repr(report)


def test_as_of_before_the_period_is_refused(ds: Dataset) -> None:
    with pytest.raises(ValueError, match="before the period starts"):
        voter_contact_summary(ds, "tp", period=YEAR, as_of=dt.date(2025, 12, 31))


# --- the synthetic Cần Thơ register reproduces the published figures -------------------------


@pytest.fixture(scope="module")
def register() -> Dataset:
    return load_example("can-tho-register")


def test_the_example_meetings_are_labelled_synthetic_and_nameless(register: Dataset) -> None:
    assert register.synthetic is True
    assert register.description is not None
    assert "tiếp xúc cử tri" in register.description
    assert len(register.voter_meetings) == 56
    assert min(m.day for m in register.voter_meetings) == dt.date(2014, 4, 19)
    assert max(m.day for m in register.voter_meetings) == dt.date(2014, 10, 8)
    assert all(m.council is None and m.national_delegates for m in register.voter_meetings)
    assert all(m.unit.startswith("31") for m in register.voter_meetings)
    assert all(p.voter is None for p in register.voter_petitions)
    assert not register.holds_personal_data


def test_the_example_reproduces_the_published_figures(register: Dataset) -> None:
    report = voter_contact_summary(register, "92", period=Period.year(2014))
    assert (report.meetings, report.attendances, report.speakers) == (56, 7570, 431)
    assert dict(report.published) == {
        "meetings/total": 56,
        "attendances/total": 7570,
        "speakers/total": 431,
    }
    assert set(report.differences.values()) == {0}
    rows = _rows(report)
    assert rows["meetings/total"] == (56, 56, 0)
    assert rows["attendances/total"] == (7570, 7570, 0)
    assert rows["speakers/total"] == (431, 431, 0)
    # the same without a period: every figure of the unit overlaps everything
    assert voter_contact_summary(register, "92").differences == report.differences


def test_the_example_petitions_predate_the_encoded_time_limits(register: Dataset) -> None:
    report = voter_contact_summary(register, "92", as_of=dt.date(2015, 1, 1))
    assert report.petitions + report.merged == len(register.voter_petitions)
    assert (report.on_time, report.late, report.overdue) == (0, 0, 0)
    assert report.not_encoded == report.petitions
    assert report.repeated == 1


def test_the_example_is_clean(register: Dataset) -> None:
    assert list(validate(register, as_of=dt.date(2015, 1, 1))) == []
