"""A dataset: everything known about one jurisdiction (its index: :mod:`hdnd.dataset.index`).

```pycon
>>> ds = Dataset(title="Ví dụ", councils=[{"id": "c1", "unit": "92", "term": "2026-2031"}])
>>> ds.index.council("c1").unit, ds.index.unit("92").name, ds.index.term("2026-2031").label
('92', 'Thành phố Cần Thơ', '2026–2031')

```
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from typing import Any, Literal, Self

from pydantic import ConfigDict

from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Flag
from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.vote import ConfidenceVote
from hdnd.councils.council import Council
from hdnd.councils.offices import Office
from hdnd.councils.terms import Term
from hdnd.dataset.collections import COLLECTIONS, PERSONAL_FIELDS
from hdnd.dataset.index import DatasetIndex
from hdnd.delegates.delegate import Delegate
from hdnd.documents.resolutions import CouncilDocument
from hdnd.elections.election import Election
from hdnd.figures.reported import ReportedFigure
from hdnd.figures.sources import Source
from hdnd.petitions.reception import CitizenVisit
from hdnd.petitions.sessions import ReceptionSession
from hdnd.petitions.table import PetitionTable
from hdnd.sessions.meetings import CoordinationMeeting
from hdnd.sessions.session import Session, Sitting, Vote
from hdnd.units.unit import AdministrativeUnit
from hdnd.voter_contact.meeting import VoterMeeting
from hdnd.voter_contact.petition import VoterPetition

__all__ = ["COLLECTIONS", "FORMAT", "Dataset", "DatasetIndex"]

FORMAT: Literal["hdnd/1"] = "hdnd/1"
"""The file format written by this version; the ``format`` field of every dataset file."""


class Dataset(Record):
    """All records of one jurisdiction (a province, a commune, a whole country).

    Validation errors name the record and field but never repeat the value given: a
    petitioner's name given in the wrong shape must not reach an error message or a log.
    """

    model_config = ConfigDict(hide_input_in_errors=True)

    format: Literal["hdnd/1"] = FORMAT
    """File format marker; always ``hdnd/1`` for this version."""
    title: VnText | None = None
    """What the dataset is, in Vietnamese."""
    description: VnText | None = None
    """Longer description: coverage, provenance, caveats."""
    synthetic: Flag = False
    """True when the records are invented (examples, benchmarks), not published facts."""
    redacted: Flag = False
    """True when the file withheld personal data: names and addresses are absent, not unknown.

    :func:`hdnd.dumps` marks the files it writes without personal data; reading such a file
    takes each ``[redacted]`` placeholder as absent, never as a name."""
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
    reception_sessions: tuple[ReceptionSession, ...] = ()
    """Reception sessions: who received citizens, where and when."""
    citizen_visits: tuple[CitizenVisit, ...] = ()
    """Individual citizen receptions."""
    petitions: PetitionTable = PetitionTable()
    """Individual petitions: a sequence of :class:`Petition` kept as columns
    (:class:`~hdnd.petitions.table.PetitionTable`)."""
    voter_meetings: tuple[VoterMeeting, ...] = ()
    """Meetings of delegates with voters (tiếp xúc cử tri)."""
    voter_petitions: tuple[VoterPetition, ...] = ()
    """Voter petitions (kiến nghị cử tri) compiled from those meetings."""
    confidence_ratings: tuple[ConfidenceRating, ...] = ()
    """Confidence ratings (lấy phiếu tín nhiệm): one person's result each."""
    confidence_votes: tuple[ConfidenceVote, ...] = ()
    """Confidence votes (bỏ phiếu tín nhiệm): one person's result each."""

    @property
    def holds_personal_data(self) -> bool:
        """Whether any record names a person (a petitioner, a citizen received, a voter ...)."""
        for name, fields in PERSONAL_FIELDS.items():
            records = getattr(self, name)
            if isinstance(records, PetitionTable):  # without making each petition
                if any(next(records.values(field), None) for field in fields):
                    return True
                continue
            for record in records:
                if any(getattr(record, field) is not None for field in fields):
                    return True
        return False

    @functools.cached_property
    def index(self) -> DatasetIndex:
        """Look-ups by id across the dataset (built on first use)."""
        return DatasetIndex.build(self)

    def model_copy(self, *, update: Mapping[str, Any] | None = None, deep: bool = False) -> Self:
        """Copy the dataset; the copy builds its own index (the records may differ).

        Petitions given in *update* are kept as a :class:`PetitionTable`, as validation
        would keep them (they must be :class:`Petition` objects: an update is not validated).
        """
        if update is not None and "petitions" in update:
            update = {**update, "petitions": PetitionTable.of(update["petitions"])}
        copy = super().model_copy(update=update, deep=deep)
        copy.__dict__.pop("index", None)
        return copy
