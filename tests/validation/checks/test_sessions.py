"""Session checks (issue 5): counts per year, first session, term, numbering, requests,
documents and attendance under a council's own working rules."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, validate

# Term 2021-2026: election day 2021-05-23; Law 47/2019/QH14 (Law 77/2015/QH13 Art. 80(1)):
# first session within 45 days, by 2021-07-07.


def _dataset(
    sessions: list[dict[str, Any]],
    *,
    delegates: int = 3,
    working_rules: dict[str, Any] | None = None,
    sittings: list[dict[str, Any]] | None = None,
    term: str = "2021-2026",
    start: str = "2021-06-25",
) -> Dataset:
    council: dict[str, Any] = {"id": "c", "unit": "92", "term": term}
    if working_rules is not None:
        council["working_rules"] = working_rules
    return Dataset.model_validate(
        {
            "councils": [council],
            "delegates": [
                {
                    "id": f"d{n}",
                    "name": "Trần Văn An",
                    "mandates": [{"council": "c", "start": start}],
                }
                for n in range(delegates)
            ],
            "sessions": sessions,
            "sittings": sittings or [],
        }
    )


def _session(number: int, opening: str, kind: str = "regular", **more: Any) -> dict[str, Any]:
    return {
        "id": f"k{number}",
        "council": "c",
        "number": number,
        "kind": kind,
        "opening": opening,
        **more,
    }


def _codes(dataset: Dataset, code: str, as_of: str = "2026-01-31") -> list[Any]:
    return list(validate(dataset, as_of=dt.date.fromisoformat(as_of), codes=[code]))


# --- regular-sessions-below-minimum -------------------------------------------------------


def _year(regular: int, year: int = 2023) -> list[dict[str, Any]]:
    sessions = [_session(1, "2021-06-25", "first")]
    sessions += [_session(n + 2, f"{year}-0{n + 1}-10") for n in range(regular)]
    return sessions


def test_one_regular_session_in_a_full_year_is_too_few() -> None:
    (finding,) = _codes(_dataset(_year(1)), "regular-sessions-below-minimum")
    assert finding.params["year"] == "2023"
    assert finding.params["count"] == 1
    assert finding.params["minimum"] == 2
    assert finding.citation.number == "77/2015/QH13"
    assert finding.severity is Severity.ERROR  # Art. 78(1) of the 2015 law: secondary, not M


def test_two_regular_sessions_are_enough() -> None:
    assert _codes(_dataset(_year(2)), "regular-sessions-below-minimum") == []


def test_the_current_year_and_the_election_year_are_not_judged() -> None:
    # 2021 starts before the election; 2026 has not ended on the day checked.
    sessions = [_session(1, "2021-06-25", "first"), _session(2, "2026-01-10")]
    assert _codes(_dataset(sessions), "regular-sessions-below-minimum", "2026-01-31") == []


def test_a_year_after_the_reform_cites_the_2025_law() -> None:
    sessions = [_session(1, "2026-04-20", "first"), _session(2, "2027-07-10")]
    dataset = _dataset(sessions, term="2026-2031", start="2026-04-20")
    (finding,) = _codes(dataset, "regular-sessions-below-minimum", "2028-02-01")
    assert finding.citation.number == "72/2025/QH15"
    assert finding.severity is Severity.ERROR


# --- first-session-late --------------------------------------------------------------------


@pytest.mark.parametrize(("opening", "late"), [("2021-07-07", False), ("2021-07-08", True)])
def test_first_session_within_45_days_of_election_day(opening: str, late: bool) -> None:
    found = _codes(_dataset([_session(1, opening, "first")]), "first-session-late")
    assert bool(found) is late
    if late:
        assert found[0].params["due"] == dt.date(2021, 7, 7)


# --- session-outside-term ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("opening", "outside"),
    [("2021-05-22", True), ("2021-05-23", False), ("2026-04-29", False), ("2026-04-30", True)],
)
def test_session_inside_the_term(opening: str, outside: bool) -> None:
    found = _codes(_dataset([_session(1, opening, "first")]), "session-outside-term", "2026-12-31")
    assert bool(found) is outside


# --- session-numbering-gap ----------------------------------------------------------------


def test_numbering_gap_and_repeat() -> None:
    sessions = [
        _session(1, "2021-06-25", "first"),
        _session(3, "2021-12-10"),
        {**_session(3, "2022-07-10"), "id": "k3b"},
    ]
    found = _codes(_dataset(sessions), "session-numbering-gap")
    assert [(f.params["number"], f.params["expected"]) for f in found] == [(3, 2), (3, 4)]
    assert all(f.severity is Severity.WARNING for f in found)


def test_consecutive_numbers_are_silent() -> None:
    sessions = [_session(n, f"202{n}-07-10") for n in (1, 2, 3)]
    assert _codes(_dataset(sessions), "session-numbering-gap") == []


# --- thematic-session-without-request -----------------------------------------------------


def test_thematic_session_without_anyone_requesting_it() -> None:
    sessions = [_session(1, "2021-06-25", "first"), _session(2, "2022-03-01", "thematic")]
    (finding,) = _codes(_dataset(sessions), "thematic-session-without-request")
    assert finding.record == "sessions/k2"


@pytest.mark.parametrize(("signatures", "flagged"), [(9, True), (10, False)])
def test_a_third_of_the_delegates_may_require_one(signatures: int, flagged: bool) -> None:
    # 30 delegates: "ít nhất một phần ba" is 10 signatures.
    session = _session(
        2, "2022-03-01", "unscheduled", requested_by=["delegates"], request_signatures=signatures
    )
    dataset = _dataset([_session(1, "2021-06-25", "first"), session], delegates=30)
    assert bool(_codes(dataset, "thematic-session-without-request")) is flagged


def test_the_standing_committee_may_require_one_and_regular_sessions_need_no_request() -> None:
    sessions = [
        _session(1, "2021-06-25", "first"),
        _session(2, "2022-03-01", "thematic", requested_by=["standing-committee"]),
        _session(3, "2022-07-01"),
    ]
    assert _codes(_dataset(sessions), "thematic-session-without-request") == []


def test_voters_signatures_without_the_commune_voters_are_not_judged() -> None:
    session = _session(2, "2022-03-01", "thematic", requested_by=["voters"], request_signatures=5)
    dataset = _dataset([_session(1, "2021-06-25", "first"), session])
    assert _codes(dataset, "thematic-session-without-request") == []


# --- documents-sent-late (working rules only) ----------------------------------------------


@pytest.mark.parametrize(("sent", "late"), [("2022-07-03", False), ("2022-07-04", True)])
def test_documents_lead_time_of_the_working_rules(sent: str, late: bool) -> None:
    sessions = [_session(1, "2021-06-25", "first"), _session(2, "2022-07-10", documents_sent=sent)]
    dataset = _dataset(sessions, working_rules={"documents_lead_days": 7})
    assert bool(_codes(dataset, "documents-sent-late")) is late


def test_no_lead_time_without_working_rules() -> None:
    sessions = [_session(1, "2021-06-25", "first", documents_sent="2021-06-25")]
    assert _codes(_dataset(sessions), "documents-sent-late") == []


# --- attendance-below-floor (working rules only) -------------------------------------------


def _attended(present: int, total: int = 6) -> list[dict[str, Any]]:
    statuses = ["present"] * present + ["absent-with-leave"] * (total - present)
    return [
        {
            "id": "s1",
            "session": "k1",
            "day": "2021-06-25",
            "attendance": [{"delegate": f"d{n}", "status": s} for n, s in enumerate(statuses)],
        }
    ]


@pytest.mark.parametrize(("present", "below"), [(3, True), (4, False)])
def test_attendance_floor_of_two_thirds(present: int, below: bool) -> None:
    dataset = _dataset(
        [_session(1, "2021-06-25", "first")],
        delegates=6,
        working_rules={"attendance_floor": "2/3"},
        sittings=_attended(present),
    )
    found = _codes(dataset, "attendance-below-floor")
    assert bool(found) is below
    if below:
        assert found[0].params["minimum"] == 4


def test_no_attendance_floor_by_default() -> None:
    dataset = _dataset([_session(1, "2021-06-25", "first")], delegates=6, sittings=_attended(0))
    assert _codes(dataset, "attendance-below-floor") == []
