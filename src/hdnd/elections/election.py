"""Election records: the count of one constituency, and the winners the law gives.

An :class:`Election` holds what a constituency's result record (biên bản xác định kết quả
bầu cử) publishes: voters on the list, ballots cast and valid, and each candidate's votes.
:meth:`Election.count` applies the election law in force on the day (Law 85/2015/QH13, as
amended by Law 83/2025/QH15 from 1 July 2025): turnout above half of the voters, winners
with more than half of the valid ballots, most votes first, ties to the older candidate.
The record may also carry the winners as announced; checks compare the two.

Candidates' names and birth dates are public once the list is published, so they are not
treated as personal data here.

```pycon
>>> e = Election(id="e1", council="c", day="2026-03-15", constituency="1", seats=2,
...              voters_on_list=10_000, voted=9_800, valid_ballots=9_700,
...              candidates=[
...                 {"id": "a", "name": "Trần Văn An", "birth_date": "1975-04-01", "votes": 8000},
...                 {"id": "b", "name": "Lê Thị Bình", "birth_date": "1980-09-02", "votes": 6000},
...                 {"id": "c", "name": "Phạm Văn Cư", "birth_date": "1970-01-01", "votes": 4000},
...              ])
>>> e.turnout, e.count().elected
(Fraction(49, 50), ('a', 'b'))

```
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Self

from pydantic import Field, StrictInt, model_validator

from hdnd._core.errors import NotEncodedError
from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText
from hdnd._core.types import Count, Day, Identifier
from hdnd.delegates.delegate import Gender
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.elections.results import ElectionResult
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain

__all__ = ["Candidate", "Election", "ElectionKind", "election_law"]


class ElectionKind(LabelledEnum):
    """Why an election was held."""

    GENERAL = "general"
    SUPPLEMENTARY = "supplementary"
    RERUN = "rerun"
    BY_ELECTION = "by-election"


register_labels(
    ElectionKind,
    {
        ElectionKind.GENERAL: N_("Bầu cử theo nhiệm kỳ"),
        ElectionKind.SUPPLEMENTARY: N_("Bầu cử thêm"),
        ElectionKind.RERUN: N_("Bầu cử lại"),
        ElectionKind.BY_ELECTION: N_("Bầu cử bổ sung"),
    },
)


class Candidate(Record):
    """A candidate on a constituency's official list, with the votes received."""

    id: Identifier
    """Identifier within the election."""
    name: NonEmptyText
    """Full name as on the list."""
    birth_date: Day
    """Date of birth (a tie goes to the older candidate)."""
    votes: Count
    """Votes received."""
    gender: Gender | None = None
    """Gender, if recorded."""
    delegate: Identifier | None = None
    """Id of the delegate record of the person, if the dataset holds one."""


class Election(Record):
    """The election of one constituency of a council on one day."""

    id: Identifier
    """Stable identifier within the dataset."""
    council: Identifier
    """Id of the council elected."""
    day: Day
    """Election day (a Sunday)."""
    seats: StrictInt = Field(ge=1)
    """Seats to fill in this constituency on this day."""
    voters_on_list: Count
    """Voters on the list (cử tri trong danh sách)."""
    voted: Count
    """Voters who voted (cử tri đã tham gia bỏ phiếu)."""
    valid_ballots: Count
    """Valid ballots (phiếu hợp lệ)."""
    candidates: tuple[Candidate, ...] = ()
    """The official list, with the votes of each."""
    constituency: Identifier | None = None
    """Id of the constituency within the council."""
    kind: ElectionKind = ElectionKind.GENERAL
    """General election, supplementary round, re-run or by-election."""
    elected: tuple[Identifier, ...] | None = None
    """Ids of the candidates announced as elected, if the record gives them."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.voted > self.voters_on_list:
            msg = f"voted ({self.voted}) exceeds voters_on_list ({self.voters_on_list})"
            raise ValueError(msg)
        if self.valid_ballots > self.voted:
            msg = f"valid_ballots ({self.valid_ballots}) exceeds voted ({self.voted})"
            raise ValueError(msg)
        ids = [c.id for c in self.candidates]
        if len(ids) != len(set(ids)):
            msg = "two candidates share an id"
            raise ValueError(msg)
        over = [c.id for c in self.candidates if c.votes > self.valid_ballots]
        if over:
            msg = f"candidates {over} have more votes than there are valid ballots"
            raise ValueError(msg)
        unknown = sorted(set(self.elected or ()) - set(ids))
        if unknown:
            msg = f"elected names candidates not on the list: {unknown}"
            raise ValueError(msg)
        if self.elected is not None and len(self.elected) != len(set(self.elected)):
            msg = f"elected names a candidate twice: {list(self.elected)}"
            raise ValueError(msg)
        return self

    @property
    def turnout(self) -> Fraction | None:
        """Voters who voted, as an exact share of those on the list (``None`` for an empty list)."""
        return Fraction(self.voted, self.voters_on_list) if self.voters_on_list else None

    def law(self) -> ElectionLaw | None:
        """The election law in force on election day, if hdnd encodes it."""
        return election_law(self.day)

    def count(self, law: ElectionLaw | None = None) -> ElectionResult:
        """The winners under *law* (by default the law in force on election day).

        An election whose turnout is not above half of the voters on the list elects nobody
        (it must be held again), unless it is itself the re-run, whose result stands
        whatever the turnout (Law 85/2015/QH13, Art. 78(1) and 80).

        Raises:
            NotEncodedError: No election law is encoded for the day and none was given (a
                :class:`LookupError`).
        """
        law = law or self.law()
        if law is None:
            msg = f"no election law is encoded for {self.day}"
            raise NotEncodedError(msg)
        return law.count(
            [(c.id, c.votes, c.birth_date) for c in self.candidates],
            self.seats,
            self.valid_ballots,
            voted=self.voted,
            voters_on_list=self.voters_on_list,
            rerun=self.kind is ElectionKind.RERUN,
        )

    def candidate(self, candidate_id: str) -> Candidate | None:
        """The candidate with *candidate_id*, if on the list."""
        return next((c for c in self.candidates if c.id == candidate_id), None)


def election_law(day: dt.date) -> ElectionLaw | None:
    """The election law in force on *day*, if hdnd encodes one."""
    law = framework_at(day).instrument(Domain.ELECTIONS)
    return law if isinstance(law, ElectionLaw) else None
