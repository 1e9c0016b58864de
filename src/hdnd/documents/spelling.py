"""How document symbols are typed and spelt: issuers, the words before the number, clean-up.

```pycon
>>> clean("  Số: 76 ／ nq – hdnd. ")
'76/nq-hdnd'
>>> canonical_issuer("hdnd"), canonical_issuer("ubnd.tp"), canonical_issuer("TU")
('HĐND', 'UBND.TP', 'TU')
>>> checked_token("NQ", "76/NQ-HĐND")
'NQ'

```
"""

from __future__ import annotations

import re
import string
import unicodedata
from collections.abc import Mapping
from types import MappingProxyType

import attrs

from hdnd._core.errors import InvalidSymbolError
from hdnd._core.i18n import N_
from hdnd.documents.kinds import KIND_OF, DocumentKind, Style, unique_folds

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
    "NUMBER",
    "YEAR",
    "canonical_issuer",
    "check_issuers",
    "check_number",
    "check_style",
    "check_year",
    "checked_token",
    "clean",
]

FIRST_YEAR, LAST_YEAR = 1945, 2100
"""The years a symbol may carry (the Democratic Republic of Vietnam was founded in 1945)."""


# Issuers whose canonical form has an Đ or mixed case, so that ASCII or lower-case typing finds
# them. Others are upper-cased when typed all in lower case and otherwise kept as typed.
_ISSUERS = (
    "HĐND",
    "TTHĐND",
    "UBND",
    "HĐBCQG",
    "VPHĐBCQG",
    "ĐCTUBTWMTTQVN",
    "TTg",
    "CTĐB",
    "ĐBQH",
    "ĐĐBQH",
    "BGDĐT",
    "BKHĐT",
    "BLĐTBXH",
)
_ISSUER_CASEFOLD = MappingProxyType({issuer.casefold(): issuer for issuer in _ISSUERS})
_ISSUER_FOLDED = MappingProxyType(unique_folds(_ISSUERS))
_ASCII_FRAGMENTS = (("HDBCQG", "HĐBCQG"), ("HDND", "HĐND"))

# What may stand before the number: "Số:", "No.", a kind's name or abbreviation ("Nghị quyết
# số", "NQ", "CV"), or the name of a kind-less instrument ("Luật", "Pháp lệnh").
_OTHER_NAMES = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Văn bản", "VB")


def _loose(text: str) -> str:
    """Lower case, without accents or punctuation: how the words before a number compare."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[:.#]", " ", bare).split())


def _prefixes() -> frozenset[str]:
    names = {_loose(kind.label("vi")) for kind in DocumentKind}
    names |= {_loose(name) for name in (*_OTHER_NAMES, *KIND_OF)}
    found = {"", "so", "no"}
    for name in names:
        found |= {name, f"{name} so", f"{name} no"}
    return frozenset(found)


_PREFIXES = _prefixes()

# Letters of Vietnamese abbreviations: ASCII letters, Đ, and vowels with Vietnamese marks
# (grave, acute, tilde, hook, dot below, circumflex, breve, horn).
_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _is_letter(char: str) -> bool:
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    return base.isascii() and base.isalpha() and all(mark in _MARKS for mark in marks)


_LETTERS = "".join(sorted({chr(c) for c in range(0x41, 0x1EFA) if _is_letter(chr(c))} | {"Đ", "đ"}))
_PART = f"[0-9{_LETTERS}]+"
_TOKEN = re.compile(rf"{_PART}(?:\.{_PART})*")
_HAS_LETTER = re.compile(f"[{_LETTERS}]")
NUMBER = re.compile(r"[0-9]+[A-Za-z]?")
YEAR = re.compile(r"[0-9]{4}")

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u02d7\u2e3a\u2e3b\ufe58\ufe63"
_SLASHES = "\u2044\u2215\u2571\u29f8"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_TRANSLATION: Mapping[int, str | None] = MappingProxyType(
    {
        **{cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)},  # full-width ASCII
        **{ord(c): "-" for c in _DASHES},
        **{ord(c): "/" for c in _SLASHES},
        **{ord(c): None for c in _INVISIBLE},
    }
)


def _canonical_part(part: str) -> str:
    key = part.casefold()
    known = _ISSUER_CASEFOLD.get(key) if "đ" in key else _ISSUER_FOLDED.get(key)
    if known is not None:
        return known
    if part.islower():
        part = part.upper()
    if part.isascii():
        for typed, proper in _ASCII_FRAGMENTS:
            part = part.replace(typed, proper)
    return part


def canonical_issuer(token: str) -> str:
    """The canonical spelling of the issuer *token* (``hdnd`` → ``HĐND``)."""
    key = token.casefold()
    known = _ISSUER_CASEFOLD.get(key) if "đ" in key else _ISSUER_FOLDED.get(key)
    if known is not None:
        return known
    return ".".join(_canonical_part(part) for part in token.split("."))


def checked_token(token: str, given: object) -> str:
    """*token* if it can be an abbreviation, else :class:`InvalidSymbolError` about *given*."""
    if not token:
        raise InvalidSymbolError(given, N_("có một phần rỗng giữa hai dấu phân cách"))
    if _TOKEN.fullmatch(token) is None:
        msg = N_(
            "{token} không phải là chữ viết tắt (chữ cái và chữ số, các phần cách nhau bằng dấu "
            "chấm)"
        )
        raise InvalidSymbolError(given, msg, token=repr(token))
    if _HAS_LETTER.search(token) is None:
        msg = N_(
            "{token} không có chữ cái: cơ quan ban hành được viết tắt bằng chữ cái (HĐND, QH15)"
        )
        raise InvalidSymbolError(given, msg, token=repr(token))
    return token


def clean(given: object) -> str:
    """Normalise what was typed, without judging it (the first half of ``compact``).

    Raises:
        InvalidSymbolError: *given* is not text.
    """
    if not isinstance(given, str):
        kind = type(given).__name__
        msg = N_("số, ký hiệu văn bản là chuỗi ký tự, không phải {kind}")
        raise InvalidSymbolError(given, msg, kind=kind)
    text = unicodedata.normalize("NFC", given.translate(_TRANSLATION))
    text = re.sub(r"[\s.,;]+$", "", " ".join(text.split()))
    first_digit = re.search("[0-9]", text)
    if first_digit is not None and _loose(text[: first_digit.start()]) in _PREFIXES:
        text = text[first_digit.start() :]
    return re.sub(r" ?([/.\-]) ?", r"\1", text)


# The checks of a built symbol's parts (attrs validators of ``Symbol``).


def check_number(instance: object, attribute: attrs.Attribute[str], value: str) -> None:
    """The number is digits, maybe with a letter after them, and not zero."""
    if not isinstance(value, str) or NUMBER.fullmatch(value) is None:
        msg = N_("số văn bản gồm các chữ số, có thể kèm một chữ cái phía sau (76, 06, 123a)")
        raise InvalidSymbolError(value, msg)
    if int(value.rstrip(string.ascii_letters)) == 0:
        msg = N_("số văn bản bằng không; văn bản được đánh số từ 01")
        raise InvalidSymbolError(value, msg)


def check_year(instance: object, attribute: attrs.Attribute[int | None], value: int | None) -> None:
    """The year, if given, is a whole number between :data:`FIRST_YEAR` and :data:`LAST_YEAR`."""
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidSymbolError(value, N_("năm là một số nguyên"))
    if not FIRST_YEAR <= value <= LAST_YEAR:
        msg = N_("{value} không phải là năm trong khoảng từ {first} đến {last}")
        raise InvalidSymbolError(value, msg, value=value, first=FIRST_YEAR, last=LAST_YEAR)


def check_issuers(
    instance: object, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    """The issuers are a non-empty tuple of abbreviations, each in its canonical spelling."""
    if not isinstance(value, tuple) or not value:
        msg = N_("cơ quan ban hành là một tuple không rỗng gồm các chữ viết tắt")
        raise InvalidSymbolError(value, msg)
    for issuer in value:
        if not isinstance(issuer, str):
            msg = N_("cơ quan ban hành {issuer} không phải là chuỗi ký tự")
            raise InvalidSymbolError(value, msg, issuer=repr(issuer))
        checked_token(issuer, value)
        canonical = canonical_issuer(issuer)
        if canonical != issuer:
            msg = N_("cơ quan ban hành {issuer} được viết là {canonical}")
            raise InvalidSymbolError(value, msg, issuer=repr(issuer), canonical=repr(canonical))


def check_style(instance: object, attribute: attrs.Attribute[Style], value: Style) -> None:
    """The style is a :class:`Style`."""
    if not isinstance(value, Style):
        raise InvalidSymbolError(value, N_("kiểu ký hiệu là Style.STATE hoặc Style.PARTY"))
