"""A dataset: everything known about one jurisdiction, and its cross-reference index.

```pycon
>>> ds = Dataset(title="Ví dụ", councils=[{"id": "c1", "unit": "92", "term": "2026-2031"}])
>>> ds.index.council("c1").unit, ds.index.unit("92").name, ds.index.term("2026-2031").label
('92', 'Thành phố Cần Thơ', '2026–2031')

```
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
from collections import defaultdict
from collections.abc import Iterator, Mapping, Sequence
from typing import Any, Literal, Self, TypeVar

import attrs

from hdnd._core.errors import UnknownUnitError
from hdnd._core.i18n import N_
from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Flag
from hdnd.councils.council import Council
from hdnd.councils.offices import Office
from hdnd.councils.terms import NATIONAL_TERMS, Term
from hdnd.delegates.delegate import Delegate, Mandate
from hdnd.documents.resolutions import CouncilDocument
from hdnd.elections.election import Election
from hdnd.figures.reported import ReportedFigure
from hdnd.figures.sources import Source
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatQuota
from hdnd.petitions.reception import CitizenVisit, Petition
from hdnd.sessions.meetings import CoordinationMeeting
from hdnd.sessions.session import Session, Sitting, Vote
from hdnd.units.unit import AdministrativeUnit, register, seat_quota

_T = TypeVar("_T")

__all__ = ["COLLECTIONS", "FORMAT", "Dataset", "DatasetIndex"]

FORMAT: Literal["hdnd/1"] = "hdnd/1"
"""The file format written by this version; the ``format`` field of every dataset file."""

COLLECTIONS = (
    "sources",
    "units",
    "terms",
    "councils",
    "delegates",
    "offices",
    "elections",
    "sessions",
    "sittings",
    "votes",
    "documents",
    "meetings",
    "figures",
    "citizen_visits",
    "petitions",
)
"""The record collections of a dataset, in file order."""


class Dataset(Record):
    """All records of one jurisdiction (a province, a commune, a whole country)."""

    format: Literal["hdnd/1"] = FORMAT
    """File format marker; always ``hdnd/1`` for this version."""
    title: VnText | None = None
    """What the dataset is, in Vietnamese."""
    description: VnText | None = None
    """Longer description: coverage, provenance, caveats."""
    synthetic: Flag = False
    """True when the records are invented (examples, benchmarks), not published facts."""
    sources: tuple[Source, ...] = ()
    """Publications the figures come from."""
    units: tuple[AdministrativeUnit, ...] = ()
    """Administrative units declared by the dataset (needed for historical units)."""
    terms: tuple[Term, ...] = ()
    """Terms declared by the dataset, in addition to the national terms."""
    councils: tuple[Council, ...] = ()
    """Councils."""
    delegates: tuple[Delegate, ...] = ()
    """Delegates, each with their mandates."""
    offices: tuple[Office, ...] = ()
    """Posts held over time: council posts, committee and group posts, People's Committee."""
    elections: tuple[Election, ...] = ()
    """Constituency election results."""
    sessions: tuple[Session, ...] = ()
    """Sessions (kỳ họp)."""
    sittings: tuple[Sitting, ...] = ()
    """Sittings (phiên họp), with their agenda and attendance."""
    votes: tuple[Vote, ...] = ()
    """Votes taken at sittings."""
    documents: tuple[CouncilDocument, ...] = ()
    """Resolutions and other documents of councils."""
    meetings: tuple[CoordinationMeeting, ...] = ()
    """Coordination meetings (hội nghị giao ban) of standing committees."""
    figures: tuple[ReportedFigure, ...] = ()
    """Published totals."""
    citizen_visits: tuple[CitizenVisit, ...] = ()
    """Individual citizen receptions."""
    petitions: tuple[Petition, ...] = ()
    """Individual petitions."""

    @functools.cached_property
    def index(self) -> DatasetIndex:
        """Look-ups by id across the dataset (built on first use)."""
        return DatasetIndex.build(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """Copy the dataset; the copy builds its own index (the records may differ)."""
        copy = super().model_copy(update=update, deep=deep)
        copy.__dict__.pop("index", None)
        return copy


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

    @classmethod
    def build(cls, dataset: Dataset) -> DatasetIndex:
        """Index *dataset* (the first record wins where ids repeat)."""
        seats: defaultdict[str, list[tuple[Delegate, Mandate]]] = defaultdict(list)
        for delegate in dataset.delegates:
            for mandate in delegate.mandates:
                seats[mandate.council].append((delegate, mandate))
        return cls(
            units=_first_by(dataset.units, "code"),
            terms={**NATIONAL_TERMS, **_first_by(dataset.terms, "id")},
            councils=_first_by(dataset.councils, "id"),
            delegates=_first_by(dataset.delegates, "id"),
            sources=_first_by(dataset.sources, "id"),
            seats={council: tuple(pairs) for council, pairs in seats.items()},
            offices=_group_by(dataset.offices, "council"),
            elections=_group_by(sorted(dataset.elections, key=lambda e: e.day), "council"),
            sessions=_group_by(sorted(dataset.sessions, key=lambda s: s.opening), "council"),
            sittings=_group_by(sorted(dataset.sittings, key=lambda s: s.day), "session"),
            votes=_group_by(dataset.votes, "sitting"),
            documents=_group_by(dataset.documents, "council"),
            mandate_days={
                council: (
                    tuple(sorted(m.start for _, m in pairs)),
                    tuple(sorted(m.end for _, m in pairs if m.end is not None)),
                )
                for council, pairs in seats.items()
            },
        )

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
        """The term with *term_id* (dataset terms first, then national terms)."""
        return self.terms[term_id]

    def council(self, council_id: str) -> Council:
        """The council with *council_id*."""
        return self.councils[council_id]

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
