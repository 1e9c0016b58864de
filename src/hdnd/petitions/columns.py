"""The columns petitions are kept in: a few bytes a petition, at the volume of a country.

A register of a million petitions kept as a million :class:`~hdnd.petitions.petition.Petition`
objects holds about 3 KB a petition; kept as columns, about 160 bytes. :class:`Columns`
holds every field of every petition in :mod:`array` columns (enumerations as small codes,
days as ordinals, texts that repeat — units, bodies forwarded to — stored once), with the
fields most petitions leave empty (names, links to other petitions) kept only where set.

:func:`columns_of` fills them from petitions as a file gives them — decoded by
:mod:`msgspec` into :data:`~hdnd.petitions.structs.PetitionStruct` objects, or as JSON
objects (dicts) — or from petitions already made. It takes a record only when it can tell
that :class:`Petition` would take it unchanged (text already stripped and in NFC, days
written ``YYYY-MM-DD``, known codes, strict booleans and counts); for anything else it
raises :class:`Unsure`, and the caller validates with the model, which normalises the
record or names what is wrong with it. The fast path therefore refuses exactly what the
model refuses, and keeps what it keeps.

```pycon
>>> columns = columns_of([{"id": "p1", "unit": "92", "received": "2014-03-02",
...                        "kind": "complaint",
...                        "steps": [{"kind": "stored", "day": "2014-03-05"}]}])
>>> len(columns), columns.units[columns.unit[0]], OUTCOMES[columns.handled[0]].value
(1, '92', 'stored')
>>> columns_of([{"id": " p1", "unit": "92", "received": "2014-03-02"}])
Traceback (most recent call last):
...
hdnd.petitions.columns.Unsure: record 0 needs the model

```
"""

from __future__ import annotations

import datetime as dt
import enum
from array import array
from collections.abc import Iterable
from typing import Any, Final

import msgspec

from hdnd._core.personal import REDACTED, is_personal
from hdnd.petitions.handling import step_outcome
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome, StepKind
from hdnd.petitions.petition import Petition
from hdnd.petitions.structs import PetitionStruct, as_struct
from hdnd.petitions.unchanged import (
    ISO_DAY,
    LONGEST,
    SHORTEST,
    UNIT_CODE,
    is_clean,
    is_kept_identifier,
    is_kept_text,
)

__all__ = [
    "CHANNELS",
    "KINDS",
    "OUTCOMES",
    "PERSONAL",
    "SPARSE",
    "STEPS",
    "STEP_SPARSE",
    "Columns",
    "Flag",
    "Unsure",
    "columns_of",
]

KINDS: Final = tuple(PetitionKind)
OUTCOMES: Final = tuple(PetitionOutcome)
CHANNELS: Final = tuple(Channel)
STEPS: Final = tuple(StepKind)

SPARSE: Final = (
    "petitioner",
    "address",
    "visit",
    "delegate",
    "duplicate_of",
    "follow_up_of",
    "split_from",
    "decision_known",
    "originals",
)
"""The fields kept only where a petition sets them."""
STEP_SPARSE: Final = ("reason", "days")
"""The fields of a step kept only where it sets them."""
PERSONAL: Final = tuple(n for n, f in Petition.model_fields.items() if is_personal(f.annotation))
"""The fields naming a person (personal data), as the model marks them."""
_IDENTIFIERS: Final = ("visit", "delegate", "duplicate_of", "follow_up_of", "split_from")
_LARGEST: Final = (1 << (8 * array("q").itemsize - 1)) - 1
"""The largest count a ``q`` column holds; a larger one is kept aside."""


class Unsure(ValueError):  # noqa: N818 - not an error of the data: a request for the model
    """A record the columns cannot take as it is: the model must read it."""


def _codes(members: Iterable[Any]) -> dict[Any, int]:
    return {member.value: code for code, member in enumerate(members)}


_STEP: Final = _codes(STEPS)
_KIND, _OUTCOME, _CHANNEL = (_codes(m) | {None: -1} for m in (KINDS, OUTCOMES, CHANNELS))
_STEP_OUTCOME: Final = tuple(
    -1 if (o := step_outcome(kind)) is None else OUTCOMES.index(o) for kind in STEPS
)
"""The outcome code each step kind gives (``-1``: none), as :func:`outcome_of` reads it."""


class Columns:
    """Every field of a sequence of petitions, column by column (see the module)."""

    __slots__ = (
        "channel",
        "flags",
        "handled",
        "ids",
        "kind",
        "outcome",
        "positions_",
        "received",
        "signatories",
        "sparse",
        "step_by",
        "step_day",
        "step_kind",
        "step_sparse",
        "step_start",
        "step_to",
        "texts",
        "unit",
        "units",
    )

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.unit = array("I")
        """Index of each petition's unit code in :attr:`units`."""
        self.units: list[str] = []
        self.received = array("i")
        """Day received, as a proleptic Gregorian ordinal."""
        self.kind = array("b")
        """Code of the kind in ``KINDS``; ``-1`` for none (so are the other codes)."""
        self.outcome = array("b")
        self.channel = array("b")
        self.handled = array("b")
        """Code of :attr:`Petition.handled_as`, worked out once when the columns are filled."""
        self.signatories = array("q")
        """``-1`` for none, ``-2`` for a count too large for the column (in ``sparse``)."""
        self.flags = array("B")
        """The yes/no fields, as :class:`Flag` bits."""
        self.sparse: dict[str, dict[int, Any]] = {name: {} for name in (*SPARSE, "signatories")}
        """By field, the petitions that set it: position -> value (days as ordinals)."""
        self.step_start = array("I", [0])
        """Where each petition's steps begin in the step columns (one more than petitions)."""
        self.step_kind = array("b")
        self.step_day = array("i")
        self.step_to = array("I")
        """Index of the text in :attr:`texts`; ``0`` for none (so is ``step_by``)."""
        self.step_by = array("I")
        self.step_sparse: dict[str, dict[int, Any]] = {name: {} for name in STEP_SPARSE}
        self.texts: list[str | None] = [None]
        """The texts of steps (bodies, roles), each once; ``None`` first, for none."""
        self.positions_: dict[str, int] | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self) -> dict[str, int]:
        """Where each id is, the first where ids repeat (made on first use, then kept)."""
        if self.positions_ is None:
            positions: dict[str, int] = {}
            for row, key in enumerate(self.ids):
                positions.setdefault(key, row)
            self.positions_ = positions
        return self.positions_


def columns_of(records: Iterable[Any], *, withheld: bool = False) -> Columns:
    """Columns of *records*: structs as msgspec decodes them, JSON objects or petitions.

    With *withheld* (a file marked ``"redacted": true``), a name written ``[redacted]`` is
    read as absent, as the model reads it.

    Raises:
        Unsure: A record the model must read (it may normalise it, or refuse it).
    """
    filler = _Filler(withheld)
    try:
        filler.fill(records)
    except (Unsure, KeyError, TypeError, ValueError, OverflowError, msgspec.ValidationError):
        msg = f"record {len(filler.columns.step_start) - 1} needs the model"
        raise Unsure(msg) from None
    return filler.columns


class _Filler:
    """Appends petitions to new columns (one loop, its look-ups bound once: the hot path)."""

    def __init__(self, withheld: bool) -> None:
        self.columns = Columns()
        self.withheld = withheld
        self.days: dict[Any, int] = {}
        self.unit_codes: dict[str, int] = {}
        self.text_codes: dict[str, int] = {}
        self.made = False
        """Whether the record being filled is a petition the model made (checked already)."""

    def identifier(self, value: Any) -> str:
        return value if self.made else _identifier(value)

    def checked(self, text: Any) -> str:
        """*text* of a step (a body, a role, a reason), if the model keeps it as it is."""
        return text if self.made else _text(text)

    def fill(self, rows: Iterable[Any]) -> None:  # noqa: PLR0912, PLR0915 - one hot loop
        c = self.columns
        ids, units, received, kinds = c.ids.append, c.unit.append, c.received.append, c.kind.append
        outcomes, channels, flags = c.outcome.append, c.channel.append, c.flags.append
        handled, starts, signatories = c.handled.append, c.step_start.append, c.signatories.append
        step_kinds, step_days = c.step_kind.append, c.step_day.append
        step_to, step_by = c.step_to.append, c.step_by.append
        day_of, unit_of, text_of = self.days.get, self.unit_codes.get, self.text_codes.get
        shortest, longest, gives = SHORTEST, LONGEST, _STEP_OUTCOME
        for row in rows:
            if type(row) is not PetitionStruct:
                # a petition the model made is taken as it is: it holds what the model keeps
                self.made = isinstance(row, Petition)
                row = as_struct(row)  # noqa: PLW2901 - the same record, as a struct
            elif self.made:
                self.made = False
            key = row.id
            if (  # the common case inline: plain ASCII, nothing to strip (spaces are <= " ")
                type(key) is str
                and key.isascii()
                and shortest <= len(key) <= longest
                and key[0] > " " < key[-1]
            ):
                ids(key)
            else:
                ids(self.identifier(key))
            unit = unit_of(row.unit)
            units(self.unit(row.unit) if unit is None else unit)
            received(day_of(row.received) or self.day(row.received))
            kinds(_KIND[row.kind])
            outcome = _OUTCOME[row.outcome]
            outcomes(outcome)
            channels(_CHANNEL[row.channel])
            count = row.signatories
            if count is None:
                signatories(-1)
            else:
                self.signatories(count)
            if row.anonymous is False and row.remote is False and row.complex is False:
                flags(0)
            else:
                flags(_flags(row))
            if (
                row.decision_known is not None
                or row.visit is not None
                or row.delegate is not None
                or row.petitioner is not None
                or row.address is not None
                or row.duplicate_of is not None
                or row.follow_up_of is not None
                or row.split_from is not None
                or row.originals is not None
            ):
                self.sparse(row)
            best, latest = -1, 0  # the outcome code the latest outcome step gives, its day
            for step in row.steps:
                kind = _STEP[step.kind]
                ordinal = day_of(step.day) or self.day(step.day)
                step_kinds(kind)
                step_days(ordinal)
                text = step.to
                step_to(0 if text is None else text_of(text) or self.text(text))
                text = step.by
                step_by(0 if text is None else text_of(text) or self.text(text))
                if step.reason is not None or step.days is not None:
                    self.step_extras(step)
                if gives[kind] >= 0 and (best < 0 or ordinal >= latest):
                    best, latest = gives[kind], ordinal
            starts(len(c.step_kind))
            handled(best if outcome < 0 else outcome)

    def unit(self, code: Any) -> int:
        if type(code) is not str or not UNIT_CODE.fullmatch(code):
            raise Unsure
        index = self.unit_codes[code] = len(self.columns.units)
        self.columns.units.append(code)
        return index

    def day(self, value: Any) -> int:
        if type(value) is dt.date:
            ordinal = value.toordinal()
        elif type(value) is str and ISO_DAY.fullmatch(value):
            ordinal = dt.date.fromisoformat(value).toordinal()
        else:
            raise Unsure
        self.days[value] = ordinal
        return ordinal

    def signatories(self, value: Any) -> None:
        c = self.columns
        if type(value) is not int or value < 0:
            raise Unsure
        if value > _LARGEST:
            c.sparse["signatories"][len(c.signatories)] = value
            c.signatories.append(-2)
        else:
            c.signatories.append(value)

    def sparse(self, row: Any) -> None:
        position, sparse = len(self.columns.ids) - 1, self.columns.sparse
        for name in PERSONAL:
            value = getattr(row, name)
            if value is not None and (value := self.personal(value)) is not None:
                sparse[name][position] = value
        for name in _IDENTIFIERS:
            value = getattr(row, name)
            if value is not None:
                sparse[name][position] = self.identifier(value)
        if (value := row.decision_known) is not None:
            sparse["decision_known"][position] = self.days.get(value) or self.day(value)
        if (value := row.originals) is not None:
            if type(value) is not bool:
                raise Unsure
            sparse["originals"][position] = value

    def personal(self, value: Any) -> str | None:
        if self.made:
            return value  # type: ignore[no-any-return]
        if type(value) is not str or (value and not is_clean(value)):
            raise Unsure
        if value == REDACTED:
            if not self.withheld:
                raise Unsure  # the model says why the placeholder is not a name
            return None
        return value

    def step_extras(self, step: Any) -> None:
        position = len(self.columns.step_kind) - 1
        if step.reason is not None:
            self.columns.step_sparse["reason"][position] = self.checked(step.reason)
        if (days := step.days) is not None:
            if type(days) is not int or days < 0:
                raise Unsure
            self.columns.step_sparse["days"][position] = days

    def text(self, value: Any) -> int:
        code = self.text_codes[self.checked(value)] = len(self.columns.texts)
        self.columns.texts.append(value)
        return code


class Flag(enum.IntFlag):
    """The bits of :attr:`Columns.flags`: one per yes/no field of a petition."""

    ANONYMOUS = enum.auto()
    REMOTE = enum.auto()
    COMPLEX = enum.auto()


def _flags(row: Any) -> int:
    bits = 0
    for flag, value in zip(Flag, (row.anonymous, row.remote, row.complex), strict=True):
        if value is True:
            bits |= flag
        elif value is not False:
            raise Unsure
    return bits


def _text(value: Any) -> str:
    """*value* if the model keeps it as it is as a non-empty text; else :class:`Unsure`."""
    if not is_kept_text(value):
        raise Unsure
    return value  # type: ignore[no-any-return]


def _identifier(value: Any) -> str:
    """*value* if the model keeps it as it is as an identifier; else :class:`Unsure`."""
    if not is_kept_identifier(value):
        raise Unsure
    return value  # type: ignore[no-any-return]
