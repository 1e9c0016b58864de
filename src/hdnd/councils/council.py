"""People's Councils (Hội đồng nhân dân): one council per unit and term, and its organs.

A council declares its constituencies (đơn vị bầu cử) with their seats, its delegate groups
(tổ đại biểu), the committees (Ban) it set up and the staff of its office. Who holds which
post over time is in :mod:`hdnd.councils.offices`; the standing committee (Thường trực) is the
chair,
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

from fractions import Fraction
from typing import Annotated, Self

from pydantic import BeforeValidator, Field, StrictInt, model_validator

from hdnd._core.i18n import Language
from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Count, Day, Identifier
from hdnd.councils.terms import convocation_text
from hdnd.law.local_government.organs import AttendanceFloor, Committee
from hdnd.units.unit import UnitCode

__all__ = ["Constituency", "Council", "DelegateGroup", "WorkingRules"]


def _exact_share(value: object) -> object:
    if isinstance(value, float):
        msg = f'a share is an exact fraction such as "2/3", not the float {value!r}'
        raise ValueError(msg)
    return value


ExactShare = Annotated[Fraction, BeforeValidator(_exact_share), Field(ge=0, le=1)]
"""An exact share between 0 and 1, written ``"2/3"`` in JSON; floats are refused."""


class WorkingRules(Record):
    """Rules a council sets itself in its working rules (quy chế làm việc); off when empty.

    The law sets neither an attendance quorum nor a lead time for session documents; a
    council's own rules may, and hdnd checks them only where they are given.
    """

    attendance_floor: ExactShare | None = None
    """Share of the delegates that must attend a sitting ("at least"), e.g. ``"2/3"``."""
    documents_lead_days: Count | None = None
    """Calendar days before a session's opening by which documents must reach delegates."""

    @property
    def floor(self) -> AttendanceFloor:
        """The attendance floor (:class:`~hdnd.law.local_government.organs.AttendanceFloor`)."""
        return AttendanceFloor(self.attendance_floor)


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
    working_rules: WorkingRules = WorkingRules()
    """What the council's own working rules add to the law (nothing by default)."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        for what, ids in (
            ("constituencies", [c.id for c in self.constituencies]),
            ("delegate_groups", [g.id for g in self.delegate_groups]),
            ("committees", [c.value for c in self.committees]),
        ):
            twice = sorted({i for i in ids if ids.count(i) > 1})
            if twice:
                msg = f"{what} lists {twice} more than once"
                raise ValueError(msg)
        if self.constituencies:
            known = {c.id for c in self.constituencies}
            unknown = sorted({c for g in self.delegate_groups for c in g.constituencies} - known)
            if unknown:
                msg = f"delegate_groups name constituencies the council does not declare: {unknown}"
                raise ValueError(msg)
        if self.id in self.formed_from:
            msg = f"formed_from names the council itself ({self.id})"
            raise ValueError(msg)
        return self

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
        """The convocation in *language* (see :func:`hdnd.councils.terms.convocation_text`)."""
        return convocation_text(self.convocation, language)
