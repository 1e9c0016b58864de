"""The general election of a national council, and the delegates it elects."""

from __future__ import annotations

import random
from typing import NamedTuple

from hdnd.councils.council import Council
from hdnd.testing.synthetic.base import (
    _ELECTION_DAY,
    _FIRST_SESSION,
    _LEVEL_WEIGHTS,
    _LEVELS,
    _MINORITIES,
    _WORKPLACES,
    _election_law,
    _person,
    _Row,
)
from hdnd.units.unit import AdministrativeUnit


class _Elected(NamedTuple):
    elections: list[_Row]
    delegates: list[_Row]
    by_constituency: dict[str, list[_Row]]


def _votes(rng: random.Random, valid: int, seats: int, won: int, lost: int) -> list[int]:
    """Votes of *won* winners then *lost* others, most first, as :meth:`count` ranks them.

    Winners have more than half of the *valid* ballots, each fewer than the one before;
    the others have fewer than the last winner, and no majority when a seat stays empty.
    Together they use at most *seats* votes per ballot.
    """
    half = valid // 2
    winners = sorted(rng.sample(range(half + 1, half + 1 + valid * 2 // 5), won), reverse=True)
    cap = winners[-1] - 1 if won == seats else half
    left = max(0, int(valid * seats * rng.uniform(0.9, 1.0)) - sum(winners))
    others = [min(cap, int(left * rng.uniform(0.2, 1.0) / lost)) for _ in range(lost)]
    return winners + sorted(others, reverse=True)


def _elect(
    rng: random.Random,
    council: Council,
    unit: AdministrativeUnit,
    vacancies: int,
    minority_share: float,
) -> _Elected:
    law = _election_law()
    short = set(rng.sample([c.id for c in council.constituencies if c.seats > 1], vacancies))
    scale = 60_000 if unit.parent is None else 2_500
    elections: list[_Row] = []
    people: list[_Row] = []
    by_constituency: dict[str, list[_Row]] = {}
    for constituency in council.constituencies:
        seats = constituency.seats
        won = seats - (constituency.id in short)
        listed = law.minimum_candidates(seats) + rng.randint(0, 1)
        voters = rng.randint(seats * scale, seats * scale * 2)
        voted = int(voters * rng.uniform(0.9, 0.995))
        valid = voted - int(voted * rng.uniform(0.0, 0.02))
        election_id = f"bc-{unit.code}-2026-{constituency.id}"
        candidates: list[_Row] = []
        winners: list[_Row] = []
        for number, votes in enumerate(_votes(rng, valid, seats, won, listed - won), 1):
            name, gender, born = _person(rng)
            candidate: _Row = {
                "id": str(number),
                "name": name,
                "birth_date": born,
                "votes": votes,
                "gender": gender,
            }
            if number <= won:
                candidate["delegate"] = f"db-{unit.code}-{len(people) + number:03d}"
                minority = rng.random() < minority_share
                mandate = {
                    "council": council.id,
                    "start": _FIRST_SESSION,
                    "re_elected": rng.random() < 0.3,
                    "constituency": constituency.id,
                    "election": election_id,
                }
                winners.append(
                    {
                        "id": candidate["delegate"],
                        "name": name,
                        "gender": gender,
                        "birth_date": born,
                        "ethnicity": rng.choice(_MINORITIES) if minority else "Kinh",
                        "education": rng.choices(_LEVELS, cum_weights=_LEVEL_WEIGHTS)[0],
                        "party_member": rng.random() < 0.9,
                        "workplace": rng.choice(_WORKPLACES),
                        "mandates": [mandate],
                    }
                )
            candidates.append(candidate)
        result = law.count(
            [(c["id"], c["votes"], c["birth_date"]) for c in candidates],
            seats,
            valid,
            voted=voted,
            voters_on_list=voters,
        )
        if list(result.elected) != [c["id"] for c in candidates[:won]]:  # pragma: no cover
            msg = f"the votes drawn for {election_id} do not elect the delegates invented"
            raise AssertionError(msg)
        elections.append(
            {
                "id": election_id,
                "council": council.id,
                "day": _ELECTION_DAY,
                "constituency": constituency.id,
                "seats": seats,
                "voters_on_list": voters,
                "voted": voted,
                "valid_ballots": valid,
                "candidates": candidates,
                "elected": list(result.elected),
            }
        )
        people.extend(winners)
        by_constituency[constituency.id] = winners
    return _Elected(elections, people, by_constituency)
