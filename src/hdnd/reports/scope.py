"""When a report looks: the day it is made (``as_of``) and the days it covers (``period``).

Every calculator of :mod:`hdnd.reports` has one signature, ``(dataset, subject, *,
as_of=None, period=None)``, and reads the two keywords the same way:

- a report **on a day** (seats, composition) looks at ``as_of``, else at the last day of
  ``period``; it needs one of them;
- a report **over a period** (sessions, attendance, votes, visits) counts the days of
  ``period``, cut at ``as_of`` when that comes first: nothing after the day a report is made
  counts. With ``as_of`` alone it counts from the start of what it covers (a council's term)
  to ``as_of``; with neither, everything.

```pycon
>>> import datetime as dt
>>> from hdnd import Period
>>> scope = Scope(as_of=dt.date(2014, 6, 30), period=Period.year(2014))
>>> scope.day, str(scope.days())
(datetime.date(2014, 6, 30), '2014-01-01/2014-06-30')
>>> str(Scope(as_of=dt.date(2014, 6, 30)).days(start=dt.date(2011, 5, 22)))
'2011-05-22/2014-06-30'
>>> Scope().days() is None
True
>>> Scope(period=Period.year(2014)).require_day("council_overview")
datetime.date(2014, 12, 31)
>>> Scope().require_day("council_overview")
Traceback (most recent call last):
...
TypeError: council_overview() needs as_of (a day) or period

```
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs

from hdnd._core.period import Period

__all__ = ["Scope"]


def _day(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and (not isinstance(value, dt.date) or isinstance(value, dt.datetime)):
        msg = f"{attribute.name} must be a datetime.date, not {type(value).__name__}"
        raise TypeError(msg)


def _period(_: object, attribute: attrs.Attribute[Any], value: object) -> None:
    if value is not None and not isinstance(value, Period):
        msg = f"{attribute.name} must be an hdnd.Period, not {type(value).__name__}"
        raise TypeError(msg)


@attrs.frozen
class Scope:
    """The ``as_of`` and ``period`` a calculator was given, checked and read one way.

    Raises:
        TypeError: ``as_of`` is not a date or ``period`` not a :class:`~hdnd.Period`.
        ValueError: ``as_of`` falls before the period starts.
    """

    as_of: dt.date | None = attrs.field(default=None, validator=_day)
    period: Period | None = attrs.field(default=None, validator=_period)

    def __attrs_post_init__(self) -> None:
        if self.as_of is not None and self.period is not None and self.as_of < self.period.start:
            msg = f"as_of ({self.as_of}) falls before the period starts ({self.period.start})"
            raise ValueError(msg)

    @property
    def day(self) -> dt.date | None:
        """The day a report on a day looks at: ``as_of``, else the period's last day."""
        if self.as_of is not None:
            return self.as_of
        return None if self.period is None else self.period.end

    def require_day(self, report: str) -> dt.date:
        """:attr:`day`, or a :class:`TypeError` naming *report* when neither was given."""
        day = self.day
        if day is None:
            msg = f"{report}() needs as_of (a day) or period"
            raise TypeError(msg)
        return day

    def days(self, *, start: dt.date | None = None) -> Period | None:
        """The days a report over a period counts; ``None`` for everything.

        *start* is where the covered records begin (a council's term) when only ``as_of``
        was given.

        Raises:
            ValueError: ``as_of`` falls before *start*.
        """
        if self.as_of is None:
            return self.period
        if self.period is not None:
            if self.period.end <= self.as_of:
                return self.period
            return Period(start=self.period.start, end=self.as_of)
        first = dt.date.min if start is None else start
        if self.as_of < first:
            msg = f"as_of ({self.as_of}) falls before the records start ({first})"
            raise ValueError(msg)
        return Period(start=first, end=self.as_of)
