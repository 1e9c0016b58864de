"""Confidence checks (Resolution 85/2014/QH13 until 30 June 2023, 96/2023/QH15 from 1 July).

Both sides of each rule — due and rated, due and not rated, exempt and rated, a consequence
followed by a vote and not — and of 1 July 2023, where the base of the outcome and the levels
rated change.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, validate

MISSING = "confidence-rating-missing"
EXEMPT = "confidence-rating-of-exempt"
FOLLOWED = "confidence-consequence-not-followed"
LATER = dt.date(2025, 1, 15)
COUNCIL = {"id": "c", "unit": "92", "term": "2021-2026"}
COMMUNE = {"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "92"}


def _found(code: str, as_of: dt.date = LATER, **collections: Any) -> list[Any]:
    dataset = Dataset.model_validate({"councils": [COUNCIL], **collections})
    return list(validate(dataset, as_of=as_of, codes=[code]))


def _office(person: str, start: str = "2021-06-25", **fields: Any) -> dict[str, Any]:
    post = fields.pop("post", "peoples-committee-vice-chair")
    return {"person": person, "council": "c", "post": post, "start": start, **fields}


def _rating(person: str, day: str = "2023-12-08", low: int = 0, **fields: Any) -> dict[str, Any]:
    counts = {"ballots": 50, "high": 50 - low, "confidence": 0, "low": low}
    posts = ["peoples-committee-vice-chair"]
    record = {"id": f"lp-{person}", "council": "c", "day": day, "person": person, "posts": posts}
    return record | counts | fields


# --- confidence-rating-missing -----------------------------------------------------------


def test_a_holder_due_a_rating_without_one_is_an_error() -> None:
    offices = [_office("a"), _office("b")]
    found = _found(MISSING, offices=offices, confidence_ratings=[_rating("a")])
    assert [f.params["person"] for f in found] == ["b"]
    finding = found[0]
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("councils/c", "confidence_ratings")
    assert finding.params["day"] == dt.date(2023, 12, 8)
    assert finding.citation.render("en") == "Resolution 96/2023/QH15, Art. 2(2)"
    rated = [_rating("a"), _rating("b")]
    assert _found(MISSING, offices=offices, confidence_ratings=rated) == []


def test_no_rating_recorded_says_nothing() -> None:
    assert _found(MISSING, offices=[_office("a"), _office("b")]) == []


def test_a_rating_of_another_year_does_not_count() -> None:
    offices = [_office("a"), _office("b")]
    ratings = [_rating("a"), _rating("b", day="2022-12-08")]
    found = _found(MISSING, offices=offices, confidence_ratings=ratings)
    assert [(f.params["person"], f.params["day"]) for f in found] == [
        ("a", dt.date(2022, 12, 8)),
        ("b", dt.date(2023, 12, 8)),
    ]


def test_the_exempt_are_not_missing() -> None:
    offices = [
        _office("a"),
        _office("new", start="2023-03-01"),
        _office("old", retirement_notice="2023-10-01"),
    ]
    assert _found(MISSING, offices=offices, confidence_ratings=[_rating("a")]) == []


def test_ratings_after_as_of_are_not_counted() -> None:
    offices = [_office("a"), _office("b")]
    ratings = [_rating("a")]
    assert _found(MISSING, dt.date(2023, 12, 7), offices=offices, confidence_ratings=ratings) == []


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        pytest.param("2023-06-30", ["b"], id="85-2014-communes-rated"),
        pytest.param("2023-07-01", [], id="96-2023-communes-not-rated"),
    ],
)
def test_commune_councils_on_both_sides_of_1_july_2023(day: str, expected: list[str]) -> None:
    council = {"id": "c", "unit": "99001", "term": "2021-2026"}
    dataset = Dataset.model_validate(
        {
            "units": [COMMUNE],
            "councils": [council],
            "offices": [_office("a"), _office("b")],
            "confidence_ratings": [_rating("a", day=day)],
        }
    )
    found = list(validate(dataset, as_of=LATER, codes=[MISSING]))
    assert [f.params["person"] for f in found] == expected
    # Law 87/2015 names no level: the levels rated are unverified, a warning
    assert all(f.severity is Severity.WARNING for f in found)


def test_before_2015_nothing_is_judged() -> None:
    offices = [_office("a", start="2011-06-25"), _office("b", start="2011-06-25")]
    ratings = [_rating("a", day="2013-12-08")]
    assert _found(MISSING, offices=offices, confidence_ratings=ratings) == []


# --- confidence-rating-of-exempt ---------------------------------------------------------


@pytest.mark.parametrize(
    ("office", "exempt"),
    [
        pytest.param(_office("p", start="2023-03-01"), True, id="elected-in-the-year"),
        pytest.param(_office("p", start="2022-12-31"), False, id="elected-the-year-before"),
        pytest.param(_office("p", retirement_notice="2023-12-08"), True, id="notice-that-day"),
        pytest.param(_office("p", retirement_notice="2023-12-09"), False, id="notice-after"),
    ],
)
def test_a_rating_of_an_exempt_person_is_a_warning(office: dict[str, Any], exempt: bool) -> None:
    found = _found(EXEMPT, offices=[office], confidence_ratings=[_rating("p")])
    assert len(found) == int(exempt)
    if exempt:
        finding = found[0]
        assert finding.severity is Severity.WARNING
        assert (finding.record, finding.field) == ("confidence_ratings/lp-p", "person")
        assert finding.params["day"] == dt.date(2023, 12, 8)
        assert finding.citation.render("en") == "Resolution 96/2023/QH15, Art. 2(5)"


@pytest.mark.parametrize(
    ("day", "instrument"),
    [
        pytest.param("2023-06-30", "85/2014/QH13", id="85-2014"),
        pytest.param("2023-07-01", "96/2023/QH15", id="96-2023"),
    ],
)
def test_exemptions_on_both_sides_of_1_july_2023(day: str, instrument: str) -> None:
    offices = [_office("p", start="2023-03-01")]
    found = _found(EXEMPT, offices=offices, confidence_ratings=[_rating("p", day=day)])
    assert [f.citation.number for f in found] == [instrument]
    assert found[0].params["exemption"].value == "elected-or-appointed-in-the-year"


# --- confidence-consequence-not-followed -------------------------------------------------


def _session(id: str, number: int, opening: str, closing: str) -> dict[str, Any]:
    return {
        "id": id,
        "council": "c",
        "number": number,
        "kind": "regular",
        "opening": opening,
        "closing": closing,
    }


SESSIONS = [
    _session("k6", 6, "2023-06-28", "2023-06-30"),
    _session("k7", 7, "2023-12-06", "2023-12-08"),
    _session("k8", 8, "2024-07-10", "2024-07-12"),
]


def _vote(person: str = "p", **fields: Any) -> dict[str, Any]:
    return {
        "id": f"bp-{person}",
        "council": "c",
        "day": "2024-07-11",
        "person": person,
        "posts": ["peoples-committee-vice-chair"],
        "ballots": 50,
        "confidence": 30,
        "no_confidence": 20,
    } | fields


def _consequences(rating: dict[str, Any], as_of: dt.date = LATER, **collections: Any) -> list[Any]:
    collections.setdefault("offices", [_office("p")])
    collections.setdefault("sessions", SESSIONS)
    return _found(FOLLOWED, as_of, confidence_ratings=[rating], **collections)


def test_a_may_resign_rating_without_a_vote_is_a_warning() -> None:
    found = _consequences(_rating("p", low=30))
    assert len(found) == 1
    finding = found[0]
    assert finding.severity is Severity.WARNING
    assert finding.record == "confidence_ratings/lp-p"
    assert finding.params["outcome"].value == "may-resign"
    assert (finding.params["session"], finding.params["opening"]) == ("k8", dt.date(2024, 7, 10))
    assert finding.citation.render("en") == "Resolution 96/2023/QH15, Art. 13(2)"


@pytest.mark.parametrize(
    "vote",
    [
        pytest.param(_vote(), id="at-the-next-session-by-day"),
        pytest.param(_vote(session="k8", day="2024-07-11"), id="at-the-next-session"),
        pytest.param(_vote(session="k7", day="2023-12-08"), id="at-the-same-session"),
    ],
)
def test_a_vote_follows_the_rating(vote: dict[str, Any]) -> None:
    assert _consequences(_rating("p", low=30), confidence_votes=[vote]) == []


def test_a_vote_of_another_person_does_not_count() -> None:
    offices = [_office("p"), _office("q")]
    found = _consequences(_rating("p", low=30), offices=offices, confidence_votes=[_vote("q")])
    assert len(found) == 1


@pytest.mark.parametrize(
    ("low", "expected"),
    [
        pytest.param(25, 0, id="half-no-consequence"),
        pytest.param(26, 1, id="over-half-may-resign"),
        pytest.param(33, 1, id="under-two-thirds"),
        pytest.param(34, 0, id="two-thirds-dismissal"),
    ],
)
def test_only_outcomes_leading_to_a_vote_count(low: int, expected: int) -> None:
    assert len(_consequences(_rating("p", low=low))) == expected


def test_judged_only_after_the_next_session_opens() -> None:
    rating = _rating("p", low=30)
    assert _consequences(rating, dt.date(2024, 7, 10)) == []
    assert len(_consequences(rating, dt.date(2024, 7, 11))) == 1


def test_without_a_next_regular_session_nothing_is_judged() -> None:
    assert _consequences(_rating("p", low=30), sessions=SESSIONS[:2]) == []


def test_a_person_who_resigned_is_not_voted_on() -> None:
    resigned = [_office("p", end="2024-01-10")]
    assert _consequences(_rating("p", low=30), offices=resigned) == []
    still = [_office("p", end="2024-07-10")]
    assert len(_consequences(_rating("p", low=30), offices=still)) == 1


@pytest.mark.parametrize(
    ("day", "low", "expected"),
    [
        # 85/2014: against 60 delegates; 31 "low" allows resignation only, 40 sends to a vote
        pytest.param("2023-06-30", 31, None, id="85-2014-may-resign-no-vote"),
        pytest.param("2023-06-30", 40, "Law 87/2015/QH13, Art. 63(3)", id="85-2014-vote"),
        # 96/2023: against 50 ballots; 31 "low" leads to a vote if the person stays
        pytest.param("2023-07-01", 31, "Resolution 96/2023/QH15, Art. 13(2)", id="96-2023"),
        pytest.param("2023-07-01", 40, None, id="96-2023-dismissal"),
    ],
)
def test_consequences_on_both_sides_of_1_july_2023(
    day: str, low: int, expected: str | None
) -> None:
    rating = _rating("p", day=day, low=low, delegates=60)
    found = _consequences(rating)
    assert [f.citation.render("en") for f in found] == ([expected] if expected else [])
    if found:
        assert found[0].params["session"] == "k7"
