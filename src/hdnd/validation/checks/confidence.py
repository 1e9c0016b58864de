"""Confidence ratings and votes: who was rated, who should not have been, what followed.

The rules are those of the resolution in force on the day of each rating: Resolution
85/2014/QH13 (with Law 87/2015/QH13 Art. 63-64) until 30 June 2023, Resolution 96/2023/QH15
from 1 July 2023 (:mod:`hdnd.law.confidence`); a rating of a day before hdnd encodes one is
not judged. Who is due a rating, and who is exempt, is :func:`hdnd.confidence.rating_roll`
on the day of the council's ratings. Messages name people, ratings and sessions by id.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Mapping, Sequence

from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.roll import rating_roll, roll_call
from hdnd.confidence.rules import confidence_rules
from hdnd.confidence.vote import ConfidenceVote
from hdnd.councils.council import Council
from hdnd.law.citation import Citation, Confidence
from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.law.confidence.nq85_2014 import ConfidenceRules2014
from hdnd.law.confidence.nq96_2023 import ConfidenceRules2023
from hdnd.law.levels import Level
from hdnd.sessions.session import Session, SessionKind
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["confidence_ratings_complete", "exempt_not_rated", "rating_consequences_followed"]

_LAW = (ConfidenceRules2014, ConfidenceRules2023)


def _level(ctx: CheckContext, council: str) -> Level | None:
    """The level of *council*, where the dataset has the council and its unit."""
    record: Council | None = ctx.index.keyed.get("councils", {}).get(council)
    if record is None or not ctx.index.has_unit(record.unit):
        return None
    return ctx.index.unit(record.unit).level


def _ratings(ctx: CheckContext) -> Mapping[str, Sequence[ConfidenceRating]]:
    grouped: Mapping[str, Sequence[ConfidenceRating]] = ctx.index.grouped.get(
        "confidence_ratings", {}
    )
    return grouped


@check(
    "confidence-rating-missing",
    rests_on=_LAW,
    confidence=(Confidence.VERIFIED, Confidence.UNVERIFIED),
)
def confidence_ratings_complete(ctx: CheckContext) -> Iterator[Finding]:
    """Every holder of a rated post due a rating at a council's rating has one that year.

    Only where ratings are recorded: for each council and each year in which the dataset
    holds at least one of its ratings, the people :func:`hdnd.confidence.rated_on` finds due
    on the first day of those ratings (:func:`hdnd.confidence.roll_call`) and who have no
    rating of the council that year. A dataset that records no rating of a council in a
    year says nothing about that year. Ratings after ``as_of`` are not counted. For a
    commune council the levels rated are cited (unverified before 1 July 2023: a warning).
    """
    for council, ratings in _ratings(ctx).items():
        level = _level(ctx, council)
        if level is None:
            continue
        years: dict[int, list[ConfidenceRating]] = {}
        for rating in ratings:
            if rating.day <= ctx.as_of:
                years.setdefault(rating.day.year, []).append(rating)
        for group in years.values():
            call = roll_call(ctx.dataset.offices, council, level, group)
            rules = confidence_rules(call.day)
            if rules is None or not ctx.applies(call.day):
                continue
            # a commune council rates only as far as the law's levels say (unverified before 2023)
            cited = rules.RATED_LEVELS if level is Level.COMMUNE else rules.RATED_POSTS
            for due in call.unrated:
                yield Finding(
                    "confidence-rating-missing",
                    record=f"councils/{council}",
                    field="confidence_ratings",
                    citation=cited.citation,
                    params={"person": due.person, "council": council, "day": call.day},
                )


@check(
    "confidence-rating-of-exempt",
    rests_on=_LAW,
    confidence=(Confidence.VERIFIED, Confidence.UNVERIFIED),
)
def exempt_not_rated(ctx: CheckContext) -> Iterator[Finding]:
    """No one exempt on the day of a rating is rated.

    Exempt (:func:`hdnd.confidence.rating_roll`): a person whose leave pending retirement
    was announced on or before the day, and one elected or appointed in the year of the
    rating to every rated post they hold. A warning: the records of a person's offices may
    be incomplete.
    """
    for council, ratings in _ratings(ctx).items():
        level = _level(ctx, council)
        if level is None:
            continue
        for rating in ratings:
            rules = confidence_rules(rating.day)
            if rules is None or rating.day > ctx.as_of or not ctx.applies(rating.day):
                continue
            roll = rating_roll(ctx.dataset.offices, council, level, rating.day)
            due = next((d for d in roll if d.person == rating.person), None)
            if due is None or due.rated:
                continue
            yield Finding(
                "confidence-rating-of-exempt",
                record=f"confidence_ratings/{rating.id}",
                field="person",
                citation=rules.EXEMPT.citation,
                params={
                    "rating": rating.id,
                    "day": rating.day,
                    "person": rating.person,
                    "exemption": due.exemptions[0],
                },
            )


def _citation(rules: ConfidenceVoteRules, outcome: ConfidenceOutcome) -> Citation | None:
    follow = rules.LOW_RATING_LEADS_TO_VOTE
    if outcome is ConfidenceOutcome.MAY_RESIGN and follow is not None:
        return follow.citation
    rule = rules.outcome_rule(outcome)
    return None if rule is None else rule.citation


def _sessions(ctx: CheckContext, rating: ConfidenceRating) -> tuple[Session | None, Session | None]:
    """The session of *rating* and the council's next regular session in the dataset.

    The session is the one the rating names, else the council's session covering its day.
    """
    sessions: Sequence[Session] = ctx.index.grouped.get("sessions", {}).get(rating.council, ())
    held = next((s for s in sessions if s.id == rating.session), None)
    if held is None:
        held = next((s for s in sessions if s.covers(rating.day)), None)
    after = held.last_day if held is not None else rating.day
    regular = (s for s in sessions if s.kind is SessionKind.REGULAR and s.opening > after)
    return held, min(regular, key=lambda s: s.opening, default=None)


def _voted(
    votes: Sequence[ConfidenceVote],
    rating: ConfidenceRating,
    held: Session | None,
    following: Session,
) -> bool:
    """Whether a vote of the person was held at the rating's session or the next regular one."""
    named = {following.id} | ({held.id} if held is not None else set())
    return any(
        vote.person == rating.person
        and (vote.session in named or rating.day <= vote.day <= following.last_day)
        for vote in votes
    )


def _still_in_office(ctx: CheckContext, rating: ConfidenceRating, day: dt.date) -> bool:
    """Whether the person held on *day* an office of the council they held when rated."""
    return any(
        office.person == rating.person
        and office.council == rating.council
        and office.covers(rating.day)
        and office.covers(day)
        for office in ctx.dataset.offices
    )


@check(
    "confidence-consequence-not-followed",
    rests_on=_LAW,
    confidence=(Confidence.VERIFIED, Confidence.SECONDARY),
)
def rating_consequences_followed(ctx: CheckContext) -> Iterator[Finding]:
    """A rating that leads to a confidence vote is followed by one.

    A rating whose outcome under the resolution in force on its day is a confidence vote
    (Resolution 85/2014: two thirds or more "low" ratings; Resolution 96/2023: more than
    half and under two thirds, when the person does not resign) needs a confidence vote of
    the person at the rating's session or at the council's next regular session recorded in
    the dataset. Judged once ``as_of`` is past that session's opening, and only while the
    person still holds, on its opening day, an office of the council held when rated (one
    who resigned is not voted on). A warning: the records of votes may be incomplete.
    """
    all_votes: Mapping[str, Sequence[ConfidenceVote]] = ctx.index.grouped.get(
        "confidence_votes", {}
    )
    for council, ratings in _ratings(ctx).items():
        votes = all_votes.get(council, ())
        for rating in ratings:
            rules = confidence_rules(rating.day)
            if rules is None or not ctx.applies(rating.day):
                continue
            outcome = rating.outcome(ctx.index.vote_base(council, rating.day) or None)
            if outcome is None or not rules.leads_to_vote(outcome):
                continue
            held, following = _sessions(ctx, rating)
            if following is None or following.opening >= ctx.as_of:
                continue
            if _voted(votes, rating, held, following) or not _still_in_office(
                ctx, rating, following.opening
            ):
                continue
            yield Finding(
                "confidence-consequence-not-followed",
                record=f"confidence_ratings/{rating.id}",
                citation=_citation(rules, outcome),
                params={
                    "rating": rating.id,
                    "day": rating.day,
                    "person": rating.person,
                    "outcome": outcome,
                    "session": following.id,
                    "opening": following.opening,
                },
            )
