"""Votes and documents: tallies that add up, outcomes the law confirms, readable symbols.

A vote is measured against the base the law names — the council's membership on the day,
or the base the minutes state — never against the delegates present.
"""

from __future__ import annotations

import functools
from collections.abc import Iterator

from hdnd.law.citation import Confidence
from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.thresholds import measure_vote
from hdnd.sessions.session import Sitting, Vote
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = [
    "closed_sittings_decided",
    "document_symbols_read",
    "resolutions_voted",
    "vote_outcomes_follow_the_law",
    "vote_tallies_add_up",
]


def _votes(ctx: CheckContext) -> Iterator[tuple[str, Sitting, Vote]]:
    """(council id, sitting, vote) for every vote whose sitting and session are known."""
    index = ctx.index
    sessions = {s.id: s for s in ctx.dataset.sessions}
    sittings = {s.id: s for s in ctx.dataset.sittings}
    for vote in ctx.dataset.votes:
        sitting = sittings.get(vote.sitting)
        session = sessions.get(sitting.session) if sitting else None
        if sitting is None or session is None or session.council not in index.councils:
            continue  # reported as unresolved-reference where the reference is checked
        yield session.council, sitting, vote


def _base(ctx: CheckContext, council: str, sitting: Sitting, vote: Vote) -> int | None:
    """The vote's base: as the minutes state it, else the council's membership on the day.

    ``None`` when the rule counts another body (the standing committee, for the conclusions
    of an explanation sitting) and the minutes give no base.
    """
    if vote.base is not None:
        return vote.base
    threshold = ctx.framework(sitting.day).threshold(vote.decision)
    if not isinstance(threshold, NotApplicable) and not threshold.base.counts_membership:
        return None
    return ctx.index.vote_base(council, sitting.day)


@check("vote-tally-mismatch")
def vote_tallies_add_up(ctx: CheckContext) -> Iterator[Finding]:
    """Tallies do not exceed the base, and agree with the individual votes when published."""
    for council, sitting, vote in _votes(ctx):
        base = _base(ctx, council, sitting, vote)
        individual = vote.individual_tally()
        tallies = (vote.in_favour, vote.against, vote.not_voting)
        over = base is not None and vote.cast > base
        if over or (individual is not None and individual != tallies):
            yield Finding(
                "vote-tally-mismatch",
                record=f"votes/{vote.id}",
                params={
                    "vote": vote.id,
                    "in_favour": vote.in_favour,
                    "against": vote.against,
                    "not_voting": vote.not_voting,
                    "base": "—" if base is None else base,
                    "individual": "—" if individual is None else "/".join(map(str, individual)),
                },
            )


_LOCAL_GOVERNMENT = (LocalGovernmentLaw2015, LocalGovernmentLaw2025)
_V_S = (Confidence.VERIFIED, Confidence.SECONDARY)


@check(
    "vote-outcome-wrong",
    rests_on=_LOCAL_GOVERNMENT,
    confidence=(*_V_S, Confidence.UNVERIFIED),
)
def vote_outcomes_follow_the_law(ctx: CheckContext) -> Iterator[Finding]:
    """A recorded outcome agrees with the threshold of the law in force on the sitting's day.

    Votes of a day whose local-government law hdnd does not encode (1 March to 15 June
    2025) are not checked, nor those of a decision no law in force gives a threshold for.
    The conclusions of an explanation sitting follow the supervision law in force.
    """
    for council, sitting, vote in _votes(ctx):
        if vote.passed is None or not ctx.applies(sitting.day):
            continue
        rule = ctx.framework(sitting.day).threshold(vote.decision)
        outcome = measure_vote(
            None if isinstance(rule, NotApplicable) else rule,
            vote.in_favour,
            stated_base=vote.base,
            membership=functools.partial(ctx.index.vote_base, council, sitting.day),
        )
        if outcome.passed is not None and outcome.passed != vote.passed:
            yield Finding(
                "vote-outcome-wrong",
                record=f"votes/{vote.id}",
                field="passed",
                citation=outcome.threshold.citation if outcome.threshold else None,
                params={
                    "vote": vote.id,
                    "in_favour": vote.in_favour,
                    "base": outcome.base,
                    "minimum": outcome.minimum,
                    "recorded": vote.passed,
                },
            )


@check("resolution-without-vote")
def resolutions_voted(ctx: CheckContext) -> Iterator[Finding]:
    """A council resolution names the vote that adopted it, and that vote is in the dataset."""
    votes = {v.id for v in ctx.dataset.votes}
    for document in ctx.dataset.documents:
        if document.is_resolution and (document.vote is None or document.vote not in votes):
            yield Finding(
                "resolution-without-vote",
                record=f"documents/{document.id}",
                field="vote",
                params={"document": document.symbol, "vote": document.vote or "—"},
            )


@check("invalid-document-symbol")
def document_symbols_read(ctx: CheckContext) -> Iterator[Finding]:
    """Every document's number and symbol reads as a Vietnamese document symbol."""
    for document in ctx.dataset.documents:
        if document.parsed is None:
            yield Finding(
                "invalid-document-symbol",
                record=f"documents/{document.id}",
                field="symbol",
                params={"symbol": document.symbol},
            )


@check(
    "closed-sitting-without-decision",
    "rule-not-encoded",
    rests_on=_LOCAL_GOVERNMENT,
    confidence=_V_S,
)
def closed_sittings_decided(ctx: CheckContext) -> Iterator[Finding]:
    """A closed sitting records the council's decision to hold it closed.

    Law 72/2025/QH15 Art. 34(5), and Law 77/2015/QH13 Art. 78(4) before it: sittings are
    public, closed when the council so decides. On a day whose law hdnd does not encode, the
    check stands aside with information.
    """
    for sitting in ctx.dataset.sittings:
        if sitting.public or sitting.closed_decision:
            continue
        record = f"sittings/{sitting.id}"
        law = ctx.framework(sitting.day).local_government
        if not isinstance(law, _LOCAL_GOVERNMENT) or not ctx.applies(sitting.day):
            yield ctx.stand_aside(
                "closed-sitting-without-decision",
                record=record,
                field="closed_decision",
                day=sitting.day,
            )
            continue
        yield Finding(
            "closed-sitting-without-decision",
            record=record,
            field="closed_decision",
            citation=law.PUBLIC_SITTINGS.citation,
            params={"sitting": sitting.id, "day": sitting.day},
        )
