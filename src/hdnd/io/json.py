"""Datasets as JSON: one validation call per file, the garbage collector paused meanwhile.

The round trip is lossless: ``loads(dumps(ds, personal_data=True)) == ds``. By default
:func:`dumps` redacts personal data (petitioners' and citizens' names and addresses).

```pycon
>>> from hdnd.dataset.dataset import Dataset
>>> ds = loads('{"format": "hdnd/1", "title": "Thử"}')
>>> ds.title
'Thử'
>>> loads('{"format": "hdnd/1", "councils": [{"id": "c1", "unit": "92"}]}')
Traceback (most recent call last):
...
hdnd._core.errors.DatasetError: the data is not a valid hdnd dataset (1 problem)
  - councils[0] (id "c1"), field 'term': Field required
>>> loads("{not json")
Traceback (most recent call last):
...
hdnd._core.errors.DatasetError: the data is not JSON: key must be a string at line 1 column 2

```
"""

from __future__ import annotations

import contextlib
import functools
import gc
import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import msgspec
from pydantic import ValidationError

from hdnd._core.errors import DatasetError, Problem
from hdnd._core.personal import WITHHELD
from hdnd.dataset.dataset import Dataset
from hdnd.petitions.structs import PetitionStruct

__all__ = ["dump", "dumps", "load", "loads"]


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small objects are created."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def loads(data: str | bytes) -> Dataset:
    """Read a dataset from JSON text.

    Raises:
        DatasetError: The text is not JSON, or not an hdnd dataset; the error lists each
            problem with its record and field.
    """
    data = _without_bom(data)
    try:
        with _gc_paused():
            return _validated(data)
    except ValidationError as exc:
        if not _withheld(exc, data):
            raise _dataset_error(exc, data) from None
    # a file that withheld personal data: read each placeholder as absent, never as a name
    try:
        with _gc_paused():
            return _validated(data, {WITHHELD: True})
    except ValidationError as exc:
        raise _dataset_error(exc, data) from None


_PETITIONS = '"petitions"'


def _validated(data: str | bytes, context: dict[str, Any] | None = None) -> Dataset:
    """Validate *data*; a file that holds petitions is decoded by msgspec first.

    Petitions are kept as columns (:mod:`hdnd.petitions.columns`), filled from the structs
    msgspec decodes them into, about three times faster than the objects pydantic's JSON
    mode would hand over. Both ways accept the same files: a text that fails the faster way
    is validated again as JSON, so every error is named as JSON validation names it.
    """
    marker = _PETITIONS.encode() if isinstance(data, bytes) else _PETITIONS
    if marker in data:  # type: ignore[operator]  # str in str, or bytes in bytes
        try:
            # from bytes: decoding a str would leave its UTF-8 copy cached on the caller's text
            given = _document_decoder().decode(data.encode() if isinstance(data, str) else data)
            fields = {f: getattr(given, f) for f in given.__struct_fields__}
            present = {f: v for f, v in fields.items() if v is not msgspec.UNSET}
            return Dataset.model_validate(present, context=context)
        except (ValueError, ValidationError, msgspec.MsgspecError):
            pass  # not JSON, or not valid: JSON mode says why, in its own words
    return Dataset.model_validate_json(data, context=context)


@functools.lru_cache(maxsize=1)
def _document_decoder() -> msgspec.json.Decoder[Any]:
    """A decoder of a dataset file: its petitions into structs, anything else as JSON values."""
    fields = [
        (name, tuple[PetitionStruct, ...] if name == "petitions" else Any, msgspec.UNSET)
        for name in Dataset.model_fields
    ]
    document = msgspec.defstruct("Document", fields, forbid_unknown_fields=True, gc=False)
    return msgspec.json.Decoder(document)


def _withheld(exc: ValidationError, data: str | bytes) -> bool:
    """Whether *exc* only refused placeholders of a file marked ``"redacted": true``."""
    placeholders = any(e["type"] == "personal_data_withheld" for e in exc.errors())
    if not placeholders:
        return False
    try:
        top = json.loads(data)
    except ValueError:
        return False
    return isinstance(top, dict) and top.get("redacted") is True


def _without_bom(data: str | bytes) -> str | bytes:
    """Drop a UTF-8 byte order mark (spreadsheet tools on Windows write one)."""
    if isinstance(data, bytes):
        return data.removeprefix(b"\xef\xbb\xbf")
    return data.removeprefix("\ufeff")


def load(path: str | os.PathLike[str]) -> Dataset:
    """Read a dataset from a JSON file.

    Raises:
        OSError: The file cannot be read (missing, a directory, no permission).
        DatasetError: The file is not JSON, or not an hdnd dataset.
    """
    return loads(Path(path).read_bytes())


def dumps(dataset: Dataset, *, personal_data: bool = False, indent: int | None = 2) -> str:
    """Write *dataset* as JSON text; personal data is redacted unless *personal_data*.

    Fields left at their default are omitted, except the ``format`` marker, which always
    comes first. A text written without the personal data the dataset holds says so at the
    top (``"redacted": true``), and :func:`loads` reads its placeholders as absent.

    >>> print(dumps(Dataset(title="Ví dụ")))
    {
      "format": "hdnd/1",
      "title": "Ví dụ"
    }
    """
    # exclude_defaults would drop the marker (its value is its default): write it by hand,
    # which costs nothing, where a wrapping serializer would slow the dump down 2.5 times.
    body = dataset.model_dump_json(
        indent=indent,
        exclude={"format", "redacted"},
        exclude_defaults=True,
        context={"personal_data": personal_data},
    )
    newline, space = ("\n" + " " * indent, " ") if indent is not None else ("", "")
    marker = f'{newline}"format":{space}{json.dumps(dataset.format)}'
    if dataset.redacted or (not personal_data and dataset.holds_personal_data):
        marker += f',{newline}"redacted":{space}true'
    rest = body[1:].lstrip("\n ") if body != "{}" else "}"
    if rest == "}":
        return "{" + marker + ("\n" if indent is not None else "") + "}"
    return "{" + marker + "," + newline + rest


def dump(
    dataset: Dataset,
    path: str | os.PathLike[str],
    *,
    personal_data: bool = False,
    indent: int | None = 2,
) -> None:
    """Write *dataset* to a JSON file (UTF-8); see :func:`dumps`."""
    text = dumps(dataset, personal_data=personal_data, indent=indent)
    Path(path).write_text(text + "\n", encoding="utf-8")


def _dataset_error(exc: ValidationError, data: str | bytes) -> DatasetError:
    errors = exc.errors(include_url=False, include_input=False)
    if any(error["type"] == "json_invalid" for error in errors):
        detail = errors[0]["msg"].removeprefix("Invalid JSON: ")
        return DatasetError(f"the data is not JSON: {detail}")
    raw = _parse_quietly(data)
    problems = [_problem(error["loc"], error["msg"], raw) for error in errors]
    count = len(problems)
    noun = "problem" if count == 1 else "problems"
    return DatasetError(f"the data is not a valid hdnd dataset ({count} {noun})", problems)


def _parse_quietly(data: str | bytes) -> Any:
    try:
        return json.loads(data)
    except ValueError:
        return None


def _problem(loc: tuple[int | str, ...], message: str, raw: Any) -> Problem:
    if len(loc) >= 2 and isinstance(loc[0], str) and isinstance(loc[1], int):
        collection, position = loc[0], loc[1]
        record = f"{collection}[{position}]"
        record_id = _record_id(raw, collection, position)
        if record_id is not None:
            record += f' (id "{record_id}")'
        return Problem(record, ".".join(str(part) for part in loc[2:]), message)
    return Problem("dataset", ".".join(str(part) for part in loc), message)


def _record_id(raw: Any, collection: str, position: int) -> str | None:
    try:
        record = raw[collection][position]
    except (TypeError, KeyError, IndexError):
        return None
    if isinstance(record, dict):
        key = record.get("id", record.get("code"))
        return str(key) if key is not None else None
    return None
