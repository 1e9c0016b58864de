"""The time limits that run on a petition, each under the law in force on the day it starts.

A petition received by a council or its office must be answered or passed on within the
reply limit of the citizen-reception law (Law 42/2013/QH13, Art. 28(1)); a complaint must be
accepted and then resolved within the limits of the complaints law; a denunciation must be
processed, then resolved, within those of the denunciations law, extended once or twice for
complex cases. A last day that falls on a day off moves to the next working day (the 90 days
below end on Sunday 31 May 2026). :func:`time_limit` answers one of them for a start day;
the petitions domain (:mod:`hdnd.petitions.deadlines`) chooses which apply to a petition and
when each starts.

```pycon
>>> import datetime as dt
>>> limit = time_limit(DeadlineKind.PETITION_REPLY, dt.date(2026, 2, 9))
>>> limit.due, limit.rule.describe("en"), limit.rule.citation.render("en")
(datetime.date(2026, 3, 2), '10 working days', 'Law 42/2013/QH13, Art. 28(1)')
>>> time_limit(DeadlineKind.COMPLAINT_ACCEPTANCE, dt.date(2026, 6, 30)).rule.describe("en")
'10 days'
>>> time_limit(DeadlineKind.COMPLAINT_ACCEPTANCE, dt.date(2026, 7, 1)).rule.describe("en")
'7 working days'
>>> time_limit(DeadlineKind.DENUNCIATION, dt.date(2026, 3, 2), extensions=2).due  # 90 days
datetime.date(2026, 6, 1)
>>> time_limit(DeadlineKind.PETITION_REPLY, dt.date(2014, 6, 30)).reason  # before Law 42/2013
<NotApplicableReason.NOT_ENCODED: 'not-encoded'>

```
"""

from __future__ import annotations

import datetime as dt

import attrs

from hdnd.calendar.workdays import civil_code_end
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.denunciations2018 import DenunciationLaw2018

__all__ = ["TimeLimit", "time_limit"]


@attrs.frozen
class TimeLimit:
    """A time limit running from *start*: the last day to act, and the rule that sets it.

    Attributes:
        kind: Which time limit.
        start: The day it starts from (receipt, acceptance ...).
        due: The last day to act.
        rule: The deadline of the instrument in force on *start*, with its citation.
        extensions: How many extensions *due* includes (denunciations only).
    """

    kind: DeadlineKind
    start: dt.date
    due: dt.date
    rule: Deadline
    extensions: int = 0

    def missed(self, done: dt.date | None, as_of: dt.date) -> bool:
        """Whether it was missed: done after *due*, or not done and *as_of* is past *due*."""
        return (done if done is not None else as_of) > self.due


def time_limit(
    kind: DeadlineKind,
    start: dt.date,
    *,
    remote: bool = False,
    complex: bool = False,
    extensions: int = 0,
) -> TimeLimit | NotApplicable:
    """The time limit *kind* starting on *start*, under the law in force that day.

    *extensions* counts the extensions of a denunciation's resolution (at most two, of at
    most 30 days each: Law 25/2018/QH14, Art. 30); extensions beyond those the law allows
    add nothing (:attr:`TimeLimit.extensions` says how many were counted). Other limits take
    none.

    Raises:
        ValueError: *extensions* for a limit that has none, or a negative number of them.
    """
    if extensions < 0:
        msg = f"extensions must be 0 or more, not {extensions!r}"
        raise ValueError(msg)
    framework = framework_at(start)
    rule = framework.deadline(kind)
    if isinstance(rule, NotApplicable):
        return rule
    if not extensions:
        return TimeLimit(kind, start, rule.due(start, remote=remote, complex=complex), rule)
    law = framework.instrument(Domain.DENUNCIATIONS)
    if kind is not DeadlineKind.DENUNCIATION or not isinstance(law, DenunciationLaw2018):
        msg = f"the time limit {kind.value} has no extensions"
        raise ValueError(msg)
    counted = min(extensions, law.MOST_EXTENSIONS)
    days = law.resolution_days(counted)
    return TimeLimit(kind, start, civil_code_end(start, days), rule, counted)
