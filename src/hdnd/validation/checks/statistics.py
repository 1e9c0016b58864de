"""Free-text statistics read against their official lists: a delegate's ethnicity.

Composition reports count ethnic minorities; they can count only what they can read. An
ethnicity that is not one of the 54 groups of the official list
(:mod:`hdnd.delegates.ethnicity`) is reported, and counted neither as Kinh nor as a minority.
"""

from __future__ import annotations

from collections.abc import Iterator

from hdnd.delegates.ethnicity import ethnic_group
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["ethnicities_known"]


@check("unknown-ethnicity")
def ethnicities_known(ctx: CheckContext) -> Iterator[Finding]:
    """Every delegate's ethnicity, where given, names one of the 54 ethnic groups."""
    for delegate in ctx.dataset.delegates:
        if delegate.ethnicity is not None and ethnic_group(delegate.ethnicity) is None:
            yield Finding(
                "unknown-ethnicity",
                record=f"delegates/{delegate.id}",
                field="ethnicity",
                params={"delegate": delegate.id, "value": delegate.ethnicity},
            )
