"""Vote and document checks (issue 5)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, validate

_DAY = "2026-07-10"  # Law 72/2025/QH15 in force


def _dataset(
    votes: list[dict[str, Any]] | None = None,
    documents: list[dict[str, Any]] | None = None,
    sittings: list[dict[str, Any]] | None = None,
    delegates: int = 50,
) -> Dataset:
    return Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
            "delegates": [
                {
                    "id": f"d{n}",
                    "name": "Lê Thị Bình",
                    "mandates": [{"council": "c", "start": "2026-04-20"}],
                }
                for n in range(delegates)
            ],
            "sessions": [
                {"id": "k2", "council": "c", "number": 2, "kind": "regular", "opening": _DAY}
            ],
            "sittings": sittings or [{"id": "s1", "session": "k2", "day": _DAY}],
            "votes": votes or [],
            "documents": documents or [],
        }
    )


def _codes(dataset: Dataset, code: str) -> list[Any]:
    return list(validate(dataset, as_of=dt.date(2026, 12, 31), codes=[code]))


def _vote(**more: Any) -> dict[str, Any]:
    return {"id": "v1", "sitting": "s1", "in_favour": 40, **more}


# --- vote-tally-mismatch -------------------------------------------------------------------


@pytest.mark.parametrize(("against", "flagged"), [(10, False), (11, True)])
def test_tallies_may_not_exceed_the_membership(against: int, flagged: bool) -> None:
    assert bool(_codes(_dataset([_vote(against=against)]), "vote-tally-mismatch")) is flagged


def test_the_base_stated_in_the_minutes_wins() -> None:
    assert _codes(_dataset([_vote(against=11, base=52)]), "vote-tally-mismatch") == []


def test_individual_votes_must_agree_with_the_tallies() -> None:
    individual = [{"delegate": f"d{n}", "choice": "in-favour"} for n in range(39)]
    (finding,) = _codes(_dataset([_vote(individual=individual)]), "vote-tally-mismatch")
    assert finding.params["individual"] == "39/0/0"
    agreeing = [*individual, {"delegate": "d49", "choice": "in-favour"}]
    assert _codes(_dataset([_vote(individual=agreeing)]), "vote-tally-mismatch") == []


# --- vote-outcome-wrong --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("in_favour", "passed", "wrong"),
    [(25, True, True), (26, True, False), (25, False, False), (26, False, True)],
)
def test_resolution_needs_more_than_half_of_all_delegates(
    in_favour: int, passed: bool, wrong: bool
) -> None:
    found = _codes(_dataset([_vote(in_favour=in_favour, passed=passed)]), "vote-outcome-wrong")
    assert bool(found) is wrong
    if wrong:
        assert found[0].params["minimum"] == 26
        assert found[0].citation.number == "72/2025/QH15"


@pytest.mark.parametrize(("in_favour", "wrong"), [(33, True), (34, False)])
def test_recall_needs_two_thirds(in_favour: int, wrong: bool) -> None:
    vote = _vote(in_favour=in_favour, decision="recall", passed=True)
    assert bool(_codes(_dataset([vote]), "vote-outcome-wrong")) is wrong


def test_present_delegates_are_not_the_base() -> None:
    # 26 of 50 pass even if only 27 were present; 20 of 30 present do not.
    assert (
        _codes(_dataset([_vote(in_favour=26, against=1, passed=True)]), "vote-outcome-wrong") == []
    )
    assert _codes(_dataset([_vote(in_favour=20, passed=False)]), "vote-outcome-wrong") == []


def test_no_recorded_outcome_is_not_judged() -> None:
    assert _codes(_dataset([_vote(in_favour=1)]), "vote-outcome-wrong") == []


# --- resolution-without-vote, invalid-document-symbol --------------------------------------


def _doc(symbol: str = "76/NQ-HĐND", **more: Any) -> dict[str, Any]:
    return {"id": "nq", "council": "c", "symbol": symbol, "signed": _DAY, **more}


def test_resolution_without_vote() -> None:
    (finding,) = _codes(_dataset(documents=[_doc()]), "resolution-without-vote")
    assert finding.severity is Severity.WARNING
    missing = _dataset(documents=[_doc(vote="nope")])
    assert len(_codes(missing, "resolution-without-vote")) == 1
    voted = _dataset([_vote()], documents=[_doc(vote="v1")])
    assert _codes(voted, "resolution-without-vote") == []
    plan = _dataset(documents=[_doc("06/KH-HĐND")])
    assert _codes(plan, "resolution-without-vote") == []


@pytest.mark.parametrize(
    ("symbol", "invalid"), [("76/nq-hdnd", False), ("NQ-HĐND", True), ("???", True)]
)
def test_invalid_document_symbol(symbol: str, invalid: bool) -> None:
    assert bool(_codes(_dataset(documents=[_doc(symbol)]), "invalid-document-symbol")) is invalid


# --- closed-sitting-without-decision --------------------------------------------------------


@pytest.mark.parametrize(
    ("sitting", "flagged"),
    [
        ({"public": False}, True),
        ({"public": False, "closed_decision": "Hội đồng quyết định họp kín"}, False),
        ({"public": True}, False),
    ],
)
def test_closed_sitting_needs_a_decision(sitting: dict[str, Any], flagged: bool) -> None:
    sittings = [{"id": "s1", "session": "k2", "day": _DAY, **sitting}]
    found = _codes(_dataset(sittings=sittings), "closed-sitting-without-decision")
    assert bool(found) is flagged
    if flagged:
        assert found[0].citation.article == 34


def test_explanation_conclusions_are_not_measured_against_the_council() -> None:
    # The conclusions of an explanation sitting count standing-committee members.
    vote = _vote(in_favour=3, decision="explanation-conclusion", passed=True)
    assert _codes(_dataset([vote]), "vote-outcome-wrong") == []
    assert (
        _codes(
            _dataset([_vote(in_favour=60, decision="explanation-conclusion")]),
            "vote-tally-mismatch",
        )
        == []
    )
    # with a base stated (5 standing-committee members), more than half is 3
    stated = _vote(in_favour=2, decision="explanation-conclusion", passed=True, base=5)
    assert len(_codes(_dataset([stated]), "vote-outcome-wrong")) == 1
