"""Delegates (đại biểu) and their time-scoped mandates.

A delegate may hold several mandates over time (re-election, the 2025 transfer of district
delegates to commune councils); each mandate has a start, an end and why it ended.
"Who sat on this council on day D" is :func:`serving_on`.

```pycon
>>> import datetime as dt
>>> lan = Delegate(id="d1", name="Nguyễn Thị Lan", gender="female", ethnicity="Tày",
...                mandates=[{"council": "c1", "start": "2021-06-25"}])
>>> lan.ethnic_minority, lan.mandates[0].covers(dt.date(2022, 1, 1))
(True, True)
>>> [d.id for d in serving_on([lan], "c1", dt.date(2021, 6, 24))]
[]

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from typing import Self

from pydantic import model_validator

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText, VnText, nfc
from hdnd._core.types import Day, Flag, Identifier

__all__ = ["Delegate", "Gender", "Mandate", "MandateEndReason", "serving_on"]


class Gender(LabelledEnum):
    """Gender as council reports count it."""

    FEMALE = "female"
    MALE = "male"


class MandateEndReason(LabelledEnum):
    """Why a mandate ended (Law 72/2025/QH15, Art. 38; Art. 54 for the 2025 transfer)."""

    TERM_ENDED = "term-ended"
    RESIGNED = "resigned"
    RECALLED_BY_COUNCIL = "recalled-by-council"
    RECALLED_BY_VOTERS = "recalled-by-voters"
    LOST_BY_CONVICTION = "lost-by-conviction"
    DIED = "died"
    TRANSFERRED = "transferred"


register_labels(Gender, {Gender.FEMALE: N_("Nữ"), Gender.MALE: N_("Nam")})
register_labels(
    MandateEndReason,
    {
        MandateEndReason.TERM_ENDED: N_("Hết nhiệm kỳ"),
        MandateEndReason.RESIGNED: N_("Thôi làm nhiệm vụ đại biểu"),
        MandateEndReason.RECALLED_BY_COUNCIL: N_("Bị Hội đồng nhân dân bãi nhiệm"),
        MandateEndReason.RECALLED_BY_VOTERS: N_("Bị cử tri bãi nhiệm"),
        MandateEndReason.LOST_BY_CONVICTION: N_("Mất quyền đại biểu do bị kết án"),
        MandateEndReason.DIED: N_("Từ trần"),
        MandateEndReason.TRANSFERRED: N_("Chuyển sang Hội đồng nhân dân đơn vị mới"),
    },
)


class Mandate(Record):
    """A delegate's seat on one council, from *start* to *end* (both days included)."""

    council: Identifier
    """Id of the council."""
    start: Day
    """First day of the mandate (usually the opening of the council's first session)."""
    end: Day | None = None
    """Last day of the mandate; empty while it runs."""
    end_reason: MandateEndReason | None = None
    """Why the mandate ended."""
    full_time: Flag = False
    """Whether the delegate works full-time for the council (chuyên trách)."""
    re_elected: Flag | None = None
    """Whether the delegate also sat on this unit's council in the previous term."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.end is not None and self.end < self.start:
            msg = f"the mandate ends ({self.end}) before it starts ({self.start})"
            raise ValueError(msg)
        if self.end_reason is not None and self.end is None:
            msg = "end_reason is given but the mandate has no end date"
            raise ValueError(msg)
        return self

    def covers(self, day: dt.date) -> bool:
        """Whether the delegate held this seat on *day*."""
        return self.start <= day and (self.end is None or day <= self.end)


class Delegate(Record):
    """A person elected to a People's Council."""

    id: Identifier
    """Stable identifier within the dataset."""
    name: NonEmptyText
    """Full name, Vietnamese order (family, middle, given)."""
    gender: Gender | None = None
    """Gender, if recorded."""
    birth_date: Day | None = None
    """Date of birth, if recorded."""
    ethnicity: VnText | None = None
    """Ethnic group (dân tộc), e.g. ``Kinh``, ``Tày``, ``Khmer``."""
    mandates: tuple[Mandate, ...] = ()
    """Every seat the person held, in any council of the dataset."""

    @property
    def ethnic_minority(self) -> bool | None:
        """Whether the delegate belongs to an ethnic minority (any group but Kinh)."""
        if self.ethnicity is None:
            return None
        return nfc(self.ethnicity).casefold() != "kinh"

    def age_on(self, day: dt.date) -> int | None:
        """Age in whole years on *day*, if the birth date is known."""
        born = self.birth_date
        if born is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))

    def mandate_on(self, council: str, day: dt.date) -> Mandate | None:
        """The mandate on *council* that covers *day*, if any."""
        return next((m for m in self.mandates if m.council == council and m.covers(day)), None)


def serving_on(delegates: Iterable[Delegate], council: str, day: dt.date) -> Iterator[Delegate]:
    """The delegates who held a seat on *council* on *day*."""
    return (d for d in delegates if d.mandate_on(council, day) is not None)
