"""The 54 ethnic groups of Vietnam (các dân tộc Việt Nam), with their official codes.

The list and its codes are the General Statistics Office's classification (Quyết định
121-TCTK/PPCĐ of 2 March 1979, the list used by every census since). A delegate's ethnicity
is free text in the data; :func:`ethnic_group` reads it against this list, accepting the
spellings in common use (with or without hyphens, ``Mông``/``H'Mông``, ``Khmer``), and answers
``None`` for anything else — an unknown value is never counted as a minority.

```pycon
>>> ethnic_group("Kinh").code, ethnic_group("Kinh").minority
('01', False)
>>> ethnic_group("H'Mông").name, ethnic_group("Khmer").name, ethnic_group("ê đê").name
('Mông', 'Khơ-me', 'Ê-đê')
>>> ethnic_group("Kinh (Việt)") is None, ethnic_group("thiểu số") is None
(True, True)
>>> len(ETHNIC_GROUPS)
54

```
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from hdnd._core.text import nfc

__all__ = ["ETHNIC_GROUPS", "EthnicGroup", "ethnic_group"]


@attrs.frozen
class EthnicGroup:
    """One of the 54 ethnic groups.

    Attributes:
        code: The two-digit official code (``01`` Kinh … ``54`` Rơ-măm).
        name: The official name.
        aliases: Other spellings in common use.
    """

    code: str
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def minority(self) -> bool:
        """Whether the group is an ethnic minority (dân tộc thiểu số): every group but Kinh."""
        return self.code != "01"


def _groups() -> tuple[EthnicGroup, ...]:
    rows = (
        ("Kinh", "Việt"),
        ("Tày",),
        ("Thái",),
        ("Hoa", "Hán"),
        ("Khơ-me", "Khmer", "Khơ-me Krôm"),
        ("Mường",),
        ("Nùng",),
        ("Mông", "H'Mông", "Hmông", "Mèo"),
        ("Dao",),
        ("Gia-rai", "Jrai"),
        ("Ngái",),
        ("Ê-đê", "Rhađê"),
        ("Ba-na", "Bahnar"),
        ("Xơ-đăng", "Sê-đăng"),
        ("Sán Chay", "Cao Lan", "Sán Chỉ"),
        ("Cơ-ho", "K'Ho"),
        ("Chăm", "Chàm"),
        ("Sán Dìu",),
        ("Hrê",),
        ("Mnông", "M'Nông"),
        ("Ra-glai", "Raglai"),
        ("Xtiêng", "Stiêng"),
        ("Bru-Vân Kiều", "Bru", "Vân Kiều"),
        ("Thổ",),
        ("Giáy",),
        ("Cơ-tu", "Ka-tu"),
        ("Gié-Triêng", "Gié Triêng"),
        ("Mạ",),
        ("Khơ-mú", "Khmú"),
        ("Co",),
        ("Tà-ôi", "Tà Ôi", "Pa Cô"),
        ("Chơ-ro",),
        ("Kháng",),
        ("Xinh-mun",),
        ("Hà Nhì",),
        ("Chu-ru",),
        ("Lào",),
        ("La Chí",),
        ("La Ha",),
        ("Phù Lá",),
        ("La Hủ",),
        ("Lự",),
        ("Lô Lô",),
        ("Chứt",),
        ("Mảng",),
        ("Pà Thẻn",),
        ("Co Lao",),
        ("Cống",),
        ("Bố Y",),
        ("Si La",),
        ("Pu Péo",),
        ("Brâu",),
        ("Ơ-đu",),
        ("Rơ-măm",),
    )
    return tuple(
        EthnicGroup(f"{number:02d}", row[0], row[1:]) for number, row in enumerate(rows, start=1)
    )


ETHNIC_GROUPS: tuple[EthnicGroup, ...] = _groups()
"""The 54 groups in the order of their official codes."""

_SEPARATORS = re.compile(r"[\s\-‐–'’ʼ]+")


def _key(text: str) -> str:
    return _SEPARATORS.sub("", nfc(text).casefold())


_BY_KEY: Mapping[str, EthnicGroup] = MappingProxyType(
    {_key(spelling): g for g in ETHNIC_GROUPS for spelling in (g.name, *g.aliases, g.code)}
)


@functools.lru_cache(maxsize=512)
def ethnic_group(text: str) -> EthnicGroup | None:
    """The group named by *text* (its name, a common spelling, or its code), if any.

    Case, hyphens, spaces and apostrophes are ignored; diacritics are not (``Thai`` is not
    ``Thái``).
    """
    return _BY_KEY.get(_key(text))
