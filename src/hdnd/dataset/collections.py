"""The collections of a dataset, declared once: name, record type, key, order, references.

This table drives the dataset: the :class:`~hdnd.dataset.Dataset` model has one field per
collection (a test keeps them in step), :class:`~hdnd.dataset.DatasetIndex` builds its
look-ups by key and its groups from it, the reference check resolves every reference it
declares, and the JSON files, the schema and exports follow its order. A new domain adds
its collections here, in one line each.

A :class:`Reference` names a field that holds the key of another record: ``council`` of a
session points into ``councils``. Paths step into tuples with ``*`` (``mandates.*.council``).
Some targets are parts of a record rather than a collection: a vote's ``item`` is one of the
agenda items of *its* sitting, a mandate's ``constituency`` one of the constituencies of *its*
council. Those are declared as :class:`Part` targets and a reference to them names the field
that holds the owner (``owner="sitting"``).

```pycon
>>> [c.name for c in COLLECTION_TABLE][:4]
['sources', 'units', 'terms', 'councils']
>>> votes = collection("votes")
>>> [(r.path, r.target, r.owner) for r in votes.references]
[('sitting', 'sittings', None), ('item', 'agenda_items', 'sitting'), \
('individual.*.delegate', 'delegates', None)]
>>> collection("petitions").key, collection("offices").key
('id', None)

```
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from hdnd._core.personal import is_personal
from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.vote import ConfidenceVote
from hdnd.councils.council import Council
from hdnd.councils.offices import Office
from hdnd.councils.terms import Term
from hdnd.delegates.delegate import Delegate
from hdnd.documents.resolutions import CouncilDocument
from hdnd.elections.election import Election
from hdnd.figures.reported import ReportedFigure
from hdnd.figures.sources import Source
from hdnd.petitions.petition import Petition
from hdnd.petitions.reception import CitizenVisit
from hdnd.petitions.sessions import ReceptionSession
from hdnd.sessions.meetings import CoordinationMeeting
from hdnd.sessions.session import Session, Sitting, Vote
from hdnd.units.unit import AdministrativeUnit
from hdnd.voter_contact.meeting import VoterMeeting
from hdnd.voter_contact.petition import VoterPetition

__all__ = [
    "COLLECTIONS",
    "COLLECTION_TABLE",
    "PARTS",
    "PERSONAL_FIELDS",
    "Collection",
    "Part",
    "Reference",
    "collection",
    "values_at",
]


@attrs.frozen
class Reference:
    """A field that holds the key of another record.

    Attributes:
        path: Dotted path from the record to the field; ``*`` steps into each element of a
            tuple (``mandates.*.council``). A field holding a tuple of keys is read key by key.
        target: The collection (or :class:`Part`) the key points into.
        owner: For a :class:`Part` target, the field beside the reference (in the same
            element) that holds the owner's key: a vote's ``sitting`` owns its ``item``.
    """

    path: str
    target: str
    owner: str | None = None


@attrs.frozen
class Part:
    """Records that live inside records of another collection (agenda items in sittings).

    Attributes:
        name: The name references use (``agenda_items``).
        parent: The collection holding them.
        field: The parent's field holding them.
    """

    name: str
    parent: str
    field: str
    key: str = "id"


@attrs.frozen
class Collection:
    """One collection of a dataset.

    Attributes:
        name: The dataset field and JSON key (``sessions``).
        record: The record type.
        key: The field that identifies a record (``id``; ``code`` for units), or ``None`` for
            records without one (an office is named by its holder, post and dates).
        group_by: The field the index groups the records by (``council``), if any.
        order_by: The field groups are sorted by (``opening``), if any.
        references: The fields that hold keys of other records.
    """

    name: str
    record: type[Any]
    key: str | None = "id"
    group_by: str | None = None
    order_by: str | None = None
    references: tuple[Reference, ...] = ()


_R = Reference

COLLECTION_TABLE: tuple[Collection, ...] = (
    Collection("sources", Source),
    Collection(
        "units",
        AdministrativeUnit,
        key="code",
        references=(_R("parent", "units"), _R("predecessors", "units")),
    ),
    Collection("terms", Term),
    Collection(
        "councils",
        Council,
        references=(
            _R("unit", "units"),
            _R("term", "terms"),
            _R("formed_from", "councils"),
            _R("constituencies.*.units", "units"),
        ),
    ),
    Collection(
        "delegates",
        Delegate,
        references=(
            _R("mandates.*.council", "councils"),
            _R("mandates.*.constituency", "constituencies", owner="council"),
            _R("mandates.*.election", "elections"),
            _R("mandates.*.transferred_from", "councils"),
        ),
    ),
    Collection(
        "offices",
        Office,
        key=None,
        group_by="council",
        references=(_R("council", "councils"), _R("group", "delegate_groups", owner="council")),
    ),
    Collection(
        "elections",
        Election,
        group_by="council",
        order_by="day",
        references=(
            _R("council", "councils"),
            _R("constituency", "constituencies", owner="council"),
            _R("candidates.*.delegate", "delegates"),
        ),
    ),
    Collection(
        "sessions",
        Session,
        group_by="council",
        order_by="opening",
        references=(_R("council", "councils"),),
    ),
    Collection(
        "sittings",
        Sitting,
        group_by="session",
        order_by="day",
        references=(
            _R("session", "sessions"),
            _R("chair", "delegates"),
            _R("attendance.*.delegate", "delegates"),
        ),
    ),
    Collection(
        "votes",
        Vote,
        group_by="sitting",
        references=(
            _R("sitting", "sittings"),
            _R("item", "agenda_items", owner="sitting"),
            _R("individual.*.delegate", "delegates"),
        ),
    ),
    Collection(
        "documents",
        CouncilDocument,
        group_by="council",
        references=(_R("council", "councils"), _R("session", "sessions"), _R("vote", "votes")),
    ),
    Collection(
        "meetings",
        CoordinationMeeting,
        references=(
            _R("host", "councils"),
            _R("participants", "councils"),
            _R("source", "sources"),
        ),
    ),
    Collection(
        "figures",
        ReportedFigure,
        references=(_R("unit", "units"), _R("source", "sources")),
    ),
    Collection(
        "reception_sessions",
        ReceptionSession,
        group_by="unit",
        order_by="day",
        references=(
            _R("unit", "units"),
            _R("council", "councils"),
            _R("delegate", "delegates"),
        ),
    ),
    Collection(
        "citizen_visits",
        CitizenVisit,
        group_by="unit",
        order_by="day",
        references=(_R("unit", "units"), _R("session", "reception_sessions")),
    ),
    Collection(
        "petitions",
        Petition,
        group_by="unit",
        order_by="received",
        references=(
            _R("unit", "units"),
            _R("visit", "citizen_visits"),
            _R("delegate", "delegates"),
            _R("duplicate_of", "petitions"),
            _R("follow_up_of", "petitions"),
            _R("split_from", "petitions"),
        ),
    ),
    Collection(
        "voter_meetings",
        VoterMeeting,
        group_by="council",
        order_by="day",
        references=(
            _R("unit", "units"),
            _R("council", "councils"),
            _R("session", "sessions"),
            _R("delegates", "delegates"),
        ),
    ),
    Collection(
        "voter_petitions",
        VoterPetition,
        group_by="council",
        references=(
            _R("council", "councils"),
            _R("raised_at", "voter_meetings"),
            _R("merged_into", "voter_petitions"),
            _R("repeats", "voter_petitions"),
        ),
    ),
    Collection(
        "confidence_ratings",
        ConfidenceRating,
        group_by="council",
        order_by="day",
        references=(_R("council", "councils"), _R("session", "sessions")),
    ),
    Collection(
        "confidence_votes",
        ConfidenceVote,
        group_by="council",
        order_by="day",
        references=(
            _R("council", "councils"),
            _R("session", "sessions"),
            _R("rating", "confidence_ratings"),
        ),
    ),
)
"""Every collection of a dataset, in file order."""

PARTS: Mapping[str, Part] = MappingProxyType(
    {
        part.name: part
        for part in (
            Part("agenda_items", "sittings", "items"),
            Part("constituencies", "councils", "constituencies"),
            Part("delegate_groups", "councils", "delegate_groups"),
        )
    }
)
"""Records kept inside other records, by the name references use."""

COLLECTIONS: tuple[str, ...] = tuple(c.name for c in COLLECTION_TABLE)
"""The collection names, in file order."""

PERSONAL_FIELDS: Mapping[str, tuple[str, ...]] = MappingProxyType(
    {
        c.name: fields
        for c in COLLECTION_TABLE
        if (
            fields := tuple(
                n for n, f in c.record.model_fields.items() if is_personal(f.annotation)
            )
        )
    }
)
"""The fields of each collection that hold personal data (names, addresses), by collection."""

_BY_NAME: Mapping[str, Collection] = MappingProxyType({c.name: c for c in COLLECTION_TABLE})


def collection(name: str) -> Collection:
    """The collection called *name*.

    Raises:
        KeyError: No collection has that name.
    """
    return _BY_NAME[name]


def values_at(record: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    """(field path with positions, value, element holding it) for each value at *path*.

    ``None`` values are skipped; a tuple of keys yields one entry per key.

    ```pycon
    >>> from hdnd.delegates import Delegate
    >>> d = Delegate(id="d1", name="Lò Văn A", mandates=[
    ...     {"council": "c1", "start": "2021-06-01"}, {"council": "c2", "start": "2026-03-15"}])
    >>> [(where, value) for where, value, _ in values_at(d, "mandates.*.council")]
    [('mandates.0.council', 'c1'), ('mandates.1.council', 'c2')]

    ```
    """
    yield from _walk(record, path.split("."), "")


def _walk(element: Any, steps: list[str], prefix: str) -> Iterator[tuple[str, Any, Any]]:
    step, rest = steps[0], steps[1:]
    if step == "*":
        for position, item in enumerate(element):
            yield from _walk(item, rest, f"{prefix}{position}.")
        return
    value = getattr(element, step)
    if rest:
        if value is not None:
            yield from _walk(value, rest, f"{prefix}{step}.")
    elif isinstance(value, tuple):
        for position, item in enumerate(value):
            yield f"{prefix}{step}.{position}", item, element
    elif value is not None:
        yield f"{prefix}{step}", value, element
