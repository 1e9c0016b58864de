"""Citizen reception and petitions: time limits, crowds, splits, anonymity, duplicates, refusals.

Each petition's time limits (:func:`hdnd.petitions.deadlines.time_limits`) are judged on
``as_of`` under the law in force on the day each limit starts; the other checks compare a
record with the rule of its own day or with the records it names. Messages never carry a
petitioner's or visitor's name: records are named by their ids.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

from hdnd._core.i18n import N_
from hdnd.calendar.workdays import add_working_days
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.instrument import Domain
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.amendments136_2025 import ReceptionAmendment2025
from hdnd.law.petitions.complaints2011 import ComplaintsLaw2011
from hdnd.law.petitions.denunciations2018 import DenunciationLaw2018
from hdnd.law.petitions.reception2013 import CitizenReceptionLaw2013
from hdnd.law.petitions.timeline import TimeLimit, time_limit
from hdnd.petitions.deadlines import first_decision, time_limits
from hdnd.petitions.kinds import PetitionKind, ReceptionPlace, StepKind, VisitKind
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = [
    "complaints_within_limitation",
    "crowds_represented",
    "denunciations_named",
    "duplicates_counted_once",
    "forwarded_with_recipient",
    "judge_limit",
    "mixed_petitions_split",
    "online_reception_provided",
    "refusals_notified",
    "time_limits_kept",
]

DUE_SOON_WORKING_DAYS = 3
"""How far ahead ``petition-deadline-due-soon`` looks: a reporting choice, not a rule of law."""

_LIMITS = (CitizenReceptionLaw2013, ComplaintsLaw2011, DenunciationLaw2018)
_V = (Confidence.VERIFIED,)
_S = (Confidence.SECONDARY,)


@check(
    "petition-deadline-missed",
    "petition-deadline-due-soon",
    rests_on=_LIMITS,
    confidence=(Confidence.VERIFIED, Confidence.SECONDARY),
)
def time_limits_kept(ctx: CheckContext) -> Iterator[Finding]:
    """Every time limit running on a petition is kept as of ``as_of``.

    A limit is missed when the step that meets it came after its last day, or when it has
    not come and ``as_of`` is past that day; a limit not yet met whose last day falls within
    the next few working days is due soon (information). Limits that start after ``as_of``
    are not judged.
    """
    soon = add_working_days(ctx.as_of, DUE_SOON_WORKING_DAYS)
    petitions = ctx.index.keyed.get("petitions", {})
    for petition in ctx.dataset.petitions:
        earlier = None if petition.follow_up_of is None else petitions.get(petition.follow_up_of)
        for clock in time_limits(petition, earlier=earlier):
            limit = clock.limit
            if limit.start > ctx.as_of:
                continue
            state, params = judge_limit(petition.id, limit, clock.done, as_of=ctx.as_of, soon=soon)
            record, citation = f"petitions/{petition.id}", limit.rule.citation
            if state == "missed":
                yield Finding(
                    "petition-deadline-missed",
                    record=record,
                    field="steps",
                    citation=citation,
                    params=params,
                )
            elif state == "soon":
                yield Finding(
                    "petition-deadline-due-soon",
                    record=record,
                    field="steps",
                    citation=citation,
                    params=params,
                )


def judge_limit(
    petition: str, limit: TimeLimit, done: dt.date | None, *, as_of: dt.date, soon: dt.date
) -> tuple[str | None, dict[str, object]]:
    """Whether a petition's *limit* is ``missed`` or ``soon`` due, and the finding's values.

    *done* is the day the limit was met. A limit missed as of *as_of* is ``missed``; one not
    yet met whose last day is *soon* or earlier is ``soon``; any other, ``None``.
    """
    params: dict[str, object] = {
        "petition": petition,
        "limit": limit.kind,
        "rule": limit.rule,
        "start": limit.start,
        "due": limit.due,
    }
    if limit.missed(done, as_of):
        shown = N_("chưa") if done is None else done
        return "missed", params | {"done": shown, "as_of": as_of}
    return ("soon" if done is None and limit.due <= soon else None), params


@check("petition-forwarded-without-recipient")
def forwarded_with_recipient(ctx: CheckContext) -> Iterator[Finding]:
    """A petition forwarded to the competent body names that body."""
    for petition in ctx.dataset.petitions:
        for position, step in enumerate(petition.steps):
            if step.kind is StepKind.FORWARDED and step.to is None:
                yield Finding(
                    "petition-forwarded-without-recipient",
                    record=f"petitions/{petition.id}",
                    field=f"steps.{position}.to",
                    params={"petition": petition.id, "day": step.day},
                )


@check("crowd-without-representatives", rests_on=(CitizenReceptionLaw2013,), confidence=_V)
def crowds_represented(ctx: CheckContext) -> Iterator[Finding]:
    """A crowd raising one issue comes through as many representatives as the law asks.

    Five to ten people choose one or two; more than ten, up to five (Law 42/2013/QH13,
    Art. 29). Where the number of people is not recorded, only a crowd without any
    representative is reported.
    """
    for visit in ctx.dataset.citizen_visits:
        if visit.kind is not VisitKind.CROWD or not ctx.applies(visit.day):
            continue
        law = ctx.framework(visit.day).instrument(Domain.CITIZEN_RECEPTION)
        if not isinstance(law, CitizenReceptionLaw2013):
            continue
        bounds = law.representatives(visit.visitors) if visit.visitors is not None else None
        lowest, highest = bounds if bounds is not None else (1, None)
        chosen = visit.representatives or 0
        if lowest <= chosen and (highest is None or chosen <= highest):
            continue
        yield Finding(
            "crowd-without-representatives",
            record=f"citizen_visits/{visit.id}",
            field="representatives",
            citation=law.CROWD_REPRESENTATIVES.citation,
            params={
                "visit": visit.id,
                "day": visit.day,
                "visitors": "—" if visit.visitors is None else visit.visitors,
                "representatives": chosen,
                "minimum": lowest,
                "maximum": "—" if highest is None else highest,
            },
        )


@check("complaint-out-of-time", rests_on=(ComplaintsLaw2011,), confidence=_V)
def complaints_within_limitation(ctx: CheckContext) -> Iterator[Finding]:
    """A complaint accepted for resolution was filed within its limitation period.

    The period runs from the day the petitioner received or learnt of the decision
    (``decision_known``), under the complaints law in force that day (Law 02/2011/QH13,
    Art. 9); a second complaint — one that follows up (``follow_up_of``) a complaint already
    resolved — within 30 days of that first decision, 45 in a remote area (Art. 33(1)). Time
    lost to illness, natural disasters or other obstacles does not count, which the register
    may not record: a warning.
    """
    petitions = ctx.index.keyed.get("petitions", {})
    for petition in ctx.dataset.petitions:
        if petition.kind is not PetitionKind.COMPLAINT or petition.step(StepKind.ACCEPTED) is None:
            continue
        earlier = None if petition.follow_up_of is None else petitions.get(petition.follow_up_of)
        decided = first_decision(earlier)
        if decided is not None:  # a second complaint: 30 days (45 remote) from the decision
            known, kind = decided, DeadlineKind.SECOND_COMPLAINT_FILING
        elif petition.decision_known is not None:
            known, kind = petition.decision_known, DeadlineKind.COMPLAINT_FILING
        else:
            continue
        limit = time_limit(kind, known, remote=petition.remote)
        if isinstance(limit, NotApplicable) or petition.received <= limit.due:
            continue
        yield Finding(
            "complaint-out-of-time",
            record=f"petitions/{petition.id}",
            field="decision_known" if decided is None else "follow_up_of",
            citation=limit.rule.citation,
            params={
                "petition": petition.id,
                "received": petition.received,
                "known": known,
                "due": limit.due,
            },
        )


@check("mixed-petition-not-split", rests_on=(CitizenReceptionLaw2013,), confidence=_V)
def mixed_petitions_split(ctx: CheckContext) -> Iterator[Finding]:
    """A petition mixing complaint, denunciation and recommendation is split before it is handled.

    The citizen is asked to write one petition per content (Law 42/2013/QH13, Art. 25(3)); a
    mixed petition accepted or resolved as one, with no petition split from it, is reported.
    """
    split = {p.split_from for p in ctx.dataset.petitions if p.split_from is not None}
    handled = {StepKind.ACCEPTED, StepKind.RESOLVED}
    for petition in ctx.dataset.petitions:
        if petition.kind is not PetitionKind.MIXED or petition.id in split:
            continue
        if not ctx.applies(petition.received):
            continue
        if not any(step.kind in handled for step in petition.steps):
            continue
        law = ctx.framework(petition.received).instrument(Domain.CITIZEN_RECEPTION)
        yield Finding(
            "mixed-petition-not-split",
            record=f"petitions/{petition.id}",
            field="kind",
            citation=law.MIXED_PETITION_SPLIT.citation
            if isinstance(law, CitizenReceptionLaw2013)
            else None,
            params={"petition": petition.id},
        )


@check("denunciation-anonymity-mismatch", rests_on=(DenunciationLaw2018,), confidence=_V)
def denunciations_named(ctx: CheckContext) -> Iterator[Finding]:
    """An anonymous denunciation is not processed as one; a named one is not marked anonymous.

    Information from an anonymous or false-named denouncer is not processed as a
    denunciation (Law 25/2018/QH14, Art. 25(1)): accepting it for resolution is reported.
    A record marked anonymous that names a petitioner contradicts itself (the name itself is
    never shown).
    """
    for petition in ctx.dataset.petitions:
        if petition.kind is not PetitionKind.DENUNCIATION or not petition.anonymous:
            continue
        record = f"petitions/{petition.id}"
        if petition.petitioner is not None:
            what = N_("ghi là nặc danh nhưng có ghi tên người tố cáo")
            yield Finding(
                "denunciation-anonymity-mismatch",
                record=record,
                field="anonymous",
                params={"petition": petition.id, "what": what},
            )
        if petition.step(StepKind.ACCEPTED) is not None and ctx.applies(petition.received):
            law = ctx.framework(petition.received).instrument(Domain.DENUNCIATIONS)
            what = N_("đơn nặc danh nhưng được thụ lý giải quyết như tố cáo")
            yield Finding(
                "denunciation-anonymity-mismatch",
                record=record,
                field="steps",
                citation=law.ANONYMOUS_NOT_PROCESSED.citation
                if isinstance(law, DenunciationLaw2018)
                else None,
                params={"petition": petition.id, "what": what},
            )


@check("duplicate-petition-counted")
def duplicates_counted_once(ctx: CheckContext) -> Iterator[Finding]:
    """A petition recorded as a duplicate of an earlier one has no outcome of its own.

    Otherwise the office's figures count the same matter twice.
    """
    for petition in ctx.dataset.petitions:
        outcome = petition.handled_as
        if petition.duplicate_of is None or outcome is None:
            continue
        yield Finding(
            "duplicate-petition-counted",
            record=f"petitions/{petition.id}",
            field="duplicate_of",
            params={"petition": petition.id, "original": petition.duplicate_of, "outcome": outcome},
        )


@check("refusal-notice-late", rests_on=(ReceptionAmendment2025,), confidence=_S)
def refusals_notified(ctx: CheckContext) -> Iterator[Finding]:
    """A visitor refused reception is told so in writing within the limit, from 1 July 2026.

    The notice refusing reception is issued within 3 working days of the day the grounds
    for refusing were established (Decree 154/2026/NĐ-CP, Art. 16, implementing Law
    136/2025/QH15). The register does not record that day: hdnd counts from the day of the
    visit, when the grounds were known at the latest. A notice issued after the last day
    is late; a notice not recorded is missing once ``as_of`` is past that day. Visits after
    ``as_of`` are not judged.
    """
    for visit in ctx.dataset.citizen_visits:
        if visit.refused is None or visit.day > ctx.as_of or not ctx.applies(visit.day):
            continue
        law = ctx.framework(visit.day).instrument(Domain.CITIZEN_RECEPTION)
        rule = None if law is None else law.deadline(DeadlineKind.REFUSAL_NOTICE)
        if rule is None:
            continue
        due = rule.due(visit.day)
        if (visit.refusal_notice or ctx.as_of) <= due:
            continue
        yield Finding(
            "refusal-notice-late",
            record=f"citizen_visits/{visit.id}",
            field="refusal_notice",
            citation=rule.citation,
            params={
                "visit": visit.id,
                "day": visit.day,
                "rule": rule,
                "due": due,
                "notice": N_("chưa") if visit.refusal_notice is None else visit.refusal_notice,
                "as_of": ctx.as_of,
            },
        )


@check("online-reception-before-law", rests_on=(CitizenReceptionLaw2013,), confidence=_S)
def online_reception_provided(ctx: CheckContext) -> Iterator[Finding]:
    """A reception session is held online only once the law provides for it (1 July 2026).

    Law 136/2025/QH15 (Art. 1) provides for online reception from 1 July 2026; a session
    recorded as ``online`` on a day the reception law in force has no such rule is reported.
    A warning: the place may be recorded wrongly, or the session may have been held under
    other rules (a pilot).
    """
    cited = ReceptionAmendment2025.ONLINE_RECEPTION.citation
    for session in ctx.dataset.reception_sessions:
        if session.place is not ReceptionPlace.ONLINE or not ctx.applies(session.day):
            continue
        law = ctx.framework(session.day).instrument(Domain.CITIZEN_RECEPTION)
        if isinstance(law, ReceptionAmendment2025) and law.ONLINE_RECEPTION.value:
            continue
        yield Finding(
            "online-reception-before-law",
            record=f"reception_sessions/{session.id}",
            field="place",
            citation=cited,
            params={"session": session.id, "day": session.day},
        )
