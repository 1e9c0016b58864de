"""What the reports on reception and petitions count: the records of a unit over some days.

:func:`counted` is the one reading of the register that :func:`~hdnd.reports.register.
petition_register`, :func:`~hdnd.reports.petition_trends.petition_trends` and
:func:`~hdnd.reports.petition_trends.units_compared` share: a visit refused reception is
not a visit received, and a petition that repeats an earlier one (``duplicate_of``) counts
once. :func:`headings` gives their titles and subtitles.

```pycon
>>> from hdnd import Dataset, Period
>>> ds = Dataset.model_validate({
...     "citizen_visits": [
...         {"id": "v1", "unit": "92", "day": "2014-03-03", "kind": "individual"},
...         {"id": "v2", "unit": "92", "day": "2014-03-04", "kind": "individual",
...          "refused": "disruptive"}],
...     "petitions": [
...         {"id": "p1", "unit": "92", "received": "2014-03-03"},
...         {"id": "p2", "unit": "92", "received": "2014-03-05", "duplicate_of": "p1"}]})
>>> found = counted(ds, "92", Period.year(2014))
>>> len(found.visits), len(found.received), len(found.kept), len(found.petitions)
(2, 1, 2, 1)

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.petitions.reception import CitizenVisit
from hdnd.petitions.table import PetitionTable
from hdnd.reports.period import _days_text

__all__ = ["Counted", "Heading", "counted", "headings", "records_of", "within"]


@attrs.frozen
class Counted:
    """The visits and petitions of a unit over some days, as the reports count them."""

    visits: tuple[CitizenVisit, ...]
    """The visits of those days, refused ones included."""
    received: tuple[CitizenVisit, ...]
    """The visits received (refused ones left out)."""
    kept: PetitionTable
    """The petitions received on those days, duplicates included."""
    petitions: PetitionTable
    """The petitions counted: duplicates left out."""


def counted(dataset: Dataset, unit: str | None, days: Period | None) -> Counted:
    """The visits and petitions of *unit* (all units when ``None``) over *days* (all)."""
    visits = tuple(v for v in records_of(dataset, "citizen_visits", unit) if within(v.day, days))
    kept = PetitionTable.of(records_of(dataset, "petitions", unit))
    if days is not None:
        kept = kept.where(days=days.__contains__)
    return Counted(
        visits=visits,
        received=tuple(v for v in visits if v.refused is None),
        kept=kept,
        petitions=kept.where(duplicates=False),
    )


Heading = tuple[str | None, dict[str, object]]
"""A template (title or subtitle) and its values."""


def records_of(dataset: Dataset, collection: str, unit: str | None) -> Sequence[Any]:
    """The records of *collection* of *unit* (all when ``None``), from the index."""
    if unit is None:
        records: Sequence[Any] = getattr(dataset, collection)
        return records
    return dataset.index.grouped.get(collection, {}).get(unit, ())


def within(day: dt.date, days: Period | None) -> bool:
    """Whether *day* is counted (every day is when *days* is ``None``)."""
    return days is None or day in days


def headings(
    dataset: Dataset, unit: str | None, days: Period | None, titles: tuple[str, str]
) -> tuple[tuple[str, dict[str, object]], Heading]:
    """The title and the subtitle (the days counted).

    The title is the second of *titles*, with the unit's name, when there is a unit.
    """
    title: tuple[str, dict[str, object]] = (titles[0], {})
    if unit is not None:
        found = dataset.index.record("units", unit)
        title = (titles[1], {"name": found.name if found else unit})
    if days is None:
        return title, (None, {})
    if days.start == dt.date.min:
        return title, (N_("Tính đến ngày {day}"), {"day": days.end})
    template, values = _days_text(days)
    return title, (template, values)
