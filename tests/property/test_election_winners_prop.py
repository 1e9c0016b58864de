"""Properties of the law-layer count of a constituency (``ElectionLaw.winners`` and ``count``)."""

from __future__ import annotations

import datetime as dt

from hypothesis import given
from hypothesis import strategies as st

from hdnd.law.elections.base import ElectionLaw
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.elections.elections2025 import ElectionLaw2025

_LAWS = st.sampled_from([ElectionLaw2015(), ElectionLaw2025()])
_BIRTHS = st.sampled_from([dt.date(1960, 1, 1), dt.date(1970, 6, 1), dt.date(1980, 12, 31)])

Rows = list[tuple[str, int, dt.date]]


@st.composite
def _constituencies(draw: st.DrawFn) -> tuple[Rows, int, int]:
    """Candidates (few distinct votes and births, so ties are common), seats, valid ballots."""
    valid = draw(st.integers(0, 60))
    count = draw(st.integers(0, 9))
    votes = st.integers(0, valid)
    rows = [(f"c{i}", draw(votes), draw(_BIRTHS)) for i in range(count)]
    return rows, draw(st.integers(1, 5)), valid


@given(_LAWS, _constituencies())
def test_winners_have_a_majority_and_fit_the_seats(
    law: ElectionLaw, constituency: tuple[Rows, int, int]
) -> None:
    rows, seats, valid = constituency
    result = law.winners(rows, seats, valid)
    votes = {cid: v for cid, v, _ in rows}
    assert all(2 * votes[c] > valid for c in (*result.elected, *result.tied))
    assert len(result.elected) + result.tied_seats <= seats
    assert result.unfilled >= 0
    assert set(result.by_age) <= set(result.elected)
    assert not set(result.tied) & set(result.elected)
    assert (len(result.tied) > result.tied_seats > 0) is bool(result.tied)


@given(_LAWS, _constituencies())
def test_nobody_left_out_beats_a_winner(
    law: ElectionLaw, constituency: tuple[Rows, int, int]
) -> None:
    rows, seats, valid = constituency
    result = law.winners(rows, seats, valid)
    chosen = set(result.elected) | set(result.tied)
    born = {cid: b for cid, _, b in rows}
    votes = {cid: v for cid, v, _ in rows}
    for loser in set(votes) - chosen:
        for winner in result.elected:
            assert (votes[winner], born[loser]) >= (votes[loser], born[winner])
    if result.unfilled:  # a seat stays empty only when every majority was used
        assert {c for c in votes if 2 * votes[c] > valid} <= chosen


@given(_LAWS, _constituencies(), st.randoms(use_true_random=False))
def test_the_order_of_the_list_does_not_matter(
    law: ElectionLaw, constituency: tuple[Rows, int, int], rng: object
) -> None:
    rows, seats, valid = constituency
    shuffled = list(rows)
    rng.shuffle(shuffled)  # type: ignore[attr-defined]
    first, second = law.winners(rows, seats, valid), law.winners(shuffled, seats, valid)
    assert set(first.elected) == set(second.elected)
    assert set(first.tied) == set(second.tied)
    assert first.tied_seats == second.tied_seats


@given(_LAWS, _constituencies(), st.integers(1, 10_000), st.data())
def test_count_applies_the_turnout_rule_unless_rerun(
    law: ElectionLaw, constituency: tuple[Rows, int, int], voters: int, data: st.DataObject
) -> None:
    rows, seats, valid = constituency
    voted = data.draw(st.integers(max(valid, 0), max(valid, voters)))
    voters = max(voters, voted)
    winners = law.winners(rows, seats, valid)
    general = law.count(rows, seats, valid, voted=voted, voters_on_list=voters)
    rerun = law.count(rows, seats, valid, voted=voted, voters_on_list=voters, rerun=True)
    assert rerun == winners
    if 2 * voted > voters:
        assert general == winners
    else:
        assert general.held_again
        assert general.elected == ()
        assert general.unfilled == seats
