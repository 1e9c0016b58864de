"""The one error hierarchy of hdnd.

Every error subclasses :class:`HdndError` *and* the builtin it behaves like, so callers can
catch either ``hdnd.HdndError`` or the familiar builtin:

```pycon
>>> from hdnd.errors import UnknownUnitError
>>> issubclass(UnknownUnitError, LookupError)
True

```
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

__all__ = [
    "DatasetError",
    "HdndError",
    "MissingExtraError",
    "NotApplicableError",
    "Problem",
    "UnknownUnitError",
]


class HdndError(Exception):
    """Base class of every error raised by hdnd."""


@attrs.frozen
class Problem:
    """One schema problem in a dataset: where it is and what is wrong.

    Attributes:
        record: The record, e.g. ``councils[2] (id "ct-2026")``, or ``dataset`` for the top.
        field: The field inside the record, dotted (``mandates.0.start``); empty for the record.
        message: What is wrong, in English (pydantic's wording).
    """

    record: str
    field: str
    message: str

    def __str__(self) -> str:
        where = f"{self.record}, field '{self.field}'" if self.field else self.record
        return f"{where}: {self.message}"


class DatasetError(HdndError, ValueError):
    """A file or object that is not a valid hdnd dataset (not JSON, or not the schema).

    Attributes:
        problems: Each problem found, naming the record and field it concerns.
    """

    def __init__(self, message: str, problems: Sequence[Problem] = ()) -> None:
        super().__init__(message)
        self.problems: tuple[Problem, ...] = tuple(problems)

    def __str__(self) -> str:
        head = super().__str__()
        if not self.problems:
            return head
        shown = "\n".join(f"  - {p}" for p in self.problems[:20])
        more = len(self.problems) - 20
        tail = f"\n  … and {more} more" if more > 0 else ""
        return f"{head}\n{shown}{tail}"


class UnknownUnitError(HdndError, LookupError):
    """An administrative-unit code that neither the dataset nor the register knows."""


class NotApplicableError(HdndError, LookupError):
    """A rule was asked about something that does not exist on that date.

    For example the seat quota of a district council in 2026: the district level ended on
    2025-07-01, so there is no number to give.
    """


class MissingExtraError(HdndError, ImportError):
    """An optional feature needs a package that is not installed (e.g. pandas)."""
