"""The petitions of a dataset: a sequence of :class:`Petition`, kept as columns.

``Dataset.petitions`` is a :class:`PetitionTable`. It behaves as the tuple of petitions it
replaces — ``len``, indexing, slicing, iteration, ``==`` with a tuple — and every petition
read from it is a :class:`~hdnd.petitions.petition.Petition`, made when it is asked for. The
petitions themselves are kept in :class:`~hdnd.petitions.columns.Columns`, about 160 bytes
each instead of about 3 KB: the representation that lets a laptop hold a country's year of
petitions (see "Performance" in the docs for the figures).

A table is read from a file or built from petitions and JSON objects the way the model reads
them, and refuses exactly what the model refuses:

```pycon
>>> from hdnd import Dataset
>>> ds = Dataset.model_validate({"petitions": [
...     {"id": "p1", "unit": "92", "received": "2014-03-02", "kind": "complaint",
...      "petitioner": "Trần Văn B"},
...     {"id": " p2 ", "unit": "92", "received": "2014-03-03"}]})
>>> ds.petitions
PetitionTable(2 petitions)
>>> ds.petitions[1].id, [p.kind for p in ds.petitions]
('p2', [<PetitionKind.COMPLAINT: 'complaint'>, None])
>>> ds.petitions == tuple(ds.petitions)
True

```

A table also answers, without making petitions, what reports count:
:meth:`PetitionTable.where` selects by unit and day, :meth:`PetitionTable.tally` counts a
coded field.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from types import MappingProxyType
from typing import Any, Final, overload

import msgspec
from pydantic import (
    GetCoreSchemaHandler,
    SerializationInfo,
    SerializerFunctionWrapHandler,
    ValidationInfo,
)
from pydantic_core import core_schema

from hdnd._core.personal import WITHHELD, reveal_personal_data
from hdnd.petitions.columns import (
    CHANNELS,
    KINDS,
    OUTCOMES,
    Columns,
    Unsure,
    columns_of,
)
from hdnd.petitions.petition import Petition
from hdnd.petitions.records import json_object_at, petition_at
from hdnd.petitions.structs import PetitionStruct

__all__ = ["PetitionTable"]

_Rows = range | Sequence[int]
_CODED: Final[Mapping[str, tuple[Any, ...]]] = MappingProxyType(
    {"kind": KINDS, "outcome": OUTCOMES, "channel": CHANNELS, "handled": OUTCOMES}
)
"""The coded columns :meth:`PetitionTable.tally` counts, and their members."""


class PetitionTable(Sequence[Petition]):
    """An immutable sequence of petitions kept as columns (see the module)."""

    __slots__ = ("_columns", "_rows")

    def __init__(self, petitions: Iterable[Petition] = ()) -> None:
        self._columns = columns_of(petitions) if petitions else Columns()
        self._rows: _Rows = range(len(self._columns))

    @classmethod
    def of(cls, petitions: Iterable[Petition]) -> PetitionTable:
        """*petitions* as a table: itself if it is one, else a new table of them."""
        return petitions if isinstance(petitions, PetitionTable) else cls(petitions)

    @classmethod
    def _view(cls, columns: Columns, rows: _Rows) -> PetitionTable:
        table = cls.__new__(cls)
        table._columns, table._rows = columns, rows
        return table

    # --- the sequence ----------------------------------------------------------------------

    def __len__(self) -> int:
        return len(self._rows)

    @overload
    def __getitem__(self, index: int) -> Petition: ...
    @overload
    def __getitem__(self, index: slice) -> PetitionTable: ...
    def __getitem__(self, index: int | slice) -> Petition | PetitionTable:
        if isinstance(index, slice):
            return self._view(self._columns, self._rows[index])
        return petition_at(self._columns, self._rows[index])

    def __iter__(self) -> Iterator[Petition]:
        columns = self._columns
        return (petition_at(columns, row) for row in self._rows)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, PetitionTable):
            if other._columns is self._columns and list(self._rows) == list(other._rows):
                return True  # the same petitions; else compare them, as a tuple would
        elif not isinstance(other, tuple | list):
            return NotImplemented
        return len(self) == len(other) and all(a == b for a, b in zip(self, other, strict=True))

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:  # never a petition's content: names are personal data
        return f"{type(self).__name__}({len(self)} petitions)"

    def __reduce__(self) -> tuple[Callable[..., PetitionTable], tuple[Any, ...]]:
        return PetitionTable, (tuple(self),)

    # --- reading columns without making petitions -----------------------------------------

    @property
    def ids(self) -> list[str]:
        """The petitions' ids, in order."""
        ids = self._columns.ids
        return [ids[row] for row in self._rows]

    def where(
        self,
        unit: str | None = None,
        days: Callable[[dt.date], bool] | None = None,
        *,
        duplicates: bool = True,
    ) -> PetitionTable:
        """The petitions of *unit* received on the *days* (a test of a day), in order.

        Without *duplicates*, petitions marked ``duplicate_of`` are left out.

        >>> from hdnd import Dataset, Period
        >>> ds = Dataset.model_validate({"petitions": [
        ...     {"id": "p1", "unit": "92", "received": "2014-03-02"},
        ...     {"id": "p2", "unit": "92", "received": "2015-01-05", "duplicate_of": "p1"}]})
        >>> len(ds.petitions.where("92", Period.year(2014).__contains__))
        1
        >>> len(ds.petitions.where(duplicates=False))
        1
        """
        c, rows = self._columns, self._rows
        if unit is not None:
            code = c.units.index(unit) if unit in c.units else -1
            rows = [row for row in rows if c.unit[row] == code]
        if days is not None:
            fromordinal = dt.date.fromordinal
            inside = {o for o in set(map(c.received.__getitem__, rows)) if days(fromordinal(o))}
            rows = [row for row in rows if c.received[row] in inside]
        if not duplicates and c.sparse["duplicate_of"]:
            marked = c.sparse["duplicate_of"]
            rows = [row for row in rows if row not in marked]
        return self._view(c, rows)

    def tally(self, field: str) -> Counter[Any]:
        """How many petitions have each value of *field*, by member (``None`` for none).

        *field* is ``kind``, ``outcome``, ``channel`` or ``handled`` (the outcome
        :attr:`Petition.handled_as` gives), or ``unit`` (by code).

        >>> from hdnd import Dataset
        >>> ds = Dataset.model_validate({"petitions": [
        ...     {"id": "p1", "unit": "92", "received": "2014-03-02", "kind": "complaint"}]})
        >>> ds.petitions.tally("kind")
        Counter({<PetitionKind.COMPLAINT: 'complaint'>: 1})
        """
        c = self._columns
        column = getattr(c, field)
        counts = Counter(column if self._whole() else map(column.__getitem__, self._rows))
        names: Sequence[Any] = c.units if field == "unit" else _CODED[field]
        return Counter({(None if code < 0 else names[code]): n for code, n in counts.items()})

    def values(self, field: str) -> Iterator[tuple[str, Any]]:
        """The values of a field that few petitions set, as ``(id, value)`` pairs, in order.

        *field* is one of ``petitioner``, ``address``, ``visit``, ``delegate``,
        ``duplicate_of``, ``follow_up_of``, ``split_from``, ``decision_known`` or
        ``originals``; petitions that leave it empty are skipped.

        >>> from hdnd import Dataset
        >>> ds = Dataset.model_validate({"petitions": [
        ...     {"id": "p1", "unit": "92", "received": "2014-03-02"},
        ...     {"id": "p2", "unit": "92", "received": "2014-03-09", "follow_up_of": "p1"}]})
        >>> list(ds.petitions.values("follow_up_of"))
        [('p2', 'p1')]
        """
        found, ids = self._columns.sparse[field], self._columns.ids
        rows = sorted(found) if self._whole() else (r for r in self._rows if r in found)
        for row in rows:
            value = found[row]
            yield ids[row], dt.date.fromordinal(value) if field == "decision_known" else value

    def keyed(self) -> Mapping[str, Petition]:
        """The petitions by id, the first where ids repeat; each made when it is looked up.

        >>> from hdnd import Dataset
        >>> ds = Dataset.model_validate({"petitions": [
        ...     {"id": "p1", "unit": "92", "received": "2014-03-02"}]})
        >>> ds.petitions.keyed()["p1"].received
        datetime.date(2014, 3, 2)
        """
        if self._whole():
            return _Keyed(self._columns, self._columns.positions())
        positions: dict[str, int] = {}
        for row in self._rows:
            positions.setdefault(self._columns.ids[row], row)
        return _Keyed(self._columns, positions)

    def grouped(self) -> dict[str, PetitionTable]:
        """The petitions of each unit (by code), in the order they were received."""
        c, groups = self._columns, dict[int, list[int]]()
        received, unit = c.received, c.unit
        for row in sorted(self._rows, key=received.__getitem__):  # stable: ties keep order
            groups.setdefault(unit[row], []).append(row)
        return {c.units[code]: self._view(c, rows) for code, rows in groups.items()}

    def roots(self, field: str = "follow_up_of") -> set[str]:
        """The ids the chains of *field* (``follow_up_of``) start from, for those that set it.

        A chain is followed through all the petitions this table was selected from (the
        dataset's), until a petition that does not set *field*, an id none holds, or a loop.
        """
        c = self._columns
        links, positions, ids = c.sparse[field], c.positions(), c.ids
        found: set[str] = set()
        chosen = None if self._whole() else set(self._rows)
        for row, root in links.items():  # the id each petition follows up
            if chosen is not None and row not in chosen:
                continue
            first, seen = root, {ids[row]}
            while first not in seen and (up := positions.get(first)) is not None and up in links:
                seen.add(first)
                first = links[up]
            found.add(first)
        return found

    def _whole(self) -> bool:
        rows = self._rows
        return isinstance(rows, range) and rows == range(len(self._columns))

    # --- pydantic ---------------------------------------------------------------------------

    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        model = handler.generate_schema(tuple[Petition, ...])
        return core_schema.with_info_wrap_validator_function(
            _validate,
            model,
            serialization=core_schema.wrap_serializer_function_ser_schema(
                _serialise, schema=model, info_arg=True
            ),
        )


def _serialise(
    table: PetitionTable, model: SerializerFunctionWrapHandler, info: SerializationInfo
) -> Any:
    """As the model writes the petitions; as JSON without defaults, straight from the columns.

    That is how :func:`hdnd.dumps` writes them, without making a petition object each.
    """
    plain = info.include is None and info.exclude is None and not info.exclude_none
    if info.mode_is_json() and info.exclude_defaults and plain and not info.by_alias:
        columns, personal = table._columns, reveal_personal_data(info)
        return [json_object_at(columns, row, personal_data=personal) for row in table._rows]
    return model(tuple(table))


def _validate(value: Any, model: Callable[[Any], Any], info: ValidationInfo) -> PetitionTable:
    """Columns straight from *value* when they can be; else as the model reads it."""
    if isinstance(value, PetitionTable):
        return value
    context = info.context
    withheld = isinstance(context, dict) and context.get(WITHHELD) is True
    if type(value) in (list, tuple):
        try:
            columns = columns_of(value, withheld=withheld)
            return PetitionTable._view(columns, range(len(columns)))
        except Unsure:
            value = [_as_given(record) for record in value]
    petitions = model(value)  # normalises what it may, names what it must refuse
    columns = columns_of(petitions)
    return PetitionTable._view(columns, range(len(columns)))


class _Keyed(Mapping[str, Petition]):
    """Petitions by id, each made when it is looked up."""

    __slots__ = ("_columns", "_positions")

    def __init__(self, columns: Columns, positions: dict[str, int]) -> None:
        self._columns, self._positions = columns, positions

    def __getitem__(self, key: str) -> Petition:
        return petition_at(self._columns, self._positions[key])

    def __iter__(self) -> Iterator[str]:
        return iter(self._positions)

    def __len__(self) -> int:
        return len(self._positions)

    def __contains__(self, key: object) -> bool:
        return key in self._positions


def _as_given(record: Any) -> Any:
    """A petition decoded by msgspec as the JSON object it was; anything else as it is."""
    return msgspec.to_builtins(record) if type(record) is PetitionStruct else record
