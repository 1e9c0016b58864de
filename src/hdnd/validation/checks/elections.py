"""Elections: constituencies, candidate lists, turnout, winners, by-elections, candidates' age.

Each election is judged under the election law in force on its day (Law 85/2015/QH13, as
amended by Law 83/2025/QH15 from 1 July 2025); an election held on a day for which hdnd
encodes no election law (before 1 September 2015) is not checked. A council's
constituencies are judged under the law its term was elected under.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping

import attrs

from hdnd._core.i18n import N_, Language, translate
from hdnd.councils.council import Council
from hdnd.councils.terms import Term
from hdnd.delegates.delegate import age_on
from hdnd.elections.election import Election, ElectionKind, election_law
from hdnd.law.citation import Confidence
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.local_government.seats import NotApplicable
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = [
    "by_elections_allowed",
    "candidate_lists_long_enough",
    "candidates_of_age",
    "constituency_seats_within_limit",
    "turnout_valid",
    "winners_as_counted",
]

_ELECTION_LAW = (ElectionLaw2015,)  # and Law 83/2025/QH15, which amends it
_VERIFIED = (Confidence.VERIFIED,)

_LIST_KINDS = (ElectionKind.GENERAL, ElectionKind.RERUN, ElectionKind.BY_ELECTION)
"""Elections with an official candidate list of their own (a supplementary round has the
unelected candidates of the first round, Law 85/2015/QH13 Art. 79(3))."""


@attrs.frozen
class _Names:
    """Candidate ids separated by commas, or "nobody" in the reader's language."""

    ids: tuple[str, ...]

    def localize(self, language: Language) -> str:
        """The ids, or a word for none."""
        return ", ".join(self.ids) if self.ids else translate(N_("không có ai"), language)


def _elections(ctx: CheckContext) -> Iterator[tuple[Election, ElectionLaw]]:
    for election in ctx.dataset.elections:
        law = election_law(election.day)
        if law is not None and ctx.applies(election.day):
            yield election, law


def _over_limit(seats: int, law: ElectionLaw) -> bool:
    limit: int = law.MAX_SEATS_PER_CONSTITUENCY.value
    return seats > limit


@check("constituency-seats-over-limit", rests_on=_ELECTION_LAW, confidence=_VERIFIED)
def constituency_seats_within_limit(ctx: CheckContext) -> Iterator[Finding]:
    """A council constituency elects at most five delegates (Law 85/2015/QH13 Art. 10(4)).

    Checked for the constituencies a council declares (under the election law of its term's
    election day) and for the seats of every election record (under the law of its day).
    """
    index = ctx.index
    for council in ctx.dataset.councils:
        term = index.terms.get(council.term)
        law = election_law(term.election_day) if term is not None else None
        if law is None or term is None or not ctx.applies(term.election_day):
            continue
        for position, constituency in enumerate(council.constituencies):
            if _over_limit(constituency.seats, law):
                yield Finding(
                    "constituency-seats-over-limit",
                    record=f"councils/{council.id}",
                    field=f"constituencies.{position}.seats",
                    citation=law.MAX_SEATS_PER_CONSTITUENCY.citation,
                    params={
                        "constituency": constituency.id,
                        "council": council.id,
                        "seats": constituency.seats,
                        "limit": law.MAX_SEATS_PER_CONSTITUENCY.value,
                    },
                )
    for election, law in _elections(ctx):
        if _over_limit(election.seats, law):
            yield Finding(
                "constituency-seats-over-limit",
                record=f"elections/{election.id}",
                field="seats",
                citation=law.MAX_SEATS_PER_CONSTITUENCY.citation,
                params={
                    "constituency": election.constituency,
                    "council": election.council,
                    "seats": election.seats,
                    "limit": law.MAX_SEATS_PER_CONSTITUENCY.value,
                },
            )


@check("candidate-list-too-short", rests_on=_ELECTION_LAW, confidence=_VERIFIED)
def candidate_lists_long_enough(ctx: CheckContext) -> Iterator[Finding]:
    """The official list names more candidates than there are seats (Art. 58(3)).

    One or two seats need at least one candidate more, three seats two more, four or five
    seats three more. Records that list no candidate, supplementary rounds and elections of
    more seats than a constituency may elect are not checked here.
    """
    for election, law in _elections(ctx):
        if election.kind not in _LIST_KINDS or not election.candidates:
            continue
        if _over_limit(election.seats, law):
            continue  # constituency-seats-over-limit
        minimum = law.minimum_candidates(election.seats)
        if len(election.candidates) < minimum:
            yield Finding(
                "candidate-list-too-short",
                record=f"elections/{election.id}",
                field="candidates",
                citation=law.CANDIDATE_MARGIN.citation,
                params={
                    "election": election.id,
                    "candidates": len(election.candidates),
                    "seats": election.seats,
                    "minimum": minimum,
                },
            )


def _rerun_followed(ctx: CheckContext, election: Election) -> bool:
    """Whether the dataset holds a later re-run of the same council and constituency."""
    return any(
        other.kind is ElectionKind.RERUN
        and other.day > election.day
        and other.constituency == election.constituency
        for other in ctx.index.elections_of(election.council)
    )


@check("election-turnout-invalid", rests_on=_ELECTION_LAW, confidence=_VERIFIED)
def turnout_valid(ctx: CheckContext) -> Iterator[Finding]:
    """More than half of the voters on the list must vote (Art. 78(1)).

    Otherwise the election is held again (Art. 80); the re-run's result stands whatever its
    turnout, so a re-run is not reported, nor an election whose re-run the dataset holds.
    """
    for election, law in _elections(ctx):
        rerun = election.kind is ElectionKind.RERUN
        if not law.rerun_needed(election.voted, election.voters_on_list, rerun=rerun):
            continue
        if _rerun_followed(ctx, election):
            continue
        yield Finding(
            "election-turnout-invalid",
            record=f"elections/{election.id}",
            field="voted",
            citation=law.TURNOUT.citation,
            params={
                "election": election.id,
                "day": election.day,
                "voted": election.voted,
                "voters": election.voters_on_list,
                "turnout": election.turnout,
            },
        )


@check("winner-without-majority", rests_on=_ELECTION_LAW, confidence=_VERIFIED)
def winners_as_counted(ctx: CheckContext) -> Iterator[Finding]:
    """The winners announced are those the law gives (Art. 78(2)-(4)).

    Computed by :meth:`hdnd.elections.election.Election.count`: more than half of the valid ballots,
    the most votes within the seats, ties at the cut-off to the older candidate. Where the law
    leaves a tie open (equal votes, same date of birth), any of the tied candidates may fill
    the seats they compete for. Records without announced winners are not checked.
    """
    for election, law in _elections(ctx):
        if election.elected is None:
            continue
        result = election.count(law)
        announced = set(election.elected)
        certain = set(result.elected)
        extra = announced - certain
        agrees = (
            certain <= announced and extra <= set(result.tied) and len(extra) <= result.tied_seats
        )
        if agrees:
            continue
        yield Finding(
            "winner-without-majority",
            record=f"elections/{election.id}",
            field="elected",
            citation=law.WINNER_MAJORITY.citation,
            params={
                "election": election.id,
                "announced": _Names(election.elected),
                "computed": _Names(result.elected),
            },
        )


def _term_end(ctx: CheckContext, term: Term, council: Council) -> dt.date | None:
    if term.end is not None:
        return term.end
    start = council.first_session or term.first_session or term.election_day
    law = ctx.framework(start).local_government  # the term the law of its opening sets
    return law.term_end(start) if law is not None else None


@check("by-election-not-allowed", rests_on=_ELECTION_LAW, confidence=_VERIFIED)
def by_elections_allowed(ctx: CheckContext) -> Iterator[Finding]:
    """A by-election needs more than 18 months of the term left and a short council (Art. 89).

    Short means more than a third of the delegates elected at the start missing (the
    council's ``declared_seats``, else its statutory quota), or, for a council formed by
    merger (``formed_from``), fewer than two thirds of its statutory seats. The delegates in
    office are those serving the day before the by-election. The term ends on its ``end``,
    or five years after the council's first session when it has none. Councils with no
    delegate recorded are not checked.
    """
    index = ctx.index
    for election, law in _elections(ctx):
        if election.kind is not ElectionKind.BY_ELECTION:
            continue
        council = index.councils.get(election.council)
        term = index.terms.get(council.term) if council is not None else None
        if council is None or term is None or not index.mandates_of(council.id):
            continue
        statutory = _statutory_seats(ctx, council)
        at_start = council.declared_seats or statutory
        merged = statutory if council.formed_from else None
        if at_start is None and merged is None:
            continue
        eve = election.day - dt.timedelta(days=1)
        in_office = sum(1 for _ in index.serving(council.id, eve))
        term_end = _term_end(ctx, term, council)
        if term_end is None:
            continue
        allowed = law.by_election_allowed(
            on=election.day,
            term_end=term_end,
            in_office=in_office,
            elected_at_start=at_start,
            statutory_seats=merged,
        )
        if allowed:
            continue
        yield Finding(
            "by-election-not-allowed",
            record=f"elections/{election.id}",
            field="kind",
            citation=law.BY_ELECTION_SHORTFALL.citation,
            params={
                "election": election.id,
                "day": election.day,
                "council": council.id,
                "in_office": in_office,
                "seats": at_start if at_start is not None else merged,
                "term_end": term_end,
                "months": law.BY_ELECTION_MONTHS_LEFT.value,
            },
        )


def _statutory_seats(ctx: CheckContext, council: Council) -> int | None:
    if not ctx.index.has_unit(council.unit):
        return None
    quota = ctx.index.seat_quota(council)
    return None if isinstance(quota, NotApplicable) else quota.seats


@check("delegate-under-age", rests_on=_ELECTION_LAW, confidence=_VERIFIED)
def candidates_of_age(ctx: CheckContext) -> Iterator[Finding]:
    """Delegates and candidates are at least 21 on election day (Law 85/2015/QH13 Art. 2).

    A delegate's election day is that of the election record the mandate names
    (``mandates.N.election``), else that of the council's term; a mandate continued from
    another council (``transferred_from``) is judged on the term's election day as well.
    Candidates of an election record are judged on its day. People without a birth date are
    not checked.
    """
    by_id: Mapping[str, Election] = {e.id: e for e in ctx.dataset.elections}
    for delegate in ctx.dataset.delegates:
        born = delegate.birth_date
        if born is None:
            continue
        for position, mandate in enumerate(delegate.mandates):
            day = _election_day(ctx, mandate.council, by_id.get(mandate.election or ""))
            law = election_law(day) if day is not None else None
            if day is None or law is None or not ctx.applies(day):
                continue
            minimum: int = law.MINIMUM_CANDIDATE_AGE.value
            age = age_on(born, day)
            if age < minimum:
                yield Finding(
                    "delegate-under-age",
                    record=f"delegates/{delegate.id}",
                    field=f"mandates.{position}",
                    citation=law.MINIMUM_CANDIDATE_AGE.citation,
                    params={
                        "person": delegate.name,
                        "born": born,
                        "day": day,
                        "age": age,
                        "minimum": minimum,
                    },
                )
    for election, law in _elections(ctx):
        least: int = law.MINIMUM_CANDIDATE_AGE.value
        for position, candidate in enumerate(election.candidates):
            age = age_on(candidate.birth_date, election.day)
            if age < least:
                yield Finding(
                    "delegate-under-age",
                    record=f"elections/{election.id}",
                    field=f"candidates.{position}.birth_date",
                    citation=law.MINIMUM_CANDIDATE_AGE.citation,
                    params={
                        "person": candidate.name,
                        "born": candidate.birth_date,
                        "day": election.day,
                        "age": age,
                        "minimum": least,
                    },
                )


def _election_day(ctx: CheckContext, council_id: str, election: Election | None) -> dt.date | None:
    """The day a delegate of *council_id* was elected: the election record's, else the term's."""
    if election is not None:
        return election.day
    council = ctx.index.councils.get(council_id)
    term = ctx.index.terms.get(council.term) if council is not None else None
    return term.election_day if term is not None else None
