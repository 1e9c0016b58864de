"""The posts of a national council, each held by one of its delegates."""

from __future__ import annotations

import random
from collections.abc import Iterator

from hdnd.councils.council import Council
from hdnd.councils.offices import Post
from hdnd.law.levels import Level
from hdnd.law.local_government.organs import max_vice_chairs
from hdnd.testing.synthetic.base import _FIRST_SESSION, _Row
from hdnd.testing.synthetic.elections import _Elected
from hdnd.units.unit import AdministrativeUnit


def _offices(
    rng: random.Random, council: Council, unit: AdministrativeUnit, elected: _Elected
) -> Iterator[_Row]:
    """The council's posts, each held by its own delegate from the first session on.

    A delegate in a full-time post has a full-time mandate.
    """
    pool = list(elected.delegates)
    rng.shuffle(pool)
    holders = iter(pool)
    province = unit.parent is None

    def office(post: Post, *, full_time: bool = True, **extra: object) -> _Row:
        holder = next(holders)
        holder["mandates"][0]["full_time"] = full_time
        start = _FIRST_SESSION
        row = {"person": holder["id"], "council": council.id, "post": post, "start": start}
        return {**row, "full_time": full_time, **extra}

    yield office(Post.CHAIR)
    # The most Resolution 106/2025 allows every council of the level (a province not merged).
    level = Level.PROVINCE if province else Level.COMMUNE
    for _ in range(rng.randint(1, max_vice_chairs(level).value)):
        yield office(Post.VICE_CHAIR)
    for committee in council.committees:
        head_full_time = province and rng.random() < 0.5
        yield office(Post.COMMITTEE_HEAD, full_time=head_full_time, committee=committee)
        for _ in range(rng.randint(1, 2) if province else 1):
            yield office(Post.COMMITTEE_DEPUTY_HEAD, committee=committee)
    # Elected by the council from outside its standing committee.
    yield office(Post.PEOPLES_COMMITTEE_CHAIR, full_time=False)
    for group in council.delegate_groups:
        members = [d for c in group.constituencies for d in elected.by_constituency[c]]
        yield {
            "person": rng.choice(members)["id"],
            "council": council.id,
            "post": Post.GROUP_LEADER,
            "group": group.id,
            "start": _FIRST_SESSION,
        }
