from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd.delegates.delegate import Gender
from hdnd.elections.election import Candidate, Election, ElectionKind, election_law
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.elections.elections2025 import ElectionLaw2025

D = dt.date


def _candidate(cid: str, votes: int, born: str = "1975-01-01", **changes: Any) -> dict[str, Any]:
    return {"id": cid, "name": f"Ứng cử viên {cid}", "birth_date": born, "votes": votes, **changes}


def _election(**changes: Any) -> Election:
    data: dict[str, Any] = {
        "id": "e1",
        "council": "c",
        "day": "2026-03-15",
        "seats": 2,
        "voters_on_list": 10_000,
        "voted": 9_800,
        "valid_ballots": 9_700,
        "candidates": [
            _candidate("a", 8_000, "1975-04-01"),
            _candidate("b", 6_000, "1980-09-02"),
            _candidate("c", 4_000, "1970-01-01"),
        ],
    }
    return Election.model_validate({**data, **changes})


# --- records -------------------------------------------------------------------------------


def test_a_candidate() -> None:
    candidate = Candidate.model_validate(
        _candidate("a", 12, gender="female", delegate="db-1", name="  Lê Thị Bình ")
    )
    assert candidate.name == "Lê Thị Bình"
    assert candidate.birth_date == D(1975, 1, 1)
    assert candidate.votes == 12
    assert candidate.gender is Gender.FEMALE
    assert candidate.delegate == "db-1"
    plain = Candidate.model_validate(_candidate("b", 0))
    assert plain.gender is None
    assert plain.delegate is None


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""},
        {"votes": -1},
        {"votes": "12"},
        {"votes": True},
        {"birth_date": 19750101},
        {"gender": "f"},
        {"party": True},
    ],
)
def test_invalid_candidates(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Candidate.model_validate({**_candidate("a", 1), **changes})


def test_an_election() -> None:
    election = _election()
    assert election.day == D(2026, 3, 15)
    assert election.kind is ElectionKind.GENERAL
    assert election.constituency is None
    assert election.elected is None
    assert [c.id for c in election.candidates] == ["a", "b", "c"]
    assert election.turnout == Fraction(49, 50)
    assert election.candidate("b") is election.candidates[1]
    assert election.candidate("z") is None
    full = _election(constituency="3", kind="by-election", elected=["a", "b"])
    assert full.constituency == "3"
    assert full.kind is ElectionKind.BY_ELECTION
    assert full.elected == ("a", "b")


def test_election_kinds() -> None:
    assert [k.value for k in ElectionKind] == ["general", "supplementary", "rerun", "by-election"]
    assert ElectionKind.BY_ELECTION.label("vi") == "Bầu cử bổ sung"
    assert ElectionKind.SUPPLEMENTARY.label("vi") == "Bầu cử thêm"
    assert all(k.label("en") != k.label("vi") for k in ElectionKind)


def test_an_empty_voter_list_has_no_turnout() -> None:
    assert _election(voters_on_list=0, voted=0, valid_ballots=0, candidates=[]).turnout is None


def test_counts_may_equal_their_bounds() -> None:
    election = _election(voters_on_list=100, voted=100, valid_ballots=100, candidates=[])
    assert election.turnout == 1
    assert _election(candidates=[_candidate("a", 9_700)]).candidate("a") is not None


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"voted": 10_001}, r"voted \(10001\) exceeds voters_on_list \(10000\)"),
        ({"valid_ballots": 9_801}, r"valid_ballots \(9801\) exceeds voted \(9800\)"),
        (
            {"candidates": [_candidate("a", 1), _candidate("a", 2)]},
            "two candidates share an id",
        ),
        (
            {"candidates": [_candidate("a", 9_701), _candidate("b", 1)]},
            r"candidates \['a'\] have more votes than there are valid ballots",
        ),
        ({"elected": ["a", "x", "w"]}, r"elected names candidates not on the list: \['w', 'x'\]"),
        ({"elected": ["a", "a"]}, r"elected names a candidate twice: \['a', 'a'\]"),
    ],
)
def test_inconsistent_elections(changes: dict[str, Any], message: str) -> None:
    with pytest.raises(ValidationError, match=message):
        _election(**changes)


@pytest.mark.parametrize(
    "changes",
    [
        {"seats": 0},
        {"seats": "2"},
        {"seats": True},
        {"voters_on_list": -1},
        {"voted": 9_800.0},
        {"day": 20260315},
        {"kind": "recall"},
        {"elected": "a"},
        {"winners": ["a"]},
        {"id": ""},
    ],
)
def test_invalid_elections(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _election(**changes)


def test_required_fields() -> None:
    with pytest.raises(ValidationError) as caught:
        Election.model_validate({})
    assert {e["loc"][0] for e in caught.value.errors()} == {
        "id",
        "council",
        "day",
        "seats",
        "voters_on_list",
        "voted",
        "valid_ballots",
    }


# --- the law in force ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "law", "number"),
    [
        (D(2016, 5, 22), ElectionLaw2015, "85/2015/QH13"),
        (D(2021, 5, 23), ElectionLaw2015, "85/2015/QH13"),
        (D(2025, 6, 30), ElectionLaw2015, "85/2015/QH13"),
        (D(2025, 7, 1), ElectionLaw2025, "83/2025/QH15"),
        (D(2026, 3, 15), ElectionLaw2025, "83/2025/QH15"),
    ],
)
def test_the_law_switches_on_1_july_2025(day: dt.date, law: type[ElectionLaw], number: str) -> None:
    found = election_law(day)
    assert type(found) is law
    assert found is not None
    assert found.number == number
    election = _election(day=day.isoformat())
    assert type(election.law()) is law


def test_no_law_before_2015() -> None:
    assert election_law(D(2011, 5, 22)) is None
    election = _election(day="2011-05-22")
    assert election.law() is None
    with pytest.raises(LookupError, match="no election law is encoded for 2011-05-22"):
        election.count()
    # A law given explicitly still counts it.
    assert election.count(ElectionLaw2015(D(2016, 5, 22))).elected == ("a", "b")


def test_both_laws_count_alike() -> None:
    before, after = _election(day="2025-06-29"), _election(day="2025-07-06")
    assert before.count() == after.count()
    assert after.count(ElectionLaw2015(D(2025, 6, 29))) == after.count()


# --- the count -----------------------------------------------------------------------------


def test_the_docstring_example() -> None:
    result = _election().count()
    assert result.elected == ("a", "b")
    assert result.seats == 2
    assert result.resolved
    assert result.unfilled == 0


def test_most_votes_first_whatever_the_list_order() -> None:
    election = _election(
        candidates=[_candidate("low", 5_000), _candidate("top", 9_000), _candidate("mid", 7_000)]
    )
    assert election.count().elected == ("top", "mid")


def test_a_tie_at_the_cut_off_goes_to_the_older_candidate() -> None:
    election = _election(
        candidates=[
            _candidate("a", 8_000, "1975-04-01"),
            _candidate("young", 6_000, "1990-01-01"),
            _candidate("old", 6_000, "1965-01-01"),
        ]
    )
    result = election.count()
    assert result.elected == ("a", "old")
    assert result.by_age == ("old",)
    assert result.tied == ()


def test_a_tie_on_votes_and_birth_date_is_left_open() -> None:
    election = _election(
        candidates=[
            _candidate("a", 8_000, "1975-04-01"),
            _candidate("x", 6_000, "1980-01-01"),
            _candidate("y", 6_000, "1980-01-01"),
        ]
    )
    result = election.count()
    assert result.elected == ("a",)
    assert result.tied == ("x", "y")
    assert result.tied_seats == 1
    assert not result.resolved
    assert result.unfilled == 0


def test_a_tie_with_seats_for_everyone_needs_no_age() -> None:
    election = _election(
        seats=3,
        candidates=[
            _candidate("a", 8_000),
            _candidate("b", 6_000, "1990-01-01"),
            _candidate("c", 6_000, "1960-01-01"),
            _candidate("d", 1_000),
        ],
    )
    result = election.count()
    assert result.elected == ("a", "c", "b")  # equal votes: the older first
    assert result.by_age == ()


def test_no_majority_leaves_seats_unfilled() -> None:
    # 4,850 is exactly half of 9,700 valid ballots: not more than half.
    election = _election(
        candidates=[_candidate("a", 4_851), _candidate("b", 4_850), _candidate("c", 4_000)]
    )
    result = election.count()
    assert result.elected == ("a",)
    assert result.unfilled == 1
    nobody = _election(candidates=[_candidate("b", 4_850), _candidate("c", 4_000)]).count()
    assert nobody.elected == ()
    assert nobody.unfilled == 2


def test_more_qualified_than_seats() -> None:
    election = _election(
        valid_ballots=9_700,
        candidates=[
            _candidate("a", 9_000),
            _candidate("b", 8_000),
            _candidate("c", 7_000),
            _candidate("d", 6_000),
            _candidate("e", 1_000),
        ],
    )
    assert election.count().elected == ("a", "b")
    assert _election(seats=3, candidates=election.candidates).count().elected == ("a", "b", "c")


def test_no_candidates_elects_nobody() -> None:
    result = _election(candidates=[]).count()
    assert result.elected == ()
    assert result.unfilled == 2


@pytest.mark.parametrize(
    ("voted", "kind", "elected"),
    [
        (5_001, "general", ("a", "b")),
        (5_000, "general", ()),  # exactly half did not vote: held again
        (4_000, "supplementary", ()),
        (4_000, "by-election", ()),
        (4_000, "rerun", ("a", "b")),  # a re-run's result stands whatever the turnout
    ],
)
def test_turnout_not_above_half_elects_nobody(
    voted: int, kind: str, elected: tuple[str, ...]
) -> None:
    election = _election(
        voted=voted,
        valid_ballots=4_000,
        kind=kind,
        candidates=[_candidate("a", 3_000), _candidate("b", 2_500), _candidate("c", 100)],
    )
    result = election.count()
    assert result.elected == elected
    assert result.seats == 2


def test_announced_winners_are_kept_as_given() -> None:
    # The record may announce winners the count does not give; checks compare the two.
    election = _election(elected=["c"])
    assert election.elected == ("c",)
    assert election.count().elected == ("a", "b")
