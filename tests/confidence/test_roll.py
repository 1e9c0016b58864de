"""Who is due a rating: the posts the law rates, one rating for several posts, exemptions."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Office, Post, RatingExemption
from hdnd.confidence import ConfidenceRating, RatingDue, rated_on, rating_roll, roll_call
from hdnd.law.levels import Level

DAY = dt.date(2023, 12, 8)  # the rating of the 2021-2026 term


def _office(person: str, post: str, start: str = "2021-06-25", **more: Any) -> Office:
    return Office.model_validate(
        {"person": person, "council": "c", "post": post, "start": start, **more}
    )


def _roll(offices: list[Office], level: Level = Level.PROVINCE, day: dt.date = DAY) -> list[Any]:
    return [
        (due.person, [p.value for p in due.posts], [e.value for e in due.exemptions])
        for due in rating_roll(offices, "c", level, day)
    ]


@pytest.mark.parametrize(
    ("start", "rated"),
    [
        ("2022-12-31", True),  # the year before the rating
        ("2023-01-01", False),  # the year of the rating
        ("2023-12-08", False),  # the day itself
    ],
)
def test_elected_in_the_year_of_the_rating_is_exempt(start: str, rated: bool) -> None:
    offices = [_office("p", "vice-chair", start)]
    due = rating_roll(offices, "c", Level.PROVINCE, DAY)
    assert [d.rated for d in due] == [rated]
    expected = () if rated else (RatingExemption.ELECTED_IN_THE_YEAR,)
    assert due[0].exemptions == expected
    assert [d.person for d in rated_on(offices, "c", Level.PROVINCE, DAY)] == (
        ["p"] if rated else []
    )


@pytest.mark.parametrize(
    ("notice", "rated"),
    [
        ("2023-12-07", False),  # announced before the rating
        ("2023-12-08", False),  # on the day
        ("2023-12-09", True),  # after it: the person was rated
    ],
)
def test_an_announced_retirement_leave_exempts_from_its_day(notice: str, rated: bool) -> None:
    offices = [_office("p", "peoples-committee-member", retirement_notice=notice)]
    assert _roll(offices) == [
        ("p", ["peoples-committee-member"], [] if rated else ["retirement-leave-announced"])
    ]


def test_the_retirement_notice_on_any_office_of_the_person_counts() -> None:
    offices = [
        _office("p", "peoples-committee-member"),
        Office.model_validate(
            {"person": "p", "council": "other", "post": "agency-head", "start": "2021-06-25",
             "retirement_notice": "2023-10-01"}
        ),
    ]  # fmt: skip
    assert _roll(offices) == [("p", ["peoples-committee-member"], ["retirement-leave-announced"])]


def test_both_exemptions_are_named() -> None:
    offices = [_office("p", "chair", "2023-02-01", retirement_notice="2023-11-01")]
    assert _roll(offices) == [
        ("p", ["chair"], ["retirement-leave-announced", "elected-or-appointed-in-the-year"])
    ]


def test_one_rating_for_several_posts() -> None:
    offices = [
        _office("p", "peoples-committee-member"),
        _office("p", "peoples-committee-chair"),
        _office("p", "peoples-committee-chair"),  # recorded twice: one post
    ]
    due = rated_on(offices, "c", Level.PROVINCE, DAY)
    assert due == (RatingDue("p", (Post.PEOPLES_COMMITTEE_CHAIR, Post.PEOPLES_COMMITTEE_MEMBER)),)


def test_a_post_taken_in_the_year_is_left_out_of_a_rating_for_the_others() -> None:
    offices = [
        _office("p", "peoples-committee-member"),
        _office("p", "peoples-committee-vice-chair", "2023-04-01"),
    ]
    assert _roll(offices) == [("p", ["peoples-committee-member"], [])]


def test_only_the_posts_the_law_rates_held_that_day_on_that_council() -> None:
    offices = [
        _office("a", "committee-member", committee="legal-affairs"),
        _office("b", "group-leader", group="t1"),
        _office("c", "agency-head"),
        _office("d", "committee-head", committee="legal-affairs"),
        _office("e", "chair", end="2023-12-07", end_reason="moved"),  # left the day before
        Office.model_validate(
            {"person": "f", "council": "other", "post": "chair", "start": "2021-06-25"}
        ),
    ]
    assert _roll(offices) == [("d", ["committee-head"], [])]


def test_in_the_order_of_the_posts_then_by_person() -> None:
    offices = [
        _office("z", "peoples-committee-member"),
        _office("y", "peoples-committee-member"),
        _office("x", "vice-chair"),
        _office("w", "chair"),
    ]
    assert [person for person, _, _ in _roll(offices)] == ["w", "x", "y", "z"]


@pytest.mark.parametrize(
    ("level", "day", "rated"),
    [
        (Level.COMMUNE, DAY, False),  # Resolution 96/2023: provincial and district councils
        (Level.DISTRICT, DAY, True),
        (Level.COMMUNE, dt.date(2018, 12, 7), True),  # Resolution 85/2014 (unverified)
        (Level.DISTRICT, dt.date(2025, 12, 5), False),  # district councils ended in 2025
    ],
)
def test_the_levels_that_rate(level: Level, day: dt.date, rated: bool) -> None:
    offices = [_office("p", "chair", "2016-06-25")]
    assert bool(rated_on(offices, "c", level, day)) is rated


@pytest.mark.parametrize(
    ("day", "level", "rated"),
    [
        (dt.date(2023, 6, 30), Level.PROVINCE, True),  # Resolution 85/2014: the office chief
        (dt.date(2023, 7, 1), Level.PROVINCE, False),  # not listed by Resolution 96/2023
        (dt.date(2023, 6, 30), Level.DISTRICT, False),  # provincial councils only
    ],
)
def test_the_office_chief_on_either_side_of_1_july_2023(
    day: dt.date, level: Level, rated: bool
) -> None:
    offices = [_office("p", "office-chief")]
    assert bool(rated_on(offices, "c", level, day)) is rated


def test_nobody_before_hdnd_encodes_a_resolution() -> None:
    offices = [_office("p", "chair", "2011-06-25")]
    assert rating_roll(offices, "c", Level.PROVINCE, dt.date(2013, 12, 6)) == ()
    assert rating_roll(offices, "c", Level.PROVINCE, dt.date(2015, 7, 1)) != ()


def _rated(person: str, day: str) -> ConfidenceRating:
    return ConfidenceRating.model_validate(
        {
            "id": f"r-{person}",
            "council": "c",
            "day": day,
            "person": person,
            "posts": ["peoples-committee-member"],
            "ballots": 50,
            "high": 50,
            "confidence": 0,
            "low": 0,
        }
    )


def test_roll_call_compares_the_roll_on_the_first_day_with_the_ratings() -> None:
    offices = [
        _office("a", "peoples-committee-member"),
        _office("b", "peoples-committee-member"),
        _office("c", "peoples-committee-member", end="2023-12-08"),
        _office("n", "peoples-committee-member", "2023-02-01"),
    ]
    call = roll_call(
        offices, "c", Level.PROVINCE, [_rated("a", "2023-12-09"), _rated("a", "2023-12-08")]
    )
    assert call.day == DAY
    assert [due.person for due in call.unrated] == ["b", "c"]
    assert [(due.person, due.exemptions) for due in call.exempt] == [
        ("n", (RatingExemption.ELECTED_IN_THE_YEAR,))
    ]
    with pytest.raises(ValueError, match="at least one rating"):
        roll_call(offices, "c", Level.PROVINCE, [])
