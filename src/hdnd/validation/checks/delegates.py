"""Mandates: inside their council's term, and never two at once on the same council."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from itertools import combinations

from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["mandates_do_not_overlap", "mandates_inside_term"]


@check("mandate-outside-term")
def mandates_inside_term(ctx: CheckContext) -> Iterator[Finding]:
    """A mandate starts no earlier than its term's election day and ends by the term's end.

    An open-ended mandate on a term that ended before ``as_of`` is outside the term too. The
    mandate contradicts the record of its own council (each council record is one term's),
    so the finding is one of consistency and cites no law.
    """
    index = ctx.index
    for delegate in ctx.dataset.delegates:
        for position, mandate in enumerate(delegate.mandates):
            council = index.councils.get(mandate.council)
            term = index.terms.get(council.term) if council else None
            if council is None or term is None:
                continue  # reported as unresolved-reference
            ends_late = term.end is not None and ((mandate.end or ctx.as_of) > term.end)
            if mandate.start < term.election_day or ends_late:
                yield Finding(
                    "mandate-outside-term",
                    record=f"delegates/{delegate.id}",
                    field=f"mandates.{position}",
                    params={
                        "council": council.id,
                        "start": mandate.start,
                        "end": mandate.end,
                        "term": term.label,
                        "term_start": term.election_day,
                        "term_end": term.end,
                    },
                )


@check("mandate-overlap")
def mandates_do_not_overlap(ctx: CheckContext) -> Iterator[Finding]:
    """A delegate holds at most one seat on a council on any day.

    A mandate without an end runs without limit: it overlaps any later mandate on the same
    council, even one that starts after ``as_of``.
    """
    for delegate in ctx.dataset.delegates:
        if len(delegate.mandates) < 2:
            continue
        indexed = list(enumerate(delegate.mandates))
        for (_, first), (position, second) in combinations(indexed, 2):
            if first.council != second.council:
                continue
            first_end = first.end or dt.date.max
            second_end = second.end or dt.date.max
            if first.start <= second_end and second.start <= first_end:
                yield Finding(
                    "mandate-overlap",
                    record=f"delegates/{delegate.id}",
                    field=f"mandates.{position}",
                    params={"council": first.council, "start": max(first.start, second.start)},
                )
