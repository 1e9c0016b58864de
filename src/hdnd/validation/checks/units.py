"""Which councils exist at all: a council only for a unit that has local government.

After the 2025 reform there are two levels: no district councils from 1 July 2025
(Law 72/2025/QH15, Art. 51(3)), no township councils, and special zones (đặc khu) with
fewer than 1,000 permanent residents have no council (Art. 28(1)). The seat rules of the
law a term was elected under say whether the unit may have a council; this check reports a
council they deny.
"""

from __future__ import annotations

from collections.abc import Iterator

from hdnd.law.citation import Confidence
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason
from hdnd.law.local_government.structure import existence_citation, kind_exists
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["councils_only_with_local_government"]


@check("council-without-local-government", confidence=(Confidence.VERIFIED,))
def councils_only_with_local_government(ctx: CheckContext) -> Iterator[Finding]:
    """A council's unit has a People's Council under the law its term was elected under.

    A kind of unit that does not exist on the term's election day
    (:func:`hdnd.law.local_government.structure.kind_exists`) has no council; nor, by the seat
    rule of the term's law (:meth:`hdnd.dataset.DatasetIndex.seat_quota`), has a special
    zone below the population that gives it local government. Councils whose unit or term is
    unknown are ``unresolved-reference``; an unknown population is not a finding here.
    """
    index = ctx.index
    for council in ctx.dataset.councils:
        term = index.terms.get(council.term)
        if term is None or not index.has_unit(council.unit):
            continue
        unit = index.unit(council.unit)
        citation = None
        if not kind_exists(unit.kind, term.election_day):
            citation = existence_citation(unit.kind)
        else:
            quota = index.seat_quota(council)
            if isinstance(quota, NotApplicable) and quota.reason is NotApplicableReason.NO_COUNCIL:
                citation = quota.citation
        if citation is not None:
            yield Finding(
                "council-without-local-government",
                record=f"councils/{council.id}",
                field="unit",
                citation=citation,
                params={
                    "council": council.id,
                    "unit": unit.name,
                    "kind": unit.kind,
                    "term": term.label,
                },
            )
