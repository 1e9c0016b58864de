"""Offices: held by delegates, one holder at a time, compatible posts, full-time where allowed.

Offices have no id: a finding names one by its position in the dataset (``offices[3]``). An
office without an end runs without limit when two offices are compared, so two open offices
of one post overlap; when an office is compared with the holder's mandates, it is judged up
to the day checked.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Sequence

import attrs

from hdnd._core.i18n import Language
from hdnd.councils.offices import Office, Post
from hdnd.delegates.delegate import Mandate
from hdnd.law.citation import Confidence
from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.local_government.organs import Committee
from hdnd.law.local_government.seats import NotApplicable
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = [
    "full_time_posts_allowed",
    "office_holders_are_delegates",
    "one_holder_per_office",
    "standing_committee_not_in_executive",
]

_ONE_DAY = dt.timedelta(days=1)


@attrs.frozen
class _PostName:
    """A post as a reader names it: ``Trưởng Ban, Ban Pháp chế`` (with its committee or group)."""

    post: Post
    committee: Committee | None = None
    group: str | None = None

    @classmethod
    def of(cls, office: Office) -> _PostName:
        """The name of *office*'s post."""
        return cls(office.post, office.committee, office.group)

    def localize(self, language: Language) -> str:
        """The name in *language*."""
        text = self.post.label(language)
        if self.committee is not None:
            text += f", {self.committee.label(language)}"
        if self.group is not None:
            text += f", {self.group}"
        return text


def _first_day_without(
    mandates: Sequence[Mandate], start: dt.date, last: dt.date
) -> dt.date | None:
    """The first day from *start* to *last* that no mandate covers, if any."""
    day = start
    for mandate in sorted(mandates, key=lambda m: m.start):
        if mandate.start > day:
            return day
        if mandate.end is None:
            return None
        day = max(day, mandate.end + _ONE_DAY)
        if day > last:
            return None
    return day if day <= last else None


@check("office-holder-not-delegate", confidence=(Confidence.VERIFIED,))
def office_holders_are_delegates(ctx: CheckContext) -> Iterator[Finding]:
    """Council, committee and delegate-group posts are held by delegates of that council.

    Every day of the office, from its start to its end (or to the day checked, for an open
    office; to its start, for one that starts later), must be covered by a mandate of the
    holder on the office's council. The finding gives the first day that is not. People's
    Committee posts and agency heads need no mandate. On a day under Law 72/2025/QH15 the
    finding cites Art. 38(7) and is an error; on earlier days hdnd encodes no such rule and
    the finding, uncited, is a warning.
    """
    index = ctx.index
    for position, office in enumerate(ctx.dataset.offices):
        if not office.post.needs_mandate:
            continue
        delegate = index.delegates.get(office.person)
        mandates = [m for m in delegate.mandates if m.council == office.council] if delegate else []
        last = office.end or max(ctx.as_of, office.start)
        day = _first_day_without(mandates, office.start, last)
        if day is not None:
            law = ctx.framework(day).local_government
            rule = law.POSTS_NEED_MANDATE if isinstance(law, LocalGovernmentLaw2025) else None
            yield Finding(
                "office-holder-not-delegate",
                record=f"offices[{position}]",
                field="person",
                citation=rule.citation if rule is not None else None,
                params={
                    "person": delegate.name if delegate else office.person,
                    "post": _PostName.of(office),
                    "council": office.council,
                    "day": day,
                },
            )


@check("office-held-by-two")
def one_holder_per_office(ctx: CheckContext) -> Iterator[Finding]:
    """A single-holder post (chair, committee head, group leader …) has one holder a day.

    Two offices of the same post of the same council (and committee or group) held by two
    different people must not share a day. The finding points at the later office.
    """
    seats: defaultdict[tuple[object, ...], list[tuple[int, Office]]] = defaultdict(list)
    for position, office in enumerate(ctx.dataset.offices):
        if office.post.single_holder:
            seats[office.seat].append((position, office))
    names = ctx.index.delegates
    for held in seats.values():
        if len(held) < 2:
            continue
        held.sort(key=lambda pair: (pair[1].start, pair[0]))
        for i, (position, office) in enumerate(held):
            for _, earlier in held[:i]:
                if earlier.person == office.person or not earlier.overlaps(office):
                    continue
                first, second = names.get(earlier.person), names.get(office.person)
                yield Finding(
                    "office-held-by-two",
                    record=f"offices[{position}]",
                    field="start",
                    params={
                        "post": _PostName.of(office),
                        "council": office.council,
                        "first": first.name if first else earlier.person,
                        "second": second.name if second else office.person,
                        "day": office.start,
                    },
                )
                break


_LOCAL_GOVERNMENT = (LocalGovernmentLaw2015, LocalGovernmentLaw2025)


@check(
    "standing-committee-member-in-executive",
    rests_on=_LOCAL_GOVERNMENT,
    confidence=(Confidence.VERIFIED, Confidence.UNVERIFIED),
)
def standing_committee_not_in_executive(ctx: CheckContext) -> Iterator[Finding]:
    """Members of the standing committee are not members of the People's Committee.

    The chair, vice-chairs and committee heads of a council (its standing committee) cannot
    at the same time be chair, vice-chair or member of the People's Committee of the same
    unit (Law 72/2025/QH15 Art. 29(2); Law 77/2015/QH13, unverified, before it). Both posts
    are offices of the same council in the dataset; the rule is the one in force on the
    first day they overlap, and days for which hdnd encodes none are not checked.
    """
    index = ctx.index
    by_council: defaultdict[str, list[tuple[int, Office]]] = defaultdict(list)
    for position, office in enumerate(ctx.dataset.offices):
        if office.post.in_standing_committee or office.post.in_peoples_committee:
            by_council[office.council].append((position, office))
    for council_id, offices in by_council.items():
        standing: defaultdict[str, list[Office]] = defaultdict(list)
        executive: defaultdict[str, list[tuple[int, Office]]] = defaultdict(list)
        for position, office in offices:
            if office.post.in_standing_committee:
                standing[office.person].append(office)
            else:
                executive[office.person].append((position, office))
        for person in sorted(standing.keys() & executive.keys()):
            for member in standing[person]:
                for position, other in executive[person]:
                    if not member.overlaps(other):
                        continue
                    day = max(member.start, other.start)
                    law = ctx.framework(day).local_government
                    if not isinstance(law, _LOCAL_GOVERNMENT) or not ctx.applies(day):
                        continue
                    rule = law.STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE
                    delegate = index.delegates.get(person)
                    yield Finding(
                        "standing-committee-member-in-executive",
                        record=f"offices[{position}]",
                        field="post",
                        citation=rule.citation,
                        params={
                            "person": delegate.name if delegate else person,
                            "post": _PostName.of(member),
                            "council": council_id,
                            "executive": other.post,
                            "day": day,
                        },
                    )


@check(
    "full-time-post-not-allowed",
    rests_on=(LocalGovernmentLaw2025,),
    confidence=(Confidence.VERIFIED,),
)
def full_time_posts_allowed(ctx: CheckContext) -> Iterator[Finding]:
    """An office held full-time is one the law allows to be full-time for that kind of unit.

    Judged under the local-government law in force on the office's first day, for the kind
    of the council's unit (:meth:`hdnd.law.instrument.LocalGovernmentLaw.may_be_full_time`).
    Only Law 72/2025/QH15 is relied on: its Art. 29(2) and 29(3)(c)-(d) name every post that
    may be full-time, so a post it does not name may not be. Law 77/2015/QH13 is encoded only
    for some posts of some councils, and a post missing from what is encoded is missing
    data, not a violation: offices that start before 16 June 2025 are not checked. Nor are
    posts outside the council (groups, People's Committee).
    """
    index = ctx.index
    for position, office in enumerate(ctx.dataset.offices):
        post = office.post.council_post
        council = index.councils.get(office.council)
        if not office.full_time or post is None or council is None:
            continue
        if not index.has_unit(council.unit):
            continue
        kind = index.unit(council.unit).kind
        law = ctx.framework(office.start).local_government
        if law is None or not ctx.applies(office.start):
            continue
        allowed = law.may_be_full_time(post, kind)
        if isinstance(allowed, NotApplicable) or allowed:
            continue
        rules = law.FULL_TIME_POSTS[kind]
        delegate = index.delegates.get(office.person)
        yield Finding(
            "full-time-post-not-allowed",
            record=f"offices[{position}]",
            field="full_time",
            citation=rules[0].citation if rules else None,
            params={
                "person": delegate.name if delegate else office.person,
                "post": _PostName.of(office),
                "council": office.council,
                "kind": kind,
            },
        )
