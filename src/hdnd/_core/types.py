"""Shared field types: strict where a coercion could change meaning (DESIGN decision 15).

pydantic's lax mode would turn JSON ``true`` into ``1`` and the string ``"1138"`` into a
number; these types refuse both, and a date never comes from a bare number.

```pycon
>>> from pydantic import TypeAdapter
>>> TypeAdapter(Count).validate_python(12)
12
>>> TypeAdapter(Count).validate_python(True)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for constrained-int
  Input should be a valid integer ...
>>> TypeAdapter(Day).validate_python("2014-10-08")
datetime.date(2014, 10, 8)
>>> TypeAdapter(Day).validate_python(1412726400)
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for function-before[...]
  Value error, a date must be written as YYYY-MM-DD, not as a number ...
>>> TypeAdapter(Day).validate_python("1412726400")
Traceback (most recent call last):
...
pydantic_core._pydantic_core.ValidationError: 1 validation error for function-before[...]
  Value error, a date must be written as YYYY-MM-DD, not '1412726400' ...

```
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, StrictBool, StrictInt, StringConstraints

from hdnd._core.text import nfc

__all__ = ["Count", "Day", "Flag", "Identifier", "Population"]


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def _iso_date_only(value: Any) -> Any:
    if isinstance(value, int | float) and not isinstance(value, bool):
        msg = "a date must be written as YYYY-MM-DD, not as a number"
        raise ValueError(msg)
    if isinstance(value, str):
        if not _ISO_DATE.fullmatch(value.strip()):
            # pydantic would read "1412726400" as a Unix timestamp and accept date-times
            msg = f"a date must be written as YYYY-MM-DD, not {value!r}"
            raise ValueError(msg)
        return value.strip()  # " 2024-01-02 " is the date it spells
    if isinstance(value, dt.datetime):
        msg = "a date must be a date, not a date and time"
        raise ValueError(msg)
    return value


Day = Annotated[dt.date, BeforeValidator(_iso_date_only)]
"""A calendar date (ISO ``YYYY-MM-DD`` in JSON); never parsed from a number."""

Count = Annotated[StrictInt, Field(ge=0)]
"""A non-negative whole number; booleans and numeric strings are refused."""

Population = Annotated[StrictInt, Field(ge=0)]
"""A number of residents."""

Flag = StrictBool
"""A yes/no field; ``0``/``1`` and ``"true"`` are refused."""

Identifier = Annotated[
    str,
    StringConstraints(min_length=1, max_length=200, strip_whitespace=True),
    BeforeValidator(lambda v: nfc(v) if isinstance(v, str) else v),
]
"""A record identifier, unique within its collection in a dataset."""
