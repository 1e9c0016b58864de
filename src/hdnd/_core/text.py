"""Vietnamese text: NFC normalisation, the one deliberate change hdnd makes to input.

Vietnamese can be typed in two Unicode forms: precomposed (``ệ`` as one code point, NFC) or
decomposed (``e`` + combining marks, NFD). They look the same but compare unequal, which
breaks look-ups and counts. hdnd normalises all text input to NFC and changes nothing else.

```pycon
>>> decomposed = "Hội đồng nhân dân".encode().decode()  # as typed
>>> import unicodedata
>>> nfd = unicodedata.normalize("NFD", "Hội đồng")
>>> nfc(nfd) == "Hội đồng"
True
>>> len(nfd), len(nfc(nfd))
(12, 8)

```
"""

from __future__ import annotations

import unicodedata
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

__all__ = ["NonEmptyText", "VnText", "nfc"]


def nfc(text: str) -> str:
    """Return *text* in Unicode normal form C (precomposed Vietnamese letters)."""
    return unicodedata.normalize("NFC", text)


VnText = Annotated[str, AfterValidator(nfc)]
"""A string field normalised to NFC (surrounding white space is stripped by the base model)."""

NonEmptyText = Annotated[str, StringConstraints(min_length=1), AfterValidator(nfc)]
"""Like :data:`VnText`, but must not be empty after stripping."""
