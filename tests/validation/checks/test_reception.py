"""Reception checks of Law 136/2025/QH15 (from 1 July 2026): refusal notices, online sessions.

Both sides of the 3 working days of a refusal notice (Decree 154/2026/NĐ-CP, Art. 16), with
weekends, National Day and Tết inside the count, and both sides of 1 July 2026.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, validate
from hdnd.calendar.workdays import add_working_days, is_working_day
from hdnd.law.petitions.amendments136_2025 import ReceptionAmendment2025

REFUSAL = "refusal-notice-late"
ONLINE = "online-reception-before-law"
LATER = dt.date(2027, 6, 1)
"""A day after every limit below has run out."""


def _found(code: str, as_of: dt.date, **collections: list[dict[str, Any]]) -> list[Any]:
    dataset = Dataset.model_validate(collections)
    return list(validate(dataset, as_of=as_of, codes=[code]))


def _refused(day: dt.date, notice: dt.date | None = None, **fields: Any) -> dict[str, Any]:
    visit = {"id": "v", "unit": "92", "day": day.isoformat(), "kind": "individual"}
    visit |= {"refused": "already-resolved", **fields}
    if notice is not None:
        visit["refusal_notice"] = notice.isoformat()
    return visit


def _due(day: dt.date) -> dt.date:
    return ReceptionAmendment2025.REFUSAL_NOTICE.due(day)


# --- refusal-notice-late ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "due"),
    [
        pytest.param(dt.date(2026, 7, 1), dt.date(2026, 7, 6), id="wednesday-weekend-inside"),
        pytest.param(dt.date(2026, 8, 28), dt.date(2026, 9, 7), id="friday-national-day"),
        pytest.param(dt.date(2027, 2, 3), dt.date(2027, 2, 15), id="tet-2027"),
    ],
)
def test_the_limit_is_what_the_calendar_gives(day: dt.date, due: dt.date) -> None:
    assert _due(day) == due
    assert add_working_days(day, 3) == due


@pytest.mark.parametrize("day", [dt.date(2026, 7, 1), dt.date(2026, 8, 28), dt.date(2027, 2, 3)])
def test_a_notice_on_the_last_day_keeps_the_limit_one_working_day_later_does_not(
    day: dt.date,
) -> None:
    due = _due(day)
    assert _found(REFUSAL, LATER, citizen_visits=[_refused(day, due)]) == []
    late = add_working_days(due, 1)
    (finding,) = _found(REFUSAL, LATER, citizen_visits=[_refused(day, late)])
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("citizen_visits/v", "refusal_notice")
    assert finding.citation.render("en") == "Decree 154/2026/NĐ-CP, Art. 16"
    assert finding.params["due"] == due
    assert finding.params["notice"] == late
    assert finding.params["day"] == day


def test_days_off_inside_the_count_do_not_count() -> None:
    # refused on Friday 28 August 2026: Saturday, Sunday and 31 August - 2 September are off
    day = dt.date(2026, 8, 28)
    off = [day + dt.timedelta(days=n) for n in range(1, 6)]
    assert not any(is_working_day(d) for d in off)
    for notice in (*off, dt.date(2026, 9, 3), dt.date(2026, 9, 7)):
        assert _found(REFUSAL, LATER, citizen_visits=[_refused(day, notice)]) == [], notice
    # Tết 2027: refused on Wednesday 3 February, notified on Monday 15 February
    tet = _refused(dt.date(2027, 2, 3), dt.date(2027, 2, 15))
    assert _found(REFUSAL, LATER, citizen_visits=[tet]) == []


def test_a_missing_notice_is_late_only_once_the_limit_has_run_out() -> None:
    day = dt.date(2026, 8, 28)
    due = _due(day)
    visit = _refused(day)
    assert _found(REFUSAL, day, citizen_visits=[visit]) == []
    assert _found(REFUSAL, due, citizen_visits=[visit]) == []  # the last day: not yet late
    (finding,) = _found(REFUSAL, due + dt.timedelta(days=1), citizen_visits=[visit])
    assert finding.params["notice"] == "chưa"
    assert finding.params["as_of"] == due + dt.timedelta(days=1)
    assert "not yet" in finding.message("en")


def test_only_from_1_july_2026() -> None:
    before = _refused(dt.date(2026, 6, 30))  # Law 42/2013/QH13: no written notice
    assert _found(REFUSAL, LATER, citizen_visits=[before]) == []
    from_ = _refused(dt.date(2026, 7, 1))
    assert len(_found(REFUSAL, LATER, citizen_visits=[from_])) == 1


def test_only_refused_visits_and_not_after_as_of() -> None:
    received = {"id": "r", "unit": "92", "day": "2026-07-01", "kind": "individual"}
    assert _found(REFUSAL, LATER, citizen_visits=[received]) == []
    future = _refused(dt.date(2026, 9, 1))
    assert _found(REFUSAL, dt.date(2026, 8, 1), citizen_visits=[future]) == []


def test_the_message_names_the_visit_never_the_citizen() -> None:
    visit = _refused(dt.date(2026, 7, 1), citizen="Trần Thị Mai")
    (finding,) = _found(REFUSAL, LATER, citizen_visits=[visit])
    assert set(finding.params) == {"visit", "day", "rule", "due", "notice", "as_of"}
    for language in ("vi", "en"):
        text = finding.message(language)
        assert "Trần" not in text
        assert "Mai" not in text
    assert finding.message("vi").startswith("Lượt tiếp v ngày 01/07/2026")


# --- online-reception-before-law ----------------------------------------------------------


def _session(day: str, place: str = "online") -> dict[str, Any]:
    return {"id": "s", "unit": "92", "day": day, "receiver": "office-staff", "place": place}


@pytest.mark.parametrize(
    ("day", "reported"),
    [("2014-07-01", True), ("2026-06-30", True), ("2026-07-01", False), ("2027-01-05", False)],
)
def test_online_reception_from_1_july_2026(day: str, reported: bool) -> None:
    found = _found(ONLINE, LATER, reception_sessions=[_session(day)])
    assert bool(found) is reported
    if reported:
        (finding,) = found
        assert finding.severity is Severity.WARNING
        assert (finding.record, finding.field) == ("reception_sessions/s", "place")
        assert finding.citation.render("en") == "Law 136/2025/QH15, Art. 1"
        assert finding.params == {"session": "s", "day": dt.date.fromisoformat(day)}


def test_only_online_sessions_and_only_under_an_encoded_law() -> None:
    office = _session("2026-06-30", place="council-office")
    assert _found(ONLINE, LATER, reception_sessions=[office]) == []
    before_the_law = _session("2014-06-30")  # no citizen-reception law encoded that day
    assert _found(ONLINE, LATER, reception_sessions=[before_the_law]) == []
