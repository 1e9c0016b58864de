from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest

from hdnd import Dataset
from hdnd._core.period import Period
from hdnd.elections.election import ElectionKind
from hdnd.reports.elections import constituency_results, council_election_results


def _candidate(cid: str, votes: int, born: str = "1975-01-01") -> dict[str, Any]:
    return {"id": cid, "name": f"Người {cid.upper()}", "birth_date": born, "votes": votes}


ONE = {
    "id": "e1", "council": "c", "day": "2026-03-15", "constituency": "1", "seats": 2,
    "voters_on_list": 1000, "voted": 900, "valid_ballots": 800, "elected": ["a", "c"],
    "candidates": [
        _candidate("a", 500),
        _candidate("c", 450, "1975-04-01"),
        _candidate("d", 450, "1970-04-01"),  # older than c: wins the tie for the second seat
        _candidate("b", 300, "1980-09-02"),
    ],
}  # fmt: skip
TWO = {
    "id": "e2", "council": "c", "day": "2026-03-15", "constituency": "2", "seats": 1,
    "voters_on_list": 1000, "voted": 500, "valid_ballots": 500,
    "candidates": [_candidate("x", 400), _candidate("y", 100)],
}  # fmt: skip
THREE = {
    "id": "e3", "council": "c", "day": "2026-03-15", "constituency": "3", "seats": 2,
    "voters_on_list": 600, "voted": 540, "valid_ballots": 500, "elected": ["p"],
    "candidates": [_candidate("p", 300), _candidate("q", 260), _candidate("r", 260),
                   _candidate("s", 100)],
}  # fmt: skip
RERUN = {**TWO, "id": "e4", "day": "2026-03-22", "kind": "rerun", "voted": 600}


def _dataset(*elections: dict[str, Any]) -> Dataset:
    return Dataset.model_validate(
        {
            "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "population": 9000}],
            "councils": [
                {"id": "c", "unit": "99001", "term": "2026-2031",
                 "constituencies": [{"id": "1", "seats": 2, "name": "Đơn vị số 1 (thôn Trên)"},
                                    {"id": "2", "seats": 1}, {"id": "3", "seats": 2}]},
            ],
            "elections": list(elections),
        }
    )  # fmt: skip


def test_candidates_of_a_constituency() -> None:
    report = constituency_results(_dataset(ONE), "e1")
    rows = report.rows("en")
    assert [
        (r["candidate"], r["votes"], r["share"], r["elected"], r["announced"]) for r in rows
    ] == [
        ("a", 500, Fraction(5, 8), True, True),
        ("d", 450, Fraction(9, 16), True, False),
        ("c", 450, Fraction(9, 16), False, True),
        ("b", 300, Fraction(3, 8), False, False),
    ]
    assert [r["remark"] for r in rows] == [
        None,
        "The announced result differs from the result by law",
        "The announced result differs from the result by law",
        None,
    ]
    assert rows[0]["name"] == "Người A"
    assert report.heading() == "Kết quả bầu cử Đơn vị số 1 (thôn Trên)"
    assert report.render("vi").splitlines()[2] == (
        "Bầu cử theo nhiệm kỳ, ngày 15/03/2026: 2 đại biểu được bầu; 900/1.000 cử tri "
        "đã bỏ phiếu (90,00%), 800 phiếu hợp lệ"
    )
    assert report.render("en").splitlines()[2] == (
        "General election, Mar 15, 2026: 2 seats; 900 of 1,000 voters voted (90.00%), "
        "800 valid ballots"
    )


def test_winner_by_age_and_a_tie_the_law_leaves_open() -> None:
    by_age = {**ONE, "elected": ["a", "d"]}
    rows = constituency_results(_dataset(by_age), "e1").rows("en")
    assert rows[1]["remark"] == "Elected as the older of candidates with equal votes"
    assert rows[2]["remark"] is None
    tied = constituency_results(_dataset(THREE), "e3")
    # q and r: 260 of 500 valid ballots each (52%), same birth date, one seat left.
    rows = tied.rows("en")
    assert [(r["candidate"], r["elected"]) for r in rows] == [
        ("p", True), ("q", False), ("r", False), ("s", False),
    ]  # fmt: skip
    assert [r["remark"] for r in rows][1:3] == [
        "Equal votes and the same date of birth: the law does not decide"
    ] * 2
    assert [r["announced"] for r in rows] == [True, False, False, False]


def test_turnout_of_half_elects_nobody() -> None:
    report = constituency_results(_dataset(TWO), "e2")
    rows = report.rows()
    assert [(r["share"], r["elected"], r["announced"]) for r in rows] == [
        (Fraction(4, 5), False, None),
        (Fraction(1, 5), False, None),
    ]
    assert report.heading("en") == "Election results of Constituency no. 2"
    assert report.render("vi").endswith(
        "- Số cử tri đi bỏ phiếu không quá một nửa: cuộc bầu cử phải tổ chức lại."
    )


@pytest.mark.parametrize("voted", [400, 500, 501])
def test_a_rerun_stands_whatever_its_turnout(voted: int) -> None:
    low = {**RERUN, "voted": voted, "valid_ballots": 400, "elected": ["x"]}
    report = constituency_results(_dataset(low), "e4")
    assert [(r["candidate"], r["elected"], r["remark"]) for r in report.rows()] == [
        ("x", True, None),
        ("y", False, None),
    ]
    assert "phải tổ chức lại" not in report.render("vi")
    council = council_election_results(_dataset(low), "c", kind=ElectionKind.RERUN)
    assert [r["elected"] for r in council.rows()] == [1, 1]


def test_a_general_election_with_the_same_turnout_is_held_again() -> None:
    low = {**RERUN, "kind": "general", "voted": 400, "valid_ballots": 400}
    report = constituency_results(_dataset(low), "e4")
    assert [r["elected"] for r in report.rows()] == [False, False]
    assert "phải tổ chức lại" in report.render("vi")


def test_unfilled_seats_are_noted() -> None:
    few = {**TWO, "voted": 900, "valid_ballots": 900}  # x 400 of 900: no majority
    report = constituency_results(_dataset(few), "e2")
    assert [r["elected"] for r in report.rows()] == [False, False]
    assert report.render("en").endswith("- Seats without a winner: 1.")


def test_without_an_encoded_law_nobody_is_judged() -> None:
    old = {**ONE, "day": "2010-05-23"}
    report = constituency_results(_dataset(old), "e1")
    assert {r["elected"] for r in report.rows()} == {None}
    assert "hdnd does not encode the election law of election day." in report.render("en")


def test_unknown_election() -> None:
    with pytest.raises(KeyError, match="no election 'nope'"):
        constituency_results(_dataset(ONE), "nope")


def test_one_row_per_constituency_and_a_total() -> None:
    report = council_election_results(_dataset(ONE, TWO, THREE, RERUN), "c")
    rows = report.rows("en")
    assert [r["election"] for r in rows] == ["e1", "e2", "e3", None]
    assert [
        (r["seats"], r["voters"], r["voted"], r["turnout"], r["valid"], r["candidates"])
        for r in rows
    ] == [
        (2, 1000, 900, Fraction(9, 10), 800, 4),
        (1, 1000, 500, Fraction(1, 2), 500, 2),
        (2, 600, 540, Fraction(9, 10), 500, 4),
        (5, 2600, 1940, Fraction(97, 130), 1800, 10),
    ]
    assert [(r["elected"], r["announced"]) for r in rows] == [
        (2, 2), (0, None), (1, 1), (3, None),
    ]  # fmt: skip
    assert rows[-1]["constituency"] == "Total"
    assert rows[1]["constituency"] == "Constituency no. 2"
    assert rows[0]["kind"] == "General election"
    assert report.heading("en") == "Election results of HĐND xã Mẫu"


def test_other_kinds_of_election() -> None:
    dataset = _dataset(ONE, TWO, RERUN)
    reruns = council_election_results(dataset, "c", kind=ElectionKind.RERUN).rows()
    # The re-run: 600 of 1,000 voted, x has 400 of 500 valid ballots.
    assert [(r["election"], r["turnout"], r["elected"]) for r in reruns] == [
        ("e4", Fraction(3, 5), 1),
        (None, Fraction(3, 5), 1),
    ]
    every = council_election_results(dataset, "c", kind=None).rows()
    assert [r["election"] for r in every] == ["e1", "e2", "e4", None]


def test_a_council_without_elections() -> None:
    report = council_election_results(_dataset(), "c")
    assert report.rows() == []
    with pytest.raises(KeyError):
        council_election_results(_dataset(), "nowhere")


def test_typed_results_of_a_constituency() -> None:
    report = constituency_results(_dataset(ONE), "e1")
    assert (report.election, report.council, report.kind) == (
        "e1",
        "c",
        ElectionKind.GENERAL,
    )
    assert report.turnout == Fraction(9, 10)
    assert report.elected == ("a", "d")
    assert report.announced == ("a", "c")
    assert report.differs
    low = constituency_results(_dataset({**TWO, "voted": 400, "valid_ballots": 400}), "e2")
    assert low.result is not None
    assert low.result.held_again
    assert not low.differs  # nothing announced


def test_typed_results_of_a_council() -> None:
    report = council_election_results(_dataset(ONE, TWO, THREE, RERUN), "c", kind=None)
    assert list(report.results) == ["e1", "e2", "e3", "e4"]
    assert report.held_again == ("e2",)
    assert report.elected == 2 + 0 + 1 + 1
    assert report.render("en") == council_election_results(
        _dataset(ONE, TWO, THREE, RERUN), "c", kind=None
    ).render("en")


def test_council_results_by_date() -> None:
    data = _dataset(ONE, TWO, THREE, RERUN)
    before = council_election_results(data, "c", kind=None, as_of=dt.date(2026, 3, 21))
    assert list(before.results) == ["e1", "e2", "e3"]
    later = council_election_results(
        data, "c", kind=None, period=Period(start=dt.date(2026, 3, 16), end=dt.date(2026, 3, 31))
    )
    assert list(later.results) == ["e4"]
    assert [r["election"] for r in later.rows()] == ["e4", None]
