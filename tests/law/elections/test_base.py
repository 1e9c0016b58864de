from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law.elections.base import (
    CandidateResult,
    ElectionResult,
    ElectionStep,
    add_months,
    cite_election_law,
)
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.elections.elections2025 import ElectionLaw2025

_LAW = ElectionLaw2025()
_OLD = dt.date(1960, 1, 1)
_MIDDLE = dt.date(1970, 1, 1)
_YOUNG = dt.date(1980, 1, 1)


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (dt.date(2024, 1, 15), 18, dt.date(2025, 7, 15)),
        (dt.date(2024, 8, 31), 18, dt.date(2026, 2, 28)),  # no 31 February
        (dt.date(2023, 12, 31), 2, dt.date(2024, 2, 29)),  # leap year
        (dt.date(2025, 3, 1), 0, dt.date(2025, 3, 1)),
    ],
)
def test_add_months(day: dt.date, months: int, expected: dt.date) -> None:
    assert add_months(day, months) == expected


def test_citations_name_the_election_law() -> None:
    assert cite_election_law(78, 4).render("vi") == "Luật 85/2015/QH13, Điều 78, khoản 4"


def test_every_step_has_a_distinct_label() -> None:
    labels = [step.label("vi") for step in ElectionStep]
    assert len(set(labels)) == len(labels) == 16


@pytest.mark.parametrize(
    ("day", "ok"),
    [(dt.date(2026, 3, 14), False), (dt.date(2026, 3, 15), True), (dt.date(2026, 3, 16), False)],
)
def test_election_day_is_a_sunday(day: dt.date, ok: bool) -> None:
    if ok:
        assert _LAW.check_election_day(day) == day
    else:
        with pytest.raises(ValueError, match="must be a Sunday"):
            _LAW.check_election_day(day)
        with pytest.raises(ValueError, match="must be a Sunday"):
            _LAW.timetable(day)


def test_election_day_is_a_date() -> None:
    with pytest.raises(TypeError, match=r"datetime\.date"):
        _LAW.check_election_day(dt.datetime(2026, 3, 15, 7, 0))


def test_the_timetable_is_in_date_order() -> None:
    days = list(_LAW.timetable(dt.date(2026, 3, 15)).values())
    assert days == sorted(days)
    assert len(days) == len(ElectionStep)


@pytest.mark.parametrize(
    ("seats", "minimum"), [(1, 2), (2, 3), (3, 5), (4, 7), (5, 8)]
)  # Art. 58(3): +1 for one or two seats, +2 for three, +3 for four or more
def test_minimum_candidates(seats: int, minimum: int) -> None:
    assert _LAW.minimum_candidates(seats) == minimum


@pytest.mark.parametrize("seats", [0, 6, -1, True])
def test_minimum_candidates_outside_one_to_five_seats(seats: int) -> None:
    with pytest.raises(ValueError, match=r"seats|at most 5"):
        _LAW.minimum_candidates(seats)


@pytest.mark.parametrize(
    ("voted", "voters", "valid"),
    [(500, 1_000, False), (501, 1_000, True), (499, 999, False), (500, 999, True), (0, 0, False)],
)
def test_turnout_must_exceed_half_of_the_voters_on_the_list(
    voted: int, voters: int, valid: bool
) -> None:
    assert _LAW.election_valid(voted, voters) is valid
    assert _LAW.rerun_needed(voted, voters) is not valid
    assert _LAW.rerun_needed(voted, voters, rerun=True) is False  # a re-run's result stands


def test_turnout_cannot_exceed_the_list() -> None:
    with pytest.raises(ValueError, match="cannot exceed"):
        _LAW.election_valid(1_001, 1_000)


@pytest.mark.parametrize(
    ("votes", "valid_ballots", "elected"),
    [(500, 1_000, False), (501, 1_000, True), (499, 999, False), (500, 999, True)],
)
def test_a_winner_needs_more_than_half_of_the_valid_ballots(
    votes: int, valid_ballots: int, elected: bool
) -> None:
    result = _LAW.winners([("a", votes, _MIDDLE)], seats=1, valid_ballots=valid_ballots)
    assert result.elected == (("a",) if elected else ())
    assert result.unfilled == (0 if elected else 1)


def test_the_most_votes_win_when_more_qualify_than_seats() -> None:
    results = [
        CandidateResult("a", 600, _YOUNG),
        CandidateResult("b", 900, _YOUNG),
        CandidateResult("c", 700, _YOUNG),
        CandidateResult("d", 400, _OLD),  # below the majority
    ]
    result = _LAW.winners(results, seats=2, valid_ballots=1_000)
    assert result == ElectionResult(2, ("b", "c"))
    assert result.resolved
    assert result.unfilled == 0


def test_a_tie_at_the_cut_off_goes_to_the_older_candidate() -> None:
    results = [("a", 900, _YOUNG), ("b", 700, _YOUNG), ("c", 700, _OLD)]
    result = _LAW.winners(results, seats=2, valid_ballots=1_000)
    assert result.elected == ("a", "c")
    assert result.by_age == ("c",)
    assert result.resolved


def test_a_tie_between_candidates_born_the_same_day_is_left_open() -> None:
    results = [("a", 900, _YOUNG), ("b", 700, _MIDDLE), ("c", 700, _MIDDLE), ("d", 700, _MIDDLE)]
    result = _LAW.winners(results, seats=3, valid_ballots=1_000)
    assert result.elected == ("a",)
    assert result.tied == ("b", "c", "d")
    assert result.tied_seats == 2
    assert not result.resolved
    assert result.unfilled == 0


def test_an_older_candidate_wins_before_a_same_day_tie_is_reached() -> None:
    results = [("a", 900, _YOUNG), ("b", 700, _OLD), ("c", 700, _MIDDLE), ("d", 700, _MIDDLE)]
    result = _LAW.winners(results, seats=2, valid_ballots=1_000)
    assert result.elected == ("a", "b")
    assert result.by_age == ("b",)
    assert result.resolved


def test_same_day_candidates_who_fit_the_remaining_seats_are_all_elected() -> None:
    results = [("a", 900, _YOUNG), ("b", 700, _YOUNG), ("c", 700, _MIDDLE), ("d", 700, _MIDDLE)]
    result = _LAW.winners(results, seats=3, valid_ballots=1_000)
    assert result.elected == ("a", "c", "d")
    assert result.by_age == ("c", "d")
    assert result.resolved


def test_equal_votes_that_all_fit_need_no_tie_break() -> None:
    results = [("a", 700, _YOUNG), ("b", 700, _OLD), ("c", 600, _OLD)]
    result = _LAW.winners(results, seats=3, valid_ballots=1_000)
    assert result.elected == ("b", "a", "c")
    assert result.by_age == ()


@pytest.mark.parametrize(
    ("results", "message"),
    [
        ([("a", 600, _YOUNG), ("a", 700, _OLD)], "appears twice"),
        ([("a", 1_001, _YOUNG)], "more than the 1000 valid ballots"),
        ([("a", -1, _YOUNG)], "whole number"),
        ([("a", True, _YOUNG)], "whole number"),
        ([("a", 600, dt.datetime(1970, 1, 1))], "date of birth"),
        ([("a", 600, "1970-01-01")], "date of birth"),
    ],
)
def test_bad_results(results: list[tuple[str, int, dt.date]], message: str) -> None:
    with pytest.raises(ValueError, match=message):
        _LAW.winners(results, seats=1, valid_ballots=1_000)


@pytest.mark.parametrize(("seats", "ballots"), [(0, 1_000), (1, -1), (True, 1_000)])
def test_bad_counts(seats: int, ballots: int) -> None:
    with pytest.raises(ValueError, match=r"seats|valid_ballots"):
        _LAW.winners([], seats=seats, valid_ballots=ballots)


@pytest.mark.parametrize(
    ("elected", "seats", "needed"),
    [(1, 3, True), (2, 3, False), (2, 4, True), (3, 4, False), (3, 5, True), (4, 5, False)],
)
def test_a_second_round_when_fewer_than_two_thirds_are_elected(
    elected: int, seats: int, needed: bool
) -> None:
    assert _LAW.supplementary_needed(elected, seats) is needed


def test_more_elected_than_seats() -> None:
    with pytest.raises(ValueError, match="cannot exceed"):
        _LAW.supplementary_needed(4, 3)


_TERM_END = dt.date(2031, 4, 29)


@pytest.mark.parametrize(
    ("on", "in_office", "allowed"),
    [
        (dt.date(2029, 10, 28), 19, True),  # 11 of 30 missing (> 1/3); 18 months and a day
        (dt.date(2029, 10, 28), 20, False),  # 10 of 30 missing: exactly a third
        (dt.date(2029, 10, 29), 19, False),  # exactly 18 months left
    ],
)
def test_by_election_needs_time_and_a_shortfall(on: dt.date, in_office: int, allowed: bool) -> None:
    assert (
        _LAW.by_election_allowed(
            on=on, term_end=_TERM_END, in_office=in_office, elected_at_start=30
        )
        is allowed
    )


@pytest.mark.parametrize(("in_office", "allowed"), [(19, True), (20, False)])
def test_by_election_in_a_new_unit_below_two_thirds_of_its_seats(
    in_office: int, allowed: bool
) -> None:
    on = dt.date(2026, 9, 6)
    assert (
        _LAW.by_election_allowed(on=on, term_end=_TERM_END, in_office=in_office, statutory_seats=30)
        is allowed
    )


def test_by_election_needs_a_test_to_apply() -> None:
    with pytest.raises(ValueError, match="elected_at_start"):
        _LAW.by_election_allowed(on=dt.date(2027, 1, 3), term_end=_TERM_END, in_office=20)


def test_both_laws_share_the_mechanics() -> None:
    assert isinstance(_LAW, ElectionLaw2015)
    assert ElectionLaw2025.WINNER_MAJORITY is ElectionLaw2015.WINNER_MAJORITY
