"""Which levels and kinds of administrative unit exist on a given day.

The district level and the township (thị trấn) ended on 1 July 2025 (Law 72/2025/QH15,
Art. 51(3) for districts; townships are not in the unit list of Art. 1(1)). Special zones
(đặc khu) exist from that day on.

```pycon
>>> import datetime as dt
>>> kind_exists(UnitKind.RURAL_DISTRICT, dt.date(2025, 6, 30))
True
>>> kind_exists(UnitKind.RURAL_DISTRICT, dt.date(2025, 7, 1))
False
>>> kind_exists(UnitKind.SPECIAL_ZONE, dt.date(2025, 6, 30))
False
>>> level_exists(Level.DISTRICT, dt.date(2026, 1, 1))
False

```
"""

from __future__ import annotations

import datetime as dt

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.levels import Level, UnitKind

__all__ = [
    "TWO_LEVEL_START",
    "existence_citation",
    "kind_exists",
    "level_exists",
]

TWO_LEVEL_START = dt.date(2025, 7, 1)
"""First day of two-level local government (Law 72/2025/QH15, Art. 51(3))."""

_ENDED_WITH_REFORM = frozenset(Level.DISTRICT.kinds) | {UnitKind.TOWNSHIP}
_BEGAN_WITH_REFORM = frozenset({UnitKind.SPECIAL_ZONE})

_ART_51 = Citation(InstrumentKind.LAW, "72/2025/QH15", article=51, clause=3)
_ART_1 = Citation(InstrumentKind.LAW, "72/2025/QH15", article=1, clause=1)


def kind_exists(kind: UnitKind, on: dt.date) -> bool:
    """Whether units of *kind* exist (and so may have a council) on day *on*."""
    if kind in _ENDED_WITH_REFORM:
        return on < TWO_LEVEL_START
    if kind in _BEGAN_WITH_REFORM:
        return on >= TWO_LEVEL_START
    return True


def level_exists(level: Level, on: dt.date) -> bool:
    """Whether *level* has local government on day *on*."""
    return any(kind_exists(kind, on) for kind in level.kinds)


def existence_citation(kind: UnitKind) -> Citation:
    """The provision that makes *kind* exist or end."""
    return _ART_51 if kind.level is Level.DISTRICT else _ART_1
