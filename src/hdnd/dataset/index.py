"""The cross-reference index of a dataset, built from the collections table.

```pycon
>>> from hdnd.dataset import Dataset
>>> ds = Dataset(councils=[{"id": "c1", "unit": "92", "term": "2026-2031"}],
...              sessions=[{"id": "s2", "council": "c1", "number": 2, "kind": "regular",
...                         "opening": "2026-07-08"},
...                        {"id": "s1", "council": "c1", "number": 1, "kind": "regular",
...                         "opening": "2026-03-30"}])
>>> [s.id for s in ds.index.sessions_of("c1")]
['s1', 's2']
>>> ds.index.record("councils", "c1").unit, ds.index.record("units", "92").name
('92', 'Thành phố Cần Thơ')

```
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from operator import attrgetter
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from hdnd._core.errors import UnknownCouncilError, UnknownTermError, UnknownUnitError
from hdnd._core.i18n import N_
from hdnd.councils.council import Council
from hdnd.councils.offices import Office
from hdnd.councils.terms import NATIONAL_TERMS, Term
from hdnd.dataset.collections import COLLECTION_TABLE
from hdnd.delegates.delegate import Delegate, Mandate
from hdnd.documents.resolutions import CouncilDocument
from hdnd.elections.election import Election
from hdnd.figures.sources import Source
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatQuota
from hdnd.petitions.table import PetitionTable
from hdnd.sessions.session import Session, Sitting, Vote
from hdnd.units.unit import AdministrativeUnit, register, seat_quota

if TYPE_CHECKING:
    from hdnd.dataset.dataset import Dataset

__all__ = ["DatasetIndex"]

_T = TypeVar("_T")


@attrs.frozen
class DatasetIndex:
    """Cross-reference index of a dataset. Units fall back to the national register."""

    units: Mapping[str, AdministrativeUnit]
    terms: Mapping[str, Term]
    councils: Mapping[str, Council]
    delegates: Mapping[str, Delegate]
    sources: Mapping[str, Source]
    seats: Mapping[str, tuple[tuple[Delegate, Mandate], ...]]
    offices: Mapping[str, tuple[Office, ...]] = attrs.field(factory=dict)
    """Offices by council id."""
    elections: Mapping[str, tuple[Election, ...]] = attrs.field(factory=dict)
    """Elections by council id, in date order."""
    sessions: Mapping[str, tuple[Session, ...]] = attrs.field(factory=dict)
    """Sessions by council id, in opening order."""
    sittings: Mapping[str, tuple[Sitting, ...]] = attrs.field(factory=dict)
    """Sittings by session id, in date order."""
    votes: Mapping[str, tuple[Vote, ...]] = attrs.field(factory=dict)
    """Votes by sitting id."""
    documents: Mapping[str, tuple[CouncilDocument, ...]] = attrs.field(factory=dict)
    """Documents by council id, in dataset order."""
    mandate_days: Mapping[str, tuple[tuple[dt.date, ...], tuple[dt.date, ...]]] = attrs.field(
        factory=dict
    )
    """By council id, the sorted first days and sorted last days of its mandates: with them
    :meth:`vote_base` counts the membership on a day by bisection, not by a loop."""

    keyed: Mapping[str, Mapping[str, Any]] = attrs.field(factory=dict)
    """Every collection with a key (:data:`~hdnd.dataset.collections.COLLECTION_TABLE`), by
    key; the first record wins where keys repeat."""
    grouped: Mapping[str, Mapping[str, Sequence[Any]]] = attrs.field(factory=dict)
    """Every collection with a ``group_by`` field, grouped by it and sorted by ``order_by``."""

    @classmethod
    def build(cls, dataset: Dataset) -> DatasetIndex:
        """Index *dataset* as the collections table says.

        The first record wins where keys repeat; ``duplicate-identifier`` reports the others.
        """
        keyed: dict[str, Mapping[str, Any]] = {}
        grouped: dict[str, Mapping[str, Any]] = {}  # tuples; a table of petitions
        for table in COLLECTION_TABLE:
            records: Sequence[Any] = getattr(dataset, table.name)
            if isinstance(records, PetitionTable):  # kept as columns: grouped without copies
                keyed[table.name], grouped[table.name] = records.keyed(), records.grouped()
                continue
            if table.key is not None:
                keyed[table.name] = _first_by(records, table.key)
            if table.group_by is not None:
                ordered = records
                if table.order_by is not None:
                    ordered = sorted(records, key=attrgetter(table.order_by))
                grouped[table.name] = _group_by(ordered, table.group_by)
        seats: defaultdict[str, list[tuple[Delegate, Mandate]]] = defaultdict(list)
        for delegate in dataset.delegates:
            for mandate in delegate.mandates:
                seats[mandate.council].append((delegate, mandate))
        return cls(
            units=keyed["units"],
            terms={**NATIONAL_TERMS, **keyed["terms"]},
            councils=keyed["councils"],
            delegates=keyed["delegates"],
            sources=keyed["sources"],
            seats={council: tuple(pairs) for council, pairs in seats.items()},
            offices=grouped["offices"],
            elections=grouped["elections"],
            sessions=grouped["sessions"],
            sittings=grouped["sittings"],
            votes=grouped["votes"],
            documents=grouped["documents"],
            mandate_days={
                council: (
                    tuple(sorted(m.start for _, m in pairs)),
                    tuple(sorted(m.end for _, m in pairs if m.end is not None)),
                )
                for council, pairs in seats.items()
            },
            keyed=keyed,
            grouped=grouped,
        )

    def record(self, collection: str, key: str) -> Any | None:
        """The record of *collection* with *key* (``terms`` include the national terms).

        ``None`` when there is none, or when the collection has no key.
        """
        if collection == "terms":
            return self.terms.get(key)
        if collection == "units":
            return self.units.get(key) or register().get(key)
        return self.keyed.get(collection, {}).get(key)

    def unit(self, code: str) -> AdministrativeUnit:
        """The unit with *code*, declared in the dataset or in the current register.

        Raises:
            UnknownUnitError: Neither knows the code.
        """
        found = self.units.get(code) or register().get(code)
        if found is None:
            msg = f"unit {code!r} is neither declared in the dataset nor in the register"
            raise UnknownUnitError(msg)
        return found

    def has_unit(self, code: str) -> bool:
        """Whether :meth:`unit` would find *code*."""
        return code in self.units or code in register()

    def term(self, term_id: str) -> Term:
        """The term with *term_id* (dataset terms first, then national terms).

        Raises:
            UnknownTermError: Neither has it (a :class:`KeyError`).
        """
        found = self.terms.get(term_id)
        if found is None:
            msg = f"the dataset has no term {term_id!r}, nor is it a national term"
            raise UnknownTermError(msg)
        return found

    def council(self, council_id: str) -> Council:
        """The council with *council_id*.

        Raises:
            UnknownCouncilError: The dataset has no such council (a :class:`KeyError`).
        """
        found = self.councils.get(council_id)
        if found is None:
            msg = f"the dataset has no council {council_id!r}"
            raise UnknownCouncilError(msg)
        return found

    def seat_quota(self, council: Council) -> SeatQuota | NotApplicable:
        """The statutory seats of *council*: the law of its term applied to its unit.

        The quota follows the law the term's election was held under
        (:func:`hdnd.law.framework_for_term`) and the unit's population and terrain.
        """
        term = self.terms.get(council.term)
        if term is None or not self.has_unit(council.unit):
            return NotApplicable(NotApplicableReason.MISSING_INFORMATION, N_("đơn vị, nhiệm kỳ"))
        unit = self.unit(council.unit)
        parent = self.unit(unit.parent) if unit.parent and self.has_unit(unit.parent) else None
        return seat_quota(unit, term, parent_kind=parent.kind if parent else None)

    def mandates_of(self, council_id: str) -> tuple[tuple[Delegate, Mandate], ...]:
        """Every (delegate, mandate) pair on *council_id*."""
        return self.seats.get(council_id, ())

    def serving(self, council_id: str, day: dt.date) -> Iterator[tuple[Delegate, Mandate]]:
        """The (delegate, mandate) pairs whose mandate on *council_id* covers *day*."""
        return ((d, m) for d, m in self.mandates_of(council_id) if m.covers(day))

    def offices_of_council(self, council_id: str) -> tuple[Office, ...]:
        """Every office of *council_id* (council, committee, group and executive posts)."""
        return self.offices.get(council_id, ())

    def elections_of(self, council_id: str) -> tuple[Election, ...]:
        """Every election of *council_id*, in date order."""
        return self.elections.get(council_id, ())

    def sessions_of(self, council_id: str) -> tuple[Session, ...]:
        """Every session of *council_id*, in opening order."""
        return self.sessions.get(council_id, ())

    def sittings_of(self, session_id: str) -> tuple[Sitting, ...]:
        """Every sitting of *session_id*, in date order."""
        return self.sittings.get(session_id, ())

    def votes_of(self, sitting_id: str) -> tuple[Vote, ...]:
        """Every vote taken at *sitting_id*."""
        return self.votes.get(sitting_id, ())

    def vote_base(self, council_id: str, day: dt.date) -> int:
        """The number a council vote on *day* is measured against (tổng số đại biểu).

        hdnd counts the delegates whose mandate covers *day*: the council's membership on
        that day, as the minutes of a sitting state it. A vote record may state its own base
        (``Vote.base``), which then wins. The law measures against this number, never against
        the delegates present (Law 72/2025/QH15, Art. 35(2); Art. 49(2) for a reduced council,
        "đại biểu hiện có").

        The count is the number of :meth:`serving` pairs, taken by bisection: the mandates
        started by *day* less those ended before it (a mandate never ends before it starts).
        """
        days = self.mandate_days.get(council_id)
        if days is None:  # an index built by hand, without the sorted days
            return sum(1 for _ in self.serving(council_id, day))
        starts, ends = days
        return bisect.bisect_right(starts, day) - bisect.bisect_left(ends, day)

    def documents_of(self, council_id: str) -> tuple[CouncilDocument, ...]:
        """Every document of *council_id*, in dataset order."""
        return self.documents.get(council_id, ())

    def predecessors(self, council_id: str) -> tuple[Council, ...]:
        """The councils *council_id* was formed from (merged units), where the dataset has them."""
        council = self.councils.get(council_id)
        if council is None:
            return ()
        return tuple(self.councils[c] for c in council.formed_from if c in self.councils)


def _group_by(records: Sequence[_T], key: str) -> dict[str, tuple[_T, ...]]:
    grouped: defaultdict[str, list[_T]] = defaultdict(list)
    for record in records:
        grouped[getattr(record, key)].append(record)
    return {k: tuple(v) for k, v in grouped.items()}


def _first_by(records: Sequence[_T], key: str) -> dict[str, _T]:
    found: dict[str, _T] = {}
    for record in records:
        found.setdefault(getattr(record, key), record)
    return found
