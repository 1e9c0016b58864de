"""Sessions and sittings: how many, when, numbered how, requested by whom, attended by whom.

The session rules follow the day (the law in force when the session was held); the first
session follows the term (the law of its election day). A council's own working rules may
add an attendance floor and a lead time for documents; those checks run only where the
council sets them (:class:`hdnd.councils.council.WorkingRules`).
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

import attrs

from hdnd.councils.council import Council
from hdnd.councils.terms import Term
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.instrument import Domain
from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.local_government.organs import SessionRequester
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.registry import INSTRUMENTS
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Threshold
from hdnd.sessions.session import Session, SessionKind
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = [
    "attendance_above_floor",
    "documents_sent_on_time",
    "first_session_on_time",
    "regular_sessions_per_year",
    "sessions_inside_term",
    "sessions_numbered_in_order",
    "thematic_sessions_requested",
]


def _councils(ctx: CheckContext) -> Iterator[tuple[Council, Term, tuple[Session, ...]]]:
    index = ctx.index
    for council in ctx.dataset.councils:
        sessions = index.sessions_of(council.id)
        term = index.terms.get(council.term)
        if sessions and term is not None:
            yield council, term, sessions


def _record(session: Session) -> str:
    return f"sessions/{session.id}"


_SESSION_LAWS = (LocalGovernmentLaw2015, LocalGovernmentLaw2025)
"""The local-government laws whose session rules hdnd encodes (and 47/2019, amending 2015)."""
_V_S = (Confidence.VERIFIED, Confidence.SECONDARY)


def _session_law(
    ctx: CheckContext, day: dt.date
) -> LocalGovernmentLaw2015 | LocalGovernmentLaw2025 | None:
    """The local-government law in force on *day*, if it is one whose session rules hdnd has."""
    law = ctx.framework(day).local_government
    return law if isinstance(law, _SESSION_LAWS) and ctx.applies(day) else None


def _year_rules(ctx: CheckContext, year: int) -> tuple[dt.date | None, list[Fact]]:
    """The regular-sessions rule of each law in force during *year*.

    Returns the first day of the year no encoded rule covers (``None`` if every day is), and
    the rules in force, one per law, in date order.
    """
    first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
    changes = (
        cls.effective
        for cls in INSTRUMENTS
        if cls.domain is Domain.LOCAL_GOVERNMENT and first < cls.effective <= last
    )
    days = [first, *sorted(changes)]
    rules: list[Fact] = []
    for day in days:
        law = _session_law(ctx, day)
        if law is None:
            return day, rules
        rules.append(law.REGULAR_SESSIONS_PER_YEAR)
    return None, rules


@check(
    "regular-sessions-below-minimum", "rule-not-encoded", rests_on=_SESSION_LAWS, confidence=_V_S
)
def regular_sessions_per_year(ctx: CheckContext) -> Iterator[Finding]:
    """At least the law's number of regular sessions in each full calendar year of the term.

    Only years that lie wholly inside the term and end before ``as_of`` are counted, and only
    for councils the dataset records sessions of in that year: a year with no session
    recorded says nothing about the council. Each day of the year is under the law in force
    that day: a year some days of which fall under a law whose session rules hdnd does not
    encode (1 March to 15 June 2025, under Law 65/2025/QH15), or under laws that set
    different numbers, is not judged, and a council short of the number stands aside with
    information. A year under two laws cites the rule in force at its end, with the weakest
    confidence of the two.
    """
    for council, term, sessions in _councils(ctx):
        by_year = Counter(s.opening.year for s in sessions)
        regular = Counter(s.opening.year for s in sessions if s.kind is SessionKind.REGULAR)
        for year in sorted(by_year):
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            ended = term.end is not None and term.end < last
            if first < term.election_day or ended or last >= ctx.as_of:
                continue
            uncovered, rules = _year_rules(ctx, year)
            minimum = min((rule.value for rule in rules), default=None)
            if minimum is not None and regular[year] >= minimum:
                continue
            record = f"councils/{council.id}"
            if uncovered is not None or len({rule.value for rule in rules}) > 1:
                day = uncovered or first
                yield ctx.stand_aside("regular-sessions-below-minimum", record=record, day=day)
                continue
            weakest = max((r.citation.confidence for r in rules), key=_CONFIDENCE_ORDER.index)
            yield Finding(
                "regular-sessions-below-minimum",
                record=record,
                citation=attrs.evolve(rules[-1].citation, confidence=weakest),
                params={
                    "council": council.id,
                    "year": str(year),
                    "count": regular[year],
                    "minimum": minimum,
                },
            )


_CONFIDENCE_ORDER = list(Confidence)  # verified, secondary, unverified: weakest last


@check("first-session-late", rests_on=_SESSION_LAWS, confidence=_V_S)
def first_session_on_time(ctx: CheckContext) -> Iterator[Finding]:
    """The first session opens within the time limit after election day.

    The limit is that of the law in force on election day (the term's law); a term elected
    on a day whose law hdnd does not encode is not checked.
    """
    for council, term, sessions in _councils(ctx):
        if _session_law(ctx, term.election_day) is None:
            continue
        deadline = ctx.framework(term.election_day).deadline(DeadlineKind.FIRST_SESSION)
        if isinstance(deadline, NotApplicable):
            continue
        due = deadline.due(term.election_day)
        for session in sessions:
            if session.kind is SessionKind.FIRST and session.opening > due:
                yield Finding(
                    "first-session-late",
                    record=_record(session),
                    field="opening",
                    citation=deadline.citation,
                    params={
                        "council": council.id,
                        "opening": session.opening,
                        "election_day": term.election_day,
                        "due": due,
                    },
                )


@check("session-outside-term")
def sessions_inside_term(ctx: CheckContext) -> Iterator[Finding]:
    """A session opens on or after its term's election day and no later than the term's end."""
    for council, term, sessions in _councils(ctx):
        for session in sessions:
            late = term.end is not None and session.opening > term.end
            if session.opening < term.election_day or late:
                yield Finding(
                    "session-outside-term",
                    record=_record(session),
                    field="opening",
                    params={
                        "council": council.id,
                        "opening": session.opening,
                        "term": term.label,
                        "term_start": term.election_day,
                        "term_end": term.end,
                    },
                )


@check("session-numbering-gap")
def sessions_numbered_in_order(ctx: CheckContext) -> Iterator[Finding]:
    """Sessions of a term are numbered 1, 2, 3 … in opening order, without gaps or repeats."""
    for council, _, sessions in _councils(ctx):
        expected = 1
        for session in sessions:  # in opening order
            if session.number != expected:
                yield Finding(
                    "session-numbering-gap",
                    record=_record(session),
                    field="number",
                    params={
                        "council": council.id,
                        "session": session.id,
                        "number": session.number,
                        "expected": expected,
                    },
                )
            expected = session.number + 1


@check(
    "thematic-session-without-request", "rule-not-encoded", rests_on=_SESSION_LAWS, confidence=_V_S
)
def thematic_sessions_requested(ctx: CheckContext) -> Iterator[Finding]:
    """A thematic or unscheduled session names who required it, and the request suffices.

    A request by delegates needs the law's share of the delegates (a third); by voters, more
    than a tenth of a commune's voters — checked when the signatures are recorded.
    """
    for council, _, sessions in _councils(ctx):
        for session in sessions:
            if not session.kind.needs_request:
                continue
            day = session.convened_on or session.opening
            law = _session_law(ctx, day)
            if law is None:
                if not session.requested_by:
                    yield ctx.stand_aside(
                        "thematic-session-without-request",
                        record=_record(session),
                        field="requested_by",
                        day=day,
                    )
                continue
            refused: list[tuple[SessionRequester | None, Fact | Threshold]] = [
                (requester, law.THEMATIC_SESSION_REQUEST if counted else law.SESSION_REQUESTERS)
                for requester in session.requested_by
                if _allowed(ctx, council, session, requester) is False
                for counted in (requester is SessionRequester.DELEGATES,)
            ]
            if not session.requested_by:
                refused.append((None, law.SESSION_REQUESTERS))
            for requester, rule in refused:
                yield Finding(
                    "thematic-session-without-request",
                    record=_record(session),
                    field="requested_by",
                    citation=rule.citation,
                    params={
                        "council": council.id,
                        "session": session.id,
                        "kind": session.kind,
                        "requester": requester if requester else "—",
                        "signatures": session.request_signatures,
                    },
                )


def _allowed(
    ctx: CheckContext,
    council: Council,
    session: Session,
    requester: SessionRequester,
) -> bool | None:
    law = ctx.framework(session.convened_on or session.opening).local_government
    assert law is not None  # checked by the caller
    counted = requester in (SessionRequester.DELEGATES, SessionRequester.VOTERS)
    if counted and session.request_signatures is None:
        return None  # the record does not say how many signed
    if requester is SessionRequester.DELEGATES:
        total = ctx.index.vote_base(council.id, session.convened_on or session.opening)
        if total == 0:
            return None
        result = law.may_require_session(
            requester, count=min(session.request_signatures or 0, total), total=total
        )
    elif requester is SessionRequester.VOTERS:
        return None  # the number of the commune's voters is not in the dataset
    else:
        result = law.may_require_session(requester)
    return None if isinstance(result, NotApplicable) else result


@check("documents-sent-late")
def documents_sent_on_time(ctx: CheckContext) -> Iterator[Finding]:
    """Documents reach delegates the council's lead time before the opening (if it sets one)."""
    for council, _, sessions in _councils(ctx):
        lead = council.working_rules.documents_lead_days
        if lead is None:
            continue
        for session in sessions:
            sent = session.documents_sent
            if sent is not None and (session.opening - sent).days < lead:
                yield Finding(
                    "documents-sent-late",
                    record=_record(session),
                    field="documents_sent",
                    params={
                        "council": council.id,
                        "session": session.id,
                        "sent": sent,
                        "opening": session.opening,
                        "lead": lead,
                    },
                )


@check("attendance-below-floor")
def attendance_above_floor(ctx: CheckContext) -> Iterator[Finding]:
    """Sittings meet the council's own attendance floor (only where its working rules set one).

    The base is the council's membership on the day of the sitting.
    """
    index = ctx.index
    for council, _, sessions in _councils(ctx):
        floor = council.working_rules.floor
        if not floor.is_set:
            continue
        for session in sessions:
            for sitting in index.sittings_of(session.id):
                if not sitting.attendance:
                    continue
                total = index.vote_base(council.id, sitting.day)
                present = min(len(sitting.present()), total)
                if total and not floor.is_met(present, total):
                    yield Finding(
                        "attendance-below-floor",
                        record=f"sittings/{sitting.id}",
                        field="attendance",
                        params={
                            "council": council.id,
                            "sitting": sitting.id,
                            "present": present,
                            "total": total,
                            "minimum": floor.minimum_present(total),
                        },
                    )
