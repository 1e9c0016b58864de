"""The calendar rules of elections and by-elections: election day is a Sunday.

General elections and by-elections are held on a Sunday (Law 85/2015/QH13 on the election of
National Assembly and People's Council delegates, Art. 5; Art. 89 and 92 for by-elections).
Supplementary and re-run rounds follow their own time limits and are not checked here, nor
are the announcement lead times (115 days, 30 days for a by-election): datasets do not record
the day an election was announced.
"""

from __future__ import annotations

from collections.abc import Iterator

from hdnd.elections.election import ElectionKind, election_law
from hdnd.law.citation import Confidence
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, check

__all__ = ["elections_on_sunday"]

_ON_SUNDAY = frozenset({ElectionKind.GENERAL, ElectionKind.BY_ELECTION})


@check("election-day-not-sunday", rests_on=(ElectionLaw2015,), confidence=(Confidence.VERIFIED,))
def elections_on_sunday(ctx: CheckContext) -> Iterator[Finding]:
    """Every election record's day is a Sunday, under the election law in force that day.

    Days for which hdnd encodes no election law are not checked.
    """
    for election in ctx.dataset.elections:
        if election.kind not in _ON_SUNDAY:
            continue
        law = election_law(election.day)
        if law is None or not ctx.applies(election.day):
            continue
        rule = law.ELECTION_DAY_SUNDAY
        if election.day.isoweekday() != rule.value:
            yield Finding(
                "election-day-not-sunday",
                record=f"elections/{election.id}",
                field="day",
                citation=rule.citation,
                params={"election": election.id, "day": election.day},
            )
