"""The one base of every record that arrives from outside (files, forms, the CLI).

```pycon
>>> class Example(Record):
...     name: VnText
...     '''The name, NFC-normalised.'''
>>> Example(name="  Cần Thơ ").name
'Cần Thơ'
>>> Example(name="x", colour="red")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for Example
colour
  Extra inputs are not permitted ...

```
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict

from hdnd._core.text import VnText

__all__ = ["Record", "VnText"]


class Record(BaseModel):
    """Base of all hdnd input records.

    Frozen (records are values), unknown fields forbidden (a typo never vanishes silently),
    white space stripped, and attribute docstrings used as field descriptions, so the JSON
    Schema documents itself. Booleans and numbers are strict: JSON ``true`` is never the
    integer 1 and ``"1138"`` is never the number 1138.
    """

    model_config = ConfigDict(
        frozen=True,
        extra="forbid",
        str_strip_whitespace=True,
        use_attribute_docstrings=True,
        validate_default=True,
        strict=False,
        ser_json_inf_nan="strings",
    )
