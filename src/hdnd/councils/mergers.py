"""Councils of merged units: build the new council from those it replaces, keeping the links.

When units merged in 2025, the delegates of the former councils became delegates of the
council of the new unit for the rest of the term (Law 72/2025/QH15 and the resolutions on
the reorganisation; district delegates were reassigned to commune councils). In hdnd the
former mandate ends the day before with the reason ``transferred``, the new mandate starts on
the day of the merger and names the council it continues (``transferred_from``), and the new
council names the councils it was formed from (``formed_from``). :func:`merge_councils` does
all three, returning new records: nothing given is changed in place or dropped.

```pycon
>>> import datetime as dt
>>> from hdnd.councils.council import Council
>>> from hdnd.delegates.delegate import Delegate
>>> old = [Council(id="a", unit="31001", term="2021-2026"),
...        Council(id="b", unit="31002", term="2021-2026")]
>>> people = [Delegate(id="d1", name="Trần Văn An",
...                    mandates=[{"council": "a", "start": "2021-06-25", "full_time": True}]),
...           Delegate(id="d2", name="Lê Thị Bình",
...                    mandates=[{"council": "b", "start": "2021-06-25"}])]
>>> new = Council(id="ab", unit="31100", term="2021-2026")
>>> merged, moved = merge_councils(new, old, people, on=dt.date(2025, 7, 1))
>>> merged.formed_from
('a', 'b')
>>> [(m.council, str(m.end), m.end_reason and m.end_reason.value) for m in moved[0].mandates]
[('a', '2025-06-30', 'transferred'), ('ab', 'None', None)]
>>> moved[0].mandates[1].transferred_from, moved[0].mandates[1].full_time
('a', True)

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

from hdnd.councils.council import Council
from hdnd.delegates.delegate import Delegate, Mandate, MandateEndReason

__all__ = ["merge_councils"]


def merge_councils(
    council: Council,
    predecessors: Sequence[Council],
    delegates: Iterable[Delegate],
    *,
    on: dt.date,
) -> tuple[Council, tuple[Delegate, ...]]:
    """Form *council* from *predecessors* on day *on* and move their serving delegates to it.

    Args:
        council: The council of the new unit (its ``formed_from`` is replaced by the ids of
            *predecessors*, in their order).
        predecessors: The councils it replaces.
        delegates: Delegates of any councils; those serving on a predecessor on the day
            before *on* are moved, the others are returned unchanged.
        on: First day of the new council's delegates.

    Returns:
        The council and every delegate given, in the same order.

    Raises:
        ValueError: The council is among its predecessors, or a predecessor repeats.
    """
    ids = tuple(c.id for c in predecessors)
    if council.id in ids or len(set(ids)) != len(ids):
        msg = "a council cannot be formed from itself, nor from the same council twice"
        raise ValueError(msg)
    eve = on - dt.timedelta(days=1)
    merged = council.model_copy(update={"formed_from": ids})
    moved = tuple(_move(d, set(ids), council.id, eve, on) for d in delegates)
    return merged, moved


def _move(delegate: Delegate, old: set[str], new: str, eve: dt.date, on: dt.date) -> Delegate:
    mandates: list[Mandate] = []
    for mandate in delegate.mandates:
        if mandate.council in old and mandate.covers(eve) and mandate.covers(on):
            mandates += _transferred(mandate, new, eve, on)
        else:
            mandates.append(mandate)
    if len(mandates) == len(delegate.mandates):
        return delegate
    # validated again, not copied: the new records obey the same rules as any input
    return Delegate.model_validate({**delegate.model_dump(), "mandates": mandates})


def _transferred(mandate: Mandate, new: str, eve: dt.date, on: dt.date) -> list[Mandate]:
    """The mandate ended on *eve*, and its continuation on *new* from *on*.

    A suspension running across the merger is split: its part before stays with the former
    mandate, its part after starts the day of the merger on the new one.
    """
    before = [s for s in mandate.suspensions if s.start <= eve]
    after = [
        s.model_copy(update={"start": max(s.start, on)})
        for s in mandate.suspensions
        if s.end is None or s.end > on
    ]
    fields = mandate.model_dump()
    ended = {
        **fields,
        "end": eve,
        "end_reason": MandateEndReason.TRANSFERRED,
        "suspensions": before,
    }
    continued = {
        **fields,
        "council": new,
        "start": on,
        "constituency": None,
        "transferred_from": mandate.council,
        "suspensions": after,
    }
    return [Mandate.model_validate(ended), Mandate.model_validate(continued)]
