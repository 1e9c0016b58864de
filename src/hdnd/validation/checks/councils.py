"""Councils: no more delegates serving than the law of their term allows, nor far fewer."""

from __future__ import annotations

from collections.abc import Iterator
from fractions import Fraction

from hdnd.councils.council import Council
from hdnd.law.citation import Citation
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.instrument import Decision, Domain
from hdnd.law.local_government.seats import NotApplicable
from hdnd.validation.engine import CheckContext, check
from hdnd.validation.finding import Finding

__all__ = ["seats_within_quota", "vacancies_within_one_third"]


@check("seats-serving-exceed-quota", "seat-quota-unavailable")
def seats_within_quota(ctx: CheckContext) -> Iterator[Finding]:
    """Delegates serving on ``as_of`` must not exceed the quota of the council's term.

    The quota is :meth:`hdnd.dataset.dataset.DatasetIndex.seat_quota`: the law the term's election
    was
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


@check("vacancies-over-one-third")
def vacancies_within_one_third(ctx: CheckContext) -> Iterator[Finding]:
    """Fewer than two thirds of a council's seats filled on ``as_of``: a reduced council.

    The seats are those the election decision declared (``declared_seats``), else the
    statutory quota of the term. Under Law 72/2025/QH15 Art. 49(2) a council reduced below
    two thirds decides with more than two thirds of the delegates in office (and, with less
    than a third left, the Standing Committee of the National Assembly decides); before that
    law, the rule cited is the by-election condition of Law 85/2015/QH13 Art. 89 (more than
    a third of the delegates missing). Councils whose term does not cover ``as_of``, councils
    on which no mandate has started yet (not constituted, or no delegates recorded), and
    days for which neither rule is encoded are not checked.
    """
    index = ctx.index
    citation = _reduced_council_rule(ctx)
    if citation is None:
        return
    for council in ctx.dataset.councils:
        term = index.terms.get(council.term)
        if term is None or not term.covers(ctx.as_of):
            continue
        mandates = index.mandates_of(council.id)
        if not any(m.start <= ctx.as_of for _, m in mandates):
            continue
        seats = _seats(ctx, council)
        if seats is None:
            continue
        serving = sum(1 for _, m in mandates if m.covers(ctx.as_of))
        if Fraction(serving, seats) < _TWO_THIRDS:
            yield Finding(
                "vacancies-over-one-third",
                record=f"councils/{council.id}",
                citation=citation,
                params={
                    "council": council.id,
                    "day": ctx.as_of,
                    "serving": serving,
                    "seats": seats,
                },
            )


_TWO_THIRDS = Fraction(2, 3)


def _seats(ctx: CheckContext, council: Council) -> int | None:
    """The declared seats of *council*, else its statutory quota, if either is known."""
    if council.declared_seats:
        return council.declared_seats
    if not ctx.index.has_unit(council.unit):
        return None
    quota = ctx.index.seat_quota(council)
    return None if isinstance(quota, NotApplicable) else quota.seats


def _reduced_council_rule(ctx: CheckContext) -> Citation | None:
    """The rule on a council short of a third of its delegates, in force on ``as_of``."""
    framework = ctx.framework(ctx.as_of)
    law = framework.local_government
    rule = law.threshold(Decision.REDUCED_COUNCIL) if law is not None else None
    if rule is not None and rule.citation is not None:
        return rule.citation
    elections = framework.instrument(Domain.ELECTIONS)
    if isinstance(elections, ElectionLaw):
        return elections.BY_ELECTION_SHORTFALL.citation
    return None
