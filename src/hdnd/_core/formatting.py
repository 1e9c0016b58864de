"""Numbers, percentages and dates in Vietnamese or English conventions, through Babel.

```pycon
>>> format_number(2412, "vi"), format_number(2412, "en")
('2.412', '2,412')
>>> from decimal import Decimal
>>> format_percent(Decimal("0.922"), "vi"), format_percent(Decimal("0.922"), "en")
('92,20%', '92.20%')
>>> from fractions import Fraction
>>> format_percent(Fraction(36, 191), "vi")
'18,85%'
>>> import datetime as dt
>>> format_date(dt.date(2016, 6, 21), "vi"), format_date(dt.date(2016, 6, 21), "en")
('21/06/2016', 'Jun 21, 2016')

```
"""

from __future__ import annotations

import datetime as dt
import functools
from decimal import ROUND_HALF_EVEN, Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import Protocol, runtime_checkable

from babel import Locale
from babel.dates import format_date as _babel_date
from babel.numbers import NumberPattern, parse_pattern

from hdnd._core.i18n import N_, Language, check_language, translate

__all__ = [
    "Localizable",
    "format_date",
    "format_number",
    "format_percent",
    "format_value",
    "to_decimal",
]

_LOCALE = MappingProxyType({"vi": "vi_VN", "en": "en"})


@functools.lru_cache(maxsize=4)
def _locale(language: Language) -> Locale:
    return Locale.parse(_LOCALE[check_language(language)])


@functools.lru_cache(maxsize=4)
def _group(language: Language) -> str:
    return str(_locale(language).number_symbols["latn"]["group"])


@functools.lru_cache(maxsize=16)
def _percent_pattern(digits: int) -> NumberPattern:
    return parse_pattern("#,##0" + ("." + "0" * digits if digits else "") + "%")


def to_decimal(value: Fraction | Decimal | int, places: int = 6) -> Decimal:
    """Turn an exact fraction into a Decimal rounded half-to-even at *places* decimals.

    >>> to_decimal(Fraction(1, 3), 4)
    Decimal('0.3333')
    """
    if isinstance(value, Fraction):
        quantum = Decimal(1).scaleb(-places)
        return (Decimal(value.numerator) / Decimal(value.denominator)).quantize(
            quantum, rounding=ROUND_HALF_EVEN
        )
    return Decimal(value)


def format_number(value: int | Decimal, language: Language = "vi") -> str:
    """Format a count or amount with the grouping of *language* (``2.412`` / ``2,412``)."""
    if isinstance(value, int):  # the common case, without Babel's pattern machinery
        return f"{value:,}".replace(",", _group(language))
    locale = _locale(language)
    return str(locale.decimal_formats[None].apply(value, locale))


def format_percent(
    share: Fraction | Decimal | float, language: Language = "vi", *, digits: int = 2
) -> str:
    """Format a share (``0.922``) as a percentage with *digits* decimals (``92,20%``)."""
    value = to_decimal(share, digits + 4) if isinstance(share, Fraction) else share
    return str(_percent_pattern(digits).apply(value, _locale(language)))


def format_date(day: dt.date, language: Language = "vi") -> str:
    """Format a date as Vietnamese administrative texts do (``21/06/2016``) or in English."""
    if check_language(language) == "vi":
        return f"{day.day:02d}/{day.month:02d}/{day.year:04d}"
    return _babel_date(day, "medium", locale=_locale(language))


# TRANSLATORS: a yes/no value in a table cell ("có" is also the verb "to have").
_YES_NO = MappingProxyType({True: N_("có"), False: N_("không")})


@runtime_checkable
class Localizable(Protocol):
    """A value that knows how to write itself in a language (labels, citations, reasons)."""

    def localize(self, language: Language) -> str:
        """The value as text in *language*."""
        ...


def format_value(value: object, language: Language = "vi") -> str:
    """Format any value hdnd shows to a reader, by its type.

    Counts get digit grouping, exact fractions become percentages, dates the local style,
    and :class:`Localizable` values write themselves: labels, citations and the Vietnamese
    source strings marked with ``N_``. Any other string is shown as it is, never
    translated (an identifier ``"Nam"`` stays ``"Nam"`` in English). ``None`` is an em dash.

    >>> format_value(7570, "vi"), format_value(Fraction(100, 105), "en"), format_value(None)
    ('7.570', '95.24%', '—')
    """
    if value is None:
        return "—"
    if type(value) is str:  # a plain string is shown as it is (not a marked N_ string)
        return value
    localize = getattr(value, "localize", None)
    if callable(localize):  # Localizable, without the slow runtime Protocol check
        return str(localize(language))
    if isinstance(value, bool):
        return translate(_YES_NO[value], language)
    if isinstance(value, int | Decimal):
        return format_number(value, language)
    if isinstance(value, Fraction):
        return format_percent(value, language)
    if isinstance(value, dt.date):
        return format_date(value, language)
    return str(value)
