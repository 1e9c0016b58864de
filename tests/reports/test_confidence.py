"""The confidence results of a council: hand-counted ratings on both sides of 1 July 2023."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest

from hdnd import (
    ConfidenceResults,
    Dataset,
    Period,
    UnknownCouncilError,
    confidence_results,
)
from hdnd.law.confidence.base import ConfidenceOutcome
from hdnd.law.thresholds import Base

NONE, RESIGN = ConfidenceOutcome.NONE, ConfidenceOutcome.MAY_RESIGN
VOTE, DISMISS = ConfidenceOutcome.CONFIDENCE_VOTE, ConfidenceOutcome.DISMISSAL_PROPOSAL

# Two terms of one provincial council (unit 92), 60 delegates each; one delegate of the
# second term leaves on 30 November 2023, so 59 serve at its rating.
COUNCILS = [
    {"id": "k15", "unit": "92", "term": "2016-2021"},
    {"id": "k16", "unit": "92", "term": "2021-2026"},
]


def _delegates() -> list[dict[str, Any]]:
    delegates = []
    for i in range(60):
        first = {"council": "k15", "start": "2016-05-22", "end": "2021-05-22"}
        second: dict[str, Any] = {"council": "k16", "start": "2021-05-23"}
        if i == 0:
            second |= {"end": "2023-11-30", "end_reason": "resigned"}
        delegates.append({"id": f"d{i}", "name": f"Đại biểu {i}", "mandates": [first, second]})
    return delegates


def _rating(
    rid: str, council: str, day: str, person: str, low: int, *, ballots: int, **more: Any
) -> dict[str, Any]:
    return {
        "id": rid,
        "council": council,
        "day": day,
        "person": person,
        "posts": more.pop("posts", ["peoples-committee-member"]),
        "ballots": ballots,
        "high": 0,
        "confidence": ballots - low,
        "low": low,
        **more,
    }


def _dataset(**collections: Any) -> Dataset:
    return Dataset.model_validate({"councils": COUNCILS, "delegates": _delegates(), **collections})


# --- each threshold, on each side, for each base -------------------------------------------


@pytest.mark.parametrize(
    ("day", "low", "outcome", "citation"),
    [
        # Resolution 85/2014 (Law 87/2015 Art. 63(3)): against the 60 delegates of the record
        ("2023-06-30", 29, NONE, "Law 87/2015/QH13, Art. 63(3)"),
        ("2023-06-30", 30, NONE, "Law 87/2015/QH13, Art. 63(3)"),
        ("2023-06-30", 31, RESIGN, "Law 87/2015/QH13, Art. 63(3)"),
        ("2023-06-30", 39, RESIGN, "Law 87/2015/QH13, Art. 63(3)"),
        ("2023-06-30", 40, VOTE, "Law 87/2015/QH13, Art. 63(3)"),
        ("2023-06-30", 41, VOTE, "Law 87/2015/QH13, Art. 63(3)"),
        # Resolution 96/2023: against the 51 ballots (half 25.5, two thirds 34)
        ("2023-07-01", 25, NONE, "Resolution 96/2023/QH15, Art. 12"),
        ("2023-07-01", 26, RESIGN, "Resolution 96/2023/QH15, Art. 12"),
        ("2023-07-01", 33, RESIGN, "Resolution 96/2023/QH15, Art. 12"),
        ("2023-07-01", 34, DISMISS, "Resolution 96/2023/QH15, Art. 12"),
        ("2023-07-01", 35, DISMISS, "Resolution 96/2023/QH15, Art. 12"),
    ],
)
def test_the_outcome_and_its_citation_on_both_sides_of_each_threshold(
    day: str, low: int, outcome: ConfidenceOutcome, citation: str
) -> None:
    ds = _dataset(confidence_ratings=[_rating("r", "k16", day, "p", low, ballots=51, delegates=60)])
    results = confidence_results(ds, "k16")
    (result,) = results.ratings
    assert result.outcome is outcome
    assert result.share == Fraction(low, 51 if day == "2023-07-01" else 60)
    assert result.other_share == Fraction(low, 60 if day == "2023-07-01" else 51)
    (row,) = results.rows("en")
    assert row["citation"] == citation
    assert row["share_of_ballots"] == Fraction(low, 51)
    assert row["share_of_delegates"] == Fraction(low, 60)


def test_the_same_counts_before_and_after_1_july_2023() -> None:
    ratings = [
        _rating("r2018", "k15", "2018-12-07", "p", 34, ballots=50, delegates=60),
        _rating("r2023", "k16", "2023-12-08", "p", 34, ballots=50, delegates=60),
    ]
    ds = _dataset(confidence_ratings=ratings)
    before, after = confidence_results(ds, "k15"), confidence_results(ds, "k16")
    assert [(r.base, r.share, r.outcome) for r in before.ratings] == [
        (Base.TOTAL_DELEGATES, Fraction(34, 60), RESIGN)
    ]
    assert [(r.base, r.share, r.outcome) for r in after.ratings] == [
        (Base.BALLOTS, Fraction(34, 50), DISMISS)
    ]
    assert [r.instrument for r in (*before.ratings, *after.ratings)] == [
        "85/2014/QH13",
        "96/2023/QH15",
    ]


def test_the_delegates_are_counted_from_mandates_where_the_record_gives_none() -> None:
    ratings = [
        _rating("a", "k16", "2023-06-30", "p", 30, ballots=50),  # 60 serve: half, no more
        _rating("b", "k16", "2023-12-01", "q", 30, ballots=50),  # 59 serve: more than half
    ]
    results = confidence_results(_dataset(confidence_ratings=ratings), "k16")
    assert [(r.delegates, r.share_of_delegates) for r in results.ratings] == [
        (60, Fraction(30, 60)),
        (59, Fraction(30, 59)),
    ]
    assert results.ratings[0].outcome is NONE  # Resolution 85/2014: 30 of 60 delegates
    assert results.ratings[1].outcome is RESIGN  # Resolution 96/2023: 30 of 50 ballots


def test_no_outcome_without_a_base() -> None:
    ds = Dataset.model_validate(
        {
            "councils": COUNCILS,
            "confidence_ratings": [_rating("r", "k16", "2023-06-30", "p", 31, ballots=50)],
        }
    )  # no delegates recorded, none in the rating
    results = confidence_results(ds, "k16")
    (result,) = results.ratings
    assert (result.delegates, result.outcome, result.rule) == (None, None, None)
    assert result.share is None
    assert result.share_of_ballots == Fraction(31, 50)
    (row,) = results.rows()
    assert row["outcome"] is None
    assert row["citation"] is None
    assert "Để trống hệ quả" in results.render("vi")


def test_the_notes_name_the_base_of_each_resolution_used() -> None:
    ratings = [
        _rating("r1", "k16", "2023-06-30", "p", 1, ballots=50, delegates=60),
        _rating("r2", "k16", "2023-07-01", "q", 1, ballots=50, delegates=60),
    ]
    text = confidence_results(_dataset(confidence_ratings=ratings), "k16").render("vi")
    assert (
        "Nghị quyết 85/2014/QH13: tổng số đại biểu; Nghị quyết 96/2023/QH15: tổng số phiếu" in text
    )
    assert "Điều 13, khoản 2" not in text  # no one may resign under Resolution 96/2023


def test_a_person_who_may_resign_under_resolution_96_2023_faces_a_vote() -> None:
    ratings = [_rating("r", "k16", "2023-12-08", "p", 26, ballots=50, delegates=60)]
    text = confidence_results(_dataset(confidence_ratings=ratings), "k16").render("vi")
    assert "Nghị quyết 96/2023/QH15, Điều 13, khoản 2" in text


# --- the votes that followed ---------------------------------------------------------------


def _vote(vid: str, day: str, person: str, against: int, **more: Any) -> dict[str, Any]:
    return {
        "id": vid,
        "council": "k15",
        "day": day,
        "person": person,
        "posts": ["peoples-committee-member"],
        "ballots": 58,
        "confidence": 58 - against,
        "no_confidence": against,
        **more,
    }


def test_the_vote_that_followed_each_rating() -> None:
    ds = _dataset(
        confidence_ratings=[
            _rating("r1", "k15", "2018-12-07", "p", 41, ballots=58, delegates=60),
            _rating("r2", "k15", "2018-12-07", "q", 41, ballots=58, delegates=60),
            _rating("r3", "k15", "2018-12-07", "s", 1, ballots=58, delegates=60),
        ],
        confidence_votes=[
            _vote("v0", "2018-07-10", "p", 10),  # before the rating: not its vote
            _vote("v1", "2019-07-12", "p", 31, trigger="rating-result", rating="r1"),
            _vote("v2", "2019-07-12", "q", 30),  # names no rating: the person's next vote
            _vote("v3", "2019-07-12", "s", 5, trigger="delegates-request", requesters=20),
        ],
    )
    results = confidence_results(ds, "k15")
    followed = {
        r.rating: (r.vote.vote, r.vote.outcome) if r.vote else None for r in results.ratings
    }
    assert followed == {"r1": ("v1", RESIGN), "r2": ("v2", NONE), "r3": None}
    assert [v.vote for v in results.votes] == ["v0", "v1", "v2", "v3"]
    rows = results.rows("vi")
    assert [(row["rating"], row["vote"]) for row in rows] == [
        ("r1", "v1"),
        ("r2", "v2"),
        ("r3", None),
        (None, "v0"),
        (None, "v3"),
    ]
    alone = rows[-1]
    assert (alone["person"], alone["day"], alone["ballots"], alone["no_confidence"]) == (
        "s",
        dt.date(2019, 7, 12),
        58,
        5,
    )
    assert alone["trigger"] == "Đại biểu Hội đồng nhân dân kiến nghị"
    assert alone["low"] is None
    assert alone["outcome"] is None


def test_the_result_of_a_vote_under_the_law_of_its_day() -> None:
    ds = _dataset(
        confidence_votes=[
            _vote("v1", "2023-06-30", "p", 31, council="k16"),  # 31 of 60 delegates
            _vote("v2", "2023-07-01", "q", 31, council="k16"),  # not encoded
        ]
    )
    votes = confidence_results(ds, "k16").votes
    assert [(v.base, v.share, v.outcome) for v in votes] == [
        (60, Fraction(31, 60), RESIGN),
        (None, None, None),
    ]
    assert votes[0].rule is not None
    assert votes[1].rule is None


# --- who was due a rating ------------------------------------------------------------------


def test_the_exempt_and_those_due_with_no_result_are_named() -> None:
    offices = [
        {"person": "d1", "council": "k16", "post": "chair", "start": "2021-06-25"},
        {"person": "d2", "council": "k16", "post": "vice-chair", "start": "2023-02-01"},
        {"person": "u1", "council": "k16", "post": "peoples-committee-chair",
         "start": "2021-06-25"},
        {"person": "u1", "council": "k16", "post": "peoples-committee-member",
         "start": "2021-06-25"},
        {"person": "u2", "council": "k16", "post": "peoples-committee-member",
         "start": "2021-06-25", "retirement_notice": "2023-11-01"},
    ]  # fmt: skip
    ratings = [
        _rating(
            "r1", "k16", "2023-12-08", "u1", 2, ballots=50, session="kh-7",
            posts=["peoples-committee-chair", "peoples-committee-member"],
        ),
        _rating("r2", "k16", "2023-12-09", "u9", 2, ballots=50, session="kh-7"),
    ]  # fmt: skip
    sessions = [
        {"id": "kh-7", "council": "k16", "number": 7, "kind": "regular", "opening": "2023-12-07"}
    ]
    results = confidence_results(
        _dataset(offices=offices, confidence_ratings=ratings, sessions=sessions), "k16"
    )
    assert {k: [e.value for e in v] for k, v in results.exempt.items()} == {
        "d2": ["elected-or-appointed-in-the-year"],
        "u2": ["retirement-leave-announced"],
    }
    assert results.unrated == ("d1",)
    assert list(results.by_person) == ["u1", "u9"]
    text = results.render("vi")
    assert "Không lấy phiếu: Đại biểu 2 (Được bầu, phê chuẩn, bổ nhiệm trong năm lấy phiếu)" in text
    assert "không có kết quả lấy phiếu: Đại biểu 1." in text


def test_no_roll_without_ratings_or_a_known_unit() -> None:
    offices = [{"person": "d1", "council": "k16", "post": "chair", "start": "2021-06-25"}]
    results = confidence_results(_dataset(offices=offices), "k16")
    assert (results.ratings, results.votes, dict(results.exempt), results.unrated) == (
        (),
        (),
        {},
        (),
    )
    ds = Dataset.model_validate(
        {
            "councils": [{"id": "x", "unit": "99999", "term": "2021-2026"}],
            "offices": [{"person": "d1", "council": "x", "post": "chair", "start": "2021-06-25"}],
            "confidence_ratings": [_rating("r", "x", "2023-12-08", "p", 1, ballots=50)],
        }
    )
    assert confidence_results(ds, "x").unrated == ()


# --- the signature -----------------------------------------------------------------------


def test_period_and_as_of() -> None:
    ratings = [
        _rating("r1", "k16", "2023-12-08", "p", 1, ballots=50),
        _rating("r2", "k16", "2024-12-06", "q", 1, ballots=50),
    ]
    ds = _dataset(confidence_ratings=ratings)
    assert [r.rating for r in confidence_results(ds, "k16").ratings] == ["r1", "r2"]
    in_2024 = confidence_results(ds, "k16", period=Period.year(2024))
    assert [r.rating for r in in_2024.ratings] == ["r2"]
    assert in_2024.period == Period.year(2024)
    early = confidence_results(ds, "k16", as_of=dt.date(2023, 12, 7))
    assert early.ratings == ()
    assert [
        r.rating for r in confidence_results(ds, "k16", as_of=dt.date(2023, 12, 8)).ratings
    ] == ["r1"]


def test_an_unknown_council() -> None:
    with pytest.raises(UnknownCouncilError):
        confidence_results(_dataset(), "k99")


def test_the_typed_result_renders_in_both_languages() -> None:
    ratings = [_rating("r", "k16", "2023-12-08", "d5", 26, ballots=50, delegates=60)]
    results = confidence_results(_dataset(confidence_ratings=ratings), "k16")
    assert isinstance(results, ConfidenceResults)
    assert results.council == "k16"
    vi, en = results.render("vi"), results.render("en")
    assert "Đại biểu 5" in vi
    assert "Ủy viên Ủy ban nhân dân" in vi
    assert "Member of the People's Committee" in en
    assert "may resign" in en
    assert "<table>" in results.render("vi", "html")
    (row,) = results.rows("vi")
    assert (row["ballots"], row["high"], row["confidence"], row["low"]) == (50, 0, 24, 26)
    assert row["base"] == "tổng số phiếu"
