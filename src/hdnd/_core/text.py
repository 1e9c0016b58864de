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
from types import MappingProxyType
from typing import Annotated

from pydantic import AfterValidator, StringConstraints

__all__ = ["CollationKey", "NonEmptyText", "VnText", "collation_key", "nfc"]


def nfc(text: str) -> str:
    """Return *text* in Unicode normal form C (precomposed Vietnamese letters)."""
    return unicodedata.normalize("NFC", text)


VnText = Annotated[str, AfterValidator(nfc)]
"""A string field normalised to NFC (surrounding white space is stripped by the base model)."""

NonEmptyText = Annotated[str, StringConstraints(min_length=1), AfterValidator(nfc)]
"""Like :data:`VnText`, but must not be empty after stripping."""


_ALPHABET = "aăâbcdđeêghiklmnoôơpqrstuưvxy"
"""The 29 letters of the Vietnamese alphabet, in order (đ after d, ă and â after a ...)."""
_LETTER_MARKS = frozenset({"\u0306", "\u0302", "\u031b"})  # breve, circumflex, horn
_WITH_MARK = MappingProxyType(
    {
        ("a", "\u0306"): "ă",
        ("a", "\u0302"): "â",
        ("e", "\u0302"): "ê",
        ("o", "\u0302"): "ô",
        ("o", "\u031b"): "ơ",
        ("u", "\u031b"): "ư",
    }
)
_TONES = MappingProxyType({"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5})
"""Tone marks in the order of Vietnamese dictionaries: huyền, hỏi, ngã, sắc, nặng."""
_OTHER = len(_ALPHABET)

CollationKey = tuple[tuple[int, ...], tuple[int, ...]]
"""Letters in alphabet order, then tones: see :func:`collation_key`."""


def collation_key(text: str) -> CollationKey:
    """A key that sorts Vietnamese text as Vietnamese dictionaries and lists do.

    Letters follow the Vietnamese alphabet (``a ă â b c d đ e ê …``), case is ignored, and
    tones only break ties, in the order level, huyền, hỏi, ngã, sắc, nặng. Characters outside
    the alphabet sort after its letters by code point; a space sorts first.

    ```pycon
    >>> sorted(["Đông", "Dung", "Ánh", "Anh", "Ân", "Bình", "ảnh"], key=collation_key)
    ['Anh', 'ảnh', 'Ánh', 'Ân', 'Bình', 'Dung', 'Đông']

    ```
    """
    letters: list[int] = []
    tones: list[int] = []
    for char in unicodedata.normalize("NFD", text.casefold()):
        if char in _TONES and letters:
            tones[-1] = _TONES[char]
        elif char in _LETTER_MARKS and letters:
            base = _ALPHABET[letters[-1]] if letters[-1] < _OTHER else ""
            marked = _WITH_MARK.get((base, char))
            if marked is not None:
                letters[-1] = _ALPHABET.index(marked)
        elif unicodedata.combining(char):
            continue  # any other mark does not change the order
        else:
            position = _ALPHABET.find(char)
            letters.append(
                -1 if char.isspace() else position if position >= 0 else _OTHER + ord(char)
            )
            tones.append(0)
    return tuple(letters), tuple(tones)
