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
from typing import NamedTuple, Self

from pydantic import field_validator, model_validator

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd._core.model import Record
from hdnd._core.text import CollationKey, NonEmptyText, VnText, collation_key, nfc
from hdnd._core.types import Day, Flag, Identifier
from hdnd.delegates.ethnicity import ethnic_group

__all__ = [
    "Delegate",
    "Education",
    "Gender",
    "Mandate",
    "MandateEndReason",
    "NameParts",
    "Suspension",
    "age_on",
    "serving_on",
    "split_name",
]


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


class Education(LabelledEnum):
    """Highest level of general or professional education, as candidate files record it."""

    LOWER_SECONDARY = "lower-secondary"
    UPPER_SECONDARY = "upper-secondary"
    VOCATIONAL = "vocational"
    COLLEGE = "college"
    UNIVERSITY = "university"
    MASTER = "master"
    DOCTORATE = "doctorate"


register_labels(Gender, {Gender.FEMALE: N_("Nữ"), Gender.MALE: N_("Nam")})
register_labels(
    Education,
    {
        Education.LOWER_SECONDARY: N_("Trung học cơ sở"),
        Education.UPPER_SECONDARY: N_("Trung học phổ thông"),
        Education.VOCATIONAL: N_("Trung cấp"),
        Education.COLLEGE: N_("Cao đẳng"),
        Education.UNIVERSITY: N_("Đại học"),
        Education.MASTER: N_("Thạc sĩ"),
        Education.DOCTORATE: N_("Tiến sĩ"),
    },
)
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


class NameParts(NamedTuple):
    """A Vietnamese full name split into family (họ), middle (đệm) and given name (tên)."""

    family: str
    middle: str
    given: str


def split_name(name: str) -> NameParts:
    """Split a Vietnamese full name: the first word is the family name, the last the given name.

    Everything between is the middle name (which may be empty, or several words). A name of
    one word is a given name only. The text is NFC-normalised; nothing else is changed.

    >>> split_name("Nguyễn Thị Minh Khai")
    NameParts(family='Nguyễn', middle='Thị Minh', given='Khai')
    >>> split_name("Lò Văn Giàng").given, split_name("Hùng")
    ('Giàng', NameParts(family='', middle='', given='Hùng'))
    """
    words = nfc(name).split()
    if not words:
        msg = "a name needs at least one word"
        raise ValueError(msg)
    if len(words) == 1:
        return NameParts("", "", words[0])
    return NameParts(words[0], " ".join(words[1:-1]), words[-1])


class Suspension(Record):
    """A suspension of a delegate's duties (tạm đình chỉ), from *start* to *end* if lifted."""

    start: Day
    """First day of the suspension."""
    end: Day | None = None
    """Day the suspension was lifted or ended; empty while it lasts."""
    reason: VnText | None = None
    """Why, as the decision states it (e.g. prosecution)."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.end is not None and self.end < self.start:
            msg = f"the suspension ends ({self.end}) before it starts ({self.start})"
            raise ValueError(msg)
        return self

    def covers(self, day: dt.date) -> bool:
        """Whether the delegate was suspended on *day*."""
        return self.start <= day and (self.end is None or day < self.end)


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
    constituency: Identifier | None = None
    """Id of the constituency (đơn vị bầu cử) of the council that elected the delegate."""
    election: Identifier | None = None
    """Id of the election record the delegate won, if the dataset holds it."""
    transferred_from: Identifier | None = None
    """Council whose mandate this one continues (units merged in 2025: district delegates
    became delegates of the new commune councils)."""
    suspensions: tuple[Suspension, ...] = ()
    """Suspensions of the delegate's duties during the mandate."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.end is not None and self.end < self.start:
            msg = f"the mandate ends ({self.end}) before it starts ({self.start})"
            raise ValueError(msg)
        if self.end_reason is not None and self.end is None:
            msg = "end_reason is given but the mandate has no end date"
            raise ValueError(msg)
        if self.transferred_from is not None and self.transferred_from == self.council:
            msg = f"transferred_from names the mandate's own council ({self.council})"
            raise ValueError(msg)
        outside = [str(s.start) for s in self.suspensions if not self.covers(s.start)]
        if outside:
            msg = f"suspensions start outside the mandate: {outside}"
            raise ValueError(msg)
        return self

    def covers(self, day: dt.date) -> bool:
        """Whether the delegate held this seat on *day*."""
        return self.start <= day and (self.end is None or day <= self.end)

    def suspended_on(self, day: dt.date) -> bool:
        """Whether the delegate's duties were suspended on *day* (the seat is still held)."""
        return any(s.covers(day) for s in self.suspensions)


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
    education: Education | None = None
    """Highest level of education, if recorded."""
    party_member: Flag | None = None
    """Whether the delegate is a member of the Communist Party of Vietnam."""
    workplace: VnText | None = None
    """Post and workplace when elected (chức vụ, nơi công tác)."""
    mandates: tuple[Mandate, ...] = ()
    """Every seat the person held, in any council of the dataset."""

    @field_validator("name")
    @classmethod
    def _has_a_word(cls, name: str) -> str:
        split_name(name)  # a name of invisible characters only has no word to sort by
        return name

    @property
    def name_parts(self) -> NameParts:
        """Family, middle and given name (see :func:`split_name`)."""
        return split_name(self.name)

    @property
    def sort_key(self) -> tuple[CollationKey, CollationKey, CollationKey]:
        """Key that sorts delegates as Vietnamese lists do: by given name, then family, middle.

        Each part is compared in Vietnamese alphabetical order (``Đ`` after ``D``, tones only
        breaking ties; :func:`hdnd._core.text.collation_key`), ignoring case.
        """
        parts = self.name_parts
        return (
            collation_key(parts.given),
            collation_key(parts.family),
            collation_key(parts.middle),
        )

    @property
    def ethnic_minority(self) -> bool | None:
        """Whether the delegate belongs to an ethnic minority (any of the 54 groups but Kinh).

        ``None`` when the ethnicity is not given or is not one of the 54 official groups
        (:func:`hdnd.delegates.ethnicity.ethnic_group`): an unknown value is never counted
        as a minority (check ``unknown-ethnicity`` reports it).
        """
        if self.ethnicity is None:
            return None
        group = ethnic_group(self.ethnicity)
        return None if group is None else group.minority

    def age_on(self, day: dt.date) -> int | None:
        """Age in whole years on *day*, if the birth date is known."""
        return None if self.birth_date is None else age_on(self.birth_date, day)

    def mandate_on(self, council: str, day: dt.date) -> Mandate | None:
        """The mandate on *council* that covers *day*, if any."""
        return next((m for m in self.mandates if m.council == council and m.covers(day)), None)


def age_on(born: dt.date, day: dt.date) -> int:
    """Age in whole years on *day* of someone born on *born* (candidates, delegates).

    >>> age_on(dt.date(2005, 3, 16), dt.date(2026, 3, 15)), age_on(dt.date(2005, 3, 15), dt.date(2026, 3, 15))
    (20, 21)
    """  # noqa: E501 - a doctest line
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def serving_on(delegates: Iterable[Delegate], council: str, day: dt.date) -> Iterator[Delegate]:
    """The delegates who held a seat on *council* on *day*."""
    return (d for d in delegates if d.mandate_on(council, day) is not None)
