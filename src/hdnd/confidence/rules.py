"""The resolution on confidence ratings in force on a day, and the count its shares are of.

Resolution 85/2014/QH13 counted the consequences of "tín nhiệm thấp" ratings against the
total number of delegates; Resolution 96/2023/QH15, in force from 1 July 2023, counts them
against the total number of ballots. :func:`confidence_rules` returns the instrument in
force; :func:`base_count` picks, of the two numbers a record may give, the one a rule counts
against.

```pycon
>>> import datetime as dt
>>> confidence_rules(dt.date(2023, 6, 30)).number, confidence_rules(dt.date(2023, 7, 1)).number
('85/2014/QH13', '96/2023/QH15')
>>> base = confidence_rules(dt.date(2023, 12, 8)).BASE
>>> base.value, base_count(base, ballots=58, delegates=61)
('ballots', 58)
>>> confidence_rules(dt.date(2015, 6, 30)) is None  # before hdnd encodes one
True

```
"""

from __future__ import annotations

import datetime as dt

from hdnd.law.confidence.base import ConfidenceVoteRules
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.thresholds import Base

__all__ = ["base_count", "confidence_rules"]


def confidence_rules(day: dt.date) -> ConfidenceVoteRules | None:
    """The resolution on confidence ratings and votes in force on *day*.

    ``None`` when hdnd encodes none for the day (before Resolution 85/2014/QH13 took effect
    on 1 July 2015).
    """
    law = framework_at(day).instrument(Domain.CONFIDENCE_VOTES)
    return law if isinstance(law, ConfidenceVoteRules) else None


def base_count(base: Base, *, ballots: int | None, delegates: int | None) -> int | None:
    """The number a rule counting against *base* is measured on: ballots or delegates.

    ``None`` when that number is not known, is zero (a share of nothing decides nothing), or
    *base* is neither.

    ```pycon
    >>> base_count(Base.TOTAL_DELEGATES, ballots=58, delegates=61)
    61
    >>> base_count(Base.TOTAL_DELEGATES, ballots=58, delegates=None) is None
    True

    ```
    """
    if base is Base.BALLOTS:
        found = ballots
    elif base in (Base.TOTAL_DELEGATES, Base.DELEGATES_IN_OFFICE):
        found = delegates
    else:
        found = None
    return found or None
