"""How a unit is named after "Hội đồng nhân dân": its kind in lower case, its name as it is.

A register or dataset writes a unit's name as a heading does, ``Xã Mẫu``, ``Thành phố Hà
Nội``, or without its kind at all (the provinces: ``Cao Bằng``). Inside a title the kind is a
common noun and takes lower case, and the proper name keeps its capitals:

```pycon
>>> from hdnd.law.levels import UnitKind
>>> local_name("Xã Mẫu", UnitKind.COMMUNE), local_name("Cao Bằng", UnitKind.PROVINCE)
('xã Mẫu', 'tỉnh Cao Bằng')
>>> council_title("Thành phố Cần Thơ", UnitKind.CENTRAL_CITY)
'HĐND thành phố Cần Thơ'
>>> council_title("Đặc khu Phú Quốc", UnitKind.SPECIAL_ZONE)
'HĐND đặc khu Phú Quốc'

```
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from hdnd._core.text import nfc
from hdnd.law.levels import UnitKind

__all__ = ["KIND_WORDS", "council_title", "local_name"]

_KIND_WORDS_TABLE = {
    UnitKind.PROVINCE: "tỉnh",
    UnitKind.CENTRAL_CITY: "thành phố",
    UnitKind.RURAL_DISTRICT: "huyện",
    UnitKind.URBAN_DISTRICT: "quận",
    UnitKind.TOWN: "thị xã",
    UnitKind.PROVINCIAL_CITY: "thành phố",
    UnitKind.MUNICIPAL_CITY: "thành phố",
    UnitKind.COMMUNE: "xã",
    UnitKind.WARD: "phường",
    UnitKind.TOWNSHIP: "thị trấn",
    UnitKind.SPECIAL_ZONE: "đặc khu",
}
KIND_WORDS: Mapping[UnitKind, str] = MappingProxyType(_KIND_WORDS_TABLE)
"""The word that names each kind of unit in running text (lower case)."""


def local_name(name: str, kind: UnitKind) -> str:
    """*name* as it reads in running text: the kind's word in lower case, then the name.

    A name that already begins with its kind's word (in any case) has that word lowered;
    one that does not is given it. The rest of the name is left exactly as written.
    """
    word = KIND_WORDS[kind]
    text = nfc(name).strip()
    head = text[: len(word)]
    if head.casefold() == word and (len(text) == len(word) or text[len(word)] == " "):
        return word + text[len(word) :]
    return f"{word} {text}"


def council_title(name: str, kind: UnitKind) -> str:
    """The short title of the council of the unit named *name*: ``HĐND`` and its local name."""
    return f"HĐND {local_name(name, kind)}"
