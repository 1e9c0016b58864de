"""The result of a constituency's count: who won, who is tied, and whether it is held again.

:meth:`hdnd.law.elections.base.ElectionLaw.count` returns an :class:`ElectionResult`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import NamedTuple

import attrs

__all__ = ["CandidateResult", "ElectionResult"]


class CandidateResult(NamedTuple):
    """One candidate's result in a constituency (any ``(id, votes, born)`` tuple will do)."""

    candidate: str
    """The candidate's identifier."""
    votes: int
    """Votes received."""
    born: dt.date
    """Date of birth (ties at the cut-off go to the older candidate)."""


@attrs.frozen
class ElectionResult:
    """Who won the seats of a constituency, and what the law leaves open.

    The count never picks silently: when candidates with equal votes *and* the same date of
    birth compete for the last seats, they are listed in :attr:`tied`, with the number of
    seats they compete for in :attr:`tied_seats`, and none of them is in :attr:`elected`.

    Attributes:
        seats: Seats of the constituency.
        elected: The winners, most votes first (older first on equal votes).
        by_age: Winners who won a tie at the cut-off by being older (a subset of *elected*).
        tied: Candidates still tied for the last seats (same votes, same date of birth).
        tied_seats: The seats those candidates compete for.
        held_again: Whether the election elects nobody and must be held again (turnout not
            above half of the voters, in an election that is not itself the re-run).
    """

    seats: int
    elected: tuple[str, ...]
    by_age: tuple[str, ...] = ()
    tied: tuple[str, ...] = ()
    tied_seats: int = 0
    held_again: bool = False

    @property
    def resolved(self) -> bool:
        """Whether the law decides every seat (no unresolved tie)."""
        return not self.tied

    @property
    def unfilled(self) -> int:
        """Seats no candidate won outright and no tie covers: too few reached a majority."""
        return self.seats - len(self.elected) - self.tied_seats


def _count(name: str, value: object, *, minimum: int = 0) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        msg = f"{name} must be a whole number of at least {minimum}, not {value!r}"
        raise ValueError(msg)
    return value


def _results(rows: Iterable[tuple[str, int, dt.date]], valid_ballots: int) -> list[CandidateResult]:
    results: list[CandidateResult] = []
    for row in rows:
        candidate, votes, born = row
        if not isinstance(born, dt.date) or isinstance(born, dt.datetime):
            msg = f"the date of birth of {candidate!r} must be a datetime.date, not {born!r}"
            raise ValueError(msg)
        if _count(f"votes of {candidate!r}", votes) > valid_ballots:
            msg = f"{candidate!r} has {votes} votes, more than the {valid_ballots} valid ballots"
            raise ValueError(msg)
        results.append(CandidateResult(str(candidate), votes, born))
    ids = [r.candidate for r in results]
    if len(ids) != len(set(ids)):
        msg = f"a candidate appears twice in the results: {sorted(ids)}"
        raise ValueError(msg)
    return results
