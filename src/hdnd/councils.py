"""People's Councils (Hội đồng nhân dân): one council per unit and term, and its organs.

A council declares its constituencies (đơn vị bầu cử) with their seats, its delegate groups
(tổ đại biểu), the committees (Ban) it set up and the staff of its office. Who holds which
post over time is in :mod:`hdnd.offices`; the standing committee (Thường trực) is the chair,
the vice-chairs and the committee heads (Law 72/2025/QH15, Art. 29(2)). A council of a unit
formed by merger names the councils it replaces in ``formed_from``, so that a delegate's
history survives the 2025 reform.

```pycon
>>> council = Council(id="ct-x", unit="92", term="2021-2026", convocation=10,
...                   constituencies=[{"id": "1", "seats": 3}, {"id": "2", "seats": 2}],
...                   committees=["legal-affairs", "economy-budget", "culture-society",
...                               "urban-affairs"])
>>> council.convocation_label, council.constituency_seats
('khóa X', 5)

```
"""

from __future__ import annotations

from pydantic import Field, StrictInt

from hdnd._core.i18n import Language
from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Count, Day, Identifier
from hdnd.law.organs import Committee
from hdnd.terms import convocation_text
from hdnd.units import UnitCode

__all__ = ["Constituency", "Council", "DelegateGroup"]


class Constituency(Record):
    """An electoral constituency (đơn vị bầu cử) of a council and the seats it elects."""

    id: Identifier
    """Identifier within the council, usually its number (``"1"``)."""
    seats: StrictInt = Field(ge=1)
    """Delegates it elects."""
    name: VnText | None = None
    """Name as published, e.g. ``Đơn vị bầu cử số 1``."""
    units: tuple[UnitCode, ...] = ()
    """Codes of the units (or parts of units) it covers."""


class DelegateGroup(Record):
    """A delegate group (tổ đại biểu): the delegates elected in one or more constituencies."""

    id: Identifier
    """Identifier within the council."""
    name: VnText | None = None
    """Name, e.g. ``Tổ đại biểu quận Ninh Kiều``."""
    constituencies: tuple[Identifier, ...] = ()
    """Ids of the constituencies whose delegates form the group."""


class Council(Record):
    """The People's Council of one administrative unit for one term."""

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit the council belongs to."""
    term: Identifier
    """Id of the term (a national term such as ``2021-2026``, or one declared in the dataset)."""
    convocation: StrictInt | None = Field(default=None, ge=1, le=100)
    """Convocation number (khóa) of this council, e.g. 10 for ``khóa X``."""
    name: VnText | None = None
    """Name as the council writes it, e.g. ``HĐND thành phố Cần Thơ khóa X``."""
    first_session: Day | None = None
    """Opening day of the council's first session."""
    declared_seats: Count | None = None
    """Number of delegates to be elected, as the election decision declared it."""
    constituencies: tuple[Constituency, ...] = ()
    """Constituencies and the seats each elects."""
    delegate_groups: tuple[DelegateGroup, ...] = ()
    """Delegate groups."""
    committees: tuple[Committee, ...] = ()
    """Committees (Ban) the council set up."""
    office_staff: Count | None = None
    """Staff of the council's office (văn phòng), where it has its own."""
    formed_from: tuple[Identifier, ...] = ()
    """Ids of the councils this one replaces, when its unit was formed by merging theirs."""

    @property
    def constituency_seats(self) -> int:
        """Seats of all declared constituencies together (0 when none is declared)."""
        return sum(c.seats for c in self.constituencies)

    def constituency(self, constituency_id: str) -> Constituency | None:
        """The constituency with *constituency_id*, if declared."""
        return next((c for c in self.constituencies if c.id == constituency_id), None)

    @property
    def convocation_label(self) -> str | None:
        """``khóa X`` (Vietnamese)."""
        return self.convocation_text("vi")

    def convocation_text(self, language: Language = "vi") -> str | None:
        """The convocation in *language* (see :func:`hdnd.terms.convocation_text`)."""
        return convocation_text(self.convocation, language)
