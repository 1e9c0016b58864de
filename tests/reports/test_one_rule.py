"""The reports and the checks apply the same law-layer rule to every vote and election.

On the synthetic data of one province (its council and communes, with their elections and
sessions), with some records broken on purpose — outcomes flipped in the minutes, turnouts
cut to 40 % in general elections and in re-runs — the session report and the vote check
agree on every vote, and the election report and the election checks on every election.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

import pytest

from hdnd import Dataset, validate
from hdnd.elections.election import ElectionKind
from hdnd.reports.elections import constituency_results
from hdnd.reports.sessions import vote_margins
from hdnd.testing.synthetic import national_dataset

AS_OF = dt.date(2026, 11, 1)
_HELD_AGAIN = "phải tổ chức lại"


@pytest.fixture(scope="module")
def clean() -> Dataset:
    return national_dataset(seed=0, provinces=("12",))


@pytest.fixture(scope="module")
def broken(clean: Dataset) -> Dataset:
    data: dict[str, Any] = clean.model_dump(mode="json", exclude_none=True)
    for number, vote in enumerate(data["votes"]):
        if number % 5 == 0:
            vote["passed"] = not vote["passed"]
    for number, election in enumerate(data["elections"]):
        if number % 3 == 0:  # 40 % of the voters on the list
            election["voters_on_list"] = math.ceil(election["voted"] * 5 / 2)
            if number % 2 == 0:
                election["kind"] = ElectionKind.RERUN.value
    return Dataset.model_validate(data)


def _findings(dataset: Dataset, code: str) -> set[str]:
    return {f.record for f in validate(dataset, as_of=AS_OF, codes=[code])}


@pytest.mark.parametrize("which", ["clean", "broken"])
def test_the_vote_report_and_the_check_agree(which: str, request: pytest.FixtureRequest) -> None:
    dataset: Dataset = request.getfixturevalue(which)
    judged = 0
    differs: set[str] = set()
    for council in dataset.councils:
        report = vote_margins(dataset, council.id)
        typed = {f"votes/{vote}" for vote in report.differs}
        for row in report.rows():
            assert row["passed"] is not None  # every synthetic vote has a threshold and a base
            judged += 1
            if row["passed"] != row["recorded"]:
                differs.add(f"votes/{row['vote']}")
                assert f"votes/{row['vote']}" in typed
            assert report.outcomes[row["vote"]].margin == row["margin"]
    assert judged == len(dataset.votes) > 100
    assert differs == _findings(dataset, "vote-outcome-wrong")
    assert bool(differs) is (which == "broken")


@pytest.mark.parametrize("which", ["clean", "broken"])
def test_the_election_report_and_the_checks_agree(
    which: str, request: pytest.FixtureRequest
) -> None:
    dataset: Dataset = request.getfixturevalue(which)
    held_again: set[str] = set()
    wrong_winners: set[str] = set()
    for election in dataset.elections:
        report = constituency_results(dataset, election.id)
        rows = report.rows()
        by_law = {r["candidate"] for r in rows if r["elected"]}
        assert by_law == set(election.count().elected)
        if _HELD_AGAIN in report.render("vi"):
            held_again.add(f"elections/{election.id}")
        if by_law != set(election.elected or ()):
            wrong_winners.add(f"elections/{election.id}")
    assert held_again == _findings(dataset, "election-turnout-invalid")
    assert wrong_winners == _findings(dataset, "winner-without-majority")
    assert bool(held_again) is bool(wrong_winners) is (which == "broken")


def test_a_rerun_with_a_low_turnout_stands(broken: Dataset) -> None:
    reruns = [e for e in broken.elections if e.kind is ElectionKind.RERUN]
    assert reruns
    for election in reruns:
        assert election.turnout is not None
        assert election.turnout <= 0.5
        rows = constituency_results(broken, election.id).rows()
        assert {r["candidate"] for r in rows if r["elected"]} == set(election.elected or ())
