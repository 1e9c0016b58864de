"""Posts one person may not hold at once: a committee's leaders and the executive's agencies.

A committee's head or deputy head (Trưởng Ban, Phó Trưởng Ban) cannot at the same time head
a specialised agency of the People's Committee of the same level (Law 72/2025/QH15,
Art. 29(3)(c)). Both posts are offices of the same council in the dataset
(``agency-head`` for the agency). Days before that law, for which hdnd encodes no such rule,
are not checked.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator

from hdnd.councils.offices import Office, Post
from hdnd.law.citation import Confidence
from hdnd.law.instrument import Domain
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.registry import INSTRUMENTS
from hdnd.law.rules import Fact
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["committee_leaders_not_agency_heads"]

_LEADERS = frozenset({Post.COMMITTEE_HEAD, Post.COMMITTEE_DEPUTY_HEAD})


def _first_day_under_rule(
    ctx: CheckContext, first: Office, second: Office
) -> tuple[dt.date, Fact] | None:
    """The first day both offices are held under a law that forbids it, with that rule.

    The overlap is judged day by day under the law of each day: its first day, and the first
    day of each later local-government law within it.
    """
    start = max(first.start, second.start)
    end = min(first.end or dt.date.max, second.end or dt.date.max)
    days = [start] + [
        cls.effective
        for cls in INSTRUMENTS
        if cls.domain is Domain.LOCAL_GOVERNMENT and start < cls.effective <= end
    ]
    for day in sorted(days):
        law = ctx.framework(day).local_government
        if isinstance(law, LocalGovernmentLaw2025) and ctx.applies(day):
            return day, law.COMMITTEE_LEADERS_NOT_AGENCY_HEADS
    return None


@check(
    "committee-leader-heads-agency",
    rests_on=(LocalGovernmentLaw2025,),
    confidence=(Confidence.VERIFIED,),
)
def committee_leaders_not_agency_heads(ctx: CheckContext) -> Iterator[Finding]:
    """No committee head or deputy head also heads an agency of the same People's Committee."""
    leaders: defaultdict[tuple[str, str], list[Office]] = defaultdict(list)
    agencies: defaultdict[tuple[str, str], list[tuple[int, Office]]] = defaultdict(list)
    for position, office in enumerate(ctx.dataset.offices):
        if office.post in _LEADERS:
            leaders[office.council, office.person].append(office)
        elif office.post is Post.AGENCY_HEAD:
            agencies[office.council, office.person].append((position, office))
    for key in sorted(leaders.keys() & agencies.keys()):
        for leader in leaders[key]:
            for position, agency in agencies[key]:
                if not leader.overlaps(agency):
                    continue
                found = _first_day_under_rule(ctx, leader, agency)
                if found is None:
                    continue
                day, rule = found
                delegate = ctx.index.delegates.get(agency.person)
                yield Finding(
                    "committee-leader-heads-agency",
                    record=f"offices[{position}]",
                    field="post",
                    citation=rule.citation,
                    params={
                        "person": delegate.name if delegate else agency.person,
                        "post": leader.post,
                        "council": agency.council,
                        "agency": agency.body or "—",
                        "day": day,
                    },
                )
