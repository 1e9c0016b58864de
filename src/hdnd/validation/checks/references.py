"""References between records, and identifiers that repeat.

Both checks read the collections table (:mod:`hdnd.dataset.collections`): every reference
it declares is resolved, and every collection with a key is searched for repeated keys. A
reference whose owner is itself unknown (a vote's agenda item, when the sitting is unknown)
is reported once, at the owner.
"""

from __future__ import annotations

import operator
from collections.abc import Container, Iterator, Sequence
from typing import Any

import attrs

from hdnd.dataset.collections import COLLECTION_TABLE, PARTS, Reference, values_at
from hdnd.dataset.index import DatasetIndex
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["duplicate_identifiers", "unresolved_references"]


def _where(collection: str, key: str | None, record: Any, position: int) -> str:
    return f"{collection}/{getattr(record, key)}" if key else f"{collection}[{position}]"


def _resolves(index: DatasetIndex, reference: Reference, value: str, owner: Any) -> bool | None:
    """Whether *value* resolves; ``None`` when its owner is unknown (reported elsewhere)."""
    part = PARTS.get(reference.target)
    if part is None:
        return index.record(reference.target, value) is not None
    parent = index.record(part.parent, owner)
    if parent is None:
        return None
    return any(getattr(item, part.key) == value for item in getattr(parent, part.field))


def _distinct(records: Sequence[Any], path: str) -> set[Any]:
    """Every distinct key at *path* in *records* (``None`` left out, tuples opened).

    The two shapes every reference of the table has (``council``; ``attendance.*.delegate``)
    are read in one pass; any other goes through :func:`values_at`.
    """
    steps = path.split(".")
    if len(steps) == 1:
        found = set(map(operator.attrgetter(path), records))
    elif len(steps) == 3 and steps[1] == "*":
        outer, inner = steps[0], steps[2]
        found = {getattr(e, inner) for r in records for e in getattr(r, outer)}
    else:
        found = {v for r in records for _, v, _ in values_at(r, path)}
    found.discard(None)
    for keys in [v for v in found if isinstance(v, tuple)]:
        found.discard(keys)
        found.update(keys)
    return found


@check("unresolved-reference")
def unresolved_references(ctx: CheckContext) -> Iterator[Finding]:
    """Every key a record points to exists: in the dataset, the register or the national terms.

    The references are those the collections table declares: a session's council, a
    sitting's session and attendance, a vote's sitting and agenda item, a document's council,
    session and vote, a mandate's council, constituency and election, and so on.
    """
    index = ctx.index
    for table in COLLECTION_TABLE:
        records: Sequence[Any] = getattr(ctx.dataset, table.name)
        for reference in table.references:
            if _all_resolve(index, records, reference):
                continue  # the common case: every key found, no record looked at
            for position, record in enumerate(records):
                for field, value, element in values_at(record, reference.path):
                    owner = getattr(element, reference.owner) if reference.owner else None
                    if _resolves(index, reference, value, owner) is False:
                        yield Finding(
                            "unresolved-reference",
                            record=_where(table.name, table.key, record, position),
                            field=field,
                            params={"field": field, "target": reference.target, "value": value},
                        )


def _all_resolve(index: DatasetIndex, records: Sequence[Any], reference: Reference) -> bool:
    """Whether every key of *reference* in *records* resolves (or has an unknown owner)."""
    part = PARTS.get(reference.target)
    if part is None:
        known = _keys(index, reference.target)
        return all(key in known for key in _distinct(records, reference.path))
    if reference.owner is None or "." in reference.path:
        return False  # looked at record by record
    pairs = {(getattr(r, reference.owner), getattr(r, reference.path)) for r in records}
    inside: dict[Any, set[Any] | None] = {}  # the keys of each owner's parts
    for owner, value in pairs:
        if value is None:
            continue
        if owner not in inside:
            parent = index.record(part.parent, owner)
            items = None if parent is None else getattr(parent, part.field)
            inside[owner] = None if items is None else {getattr(i, part.key) for i in items}
        keys = inside[owner]
        if keys is not None and value not in keys:
            return False
    return True


def _keys(index: DatasetIndex, target: str) -> Container[str]:
    """The keys of *target* that resolve (the register's units and the national terms too)."""
    if target in ("terms", "units"):
        return _Known(index, target)
    return index.keyed.get(target, {})


@attrs.frozen
class _Known:
    """Keys resolved through :meth:`DatasetIndex.record` (units, terms), as a container."""

    index: DatasetIndex
    target: str

    def __contains__(self, key: object) -> bool:
        return isinstance(key, str) and self.index.record(self.target, key) is not None


@check("duplicate-identifier")
def duplicate_identifiers(ctx: CheckContext) -> Iterator[Finding]:
    """Within each collection, an id (or a unit code) names one record only."""
    for table in COLLECTION_TABLE:
        if table.key is None:
            continue
        records: Sequence[Any] = getattr(ctx.dataset, table.name)
        seen: set[str] = set()
        for position, record in enumerate(records):
            value = getattr(record, table.key)
            if value in seen:
                yield Finding(
                    "duplicate-identifier",
                    record=f"{table.name}[{position}]",
                    field=table.key,
                    params={"id": value, "collection": table.name},
                )
            seen.add(value)
