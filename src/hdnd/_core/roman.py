"""Roman numerals, as convocation numbers are written (``khóa XV``).

```pycon
>>> to_roman(15), to_roman(1), to_roman(2026)
('XV', 'I', 'MMXXVI')
>>> from_roman("XIX")
19

```
"""

from __future__ import annotations

__all__ = ["from_roman", "to_roman"]

_NUMERALS = (
    (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"),
    (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"),
)  # fmt: skip


def to_roman(number: int) -> str:
    """Write a positive whole number in Roman numerals."""
    if isinstance(number, bool) or not isinstance(number, int) or not 0 < number < 4000:
        msg = f"a Roman numeral needs a whole number from 1 to 3999, not {number!r}"
        raise ValueError(msg)
    parts: list[str] = []
    for value, letters in _NUMERALS:
        count, number = divmod(number, value)
        parts.append(letters * count)
    return "".join(parts)


def from_roman(text: str) -> int:
    """Read a Roman numeral (case-insensitive); reject non-canonical forms like ``IIII``."""
    cleaned = text.strip().upper()
    total, rest = 0, cleaned
    for value, letters in _NUMERALS:
        while rest.startswith(letters):
            total += value
            rest = rest[len(letters) :]
    if rest or not cleaned or not 1 <= total <= 3999 or to_roman(total) != cleaned:
        msg = f"not a Roman numeral: {text!r}"
        raise ValueError(msg)
    return total
