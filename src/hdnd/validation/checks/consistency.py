"""Linked records that agree: attendance, tallies and documents against what they cite.

Attendance falls within the delegate's mandate, tallies within the delegates present, and a
document matches the vote it cites.

These are data-consistency checks: each compares two records of the dataset, and the
findings name the record at fault and its field.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from hdnd._core.i18n import N_, Phrase
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["attendance_within_mandates", "documents_match_their_votes", "tallies_within_present"]


@check("attendance-outside-mandate")
def attendance_within_mandates(ctx: CheckContext) -> Iterator[Finding]:
    """Attendance is recorded only for delegates whose mandate covers the sitting's day.

    A delegate who had left the council (or had not yet joined it) on the day of a sitting
    cannot be present or absent at it; attendance and vote rates count only sittings inside a
    delegate's own service. Unknown delegates are ``unresolved-reference``.
    """
    index = ctx.index
    sessions = {s.id: s for s in ctx.dataset.sessions}
    # the days each delegate held a seat on each council, as (first, last) spans
    spans: dict[tuple[str, str], list[tuple[dt.date, dt.date]]] = {}
    for person in ctx.dataset.delegates:
        for mandate in person.mandates:
            last = dt.date.max if mandate.end is None else mandate.end
            spans.setdefault((person.id, mandate.council), []).append((mandate.start, last))
    for sitting in ctx.dataset.sittings:
        session = sessions.get(sitting.session)
        if session is None:
            continue
        council, day = session.council, sitting.day
        for position, attendance in enumerate(sitting.attendance):
            for first, last in spans.get((attendance.delegate, council), ()):
                if first <= day <= last:
                    break
            else:
                delegate = index.delegates.get(attendance.delegate)
                if delegate is None:
                    continue
                yield Finding(
                    "attendance-outside-mandate",
                    record=f"sittings/{sitting.id}",
                    field=f"attendance.{position}.delegate",
                    params={
                        "sitting": sitting.id,
                        "day": sitting.day,
                        "delegate": delegate.id,
                        "council": session.council,
                    },
                )


@check("votes-exceed-present")
def tallies_within_present(ctx: CheckContext) -> Iterator[Finding]:
    """Delegates voting in favour or against are no more than those recorded present.

    Checked where the sitting records attendance; a sitting without attendance records
    says nothing about who was there.
    """
    sittings = {s.id: s for s in ctx.dataset.sittings}
    for vote in ctx.dataset.votes:
        sitting = sittings.get(vote.sitting)
        if sitting is None or not sitting.attendance:
            continue
        present = len(sitting.present())
        voting = vote.in_favour + vote.against
        if voting > present:
            yield Finding(
                "votes-exceed-present",
                record=f"votes/{vote.id}",
                params={
                    "vote": vote.id,
                    "voting": voting,
                    "sitting": sitting.id,
                    "present": present,
                },
            )


@check("document-vote-mismatch")
def documents_match_their_votes(ctx: CheckContext) -> Iterator[Finding]:
    """A document and the vote it cites agree: same council and session, passed, signed after.

    Unknown votes, sittings and sessions are ``unresolved-reference``; a resolution naming no
    vote is ``resolution-without-vote``.
    """
    votes = {v.id: v for v in ctx.dataset.votes}
    sittings = {s.id: s for s in ctx.dataset.sittings}
    sessions = {s.id: s for s in ctx.dataset.sessions}
    for document in ctx.dataset.documents:
        vote = votes.get(document.vote) if document.vote else None
        sitting = sittings.get(vote.sitting) if vote else None
        session = sessions.get(sitting.session) if sitting else None
        if vote is None or sitting is None or session is None:
            continue
        problems: list[tuple[str, Phrase]] = []
        if session.council != document.council:
            problems.append(
                ("council", Phrase(N_("biểu quyết đó là của {other}"), other=session.council))
            )
        if document.session is not None and document.session != session.id:
            problems.append(
                (
                    "session",
                    Phrase(N_("biểu quyết đó thuộc kỳ họp {other}"), other=session.id),
                )
            )
        if vote.passed is False:
            problems.append(("vote", Phrase(N_("biểu quyết đó không thông qua"))))
        if document.signed < sitting.day:
            problems.append(
                ("signed", Phrase(N_("văn bản ký trước ngày biểu quyết {day}"), day=sitting.day))
            )
        for field, problem in problems:
            yield Finding(
                "document-vote-mismatch",
                record=f"documents/{document.id}",
                field=field,
                params={"document": document.symbol, "vote": vote.id, "problem": problem},
            )
