"""References between records, and identifiers that repeat.

Both checks read the collections table (:mod:`hdnd.dataset.collections`): every reference
it declares is resolved, and every collection with a key is searched for repeated keys. A
reference whose owner is itself unknown (a vote's agenda item, when the sitting is unknown)
is reported once, at the owner.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

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
        for position, record in enumerate(records):
            for reference in table.references:
                for field, value, element in values_at(record, reference.path):
                    owner = getattr(element, reference.owner) if reference.owner else None
                    if _resolves(index, reference, value, owner) is False:
                        yield Finding(
                            "unresolved-reference",
                            record=_where(table.name, table.key, record, position),
                            field=field,
                            params={"field": field, "target": reference.target, "value": value},
                        )


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
