"""Every legal instrument hdnd encodes, in one table (the ``holidays`` registry pattern).

Adding an instrument means writing its module and adding its class here; a test checks that
the keys are unique and that, within a domain, effective dates strictly increase.
"""

from __future__ import annotations

import datetime as dt

from hdnd.law.instrument import Instrument
from hdnd.law.lg2025 import LocalGovernmentLaw2025

__all__ = ["INSTRUMENTS", "in_force_until", "instrument"]

INSTRUMENTS: tuple[type[Instrument], ...] = (LocalGovernmentLaw2025,)
"""All encoded instruments, oldest first within each domain."""


def instrument(key: str) -> type[Instrument]:
    """The instrument class with *key* (``lg2025``) or its number (``72/2025/QH15``).

    >>> instrument("72/2025/QH15").key
    'lg2025'
    >>> instrument("nope")
    Traceback (most recent call last):
    ...
    KeyError: "no instrument 'nope'; known: lg2025"
    """
    for cls in INSTRUMENTS:
        if key in (cls.key, cls.number):
            return cls
    known = ", ".join(cls.key for cls in INSTRUMENTS)
    msg = f"no instrument {key!r}; known: {known}"
    raise KeyError(msg)


def in_force_until(cls: type[Instrument]) -> dt.date | None:
    """The last day *cls* is in force: the day before a later instrument of its domain.

    ``None`` while nothing later replaces or amends it.
    """
    later = [c.effective for c in INSTRUMENTS if c.domain is cls.domain]
    later = [day for day in later if day > cls.effective]
    return min(later) - dt.timedelta(days=1) if later else None
