"""The checks added with the collections table: each on both sides of its rule and date."""

from __future__ import annotations

import copy
import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, validate
from hdnd.delegates.ethnicity import ETHNIC_GROUPS, ethnic_group

AS_OF = dt.date(2026, 6, 1)
COUNCIL = {"id": "c", "unit": "92", "term": "2026-2031"}


def _codes(data: dict[str, Any], code: str, as_of: dt.date = AS_OF) -> list[tuple[str, Any]]:
    findings = validate(Dataset.model_validate(data), as_of=as_of, codes=[code])
    return [(f.record, f.field) for f in findings]


# --- attendance-outside-mandate ------------------------------------------------------------


def _attendance(end: str | None, day: str) -> dict[str, Any]:
    mandate: dict[str, Any] = {"council": "c", "start": "2026-03-15"}
    if end is not None:
        mandate |= {"end": end, "end_reason": "resigned"}
    return {
        "councils": [COUNCIL],
        "delegates": [{"id": "d1", "name": "Lê Văn B", "mandates": [mandate]}],
        "sessions": [
            {"id": "k", "council": "c", "number": 1, "kind": "first", "opening": "2026-03-30"}
        ],
        "sittings": [
            {
                "id": "s",
                "session": "k",
                "day": day,
                "attendance": [{"delegate": "d1", "status": "absent-with-leave"}],
            }
        ],
    }


@pytest.mark.parametrize(
    ("end", "day", "found"),
    [
        ("2026-04-30", "2026-04-30", False),  # last day of the mandate
        ("2026-04-30", "2026-05-01", True),  # the day after
        (None, "2026-03-15", False),  # first day
        (None, "2026-03-14", True),  # the day before it starts
    ],
)
def test_attendance_within_the_mandate(end: str | None, day: str, found: bool) -> None:
    expected = [("sittings/s", "attendance.0.delegate")] if found else []
    assert _codes(_attendance(end, day), "attendance-outside-mandate") == expected


def test_attendance_of_an_unknown_delegate_is_a_reference_problem_only() -> None:
    data = _attendance(None, "2026-04-01")
    data["sittings"][0]["attendance"][0]["delegate"] = "d9"
    assert _codes(data, "attendance-outside-mandate") == []
    assert _codes(data, "unresolved-reference") == [("sittings/s", "attendance.0.delegate")]


# --- votes-exceed-present ------------------------------------------------------------------


def _vote(in_favour: int, against: int, present: int, absent: int = 0) -> dict[str, Any]:
    people = [f"d{i}" for i in range(present + absent)]
    return {
        "councils": [COUNCIL],
        "delegates": [
            {"id": p, "name": f"Người {p}", "mandates": [{"council": "c", "start": "2026-03-15"}]}
            for p in people
        ],
        "sessions": [
            {"id": "k", "council": "c", "number": 1, "kind": "first", "opening": "2026-03-30"}
        ],
        "sittings": [
            {
                "id": "s",
                "session": "k",
                "day": "2026-03-30",
                "attendance": [
                    {"delegate": p, "status": "present" if i < present else "absent-with-leave"}
                    for i, p in enumerate(people)
                ],
            }
        ],
        "votes": [{"id": "v", "sitting": "s", "in_favour": in_favour, "against": against}],
    }


@pytest.mark.parametrize(
    ("in_favour", "against", "present", "found"),
    [(3, 1, 4, False), (4, 1, 4, True), (2, 0, 2, False), (2, 1, 2, True)],
)
def test_voting_no_more_than_present(
    in_favour: int, against: int, present: int, found: bool
) -> None:
    data = _vote(in_favour, against, present, absent=2)
    assert _codes(data, "votes-exceed-present") == ([("votes/v", None)] if found else [])


def test_a_sitting_without_attendance_says_nothing_about_presence() -> None:
    data = _vote(5, 0, 1)
    data["sittings"][0]["attendance"] = []
    assert _codes(data, "votes-exceed-present") == []


# --- document-vote-mismatch ----------------------------------------------------------------


def _document(**changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "councils": [COUNCIL, {"id": "c2", "unit": "01", "term": "2026-2031"}],
        "sessions": [
            {"id": "k", "council": "c", "number": 1, "kind": "first", "opening": "2026-04-20"},
            {"id": "k2", "council": "c", "number": 2, "kind": "regular", "opening": "2026-07-08"},
        ],
        "sittings": [{"id": "s", "session": "k", "day": "2026-04-21"}],
        "votes": [{"id": "v", "sitting": "s", "in_favour": 30, "passed": True}],
        "documents": [
            {
                "id": "nq",
                "council": "c",
                "symbol": "01/NQ-HĐND",
                "signed": "2026-04-21",
                "session": "k",
                "vote": "v",
            }
        ],
    }
    data["documents"][0] |= changes.pop("document", {})
    data["votes"][0] |= changes.pop("vote", {})
    return copy.deepcopy(data)


@pytest.mark.parametrize(
    ("changes", "fields"),
    [
        ({}, []),
        ({"document": {"signed": "2026-04-22"}}, []),
        ({"document": {"signed": "2026-04-20"}}, ["signed"]),
        ({"document": {"council": "c2"}}, ["council"]),
        ({"document": {"session": "k2"}}, ["session"]),
        ({"document": {"session": None}}, []),
        ({"vote": {"passed": False}}, ["vote"]),
        ({"vote": {"passed": None}}, []),
        ({"vote": {"passed": False}, "document": {"signed": "2026-04-01"}}, ["vote", "signed"]),
    ],
)
def test_documents_agree_with_their_votes(changes: dict[str, Any], fields: list[str]) -> None:
    found = _codes(_document(**changes), "document-vote-mismatch")
    assert found == [("documents/nq", field) for field in sorted(fields)]


# --- council-without-local-government ------------------------------------------------------


def _council(kind: str, term: str, population: int | None = 120_000) -> dict[str, Any]:
    unit: dict[str, Any] = {"code": "99001", "name": "Đơn vị Mẫu", "kind": kind, "parent": "92"}
    if population is not None:
        unit["population"] = population
    return {"units": [unit], "councils": [{"id": "x", "unit": "99001", "term": term}]}


@pytest.mark.parametrize(
    ("kind", "term", "population", "found"),
    [
        ("rural-district", "2021-2026", 120_000, False),  # elected 2021-05-23, before the reform
        ("rural-district", "2026-2031", 120_000, True),  # elected 2026-03-15, after it
        ("rural-district", "2026-2031", None, True),  # no population needed to say so
        ("township", "2026-2031", 12_000, True),
        ("township", "2021-2026", 12_000, False),
        ("special-zone", "2026-2031", 1_000, False),  # Art. 28(1): fewer than 1,000 → none
        ("special-zone", "2026-2031", 999, True),
        ("special-zone", "2021-2026", 5_000, True),  # special zones begin on 2025-07-01
        ("commune", "2026-2031", 12_000, False),
    ],
)
def test_councils_only_where_there_is_local_government(
    kind: str, term: str, population: int | None, found: bool
) -> None:
    data = _council(kind, term, population)
    assert _codes(data, "council-without-local-government") == (
        [("councils/x", "unit")] if found else []
    )


def test_the_finding_cites_the_provision() -> None:
    findings = validate(
        Dataset.model_validate(_council("special-zone", "2026-2031", 500)),
        as_of=AS_OF,
        codes=["council-without-local-government"],
    )
    assert findings[0].citation is not None
    assert findings[0].citation.render("en") == "Law 72/2025/QH15, Art. 28(1)"
    assert findings[0].severity is Severity.ERROR


# --- election-day-not-sunday ---------------------------------------------------------------


def _election(day: str, kind: str = "general") -> dict[str, Any]:
    return {
        "councils": [COUNCIL],
        "elections": [
            {
                "id": "e",
                "council": "c",
                "day": day,
                "kind": kind,
                "seats": 1,
                "voters_on_list": 10,
                "voted": 9,
                "valid_ballots": 9,
            }
        ],
    }


@pytest.mark.parametrize(
    ("day", "kind", "found"),
    [
        ("2026-03-15", "general", False),  # Sunday
        ("2026-03-14", "general", True),  # Saturday
        ("2026-03-16", "general", True),  # Monday
        ("2021-05-23", "general", False),  # Sunday, 2021 general election
        ("2027-06-06", "by-election", False),  # Sunday
        ("2027-06-05", "by-election", True),
        ("2026-03-24", "rerun", False),  # re-runs are not checked
        ("2016-01-02", "general", True),  # Law 85/2015 in force from 2015-09-01
        ("2015-08-29", "general", False),  # before it, no election law is encoded
    ],
)
def test_election_day_is_a_sunday(day: str, kind: str, found: bool) -> None:
    data = _election(day, kind)
    if day < "2021":
        data["councils"][0]["term"] = "2011-2016"
    assert _codes(data, "election-day-not-sunday") == ([("elections/e", "day")] if found else [])


# --- committee-leader-heads-agency ---------------------------------------------------------


def _posts(leader_start: str, agency_start: str, agency_end: str | None = None) -> dict[str, Any]:
    agency: dict[str, Any] = {
        "person": "d1",
        "council": "c",
        "post": "agency-head",
        "body": "Sở Tư pháp",
        "start": agency_start,
    }
    if agency_end is not None:
        agency["end"] = agency_end
    return {
        "councils": [{"id": "c", "unit": "92", "term": "2021-2026"}],
        "delegates": [
            {"id": "d1", "name": "Lê Văn B", "mandates": [{"council": "c", "start": "2021-06-01"}]}
        ],
        "offices": [
            {
                "person": "d1",
                "council": "c",
                "post": "committee-deputy-head",
                "committee": "legal-affairs",
                "start": leader_start,
            },
            agency,
        ],
    }


@pytest.mark.parametrize(
    ("agency_start", "agency_end", "found"),
    [
        ("2025-06-16", None, True),  # Law 72/2025/QH15 in force from 16 June 2025
        ("2025-06-15", "2025-06-15", False),  # the day before: no rule encoded
        ("2025-06-15", None, True),  # overlap continues into the law's days
        ("2021-07-01", "2024-12-31", False),
    ],
)
def test_committee_leaders_do_not_head_agencies(
    agency_start: str, agency_end: str | None, found: bool
) -> None:
    data = _posts("2021-06-25", agency_start, agency_end)
    assert _codes(data, "committee-leader-heads-agency") == (
        [("offices[1]", "post")] if found else []
    )


def test_different_people_hold_the_posts() -> None:
    data = _posts("2025-07-01", "2025-07-01")
    data["offices"][1]["person"] = "d2"
    assert _codes(data, "committee-leader-heads-agency") == []


# --- unknown-ethnicity ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "found"),
    [
        ("Kinh", False),
        ("Ê Đê", False),
        ("Hmông", False),
        ("54", False),
        ("Kinh (Việt)", True),
        ("thiểu số", True),
        ("Thai", True),
    ],
)
def test_ethnicities_are_read_against_the_54_groups(value: str, found: bool) -> None:
    data = {"delegates": [{"id": "d", "name": "Lò Văn A", "ethnicity": value}]}
    assert _codes(data, "unknown-ethnicity") == ([("delegates/d", "ethnicity")] if found else [])


def test_the_list_has_54_groups_with_codes_01_to_54() -> None:
    assert [g.code for g in ETHNIC_GROUPS] == [f"{i:02d}" for i in range(1, 55)]
    assert len({g.name for g in ETHNIC_GROUPS}) == 54
    assert [g.name for g in ETHNIC_GROUPS if not g.minority] == ["Kinh"]


def test_an_unknown_ethnicity_is_not_counted_as_a_minority() -> None:
    ds = Dataset.model_validate(
        {
            "delegates": [
                {"id": "a", "name": "A", "ethnicity": "Tày"},
                {"id": "b", "name": "B", "ethnicity": "Kinh"},
                {"id": "c", "name": "C", "ethnicity": "không rõ"},
            ]
        }
    )
    assert [d.ethnic_minority for d in ds.delegates] == [True, False, None]
    assert ethnic_group("không rõ") is None
