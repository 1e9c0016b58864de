from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest

from hdnd import Dataset, Severity, load_example, validate
from hdnd.validation import CheckContext
from hdnd.validation.checks.elections import turnout_valid

DAY_2026 = "2026-03-15"
DAY_2021 = "2021-05-23"
AS_OF = dt.date(2026, 6, 1)


def _candidates(*votes: int, born: str = "1980-01-01") -> list[dict[str, Any]]:
    return [
        {"id": f"k{i}", "name": f"Người {i}", "birth_date": born, "votes": v}
        for i, v in enumerate(votes)
    ]


def _election(**fields: Any) -> dict[str, Any]:
    election: dict[str, Any] = {
        "id": "e",
        "council": "c",
        "day": DAY_2026,
        "constituency": "1",
        "seats": 1,
        "voters_on_list": 1_000,
        "voted": 900,
        "valid_ballots": 900,
        "candidates": _candidates(600, 300),
    }
    election.update(fields)
    return election


def _dataset(*elections: dict[str, Any], **council: Any) -> Dataset:
    return Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031", **council}],
            "elections": list(elections),
        }
    )


def _codes(dataset: Dataset, code: str, as_of: dt.date = AS_OF) -> list[tuple[str, str | None]]:
    return [(f.record, f.field) for f in validate(dataset, as_of=as_of, codes=[code])]


# --- constituency-seats-over-limit ---------------------------------------------------------


@pytest.mark.parametrize(("seats", "over"), [(4, False), (5, False), (6, True)])
def test_a_constituency_elects_at_most_five(seats: int, over: bool) -> None:
    dataset = _dataset(constituencies=[{"id": "1", "seats": seats}, {"id": "2", "seats": 3}])
    found = _codes(dataset, "constituency-seats-over-limit")
    assert found == ([("councils/c", "constituencies.0.seats")] if over else [])


def test_constituency_seats_over_limit_details() -> None:
    dataset = _dataset(constituencies=[{"id": "7", "seats": 6}])
    (finding,) = validate(dataset, as_of=AS_OF, codes=["constituency-seats-over-limit"])
    assert finding.severity is Severity.ERROR
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 85/2015/QH13, Art. 10(4)"
    assert finding.message("vi") == (
        "Đơn vị bầu cử 7 của c bầu 6 đại biểu, vượt số tối đa 5 đại biểu một đơn vị bầu cử."
    )
    assert finding.message("en") == (
        "Constituency 7 of c elects 6 delegates, more than the maximum of 5 per constituency."
    )


@pytest.mark.parametrize(("seats", "over"), [(5, False), (6, True)])
def test_an_election_of_more_than_five_seats(seats: int, over: bool) -> None:
    candidates = _candidates(*([600] * (seats + 3)))
    dataset = _dataset(_election(seats=seats, candidates=candidates))
    found = _codes(dataset, "constituency-seats-over-limit")
    assert found == ([("elections/e", "seats")] if over else [])
    # the list is not judged against a margin the law does not give
    assert _codes(dataset, "candidate-list-too-short") == []


def test_constituencies_of_a_term_without_an_election_law_are_not_checked() -> None:
    council = {
        "id": "c",
        "unit": "92",
        "term": "2011-2016",
        "constituencies": [{"id": "1", "seats": 9}],
    }
    dataset = Dataset.model_validate({"councils": [council]})
    assert _codes(dataset, "constituency-seats-over-limit", dt.date(2012, 1, 1)) == []


# --- candidate-list-too-short --------------------------------------------------------------


@pytest.mark.parametrize(("seats", "minimum"), [(1, 2), (2, 3), (3, 5), (4, 7), (5, 8)], ids=str)
def test_the_list_needs_the_margin_of_the_law(seats: int, minimum: int) -> None:
    short = _dataset(_election(seats=seats, candidates=_candidates(*([600] * (minimum - 1)))))
    enough = _dataset(_election(seats=seats, candidates=_candidates(*([600] * minimum))))
    assert _codes(short, "candidate-list-too-short") == [("elections/e", "candidates")]
    assert _codes(enough, "candidate-list-too-short") == []


def test_candidate_list_too_short_details() -> None:
    dataset = _dataset(_election(seats=3, candidates=_candidates(600, 600, 600, 600)))
    (finding,) = validate(dataset, as_of=AS_OF, codes=["candidate-list-too-short"])
    assert finding.severity is Severity.ERROR
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 85/2015/QH13, Art. 58(3)"
    assert dict(finding.params) == {"election": "e", "candidates": 4, "seats": 3, "minimum": 5}
    assert finding.message("vi") == (
        "Danh sách người ứng cử của e có 4 người cho 3 đại biểu được bầu;"
        " luật đòi hỏi ít nhất 5 người."
    )
    assert finding.message("en") == (
        "The candidate list of e has 4 names for 3 seats; the law requires at least 5."
    )


@pytest.mark.parametrize(
    ("fields", "reported"),
    [
        pytest.param({"kind": "supplementary"}, False, id="supplementary-round"),
        pytest.param({"kind": "rerun"}, True, id="rerun"),
        pytest.param({"kind": "by-election"}, True, id="by-election"),
        pytest.param({"candidates": []}, False, id="no-list-recorded"),
        pytest.param({"day": "2011-05-22"}, False, id="no-law-encoded"),
    ],
)
def test_which_elections_have_their_list_checked(fields: dict[str, Any], reported: bool) -> None:
    election = _election(**{"candidates": _candidates(600), **fields})
    found = _codes(_dataset(election), "candidate-list-too-short")
    assert found == ([("elections/e", "candidates")] if reported else [])


# --- election-turnout-invalid --------------------------------------------------------------


@pytest.mark.parametrize(
    ("voted", "voters", "invalid"),
    [(500, 1_000, True), (501, 1_000, False), (50, 101, True), (51, 101, False), (0, 0, True)],
)
def test_turnout_must_exceed_half(voted: int, voters: int, invalid: bool) -> None:
    election = _election(voters_on_list=voters, voted=voted, valid_ballots=voted, candidates=[])
    found = _codes(_dataset(election), "election-turnout-invalid")
    assert found == ([("elections/e", "voted")] if invalid else [])


def test_election_turnout_invalid_details() -> None:
    election = _election(voted=400, valid_ballots=400, candidates=_candidates(300, 100))
    (finding,) = validate(_dataset(election), as_of=AS_OF, codes=["election-turnout-invalid"])
    assert finding.severity is Severity.ERROR
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 85/2015/QH13, Art. 78(1)"
    assert finding.message("vi") == (
        "Tại e ngày 15/03/2026, 400 trên 1.000 cử tri trong danh sách đã bỏ phiếu (40,00%),"
        " không quá một nửa; phải tổ chức bầu cử lại."
    )
    assert finding.message("en") == (
        "In e on Mar 15, 2026, 400 of the 1,000 voters on the list voted (40.00%),"
        " not more than half; the election must be held again."
    )


def test_a_rerun_is_accepted_whatever_its_turnout() -> None:
    rerun = _election(kind="rerun", voted=400, valid_ballots=400, candidates=[])
    assert _codes(_dataset(rerun), "election-turnout-invalid") == []


def test_an_election_followed_by_its_rerun_is_not_reported() -> None:
    first = _election(voted=400, valid_ballots=400, candidates=[])
    rerun = _election(id="e2", day="2026-03-22", kind="rerun", candidates=[])
    assert _codes(_dataset(first, rerun), "election-turnout-invalid") == []
    other = _election(id="e2", day="2026-03-22", kind="rerun", constituency="2", candidates=[])
    assert _codes(_dataset(first, other), "election-turnout-invalid") == [("elections/e", "voted")]


def test_the_check_function_alone() -> None:
    election = _election(voted=500, valid_ballots=500, candidates=[])
    context = CheckContext(_dataset(election), AS_OF)
    assert [f.params["turnout"] for f in turnout_valid(context)] == [Fraction(1, 2)]


# --- winner-without-majority ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("votes", "elected", "wrong"),
    [
        pytest.param((451, 449), ["k0"], False, id="more-than-half"),
        pytest.param((450, 450), ["k0"], True, id="exactly-half-is-not-enough"),
        pytest.param((450, 450), [], False, id="nobody-has-a-majority"),
        pytest.param((600, 300), ["k1"], True, id="the-loser-announced"),
        pytest.param((600, 300), [], True, id="the-winner-left-out"),
    ],
)
def test_the_announced_winners_follow_the_count(
    votes: tuple[int, int], elected: list[str], wrong: bool
) -> None:
    election = _election(candidates=_candidates(*votes), elected=elected)
    found = _codes(_dataset(election), "winner-without-majority")
    assert found == ([("elections/e", "elected")] if wrong else [])


def test_winners_beyond_the_seats() -> None:
    election = _election(seats=1, candidates=_candidates(700, 600, 100), elected=["k0", "k1"])
    (finding,) = validate(_dataset(election), as_of=AS_OF, codes=["winner-without-majority"])
    assert finding.severity is Severity.ERROR
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 85/2015/QH13, Art. 78(2)"
    assert finding.message("vi") == (
        "e công bố trúng cử: k0, k1; theo luật (quá nửa số phiếu hợp lệ, không quá số đại biểu"
        " được bầu) người trúng cử là: k0."
    )
    assert finding.message("en") == (
        "e announced as elected: k0, k1; under the law (more than half of the valid ballots,"
        " within the seats) the winners are: k0."
    )


def test_a_tie_goes_to_the_older_candidate() -> None:
    candidates = [
        {"id": "young", "name": "A", "birth_date": "1990-01-01", "votes": 600},
        {"id": "old", "name": "B", "birth_date": "1960-01-01", "votes": 600},
    ]
    right = _election(candidates=candidates, elected=["old"])
    wrong = _election(candidates=candidates, elected=["young"])
    assert _codes(_dataset(right), "winner-without-majority") == []
    assert _codes(_dataset(wrong), "winner-without-majority") == [("elections/e", "elected")]


def test_an_open_tie_accepts_either_candidate_but_not_both() -> None:
    candidates = _candidates(600, 600)  # same votes, same date of birth: the law does not say
    for elected, wrong in ((["k0"], False), (["k1"], False), (["k0", "k1"], True)):
        election = _election(candidates=candidates, elected=elected)
        found = _codes(_dataset(election), "winner-without-majority")
        assert found == ([("elections/e", "elected")] if wrong else []), elected


def test_no_announced_winners_nothing_to_compare() -> None:
    assert _codes(_dataset(_election()), "winner-without-majority") == []


# --- by-election-not-allowed ---------------------------------------------------------------


def _by_election_dataset(serving: int, day: str) -> Dataset:
    delegates = [
        {"id": f"d{i}", "name": "Lò Văn A", "mandates": [{"council": "c", "start": "2021-06-25"}]}
        for i in range(serving)
    ]
    council: dict[str, Any] = {
        "id": "c",
        "unit": "92",
        "term": "2021-2026",
        "declared_seats": 30,
    }
    by_election = _election(day=day, kind="by-election")
    return Dataset.model_validate(
        {"councils": [council], "delegates": delegates, "elections": [by_election]}
    )


# Term 2021-2026 ends on 2026-04-29: more than 18 months are left before 2024-10-29.
@pytest.mark.parametrize(
    ("serving", "day", "allowed"),
    [
        pytest.param(19, "2023-03-05", True, id="11-of-30-missing"),
        pytest.param(20, "2023-03-05", False, id="exactly-a-third-missing"),
        pytest.param(19, "2024-10-27", True, id="18-months-and-2-days-left"),
        pytest.param(19, "2024-11-03", False, id="less-than-18-months-left"),
    ],
)
def test_by_election_conditions(serving: int, day: str, allowed: bool) -> None:
    found = _codes(_by_election_dataset(serving, day), "by-election-not-allowed")
    assert found == ([] if allowed else [("elections/e", "kind")])


def test_by_election_not_allowed_details() -> None:
    dataset = _by_election_dataset(25, "2023-03-05")
    (finding,) = validate(dataset, as_of=AS_OF, codes=["by-election-not-allowed"])
    assert finding.severity is Severity.ERROR
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 85/2015/QH13, Art. 89"
    assert finding.message("en") == (
        "The by-election e on Mar 5, 2023 to c is not allowed: the council has 25 of 30"
        " delegates and its term ends on Apr 29, 2026; it needs more than 18 months left and"
        " more than a third of its delegates missing."
    )
    assert finding.message("vi").startswith("Bầu cử bổ sung e ngày 05/03/2023 tại c")


def test_a_merged_council_below_two_thirds_of_its_seats_may_hold_one() -> None:
    # A commune of 10,000 has 15 seats (Law 72/2025/QH15 Art. 30(2)(b)); two thirds is 10.
    # With 12 declared, 9 serving is 3 missing (not more than a third of 12), but a council
    # formed by merger with fewer than two thirds of its statutory seats may hold one.
    unit = {"code": "99001", "name": "Xã Mẫu", "kind": "commune", "population": 10_000}
    council = {
        "id": "c",
        "unit": "99001",
        "term": "2026-2031",
        "first_session": "2026-04-20",
        "declared_seats": 12,
    }
    for serving, merged, allowed in ((9, True, True), (10, True, False), (9, False, False)):
        delegates = [
            {
                "id": f"d{i}",
                "name": "Lò Văn A",
                "mandates": [{"council": "c", "start": "2026-04-20"}],
            }
            for i in range(serving)
        ]
        dataset = Dataset.model_validate(
            {
                "units": [unit],
                "councils": [{**council, "formed_from": ["old"] if merged else []}],
                "delegates": delegates,
                "elections": [_election(day="2027-03-07", kind="by-election")],
            }
        )
        found = _codes(dataset, "by-election-not-allowed")
        assert found == ([] if allowed else [("elections/e", "kind")]), (serving, merged)


def test_by_election_on_a_council_without_delegates_is_not_checked() -> None:
    assert _codes(_by_election_dataset(0, "2023-03-05"), "by-election-not-allowed") == []


def test_a_term_without_end_lasts_five_years_from_its_first_session() -> None:
    delegates = [
        {"id": f"d{i}", "name": "Lò Văn A", "mandates": [{"council": "c", "start": "2026-04-20"}]}
        for i in range(10)
    ]
    base = {"id": "c", "unit": "92", "term": "2026-2031", "declared_seats": 30}
    for day, allowed in (("2029-10-14", True), ("2029-10-21", False)):
        dataset = Dataset.model_validate(
            {
                "councils": [{**base, "first_session": "2026-04-20"}],
                "delegates": delegates,
                "elections": [_election(day=day, kind="by-election")],
            }
        )
        found = _codes(dataset, "by-election-not-allowed")
        assert found == ([] if allowed else [("elections/e", "kind")]), day


# --- delegate-under-age ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("born", "under"),
    [
        pytest.param("2005-03-15", False, id="21-on-election-day"),
        pytest.param("2005-03-16", True, id="21-the-day-after"),
        pytest.param("1960-01-01", False, id="older"),
    ],
)
def test_a_delegate_is_21_on_election_day(born: str, under: bool) -> None:
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
            "delegates": [
                {
                    "id": "d",
                    "name": "Lê Thị Hoa",
                    "birth_date": born,
                    "mandates": [{"council": "c", "start": "2026-04-20"}],
                }
            ],
        }
    )
    found = _codes(dataset, "delegate-under-age")
    assert found == ([("delegates/d", "mandates.0")] if under else [])


def test_delegate_under_age_details() -> None:
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2021-2026"}],
            "delegates": [
                {
                    "id": "d",
                    "name": "Lê Thị Hoa",
                    "birth_date": "2000-06-01",
                    "mandates": [{"council": "c", "start": "2021-06-25"}],
                }
            ],
        }
    )
    (finding,) = validate(dataset, as_of=AS_OF, codes=["delegate-under-age"])
    assert finding.severity is Severity.ERROR
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 85/2015/QH13, Art. 2"
    assert finding.message("vi") == (
        "Lê Thị Hoa sinh ngày 01/06/2000, đến ngày bầu cử 23/05/2021 mới 20 tuổi,"
        " chưa đủ 21 tuổi để ứng cử."
    )
    assert finding.message("en") == (
        "Lê Thị Hoa, born on Jun 1, 2000, was 20 on election day, May 23, 2021:"
        " under the minimum age of 21 to stand."
    )


def test_the_election_record_of_the_mandate_gives_the_day() -> None:
    # Elected in a by-election on 2028-03-05: 21 by then, though not on 2026-03-15.
    by_election = _election(day="2028-03-05", kind="by-election", candidates=[])
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
            "delegates": [
                {
                    "id": "d",
                    "name": "Lê Thị Hoa",
                    "birth_date": "2006-01-01",
                    "mandates": [{"council": "c", "start": "2028-04-01", "election": "e"}],
                }
            ],
            "elections": [by_election],
        }
    )
    assert _codes(dataset, "delegate-under-age") == []


def test_a_candidate_under_21() -> None:
    candidates = [
        {"id": "a", "name": "Trần Văn An", "birth_date": "2005-03-16", "votes": 600},
        {"id": "b", "name": "Lê Văn Bình", "birth_date": "2005-03-15", "votes": 300},
    ]
    dataset = _dataset(_election(candidates=candidates))
    assert _codes(dataset, "delegate-under-age") == [("elections/e", "candidates.0.birth_date")]


def test_no_birth_date_no_finding() -> None:
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
            "delegates": [
                {"id": "d", "name": "A", "mandates": [{"council": "c", "start": "2026-04-20"}]}
            ],
        }
    )
    assert _codes(dataset, "delegate-under-age") == []


def test_the_synthetic_council_is_silent() -> None:
    codes = [
        "constituency-seats-over-limit",
        "candidate-list-too-short",
        "election-turnout-invalid",
        "winner-without-majority",
        "by-election-not-allowed",
        "delegate-under-age",
    ]
    assert list(validate(load_example("synthetic-council"), as_of=AS_OF, codes=codes)) == []
