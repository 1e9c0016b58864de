"""Terms (nhiệm kỳ) and convocation numbers (khóa).

A term runs from the first session of one convocation to the first session of the next
(Law 72/2025/QH15, Art. 5(4)). hdnd takes a term's window from its election day to its end;
for the national terms the end is the latest lawful first session of the next councils,
the time limit after the next election day (45 days: Art. 34(1); Law 77/2015/QH13,
Art. 80(1)), read from :mod:`hdnd.law`.

```pycon
>>> term_on(dt.date(2024, 1, 1)).label
'2021–2026'
>>> NATIONAL_TERMS["2021-2026"].end
datetime.date(2026, 4, 29)
>>> Term(id="can-tho-x", election_day=dt.date(2021, 5, 23), convocation=10).convocation_label
'khóa X'

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Self

from pydantic import Field, StrictInt, model_validator

from hdnd._core.errors import NotEncodedError, UnknownTermError
from hdnd._core.i18n import N_, Language, translate
from hdnd._core.model import Record
from hdnd._core.roman import to_roman
from hdnd._core.text import VnText
from hdnd._core.types import Day, Identifier
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.local_government.seats import NotApplicable

__all__ = ["NATIONAL_TERMS", "Term", "convocation_text", "term_on"]

Convocation = Annotated[StrictInt, Field(ge=1, le=100)]


class Term(Record):
    """A term of office of People's Councils, national or of one council."""

    id: Identifier
    """Stable identifier, e.g. ``2021-2026``."""
    election_day: Day
    """The day the term's delegates were elected (a Sunday)."""
    first_session: Day | None = None
    """Opening of the first session, where known (a council's own term)."""
    end: Day | None = None
    """Last day of the term; empty while it is open-ended."""
    convocation: Convocation | None = None
    """Convocation number (khóa) of a council's own term, written in Roman numerals."""
    shortened_by: VnText | None = None
    """The instrument that shortened or extended the term, e.g. ``199/2025/QH15``."""

    @model_validator(mode="after")
    def _ordered(self) -> Self:
        if self.end is not None and self.end < self.election_day:
            msg = f"the term ends ({self.end}) before its election day ({self.election_day})"
            raise ValueError(msg)
        if self.first_session is not None and self.first_session < self.election_day:
            msg = f"first session ({self.first_session}) before election day ({self.election_day})"
            raise ValueError(msg)
        return self

    @property
    def label(self) -> str:
        """``2021–2026`` (an en dash between years) for ids of that form, else the id."""
        return self.id.replace("-", "–") if _is_year_span(self.id) else self.id

    @property
    def convocation_label(self) -> str | None:
        """``khóa XV`` in Vietnamese; see :meth:`convocation_text` for English."""
        return self.convocation_text("vi")

    def convocation_text(self, language: Language = "vi") -> str | None:
        """The convocation as written in *language* (``khóa X`` / ``convocation X``)."""
        return convocation_text(self.convocation, language)

    def covers(self, day: dt.date) -> bool:
        """Whether *day* falls between election day and the end of the term."""
        return self.election_day <= day and (self.end is None or day <= self.end)


def convocation_text(number: int | None, language: Language = "vi") -> str | None:
    """A convocation number as written in *language*: ``khóa XV`` / ``convocation XV``.

    >>> convocation_text(15), convocation_text(15, "en"), convocation_text(None)
    ('khóa XV', 'convocation XV', None)
    """
    if number is None:
        return None
    # TRANSLATORS: the numbered convocation of a council (khóa X), not a lock or a key.
    return translate(N_("khóa {roman}"), language, roman=to_roman(number))


def _is_year_span(text: str) -> bool:
    first, _, second = text.partition("-")
    return len(first) == len(second) == 4 and first.isdigit() and second.isdigit()


def _latest_first_session(election_day: dt.date) -> dt.date:
    # The first session's time limit of the law in force on election day (L72 Art. 34(1),
    # L77 Art. 80(1)), counted as the Civil Code counts it.
    rule = framework_at(election_day).deadline(DeadlineKind.FIRST_SESSION)
    if isinstance(rule, NotApplicable):  # pragma: no cover - every next election is encoded
        msg = f"no encoded time limit for the first session after {election_day}"
        raise NotEncodedError(msg)
    return rule.due(election_day)


_ELECTIONS_TABLE = {
    "2011-2016": dt.date(2011, 5, 22),
    "2016-2021": dt.date(2016, 5, 22),
    "2021-2026": dt.date(2021, 5, 23),  # Resolution 133/2020/QH14
    "2026-2031": dt.date(2026, 3, 15),  # Resolution 199/2025/QH15
}
_ELECTIONS: Mapping[str, dt.date] = MappingProxyType(_ELECTIONS_TABLE)
_IDS = tuple(_ELECTIONS)

_NATIONAL_TERMS_TABLE = {
    term_id: Term(
        id=term_id,
        election_day=day,
        end=_latest_first_session(_ELECTIONS[_IDS[i + 1]]) if i + 1 < len(_IDS) else None,
        shortened_by="199/2025/QH15" if term_id == "2021-2026" else None,
    )
    for i, (term_id, day) in enumerate(_ELECTIONS.items())
}
NATIONAL_TERMS: Mapping[str, Term] = MappingProxyType(_NATIONAL_TERMS_TABLE)
"""The nationwide terms of People's Councils since 2011, by id."""


def term_on(day: dt.date) -> Term:
    """The national term most recently elected on or before *day*.

    Between an election and the first sessions that follow it, the outgoing councils still
    sit; this function already answers with the newly elected term.

    Raises:
        UnknownTermError: *day* is before the first term hdnd knows (election of 2011); a
            :class:`LookupError`.
    """
    elected = [term for term in NATIONAL_TERMS.values() if term.election_day <= day]
    if not elected:
        msg = f"hdnd knows no People's Council term before {day.isoformat()}"
        raise UnknownTermError(msg)
    return elected[-1]
