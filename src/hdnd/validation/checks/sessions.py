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

from hdnd.councils.council import Council
from hdnd.councils.terms import Term
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.local_government.organs import SessionRequester
from hdnd.law.local_government.seats import NotApplicable
from hdnd.sessions.session import Session, SessionKind
from hdnd.validation.engine import CheckContext, check
from hdnd.validation.finding import Finding

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


@check("regular-sessions-below-minimum")
def regular_sessions_per_year(ctx: CheckContext) -> Iterator[Finding]:
    """At least the law's number of regular sessions in each full calendar year of the term.

    Only years that lie wholly inside the term and end before ``as_of`` are counted, and only
    for councils the dataset records sessions of in that year: a year with no session
    recorded says nothing about the council.
    """
    for council, term, sessions in _councils(ctx):
        by_year = Counter(s.opening.year for s in sessions)
        regular = Counter(s.opening.year for s in sessions if s.kind is SessionKind.REGULAR)
        for year in sorted(by_year):
            first, last = dt.date(year, 1, 1), dt.date(year, 12, 31)
            ended = term.end is not None and term.end < last
            if first < term.election_day or ended or last >= ctx.as_of:
                continue
            law = ctx.framework(last).local_government
            rule = getattr(law, "REGULAR_SESSIONS_PER_YEAR", None)
            if rule is None or regular[year] >= rule.value:
                continue
            yield Finding(
                "regular-sessions-below-minimum",
                record=f"councils/{council.id}",
                citation=rule.citation,
                params={
                    "council": council.id,
                    "year": str(year),
                    "count": regular[year],
                    "minimum": rule.value,
                },
            )


@check("first-session-late")
def first_session_on_time(ctx: CheckContext) -> Iterator[Finding]:
    """The first session opens within the time limit after election day (45 days)."""
    for council, term, sessions in _councils(ctx):
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


@check("thematic-session-without-request")
def thematic_sessions_requested(ctx: CheckContext) -> Iterator[Finding]:
    """A thematic or unscheduled session names who required it, and the request suffices.

    A request by delegates needs the law's share of the delegates (a third); by voters, more
    than a tenth of a commune's voters — checked when the signatures are recorded.
    """
    for council, _, sessions in _councils(ctx):
        for session in sessions:
            if not session.kind.needs_request:
                continue
            law = ctx.framework(session.convened_on or session.opening).local_government
            if law is None:
                continue
            refused: list[tuple[SessionRequester | None, object]] = [
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
                    citation=getattr(rule, "citation", None),
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
