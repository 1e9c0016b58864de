"""What the report on voter contact counts: the meetings and voter petitions of a subject.

:func:`contact_counted` is the one reading of the records behind
:func:`~hdnd.reports.voter_contact.voter_contact_summary`: which meetings and petitions
belong to a council or to a unit over some days, and which petitions count (a record merged
into another counts once, in the other). :func:`answer_timing` judges their answers against
the time limit of the law in force the day each was forwarded.

```pycon
>>> from hdnd import Dataset, Period
>>> ds = Dataset.model_validate({
...     "voter_meetings": [
...         {"id": "m1", "unit": "31120", "day": "2014-04-19"},
...         {"id": "m2", "unit": "31120", "day": "2014-09-20"}],
...     "voter_petitions": [
...         {"id": "k1", "raised_at": ["m1"]},
...         {"id": "k2", "raised_at": ["m1"], "merged_into": "k1"},
...         {"id": "k3", "raised_at": ["m2"], "repeats": "k1"}]})
>>> found = contact_counted(ds, "92", Period(start="2014-04-01", end="2014-06-30"))
>>> [m.id for m in found.meetings], [p.id for p in found.kept], [p.id for p in found.petitions]
(['m1'], ['k1', 'k2'], ['k1'])

```
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable
from typing import Any

import attrs

from hdnd._core.period import Period
from hdnd.councils.council import Council
from hdnd.dataset.dataset import Dataset
from hdnd.dataset.index import DatasetIndex
from hdnd.voter_contact.meeting import VoterMeeting
from hdnd.voter_contact.petition import VoterPetition, answer_rule

__all__ = ["TIMING", "ContactCounted", "answer_timing", "contact_counted", "first_day"]

TIMING: tuple[str, ...] = ("answered", "on-time", "late", "overdue", "not-encoded")
"""The keys :func:`answer_timing` counts, in the order reports show them."""


@attrs.frozen
class ContactCounted:
    """The voter meetings and voter petitions of a subject over some days."""

    council: Council | None
    """The council counted, when the subject is one."""
    unit: str | None
    """The unit whose published figures go beside the counts (the council's, for a council)."""
    meetings: tuple[VoterMeeting, ...]
    """The meetings held on those days."""
    kept: tuple[VoterPetition, ...]
    """The petitions first raised on those days, records merged into another included."""
    petitions: tuple[VoterPetition, ...]
    """The petitions counted: records merged into another left out."""


def contact_counted(dataset: Dataset, subject: str | None, days: Period | None) -> ContactCounted:
    """The meetings and petitions of *subject* over *days* (every day when ``None``).

    *subject* is a council id of the dataset (its meetings and petitions name it), else a
    unit code: the meetings held in the unit or under it (through the units' parents), and
    the petitions raised at those meetings or of a council of such a unit. ``None`` takes
    everything. A petition's day is :func:`first_day`; one without a day counts only when
    *days* is ``None``.
    """
    index = dataset.index
    council = index.councils.get(subject) if subject is not None else None
    unit = council.unit if council is not None else subject
    if subject is None:
        held, raised = list(dataset.voter_meetings), list(dataset.voter_petitions)
    elif council is not None:  # from the index: a council's summary reads only its records
        held = list(index.grouped.get("voter_meetings", {}).get(subject, ()))
        raised = list(index.grouped.get("voter_petitions", {}).get(subject, ()))
    else:
        within = _under(index, subject)
        held = [m for m in dataset.voter_meetings if within(m.unit)]
        ids = {m.id for m in held}
        raised = [p for p in dataset.voter_petitions if _ours(p, index, ids, within)]
    kept = tuple(p for p in raised if days is None or _day_in(first_day(p, index), days))
    return ContactCounted(
        council=council,
        unit=unit,
        meetings=tuple(m for m in held if days is None or m.day in days),
        kept=kept,
        petitions=tuple(p for p in kept if p.merged_into is None),
    )


def first_day(petition: VoterPetition, index: DatasetIndex) -> dt.date | None:
    """The day of the first meeting it was raised at, else compiled, else forwarded.

    ```pycon
    >>> from hdnd import Dataset
    >>> ds = Dataset.model_validate({
    ...     "voter_meetings": [{"id": "m1", "unit": "92", "day": "2026-06-20"}],
    ...     "voter_petitions": [{"id": "k1", "raised_at": ["m1", "m9"]},
    ...                         {"id": "k2", "compiled": "2026-06-24"}]})
    >>> [str(first_day(p, ds.index)) for p in ds.voter_petitions]
    ['2026-06-20', '2026-06-24']

    ```
    """
    meetings: Any = index.keyed["voter_meetings"]
    held = [m.day for m in map(meetings.get, petition.raised_at) if m is not None]
    return min(held, default=None) or petition.compiled or petition.forwarded


def answer_timing(
    petitions: Iterable[VoterPetition], as_of: dt.date | None
) -> dict[str, int | None]:
    """How many were answered, and answered on time, late, overdue or not judged.

    A petition's time limit runs from the day it was forwarded, under the law in force that
    day (:func:`~hdnd.voter_contact.petition.answer_rule`); one forwarded on a day for which
    hdnd encodes none, or compiled by the National Assembly delegation alone (no ``council``:
    other time limits, not encoded), is ``not-encoded``. With *as_of*, what happened after
    it has not happened yet, and a petition unanswered past its limit is ``overdue``;
    without it, ``overdue`` is ``None``.

    ```pycon
    >>> import datetime as dt
    >>> from hdnd.voter_contact import VoterPetition
    >>> petitions = [
    ...     VoterPetition(id="a", council="c", forwarded="2026-03-02", answered="2026-04-01"),
    ...     VoterPetition(id="b", council="c", forwarded="2026-03-02", answered="2026-04-02"),
    ...     VoterPetition(id="c", council="c", forwarded="2026-03-02"),
    ...     VoterPetition(id="d", council="c", forwarded="2024-03-01", answered="2024-03-05"),
    ...     VoterPetition(id="e", forwarded="2026-03-02", answered="2026-04-02")]
    >>> answer_timing(petitions, dt.date(2026, 5, 1))  # a on day 30, b on day 31
    {'answered': 4, 'on-time': 1, 'late': 1, 'overdue': 1, 'not-encoded': 2}

    ```
    """
    found: Counter[str] = Counter()
    for petition in petitions:
        answered = petition.answered
        if answered is not None and as_of is not None and answered > as_of:
            answered = None  # not yet, on the day the report is made
        found["answered"] += answered is not None
        forwarded = petition.forwarded
        if forwarded is None or (as_of is not None and forwarded > as_of):
            continue
        rule = None if petition.council is None else answer_rule(forwarded)
        if rule is None:
            found["not-encoded"] += 1
            continue
        due = rule.due(forwarded)
        if answered is not None:
            found["on-time" if answered <= due else "late"] += 1
        elif as_of is not None and as_of > due:
            found["overdue"] += 1
    return {key: None if key == "overdue" and as_of is None else found[key] for key in TIMING}


def _day_in(day: dt.date | None, days: Period) -> bool:
    return day is not None and day in days


def _under(index: DatasetIndex, subject: str) -> Callable[[str], bool]:
    """Whether a unit code is *subject* or lies under it (through the units' parents)."""
    found: dict[str, bool] = {}

    def within(code: str) -> bool:
        chain: list[str] = []
        current: str | None = code
        answer = False
        while current is not None and current not in chain:
            if current in found or current == subject:
                answer = found.get(current, True)
                break
            chain.append(current)
            unit = index.record("units", current)
            current = None if unit is None else unit.parent
        found.update(dict.fromkeys(chain, answer))
        return answer

    return within


def _ours(
    petition: VoterPetition, index: DatasetIndex, meetings: set[str], within: Callable[[str], bool]
) -> bool:
    """Raised at one of *meetings*, or compiled by a council of a unit *within* the subject."""
    if any(meeting in meetings for meeting in petition.raised_at):
        return True
    council = index.councils.get(petition.council) if petition.council else None
    return council is not None and within(council.unit)
