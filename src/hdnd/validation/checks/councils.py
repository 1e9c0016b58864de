"""Councils: no more delegates serving than the law of their term allows."""

from __future__ import annotations

from collections.abc import Iterator

from hdnd.law.seats import NotApplicable
from hdnd.validation.engine import CheckContext, check
from hdnd.validation.finding import Finding

__all__ = ["seats_within_quota"]


@check("seats-serving-exceed-quota", "seat-quota-unavailable")
def seats_within_quota(ctx: CheckContext) -> Iterator[Finding]:
    """Delegates serving on ``as_of`` must not exceed the quota of the council's term.

    The quota is :meth:`hdnd.dataset.DatasetIndex.seat_quota`: the law the term's election was
    held under, applied to the unit's population. Councils whose term does not cover ``as_of``
    are not checked; where the quota cannot be computed, an information finding says why.
    """
    index = ctx.index
    for council in ctx.dataset.councils:
        term = index.terms.get(council.term)
        if term is None or not term.covers(ctx.as_of) or not index.has_unit(council.unit):
            continue
        serving = sum(1 for _ in index.serving(council.id, ctx.as_of))
        if serving == 0:
            continue
        record = f"councils/{council.id}"
        quota = index.seat_quota(council)
        if isinstance(quota, NotApplicable):
            yield Finding(
                "seat-quota-unavailable",
                record=record,
                params={"council": council.id, "reason": quota},
                citation=quota.citation,
            )
        elif serving > quota.seats:
            yield Finding(
                "seats-serving-exceed-quota",
                record=record,
                citation=quota.citation,
                params={
                    "council": council.id,
                    "day": ctx.as_of,
                    "serving": serving,
                    "quota": quota.seats,
                },
            )
