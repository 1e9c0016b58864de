"""Councils: no more delegates serving than the law of their term allows, nor far fewer."""

from __future__ import annotations

from collections.abc import Iterator

from hdnd._core.i18n import N_
from hdnd.councils.council import Council
from hdnd.councils.terms import Term
from hdnd.law.citation import Citation, Confidence
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.instrument import Decision, Domain
from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.local_government.structure import TWO_LEVEL_START
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["seats_within_quota", "vacancies_within_one_third"]


_LOCAL_GOVERNMENT = (LocalGovernmentLaw2015, LocalGovernmentLaw2025)
_ALL = (Confidence.VERIFIED, Confidence.SECONDARY, Confidence.UNVERIFIED)

KEPT_AFTER_REFORM = N_(
    "Hội đồng của đơn vị hình thành sau sắp xếp năm 2025 tiếp tục với các đại biểu nhiệm kỳ"
    " 2021–2026 được giữ lại theo quy định chuyển tiếp, nên có thể vượt số đại biểu theo luật"
)
"""Why a council of a merged unit is not held to its quota until the 2026–2031 term."""


@check(
    "seats-serving-exceed-quota",
    "seat-quota-unavailable",
    "rule-not-encoded",
    rests_on=_LOCAL_GOVERNMENT,
    confidence=_ALL,
)
def seats_within_quota(ctx: CheckContext) -> Iterator[Finding]:
    """Delegates serving on ``as_of`` must not exceed the quota of the council's term.

    The quota is :meth:`hdnd.dataset.dataset.DatasetIndex.seat_quota`: the law the term's
    election was held under, applied to the unit's population. Councils whose term does not
    cover ``as_of`` are not checked; where the quota cannot be computed, an information
    finding says why. From 1 July 2025 the councils of units formed by merger (``formed_from``)
    and those that received delegates of former districts (``transferred_from``) keep the
    delegates of the 2021–2026 term under the transitional rules of the reform: until a term
    elected under Law 72/2025/QH15, the check stands aside with an information finding.
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
        if _kept_after_reform(ctx, council, term):
            if not isinstance(quota, NotApplicable) and serving > quota.seats:
                yield ctx.stand_aside(
                    "seats-serving-exceed-quota",
                    record=record,
                    day=ctx.as_of,
                    reason=KEPT_AFTER_REFORM,
                )
        elif isinstance(quota, NotApplicable):
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


def _kept_after_reform(ctx: CheckContext, council: Council, term: Term) -> bool:
    """A council of the 2021–2026 term that took in delegates in the 2025 reform."""
    if ctx.as_of < TWO_LEVEL_START or term.election_day >= LocalGovernmentLaw2025.effective:
        return False
    if council.formed_from:
        return True
    return any(m.transferred_from for _, m in ctx.index.serving(council.id, ctx.as_of))


@check(
    "vacancies-over-one-third",
    rests_on=(LocalGovernmentLaw2025, ElectionLaw2015),
    confidence=(Confidence.VERIFIED,),
)
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
    if citation is None or not ctx.applies(ctx.as_of):
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
        if _reduced(ctx, serving, seats):
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


def _reduced(ctx: CheckContext, serving: int, seats: int) -> bool:
    """Whether *serving* of *seats* is a reduced council under the law in force on ``as_of``."""
    framework = ctx.framework(ctx.as_of)
    law = framework.local_government
    reduced = law.is_reduced(serving, seats) if law is not None else None
    if isinstance(reduced, bool):
        return reduced
    elections = framework.instrument(Domain.ELECTIONS)  # before Law 72/2025/QH15
    return isinstance(elections, ElectionLaw) and elections.BY_ELECTION_SHORTFALL.is_met(
        seats - serving, seats
    )


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
