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

from collections.abc import Mapping, Sequence
from typing import Any

import attrs

from hdnd._core.i18n import N_, Language, translate

__all__ = [
    "AmbiguousInstrumentError",
    "BadInputError",
    "DatasetError",
    "HdndError",
    "InvalidSymbolError",
    "MissingExtraError",
    "NotEncodedError",
    "Problem",
    "UnknownCouncilError",
    "UnknownExampleError",
    "UnknownInstrumentError",
    "UnknownRecordError",
    "UnknownTermError",
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


class _MissingKeyError(KeyError):
    """A :class:`KeyError` whose message reads as a sentence, not as the quoted key."""

    def __str__(self) -> str:
        return str(self.args[0]) if len(self.args) == 1 else super().__str__()


class UnknownRecordError(HdndError, _MissingKeyError):
    """A record a report or look-up asked for that the dataset does not have.

    A delegate, an election, a province-level unit to list councils in: a :class:`KeyError`
    (``except KeyError`` keeps working) whose message names the kind of record and its id.

    ```pycon
    >>> import hdnd
    >>> try:
    ...     hdnd.delegate_attendance(hdnd.load_example("synthetic-council"), "no-one")
    ... except hdnd.UnknownRecordError as error:
    ...     print(error)
    the dataset has no delegate 'no-one'

    ```
    """


class UnknownCouncilError(UnknownRecordError):
    """A council id the dataset does not have.

    A :class:`KeyError` (``except KeyError`` keeps working) whose message reads as a sentence:

    ```pycon
    >>> str(UnknownCouncilError("the dataset has no council 'x'"))
    "the dataset has no council 'x'"

    ```
    """


class UnknownInstrumentError(HdndError, _MissingKeyError):
    """A key or number that names no encoded legal instrument (a :class:`KeyError`)."""


class UnknownExampleError(HdndError, _MissingKeyError):
    """A name that is not one of the example datasets shipped with hdnd (a :class:`KeyError`)."""


class UnknownTermError(HdndError, _MissingKeyError):
    """A term id neither the dataset nor the national terms know (a :class:`KeyError`)."""


class NotEncodedError(HdndError, LookupError):
    """hdnd encodes no rule of the law in force on the day asked (e.g. no election law).

    Checks never raise it: they stand aside with a ``rule-not-encoded`` finding. A calculator
    that cannot answer without the rule raises it.
    """


class MissingExtraError(HdndError, ImportError):
    """An optional feature needs a package that is not installed (e.g. pandas)."""


class BadInputError(HdndError, ValueError):
    """A problem with what a user typed on the command line; printed as one paragraph."""


class InvalidSymbolError(HdndError, ValueError):
    """Something that is not a Vietnamese document number and symbol (:mod:`hdnd.documents`).

    Raised for junk of any type (``None``, bytes, numbers) as well as for malformed text,
    never another exception. The reason is a Vietnamese source message with its values, so it
    can be shown in either language; ``str()`` is the English one.

    ```pycon
    >>> error = InvalidSymbolError("76/", N_("không có gì sau số {number}"), number="76")
    >>> str(error)
    "'76/' is not a document symbol: nothing follows the number 76"
    >>> error.describe("vi")
    "'76/' không phải là số, ký hiệu văn bản: không có gì sau số 76"

    ```

    Attributes:
        symbol: What was given.
        template: Why it is not a symbol: the Vietnamese source message, with placeholders.
        params: The values of the placeholders.
    """

    def __init__(self, symbol: object, template: str, /, **params: Any) -> None:
        self.symbol = symbol
        self.template = template
        self.params: Mapping[str, Any] = dict(params)
        super().__init__(symbol, template)

    def __str__(self) -> str:
        return self.describe("en")

    @property
    def reason(self) -> str:
        """Why it is not a symbol, in English."""
        return self.reason_in("en")

    def reason_in(self, language: Language) -> str:
        """Why it is not a symbol, in *language*."""
        return translate(self.template, language, **self.params)

    def describe(self, language: Language = "en") -> str:
        """The whole message in *language*: what was given and why it is not a symbol."""
        return translate(
            # TRANSLATORS: {symbol} is what the user typed, {reason} why it is not a symbol.
            N_("{symbol} không phải là số, ký hiệu văn bản: {reason}"),
            language,
            symbol=_shown(self.symbol),
            reason=self.reason_in(language),
        )

    def __reduce__(self) -> tuple[Any, ...]:
        return (_rebuild_symbol_error, (self.symbol, self.template, dict(self.params)))


def _rebuild_symbol_error(
    symbol: object, template: str, params: dict[str, Any]
) -> InvalidSymbolError:
    return InvalidSymbolError(symbol, template, **params)


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


class AmbiguousInstrumentError(HdndError, KeyError):
    """A number names several encoded instruments (an act amending several laws).

    Attributes:
        number: The number looked up.
        keys: The keys of the instruments it names; look one up by key instead.
    """

    def __init__(self, number: str, keys: Sequence[str]) -> None:
        self.number = number
        self.keys = tuple(keys)
        super().__init__(f"{number} names {len(self.keys)} instruments: {', '.join(self.keys)}")

    def __str__(self) -> str:
        return str(self.args[0])
