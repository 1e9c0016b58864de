"""References between records, and identifiers that repeat."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from hdnd.dataset import COLLECTIONS
from hdnd.validation.engine import CheckContext, check
from hdnd.validation.finding import Finding

__all__ = ["duplicate_identifiers", "unresolved_references"]


def _unresolved(record: str, field: str, target: str, value: str) -> Finding:
    params = {"field": field, "target": target, "value": value}
    return Finding("unresolved-reference", record=record, field=field, params=params)


@check("unresolved-reference")
def unresolved_references(ctx: CheckContext) -> Iterator[Finding]:
    """Every code or id a record points to must exist (in the dataset or the register)."""
    ds, index = ctx.dataset, ctx.index
    for unit in ds.units:
        where = f"units/{unit.code}"
        if unit.parent is not None and not index.has_unit(unit.parent):
            yield _unresolved(where, "parent", "units", unit.parent)
        for position, code in enumerate(unit.predecessors):
            if not index.has_unit(code):
                yield _unresolved(where, f"predecessors.{position}", "units", code)
    for council in ds.councils:
        where = f"councils/{council.id}"
        if not index.has_unit(council.unit):
            yield _unresolved(where, "unit", "units", council.unit)
        if council.term not in index.terms:
            yield _unresolved(where, "term", "terms", council.term)
    for delegate in ds.delegates:
        for position, mandate in enumerate(delegate.mandates):
            if mandate.council not in index.councils:
                field = f"mandates.{position}.council"
                yield _unresolved(f"delegates/{delegate.id}", field, "councils", mandate.council)
    for figure in ds.figures:
        where = f"figures/{figure.id}"
        if not index.has_unit(figure.unit):
            yield _unresolved(where, "unit", "units", figure.unit)
        if figure.source not in index.sources:
            yield _unresolved(where, "source", "sources", figure.source)
    for name, records in (("citizen_visits", ds.citizen_visits), ("petitions", ds.petitions)):
        for record in records:
            if not index.has_unit(record.unit):
                yield _unresolved(f"{name}/{record.id}", "unit", "units", record.unit)


@check("duplicate-identifier")
def duplicate_identifiers(ctx: CheckContext) -> Iterator[Finding]:
    """Within each collection, an id (or a unit code) names one record only."""
    for collection in COLLECTIONS:
        records: Sequence[Any] = getattr(ctx.dataset, collection)
        key = "code" if collection == "units" else "id"
        seen: set[str] = set()
        for position, record in enumerate(records):
            value = getattr(record, key)
            if value in seen:
                yield Finding(
                    "duplicate-identifier",
                    record=f"{collection}[{position}]",
                    field=key,
                    params={"id": value, "collection": collection},
                )
            seen.add(value)
