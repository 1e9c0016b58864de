"""Council organs: the committees the law gives a unit, and the number of vice-chairs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence

import attrs

from hdnd._core.i18n import Language
from hdnd.councils.council import Council
from hdnd.councils.offices import Post
from hdnd.law.citation import Citation, Confidence
from hdnd.law.instrument import LocalGovernmentLaw
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.local_government.organs import (
    NQ106_FIRST_ELECTION,
    Committee,
    max_vice_chairs,
    nq106_applies,
)
from hdnd.law.local_government.seats import NotApplicable
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["committees_allowed", "vice_chairs_within_limit"]


@attrs.frozen
class _Committees:
    """A list of committees, written in the reader's language."""

    committees: Sequence[Committee]

    def localize(self, language: Language) -> str:
        """The committees' names, separated by commas."""
        return ", ".join(c.label(language) for c in self.committees)


def _constituted(ctx: CheckContext, council: Council) -> dt.date | None:
    """The day *council* was constituted: its first session, else its term's election day."""
    if council.first_session is not None:
        return council.first_session
    term = ctx.index.terms.get(council.term)
    return term.election_day if term is not None else None


@check(
    "committee-not-allowed-for-unit",
    rests_on=(LocalGovernmentLaw2015, LocalGovernmentLaw2025),
    confidence=(Confidence.VERIFIED, Confidence.UNVERIFIED),
)
def committees_allowed(ctx: CheckContext) -> Iterator[Finding]:
    """A council sets up only the committees the law gives councils of its kind of unit.

    The law is the local-government law in force when the council was constituted (its
    ``first_session``, else its term's election day): under Law 72/2025/QH15 Art. 29(3)(a),
    for example, commune-level councils have no legal-affairs committee. An ethnic-affairs
    committee is allowed only for the kinds of unit where the law lets councils set one up.
    Councils whose unit is unknown, or whose law hdnd does not encode, are not checked.
    """
    index = ctx.index
    for council in ctx.dataset.councils:
        day = _constituted(ctx, council)
        if not council.committees or day is None or not index.has_unit(council.unit):
            continue
        if not ctx.applies(day):
            continue
        law = ctx.framework(day).local_government
        if law is None:
            continue
        kind = index.unit(council.unit).kind
        allowed = law.committees(kind, ethnic_committee=law.may_have_ethnic_committee(kind))
        if isinstance(allowed, NotApplicable):
            continue
        for position, committee in enumerate(council.committees):
            if committee in allowed:
                continue
            yield Finding(
                "committee-not-allowed-for-unit",
                record=f"councils/{council.id}",
                field=f"committees.{position}",
                citation=_committee_rule(law, kind, committee),
                params={
                    "council": council.id,
                    "kind": kind,
                    "committee": committee,
                    "allowed": _Committees(allowed),
                },
            )


def _committee_rule(law: LocalGovernmentLaw, kind: UnitKind, committee: Committee) -> Citation:
    ethnic = law.ETHNIC_COMMITTEE_KINDS
    if committee is Committee.ETHNIC_AFFAIRS and ethnic is not None:
        return ethnic.citation
    return law.COMMITTEES[kind].citation


@check("vice-chairs-over-limit", since=NQ106_FIRST_ELECTION, confidence=(Confidence.SECONDARY,))
def vice_chairs_within_limit(ctx: CheckContext) -> Iterator[Finding]:
    """No more vice-chairs in office than Resolution 106/2025/UBTVQH15 allows.

    Only councils elected from the 2026–2031 term on
    (:func:`hdnd.law.local_government.organs.nq106_applies`)
    are checked, on the day
    checked: a commune-level council has one vice-chair; a provincial council two, or three
    or four when its unit was formed by merging two or three provinces (the number of
    councils it was ``formed_from``), a centrally-run city formed from three having four.
    The resolution was read in press summaries only, so the finding is a warning.
    """
    index = ctx.index
    for council in ctx.dataset.councils:
        term = index.terms.get(council.term)
        offices = index.offices_of_council(council.id)
        if term is None or not offices or not term.covers(ctx.as_of):
            continue
        if not nq106_applies(term.election_day) or not index.has_unit(council.unit):
            continue
        count = sum(1 for o in offices if o.post is Post.VICE_CHAIR and o.covers(ctx.as_of))
        if count <= 1:
            continue
        kind = index.unit(council.unit).kind
        merged = (len(council.formed_from) or 1) if kind.level is Level.PROVINCE else 1
        try:
            limit = max_vice_chairs(kind.level, merged, kind)
        except ValueError:  # a district, or formed from more than three
            continue
        if count > limit.value:
            yield Finding(
                "vice-chairs-over-limit",
                record=f"councils/{council.id}",
                citation=limit.citation,
                params={
                    "council": council.id,
                    "day": ctx.as_of,
                    "count": count,
                    "limit": limit.value,
                },
            )
