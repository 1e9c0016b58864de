"""Petitions read back from their columns: as model objects, or as a file writes them.

:func:`petition_at` makes the :class:`~hdnd.petitions.petition.Petition` at a position, as
the model would have made it from the file (it is not validated again: the columns only hold
what the model accepted). :func:`json_object_at` gives the JSON object :func:`hdnd.dumps`
writes for it — the fields not at their default, names redacted unless asked for — without
making the petition; a test holds it to what pydantic writes for the petition itself.

```pycon
>>> from hdnd.petitions.columns import columns_of
>>> columns = columns_of([{"id": "p1", "unit": "92", "received": "2014-03-02",
...                        "petitioner": "Trần Văn B", "anonymous": False}])
>>> petition_at(columns, 0).received
datetime.date(2014, 3, 2)
>>> json_object_at(columns, 0, personal_data=False)
{'id': 'p1', 'unit': '92', 'received': '2014-03-02', 'petitioner': '[redacted]'}

```
"""

from __future__ import annotations

import datetime as dt
import functools
from types import MappingProxyType
from typing import Any, Final, TypeVar

from pydantic import BaseModel

from hdnd._core.personal import REDACTED
from hdnd.petitions.columns import (
    CHANNELS,
    KINDS,
    OUTCOMES,
    PERSONAL,
    SPARSE,
    STEPS,
    Columns,
    Flag,
)
from hdnd.petitions.handling import HandlingStep
from hdnd.petitions.petition import Petition

__all__ = ["json_object_at", "petition_at"]

_ANONYMOUS, _REMOTE, _COMPLEX = map(int, Flag)  # ints: an enum member's look-up is slow
_KINDS, _OUTCOMES, _CHANNELS = ((*members, None) for members in (KINDS, OUTCOMES, CHANNELS))
"""The members by code, and ``None`` last: code ``-1`` reads as none."""


def petition_at(c: Columns, row: int) -> Petition:
    """The petition at *row*, made as the model would have made it."""
    fromordinal = dt.date.fromordinal
    sparse, flags, count = c.sparse, c.flags[row], c.signatories[row]
    known = sparse["decision_known"].get(row)
    values: dict[str, Any] = {
        "id": c.ids[row],
        "unit": c.units[c.unit[row]],
        "received": fromordinal(c.received[row]),
        "kind": _KINDS[c.kind[row]],
        "outcome": _OUTCOMES[c.outcome[row]],
        "petitioner": sparse["petitioner"].get(row),
        "address": sparse["address"].get(row),
        "signatories": None if count == -1 else count if count >= 0 else sparse["signatories"][row],
        "anonymous": bool(flags & _ANONYMOUS),
        "channel": _CHANNELS[c.channel[row]],
        "originals": sparse["originals"].get(row),
        "visit": sparse["visit"].get(row),
        "delegate": sparse["delegate"].get(row),
        "duplicate_of": sparse["duplicate_of"].get(row),
        "follow_up_of": sparse["follow_up_of"].get(row),
        "split_from": sparse["split_from"].get(row),
        "decision_known": None if known is None else fromordinal(known),
        "remote": bool(flags & _REMOTE),
        "complex": bool(flags & _COMPLEX),
        "steps": tuple(_step(c, step) for step in range(c.step_start[row], c.step_start[row + 1])),
    }
    return _construct(Petition, values)


def _step(c: Columns, step: int) -> HandlingStep:
    texts, extras = c.texts, c.step_sparse
    values = {
        "kind": STEPS[c.step_kind[step]],
        "day": dt.date.fromordinal(c.step_day[step]),
        "to": texts[c.step_to[step]],
        "by": texts[c.step_by[step]],
        "reason": extras["reason"].get(step),
        "days": extras["days"].get(step),
    }
    return _construct(HandlingStep, values)


_set = object.__setattr__
_Model = TypeVar("_Model", bound=BaseModel)


def _construct(model: type[_Model], values: dict[str, Any]) -> _Model:
    """A model object of *values* (every field, in order), which the model already accepted.

    As ``model_construct`` makes it, without its per-field look-ups: the fields set are
    those not at their default (the file may have given some defaults explicitly; no output
    of hdnd depends on that).
    """
    record = object.__new__(model)
    _set(record, "__dict__", values)
    _set(record, "__pydantic_fields_set__", {k for k, v in values.items() if v is not None})
    _set(record, "__pydantic_extra__", None)
    _set(record, "__pydantic_private__", None)
    return record


def json_object_at(c: Columns, row: int, *, personal_data: bool) -> dict[str, Any]:
    """The petition at *row* as :func:`hdnd.dumps` writes it: fields not at their default.

    Names and addresses are written ``[redacted]`` unless *personal_data*.
    """
    sparse, flags, count = c.sparse, c.flags[row], c.signatories[row]
    written: dict[str, Any] = {
        "id": c.ids[row],
        "unit": c.units[c.unit[row]],
        "received": _iso(c.received[row]),
    }
    if (code := c.kind[row]) >= 0:
        written["kind"] = _VALUES[KINDS][code]
    if (code := c.outcome[row]) >= 0:
        written["outcome"] = _VALUES[OUTCOMES][code]
    for name in PERSONAL:  # redacted unless personal data is asked for
        if (text := sparse[name].get(row)) is not None:
            written[name] = text if personal_data else REDACTED
    if count != -1:
        written["signatories"] = count if count >= 0 else sparse["signatories"][row]
    if flags & _ANONYMOUS:
        written["anonymous"] = True
    if (code := c.channel[row]) >= 0:
        written["channel"] = _VALUES[CHANNELS][code]
    for name in _SPARSE_OUT:
        if (value := sparse[name].get(row)) is not None:
            written[name] = _iso(value) if name == "decision_known" else value
    if flags & _REMOTE:
        written["remote"] = True
    if flags & _COMPLEX:
        written["complex"] = True
    first, last = c.step_start[row], c.step_start[row + 1]
    if last > first:
        written["steps"] = [_json_step(c, step) for step in range(first, last)]
    return written


_VALUES: Final = MappingProxyType(
    {members: tuple(m.value for m in members) for members in (KINDS, OUTCOMES, CHANNELS, STEPS)}
)
"""The codes' values, read once: an enumeration member's ``value`` is slow to read."""
_SPARSE_OUT: Final = tuple(
    name for name in Petition.model_fields if name in SPARSE and name not in PERSONAL
)
"""The other fields kept aside, in the model's order (all come after ``channel``)."""


@functools.lru_cache(maxsize=4096)  # the days of a few years
def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def _json_step(c: Columns, step: int) -> dict[str, Any]:
    written: dict[str, Any] = {
        "kind": _VALUES[STEPS][c.step_kind[step]],
        "day": _iso(c.step_day[step]),
    }
    texts = c.texts
    if (to := c.step_to[step]) != 0:
        written["to"] = texts[to]
    if (by := c.step_by[step]) != 0:
        written["by"] = texts[by]
    extras = c.step_sparse
    if extras["reason"] and (reason := extras["reason"].get(step)) is not None:
        written["reason"] = reason
    if extras["days"] and (days := extras["days"].get(step)) is not None:
        written["days"] = days
    return written
