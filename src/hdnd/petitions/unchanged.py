"""What the petition model keeps exactly as it is given: the test before the fast path.

The columns (:mod:`hdnd.petitions.columns`) take a value as it is only when
:class:`~hdnd.petitions.petition.Petition` would keep it unchanged: text with no white space
around it (white space as the model strips it — Unicode White_Space, not Python's wider
``str.isspace``) and already in NFC; identifiers of the length the model allows; unit codes
and days written as the model reads them. The lengths and the unit-code pattern are read
from the model's own types, never restated.

```pycon
>>> is_clean("Trần Văn B"), is_clean(" Trần"), is_clean("p1" + chr(0x1F))
(True, False, True)
>>> is_kept_identifier("x" * LONGEST), is_kept_identifier("x" * (LONGEST + 1))
(True, False)

```
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any, Final, get_args

from pydantic import StringConstraints

from hdnd._core.types import Identifier
from hdnd.units.unit import UnitCode

__all__ = [
    "ISO_DAY",
    "LONGEST",
    "SHORTEST",
    "UNIT_CODE",
    "WHITE_SPACE",
    "is_clean",
    "is_kept_identifier",
    "is_kept_text",
]

ISO_DAY: Final = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")
"""A day as the model reads it (``YYYY-MM-DD``, ASCII digits)."""
WHITE_SPACE: Final = frozenset(
    "\t\n\v\f\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009"
    "\u200a\u2028\u2029\u202f\u205f\u3000"
)
"""What the model strips from text (Unicode White_Space, as Rust's ``trim`` reads it; Python's
``str.isspace`` also counts the separators U+001C to U+001F, which the model keeps)."""


def _constraints(annotated: Any) -> StringConstraints:
    """The string constraints of one of hdnd's annotated text types, read where declared."""
    return next(m for m in get_args(annotated)[1:] if isinstance(m, StringConstraints))


SHORTEST: Final = _constraints(Identifier).min_length or 0
"""The shortest identifier the model takes."""
LONGEST: Final = _constraints(Identifier).max_length or 0
"""The longest identifier the model takes."""
UNIT_CODE: Final = re.compile(str(_constraints(UnitCode).pattern), re.ASCII)
"""A unit code as the model reads it."""


def is_clean(text: str) -> bool:
    """Whether the model keeps non-empty *text* as it is: no space around it, in NFC."""
    if text[0] in WHITE_SPACE or text[-1] in WHITE_SPACE:
        return False
    return text.isascii() or unicodedata.is_normalized("NFC", text)


def is_kept_text(value: Any) -> bool:
    """Whether the model keeps *value* unchanged as a non-empty text."""
    return type(value) is str and bool(value) and is_clean(value)


def is_kept_identifier(value: Any) -> bool:
    """Whether the model keeps *value* unchanged as an identifier."""
    return type(value) is str and SHORTEST <= len(value) <= LONGEST and is_clean(value)
