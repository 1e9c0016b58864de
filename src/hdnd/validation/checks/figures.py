"""Reported figures: breakdowns must add up to their totals."""

from __future__ import annotations

from collections.abc import Iterator

from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["breakdowns_add_up"]


@check("breakdown-does-not-add-up")
def breakdowns_add_up(ctx: CheckContext) -> Iterator[Finding]:
    """A complete breakdown of an exact figure must sum to the figure.

    Approximate figures ("khoảng 7.570") and partial breakdowns ("of which") are not checked.
    """
    for figure in ctx.dataset.figures:
        if not figure.qualifier.is_exact:
            continue
        for position, breakdown in enumerate(figure.breakdowns):
            if breakdown.complete and breakdown.total != figure.value:
                yield Finding(
                    "breakdown-does-not-add-up",
                    record=f"figures/{figure.id}",
                    field=f"breakdowns.{position}",
                    params={
                        "dimension": breakdown.dimension,
                        "parts": breakdown.total,
                        "value": figure.value,
                    },
                )
