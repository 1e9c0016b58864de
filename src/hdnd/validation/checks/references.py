"""References between records, and identifiers that repeat."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from hdnd.dataset.dataset import COLLECTIONS
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["duplicate_identifiers", "unresolved_references"]


_Reference = tuple[str, str, str, str]  # record, field, target collection, value

_WITHOUT_ID = frozenset({"offices"})
"""Collections whose records have no identifier (an office is named by its position)."""


def _references(ctx: CheckContext) -> Iterator[tuple[_Reference, bool]]:
    """Every reference in the dataset, and whether it resolves."""
    ds, index = ctx.dataset, ctx.index
    for unit in ds.units:
        codes = [("parent", unit.parent)] if unit.parent is not None else []
        codes += [(f"predecessors.{i}", code) for i, code in enumerate(unit.predecessors)]
        for field, code in codes:
            yield (f"units/{unit.code}", field, "units", code), index.has_unit(code)
    for council in ds.councils:
        where = f"councils/{council.id}"
        yield (where, "unit", "units", council.unit), index.has_unit(council.unit)
        yield (where, "term", "terms", council.term), council.term in index.terms
    for delegate in ds.delegates:
        for i, mandate in enumerate(delegate.mandates):
            field = f"mandates.{i}.council"
            reference = (f"delegates/{delegate.id}", field, "councils", mandate.council)
            yield reference, mandate.council in index.councils
    for figure in ds.figures:
        where = f"figures/{figure.id}"
        yield (where, "unit", "units", figure.unit), index.has_unit(figure.unit)
        yield (where, "source", "sources", figure.source), figure.source in index.sources
    for name, records in (("citizen_visits", ds.citizen_visits), ("petitions", ds.petitions)):
        for record in records:
            yield (f"{name}/{record.id}", "unit", "units", record.unit), index.has_unit(record.unit)


@check("unresolved-reference")
def unresolved_references(ctx: CheckContext) -> Iterator[Finding]:
    """Every code or id a record points to must exist (in the dataset or the register)."""
    for (record, field, target, value), resolved in _references(ctx):
        if not resolved:
            params = {"field": field, "target": target, "value": value}
            yield Finding("unresolved-reference", record=record, field=field, params=params)


@check("duplicate-identifier")
def duplicate_identifiers(ctx: CheckContext) -> Iterator[Finding]:
    """Within each collection, an id (or a unit code) names one record only."""
    for collection in COLLECTIONS:
        if collection in _WITHOUT_ID:
            continue
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
