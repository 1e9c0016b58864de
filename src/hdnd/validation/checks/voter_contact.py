"""Voter contact: the time limits of voter petitions, and voter contact before regular sessions.

The rules are those of Joint resolution 72/2025, in force from 20 February 2025; the joint
resolution it replaced is not encoded, so nothing before that day is judged. Each limit is
judged under the law in force on the day it starts (for a limit that ends *before* a
session, on its last day). Only petitions compiled by a council's delegates (``council``)
are judged: those of the National Assembly delegation alone run the limits of Art. 37 and
49 (60 days to answer), which hdnd does not encode. A record merged into another
(``merged_into``) is judged in the petition it was merged into, which also takes its
meetings. Messages name petitions, meetings and sessions by id, never a voter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence

import attrs

from hdnd._core.formatting import format_date
from hdnd._core.i18n import N_, Language, translate
from hdnd.calendar.workdays import add_working_days
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.instrument import Domain
from hdnd.law.petitions.timeline import TimeLimit, time_limit
from hdnd.law.voter_contact.voter_contact2025 import VoterContactResolution2025
from hdnd.sessions.session import Session, SessionKind
from hdnd.validation.checks.petitions import DUE_SOON_WORKING_DAYS, judge_limit
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check
from hdnd.voter_contact.kinds import MeetingOccasion
from hdnd.voter_contact.meeting import VoterMeeting
from hdnd.voter_contact.petition import VoterPetition

__all__ = [
    "voter_petition_limits_kept",
    "voter_petition_summaries_on_time",
    "voters_met_before_regular_sessions",
]

_LAW = (VoterContactResolution2025,)
_V = (Confidence.VERIFIED,)

_ROUNDS = frozenset({MeetingOccasion.BEFORE_SESSION, MeetingOccasion.AFTER_SESSION, None})
"""Occasions whose petitions are compiled within the limit from the meeting's day (Art. 41(2)).

A meeting with a group of voters reaches the delegate group through the delegate, and the
limit then runs from that letter's receipt, which the records do not keep; around a thematic
session the standing committee decides. A meeting whose occasion is not recorded is taken
as one of the rounds before and after regular sessions, by far the most common."""


@attrs.frozen
class _Clock:
    """A time limit running on a voter petition, the day it was met and the field it is in."""

    limit: TimeLimit
    done: dt.date | None
    field: str


def _meetings_of(ctx: CheckContext) -> Mapping[str, list[VoterMeeting]]:
    """The meetings of each judged petition: its own, and those of the records merged into it."""
    meetings: Mapping[str, VoterMeeting] = ctx.index.keyed.get("voter_meetings", {})
    found: dict[str, list[VoterMeeting]] = {}
    for petition in ctx.dataset.voter_petitions:
        owner = petition.merged_into or petition.id
        found.setdefault(owner, []).extend(meetings[m] for m in petition.raised_at if m in meetings)
    return found


def _judged(ctx: CheckContext) -> Iterator[VoterPetition]:
    """The petitions of a council that were not merged into another."""
    for petition in ctx.dataset.voter_petitions:
        if petition.council is not None and petition.merged_into is None:
            yield petition


def _limit(ctx: CheckContext, kind: DeadlineKind, start: dt.date) -> TimeLimit | None:
    if not ctx.applies(start):
        return None
    limit = time_limit(kind, start)
    return limit if isinstance(limit, TimeLimit) else None


def _clocks(
    ctx: CheckContext, petition: VoterPetition, meetings: Sequence[VoterMeeting]
) -> Iterator[_Clock]:
    """The limits running on *petition*: compilation, answer, publication of the answer."""
    last = max(meetings, key=lambda m: m.day, default=None)
    if last is not None and last.occasion in _ROUNDS:
        compiled = _limit(ctx, DeadlineKind.VOTER_PETITION_COMPILATION, last.day)
        if compiled is not None:
            yield _Clock(compiled, petition.compiled, "compiled")
    if petition.forwarded is None:
        return
    answer = _limit(ctx, DeadlineKind.VOTER_PETITION_ANSWER, petition.forwarded)
    if answer is None:
        return
    yield _Clock(answer, petition.answered, "answered")
    # Art. 51(1): published within 15 working days of the end of the answer's time limit
    published = _limit(ctx, DeadlineKind.VOTER_PETITION_PUBLICATION, answer.due)
    if published is not None:
        yield _Clock(published, petition.published, "published")


@check(
    "voter-petition-deadline-missed",
    "voter-petition-deadline-due-soon",
    rests_on=_LAW,
    confidence=_V,
)
def voter_petition_limits_kept(ctx: CheckContext) -> Iterator[Finding]:
    """Every time limit running on a voter petition is kept as of ``as_of``.

    Compilation runs from the last meeting the petition was raised at (Art. 41(2)), the
    answer from the day it was forwarded to the competent body (Art. 50(1)), publication
    from the last day of the answer's limit (Art. 51(1)). A limit is missed when its step
    came after the last day, or has not come and ``as_of`` is past it; one not yet met
    whose last day falls within the next few working days is due soon (information).
    Limits that start after ``as_of`` are not judged.
    """
    soon = add_working_days(ctx.as_of, DUE_SOON_WORKING_DAYS)
    meetings = _meetings_of(ctx)
    for petition in _judged(ctx):
        for clock in _clocks(ctx, petition, meetings.get(petition.id, [])):
            limit = clock.limit
            if limit.start > ctx.as_of:
                continue
            state, params = judge_limit(petition.id, limit, clock.done, as_of=ctx.as_of, soon=soon)
            record, citation = f"voter_petitions/{petition.id}", limit.rule.citation
            if state == "missed":
                yield Finding(
                    "voter-petition-deadline-missed",
                    record=record,
                    field=clock.field,
                    citation=citation,
                    params=params,
                )
            elif state == "soon":
                yield Finding(
                    "voter-petition-deadline-due-soon",
                    record=record,
                    field=clock.field,
                    citation=citation,
                    params=params,
                )


def _prepared(meetings: Iterable[VoterMeeting], sessions: Mapping[str, Session]) -> Session | None:
    """The session the meetings prepare: named by a meeting held before it opens (the last)."""
    named = [(m.day, sessions.get(m.session or "")) for m in meetings]
    prepared = [s for day, s in named if s is not None and day < s.opening]
    return max(prepared, key=lambda s: s.opening, default=None)


@check("voter-petition-summary-late", rests_on=_LAW, confidence=_V)
def voter_petition_summaries_on_time(ctx: CheckContext) -> Iterator[Finding]:
    """The summary report holding a voter petition reached the People's Committee in time.

    At least 7 working days before the session opens (Art. 42(2)); the session is the one
    the petition's meetings prepare (a session a meeting names and that opens after it; the
    last, if several). Only a recorded ``summarised`` day is judged, and only when the law
    is in force on the last day to send it.
    """
    meetings = _meetings_of(ctx)
    sessions: Mapping[str, Session] = ctx.index.keyed.get("sessions", {})
    for petition in _judged(ctx):
        if petition.summarised is None:
            continue
        session = _prepared(meetings.get(petition.id, []), sessions)
        if session is None:
            continue
        law = ctx.framework(session.opening).instrument(Domain.VOTER_CONTACT)
        rule = law.deadline(DeadlineKind.VOTER_PETITION_SUMMARY) if law is not None else None
        if rule is None:
            continue
        due = rule.due(session.opening)
        if not ctx.applies(due) or petition.summarised <= due:
            continue
        yield Finding(
            "voter-petition-summary-late",
            record=f"voter_petitions/{petition.id}",
            field="summarised",
            citation=rule.citation,
            params={
                "petition": petition.id,
                "summarised": petition.summarised,
                "rule": rule,
                "session": session.id,
                "opening": session.opening,
                "due": due,
            },
        )


@attrs.frozen
class _Window:
    """The days a meeting preparing a session falls on, written in the reader's language."""

    previous: Session | None

    def localize(self, language: Language) -> str:
        """``từ ngày 10/12/2025 (bế mạc kỳ họp k1) đến trước ngày khai mạc`` / ``before …``."""
        if self.previous is None:
            return translate(N_("trước ngày khai mạc"), language)
        return translate(
            N_("từ ngày {day} (bế mạc kỳ họp thường lệ {session}) đến trước ngày khai mạc"),
            language,
            day=format_date(self.previous.last_day, language),
            session=self.previous.id,
        )


def _contacted(meetings: Iterable[VoterMeeting], session: Session, window: _Window) -> bool:
    since = window.previous.last_day if window.previous is not None else dt.date.min
    return any(
        m.day < session.opening and (m.session == session.id or since <= m.day) for m in meetings
    )


@check("regular-session-without-voter-contact", rests_on=_LAW, confidence=_V)
def voters_met_before_regular_sessions(ctx: CheckContext) -> Iterator[Finding]:
    """Delegates met voters before each regular session (Art. 26(1)).

    A regular session that opens on or before ``as_of`` is prepared when a voter meeting of
    its council was held before it opened and names it (``session``), or was held from the
    closing day of the council's previous regular session (any earlier day, without one) to
    the day before it opens; a meeting after the session, reporting on it, does not count.
    The check runs only for councils the dataset holds voter meetings of: a dataset that
    keeps no voter-contact records says nothing about voter contact. A warning: the law
    sets no number of days, and the meetings recorded may be incomplete.
    """
    held: dict[str, list[VoterMeeting]] = {}
    for meeting in ctx.dataset.voter_meetings:
        if meeting.council is not None:
            held.setdefault(meeting.council, []).append(meeting)
    grouped: Mapping[str, Sequence[Session]] = ctx.index.grouped.get("sessions", {})
    for council, meetings in held.items():
        previous: Session | None = None
        for session in grouped.get(council, ()):
            if session.kind is not SessionKind.REGULAR:
                continue
            window, previous = _Window(previous), session
            if session.opening > ctx.as_of or not ctx.applies(session.opening):
                continue
            law = ctx.framework(session.opening).instrument(Domain.VOTER_CONTACT)
            if not isinstance(law, VoterContactResolution2025) or _contacted(
                meetings, session, window
            ):
                continue
            yield Finding(
                "regular-session-without-voter-contact",
                record=f"sessions/{session.id}",
                citation=law.CONTACT_BEFORE_REGULAR_SESSIONS.citation,
                params={
                    "session": session.id,
                    "council": council,
                    "opening": session.opening,
                    "window": window,
                },
            )
