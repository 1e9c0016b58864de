"""Checks judge each day under the law of that day: both sides of every date they rest on.

The dates: Law 77/2015/QH13 in force from 1 January 2016; Law 65/2025/QH15, whose session
rules hdnd does not encode, from 1 March to 15 June 2025; Law 72/2025/QH15 from 16 June
2025; two-level local government from 1 July 2025; the 2026–2031 councils elected on
15 March 2026.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, validate
from hdnd.law.citation import Confidence
from hdnd.validation import CheckSpec, checks

_DELEGATES = 10


def _found(data: dict[str, Any], code: str, as_of: dt.date) -> list[tuple[str, str]]:
    findings = validate(Dataset.model_validate(data), as_of=as_of, codes=[code])
    return [(f.code, f.severity.value) for f in findings]


def _council(term: str = "2021-2026", **fields: Any) -> dict[str, Any]:
    return {"id": "c", "unit": "92", "term": term, **fields}


def _first_session(term: str = "2021-2026") -> dict[str, Any]:
    opening = "2021-06-25" if term == "2021-2026" else "2016-06-25"
    return {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": opening}


# --- regular sessions: every day of the year under an encoded rule -----------------------


@pytest.mark.parametrize(
    ("year", "expected"),
    [
        pytest.param(2020, ("regular-sessions-below-minimum", "error"), id="2020-two-laws"),
        pytest.param(2024, ("regular-sessions-below-minimum", "error"), id="2024-law-2019"),
        pytest.param(2025, ("rule-not-encoded", "info"), id="2025-law-65-months"),
    ],
)
def test_a_year_is_judged_only_if_each_of_its_days_is(year: int, expected: tuple[str, str]) -> None:
    data = {
        "councils": [_council("2016-2021" if year == 2020 else "2021-2026")],
        "sessions": [
            _first_session("2016-2021" if year == 2020 else "2021-2026"),
            {
                "id": "k2",
                "council": "c",
                "number": 2,
                "kind": "regular",
                "opening": f"{year}-07-08",
            },
        ],
    }
    found = _found(data, "regular-sessions-below-minimum", dt.date(year + 1, 1, 31))
    assert found == [expected]


def test_a_year_under_two_laws_cites_the_weaker_rule() -> None:
    data = {
        "councils": [_council("2016-2021")],
        "sessions": [
            _first_session("2016-2021"),
            {"id": "k2", "council": "c", "number": 2, "kind": "regular", "opening": "2020-07-08"},
        ],
    }
    (finding,) = validate(
        Dataset.model_validate(data),
        as_of=dt.date(2021, 1, 31),
        codes=["regular-sessions-below-minimum"],
    )
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 77/2015/QH13, Art. 78(1)"
    assert finding.citation.confidence is Confidence.SECONDARY


def test_two_regular_sessions_in_2025_need_no_rule() -> None:
    data = {
        "councils": [_council()],
        "sessions": [
            _first_session(),
            {"id": "k2", "council": "c", "number": 2, "kind": "regular", "opening": "2025-04-08"},
            {"id": "k3", "council": "c", "number": 3, "kind": "regular", "opening": "2025-12-08"},
        ],
    }
    assert _found(data, "regular-sessions-below-minimum", dt.date(2026, 1, 31)) == []


# --- closed sittings and thematic sessions: the law of the sitting's or session's day ----


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param("2025-02-28", ("closed-sitting-without-decision", "error"), id="law-2019"),
        pytest.param("2025-03-01", ("rule-not-encoded", "info"), id="law-65-first-day"),
        pytest.param("2025-06-15", ("rule-not-encoded", "info"), id="law-65-last-day"),
        pytest.param("2025-06-16", ("closed-sitting-without-decision", "error"), id="law-72"),
    ],
)
def test_closed_sittings_by_day(day: str, expected: tuple[str, str]) -> None:
    data = {
        "councils": [_council()],
        "sessions": [_first_session()],
        "sittings": [{"id": "s1", "session": "k1", "day": day, "public": False}],
    }
    assert _found(data, "closed-sitting-without-decision", dt.date(2026, 1, 1)) == [expected]


def test_a_closed_sitting_before_2016_is_not_judged() -> None:
    data = {
        "councils": [_council("2011-2016")],
        "sessions": [
            {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": "2011-06-25"}
        ],
        "sittings": [{"id": "s1", "session": "k1", "day": "2015-12-31", "public": False}],
    }
    assert _found(data, "closed-sitting-without-decision", dt.date(2016, 2, 1)) == [
        ("rule-not-encoded", "info")
    ]


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param("2025-02-28", ("thematic-session-without-request", "error"), id="law-2019"),
        pytest.param("2025-03-01", ("rule-not-encoded", "info"), id="law-65"),
        pytest.param("2025-06-16", ("thematic-session-without-request", "error"), id="law-72"),
    ],
)
def test_thematic_sessions_by_day(day: str, expected: tuple[str, str]) -> None:
    data = {
        "councils": [_council()],
        "sessions": [
            _first_session(),
            {"id": "k2", "council": "c", "number": 2, "kind": "thematic", "opening": day},
        ],
    }
    found = _found(data, "thematic-session-without-request", dt.date(2026, 1, 1))
    assert found == [expected]


# --- votes: the threshold of the sitting's day ----------------------------------------------


@pytest.mark.parametrize(
    ("day", "judged"),
    [
        # Law 77/2015/QH13's majority: secondary value, article number unverified (LAW.md §4).
        pytest.param("2025-02-28", "warning", id="law-2019"),
        pytest.param("2025-03-01", None, id="law-65"),
        pytest.param("2025-06-16", "error", id="law-72"),
    ],
)
def test_vote_outcomes_by_day(day: str, judged: str | None) -> None:
    data = {
        "councils": [_council()],
        "delegates": [
            {
                "id": f"d{n}",
                "name": "Lê Văn B",
                "mandates": [{"council": "c", "start": "2021-06-25"}],
            }
            for n in range(_DELEGATES)
        ],
        "sessions": [_first_session()],
        "sittings": [{"id": "s1", "session": "k1", "day": day}],
        "votes": [{"id": "v1", "sitting": "s1", "in_favour": 5, "passed": True}],
    }
    found = _found(data, "vote-outcome-wrong", dt.date(2026, 1, 1))
    assert found == ([("vote-outcome-wrong", judged)] if judged else [])


# --- full-time posts: only under Law 72/2025/QH15, whose list is complete ------------------


@pytest.mark.parametrize(
    ("start", "judged"),
    [pytest.param("2025-06-15", False, id="law-65"), pytest.param("2025-06-16", True, id="law-72")],
)
def test_full_time_posts_by_day(start: str, judged: bool) -> None:
    data = {
        "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "92"}],
        "councils": [{"id": "c", "unit": "99001", "term": "2021-2026"}],
        "delegates": [
            {"id": "d", "name": "Lê Văn B", "mandates": [{"council": "c", "start": "2021-06-25"}]}
        ],
        "offices": [
            {
                "person": "d",
                "council": "c",
                "post": "committee-member",
                "committee": "economy-budget",
                "start": start,
                "full_time": True,
            }
        ],
    }
    found = _found(data, "full-time-post-not-allowed", dt.date(2025, 7, 1))
    assert found == ([("full-time-post-not-allowed", "error")] if judged else [])


# --- seats: councils that took in delegates in the 2025 reform ----------------------------


def _crowded(**council: Any) -> dict[str, Any]:
    """A province of 900,000 (50 seats under Law 47/2019/QH14) with 51 delegates."""
    transferred = council.pop("transferred_from", None)
    mandate: dict[str, Any] = {"council": "c", "start": "2021-06-25"}
    if transferred:
        mandate["transferred_from"] = transferred
    return {
        "units": [{"code": "99", "name": "Tỉnh Mẫu", "kind": "province", "population": 900_000}],
        "councils": [{"id": "c", "unit": "99", "term": "2021-2026", **council}],
        "delegates": [
            {"id": f"d{n}", "name": "Lê Văn B", "mandates": [mandate]} for n in range(51)
        ],
    }


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(_crowded(formed_from=["a", "b"]), id="merged"),
        pytest.param(_crowded(transferred_from="district"), id="transferred"),
    ],
)
@pytest.mark.parametrize(
    ("as_of", "expected"),
    [
        pytest.param(dt.date(2025, 6, 30), ("seats-serving-exceed-quota", "error"), id="before"),
        pytest.param(dt.date(2025, 7, 1), ("rule-not-encoded", "info"), id="two-levels"),
    ],
)
def test_a_council_keeping_its_delegates_stands_aside(
    data: dict[str, Any], as_of: dt.date, expected: tuple[str, str]
) -> None:
    # Before the reform the quota of Law 47/2019/QH14 (50, from a secondary source) applies.
    assert _found(data, "seats-serving-exceed-quota", as_of) == [expected]


def test_a_council_that_took_in_no_one_is_still_held_to_its_quota() -> None:
    assert _found(_crowded(), "seats-serving-exceed-quota", dt.date(2025, 7, 1)) == [
        ("seats-serving-exceed-quota", "error")
    ]


# --- the registry's dates -------------------------------------------------------------------


def _spec(name: str) -> CheckSpec:
    return next(spec for spec in checks() if spec.name == name)


@pytest.mark.parametrize(
    ("name", "day", "applies"),
    [
        ("closed_sittings_decided", dt.date(2015, 12, 31), False),
        ("closed_sittings_decided", dt.date(2016, 1, 1), True),
        ("closed_sittings_decided", dt.date(2025, 2, 28), True),
        ("closed_sittings_decided", dt.date(2025, 3, 1), False),
        ("closed_sittings_decided", dt.date(2025, 6, 15), False),
        ("closed_sittings_decided", dt.date(2025, 6, 16), True),
        ("full_time_posts_allowed", dt.date(2025, 6, 15), False),
        ("full_time_posts_allowed", dt.date(2025, 6, 16), True),
        ("turnout_valid", dt.date(2015, 8, 31), False),
        ("turnout_valid", dt.date(2015, 9, 1), True),
        ("turnout_valid", dt.date(2025, 7, 1), True),  # Law 83/2025/QH15 amends it
        ("vice_chairs_within_limit", dt.date(2026, 3, 14), False),
        ("vice_chairs_within_limit", dt.date(2026, 3, 15), True),
        ("duplicate_identifiers", dt.date(1990, 1, 1), True),
    ],
)
def test_each_check_applies_on_its_dates(name: str, day: dt.date, applies: bool) -> None:
    assert _spec(name).applies_on(day) is applies


def test_since_and_until_narrow_the_dates() -> None:
    spec = _spec("closed_sittings_decided")
    narrowed = CheckSpec(
        spec.function,
        spec.codes,
        spec.rests_on,
        since=dt.date(2020, 1, 1),
        until=dt.date(2025, 1, 31),
    )
    assert narrowed.describe_dates() == "2020-01-01 – 2025-01-31"
    assert not narrowed.applies_on(dt.date(2019, 12, 31))
    assert narrowed.applies_on(dt.date(2020, 1, 1))
    assert not narrowed.applies_on(dt.date(2025, 2, 1))
    assert CheckSpec(spec.function, spec.codes).describe_dates() == "any day"
    until = CheckSpec(spec.function, spec.codes, until=dt.date(2020, 1, 1))
    assert until.describe_dates() == "until 2020-01-01"


# --- the first session: the law of the term's election day --------------------------------


@pytest.mark.parametrize(
    ("term", "opening", "late"),
    [
        pytest.param("2011-2016", "2011-08-01", False, id="elected-before-law-77"),
        pytest.param("2016-2021", "2016-08-01", True, id="elected-under-law-77"),
    ],
)
def test_a_first_session_is_judged_under_the_law_of_election_day(
    term: str, opening: str, late: bool
) -> None:
    data = {
        "councils": [_council(term)],
        "sessions": [
            {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": opening}
        ],
    }
    found = _found(data, "first-session-late", dt.date(2021, 1, 1))
    assert found == ([("first-session-late", "error")] if late else [])
