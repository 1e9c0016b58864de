"""Resolutions (nghị quyết) and other documents a council adopts or issues.

A document carries its number and symbol as printed (``12/2024/NQ-HĐND``), kept as given;
:attr:`CouncilDocument.parsed` reads it with :func:`hdnd.documents.symbol.parse`, and the
``invalid-document-symbol`` check reports one that does not read. A resolution records the
session and the vote that adopted it, its signing and effective dates, what it amends or
replaces, and the tasks it assigns for implementation.

```pycon
>>> doc = CouncilDocument(id="nq12", council="c", symbol="12/2024/nq-hdnd",
...                       title="Quy định mức chi hỗ trợ", signed="2024-07-12",
...                       effective="2024-07-22", session="k18", vote="v3")
>>> doc.parsed.kind.value, doc.is_normative, str(doc.parsed)
('resolution', True, '12/2024/NQ-HĐND')

```
"""

from __future__ import annotations

import functools
from typing import Self

from pydantic import model_validator

from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText, VnText
from hdnd._core.types import Day, Flag, Identifier
from hdnd.documents.symbol import InvalidSymbolError, Symbol, parse

__all__ = ["CouncilDocument", "Task"]


@functools.lru_cache(maxsize=65_536)
def _parsed(symbol: str) -> Symbol | None:
    # Cached: councils number their documents alike (many councils' fifth resolution of a
    # year is 05/NQ-HĐND), and a Symbol is frozen, so one reading serves them all.
    try:
        return parse(symbol)
    except InvalidSymbolError:
        return None


class Task(Record):
    """A task a document assigns for its implementation."""

    assignee: NonEmptyText
    """Who is to carry it out, as the document names it (e.g. ``Ủy ban nhân dân tỉnh``)."""
    description: VnText | None = None
    """What is to be done."""
    due: Day | None = None
    """When it is due, if the document says."""


class CouncilDocument(Record):
    """A resolution or other document of a council."""

    id: Identifier
    """Stable identifier within the dataset."""
    council: Identifier
    """Id of the council."""
    symbol: NonEmptyText
    """Number and symbol as printed, e.g. ``12/2024/NQ-HĐND``."""
    title: VnText | None = None
    """Title (trích yếu)."""
    normative: Flag | None = None
    """Whether it is a legal (normative) document; read from the symbol's year when empty."""
    session: Identifier | None = None
    """Id of the session that adopted it."""
    vote: Identifier | None = None
    """Id of the vote that adopted it."""
    signed: Day
    """Day it was signed (ngày ký, ban hành)."""
    effective: Day | None = None
    """Day it takes effect, if the document says."""
    amends: tuple[NonEmptyText, ...] = ()
    """Symbols of the documents it amends."""
    replaces: tuple[NonEmptyText, ...] = ()
    """Symbols of the documents it replaces."""
    tasks: tuple[Task, ...] = ()
    """Tasks it assigns."""

    @model_validator(mode="after")
    def _consistent(self) -> Self:
        if self.effective is not None and self.effective < self.signed:
            msg = f"effective ({self.effective}) is before the signing day ({self.signed})"
            raise ValueError(msg)
        return self

    @property
    def parsed(self) -> Symbol | None:
        """The symbol's parts, or ``None`` when it does not read as a document symbol."""
        return _parsed(self.symbol)

    @property
    def is_resolution(self) -> bool:
        """Whether the symbol names a resolution (NQ)."""
        parsed = self.parsed
        return parsed is not None and parsed.kind is not None and parsed.kind.value == "resolution"

    @property
    def is_normative(self) -> bool | None:
        """Whether it is normative: as recorded, else whether the symbol carries a year."""
        if self.normative is not None:
            return self.normative
        parsed = self.parsed
        return None if parsed is None else parsed.normative
