"""A closed period of days, used for reporting periods and validity windows.

```pycon
>>> import datetime as dt
>>> year = Period(start=dt.date(2014, 1, 1), end=dt.date(2014, 12, 31))
>>> dt.date(2014, 10, 8) in year, year.days
(True, 365)
>>> Period.year(2014) == year
True

```
"""

from __future__ import annotations

import datetime as dt
from typing import Self

from pydantic import model_validator

from hdnd._core.model import Record
from hdnd._core.types import Day

__all__ = ["Period"]


class Period(Record):
    """A closed interval of days: both ``start`` and ``end`` belong to it."""

    start: Day
    """First day of the period."""
    end: Day
    """Last day of the period (inclusive)."""

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end < self.start:
            msg = f"the period ends ({self.end}) before it starts ({self.start})"
            raise ValueError(msg)
        return self

    @classmethod
    def year(cls, year: int) -> Period:
        """The calendar year *year*."""
        return cls(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))

    @property
    def days(self) -> int:
        """Number of days in the period, both ends included."""
        return (self.end - self.start).days + 1

    def __contains__(self, day: object) -> bool:
        if isinstance(day, dt.datetime):  # a moment lies in the period if its day does
            day = day.date()
        return isinstance(day, dt.date) and self.start <= day <= self.end

    def overlaps(self, other: Period) -> bool:
        """Whether the two periods share at least one day."""
        return self.start <= other.end and other.start <= self.end

    def __str__(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"
