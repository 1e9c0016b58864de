"""A national council: its constituencies, delegate groups and committees."""

from __future__ import annotations

import random

from hdnd._core.errors import NotEncodedError
from hdnd.councils.council import Constituency, Council, DelegateGroup
from hdnd.law.framework import framework_for_term
from hdnd.law.local_government.seats import NotApplicable
from hdnd.testing.synthetic.base import _FIRST_SESSION, _TERM, _election_law
from hdnd.units.unit import AdministrativeUnit


def _split_seats(rng: random.Random, seats: int, limit: int) -> list[int]:
    """*seats* cut into constituencies of at most *limit* seats, as even as possible."""
    count = max(-(-seats // limit), -(-seats // rng.randint(3, limit)))
    base, extra = divmod(seats, count)
    return [base + 1 if i < extra else base for i in range(count)]


def _national_council(rng: random.Random, unit: AdministrativeUnit, seats: int) -> Council:
    law = _election_law()
    sizes = _split_seats(rng, seats, law.MAX_SEATS_PER_CONSTITUENCY.value)
    constituencies = [
        Constituency(id=str(i), seats=size, name=f"Đơn vị bầu cử số {i}")
        for i, size in enumerate(sizes, 1)
    ]
    groups = [
        DelegateGroup(
            id=f"t{j // 2 + 1}",
            name=f"Tổ đại biểu số {j // 2 + 1}",
            constituencies=tuple(c.id for c in constituencies[j : j + 2]),
        )
        for j in range(0, len(constituencies), 2)
    ]
    lg = framework_for_term(_TERM).local_government
    if lg is None:  # pragma: no cover - Law 72/2025/QH15 is encoded
        msg = f"no local-government law for the term {_TERM.id}"
        raise NotEncodedError(msg)
    ethnic = lg.may_have_ethnic_committee(unit.kind) and rng.random() < 0.3
    committees = lg.committees(unit.kind, ethnic_committee=ethnic)
    if isinstance(committees, NotApplicable):  # pragma: no cover - every current kind has them
        msg = f"no committees for synthetic unit {unit.code}: {committees.describe('en')}"
        raise ValueError(msg)
    return Council(
        id=f"hdnd-{unit.code}-2026",
        unit=unit.code,
        term=_TERM.id,
        first_session=_FIRST_SESSION,
        declared_seats=seats,
        constituencies=tuple(constituencies),
        delegate_groups=tuple(groups),
        committees=committees,
        office_staff=rng.randint(30, 60) if unit.parent is None else None,
    )
