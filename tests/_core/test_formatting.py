from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hdnd._core.formatting import (
    Localizable,
    format_date,
    format_number,
    format_percent,
    format_value,
    to_decimal,
)
from hdnd._core.i18n import N_, Language


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (2412, "2.412", "2,412"),
        (0, "0", "0"),
        (999, "999", "999"),
        (1234567, "1.234.567", "1,234,567"),
        (-1234, "-1.234", "-1,234"),
        (Decimal("1234.5"), "1.234,5", "1,234.5"),
    ],
)
def test_format_number(value: int | Decimal, vi: str, en: str) -> None:
    assert format_number(value, "vi") == vi
    assert format_number(value, "en") == en
    assert format_number(value) == vi


@pytest.mark.parametrize(
    ("share", "vi", "en"),
    [
        (Decimal("0.922"), "92,20%", "92.20%"),
        (Fraction(36, 191), "18,85%", "18.85%"),
        (Fraction(1, 3), "33,33%", "33.33%"),
        (Fraction(2, 3), "66,67%", "66.67%"),
        (Fraction(0), "0,00%", "0.00%"),
        (Fraction(1), "100,00%", "100.00%"),
        (0.5, "50,00%", "50.00%"),
        (Decimal("12.345"), "1.234,50%", "1,234.50%"),
    ],
)
def test_format_percent(share: Fraction | Decimal | float, vi: str, en: str) -> None:
    assert format_percent(share, "vi") == vi
    assert format_percent(share, "en") == en


@pytest.mark.parametrize(
    ("share", "digits", "expected"),
    [
        (Decimal("0.922"), 0, "92%"),
        (Fraction(2, 3), 1, "66,7%"),
        (Fraction(1, 8), 2, "12,50%"),
        (Fraction(1, 800), 1, "0,1%"),
    ],
)
def test_format_percent_digits(share: Fraction | Decimal, digits: int, expected: str) -> None:
    assert format_percent(share, "vi", digits=digits) == expected


@pytest.mark.parametrize(
    ("day", "vi", "en"),
    [
        (dt.date(2016, 6, 21), "21/06/2016", "Jun 21, 2016"),
        (dt.date(2026, 1, 5), "05/01/2026", "Jan 5, 2026"),
        (dt.date(2026, 3, 15), "15/03/2026", "Mar 15, 2026"),
    ],
)
def test_format_date(day: dt.date, vi: str, en: str) -> None:
    assert format_date(day, "vi") == vi
    assert format_date(day, "en") == en
    assert format_date(day) == vi


def test_formatters_refuse_unsupported_languages() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        format_number(1, "fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        format_percent(Decimal("0.5"), "fr")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        format_date(dt.date(2026, 1, 1), "fr")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("value", "places", "expected"),
    [
        (Fraction(1, 3), 4, Decimal("0.3333")),
        (Fraction(2, 3), 4, Decimal("0.6667")),
        (Fraction(1, 8), 2, Decimal("0.12")),  # half to even
        (Fraction(3, 8), 2, Decimal("0.38")),  # half to even
        (Fraction(1, 3), 6, Decimal("0.333333")),
        (5, 6, Decimal(5)),
        (Decimal("1.23"), 6, Decimal("1.23")),
    ],
)
def test_to_decimal(value: Fraction | Decimal | int, places: int, expected: Decimal) -> None:
    result = to_decimal(value, places)
    assert result == expected
    assert str(result) == str(expected)


class _Named:
    def localize(self, language: Language) -> str:
        return {"vi": "tên", "en": "name"}[language]


@pytest.mark.parametrize(
    ("value", "vi", "en"),
    [
        (7570, "7.570", "7,570"),
        (Decimal("1234.5"), "1.234,5", "1,234.5"),
        (Fraction(100, 105), "95,24%", "95.24%"),
        (dt.date(2016, 6, 21), "21/06/2016", "Jun 21, 2016"),
        (None, "—", "—"),
        (N_("Cấp tỉnh"), "Cấp tỉnh", "Province level"),
        ("Cấp tỉnh", "Cấp tỉnh", "Cấp tỉnh"),  # not marked: an identifier, a name
        (N_("chưa dịch"), "chưa dịch", "chưa dịch"),
        (_Named(), "tên", "name"),
    ],
)
def test_format_value(value: object, vi: str, en: str) -> None:
    assert format_value(value, "vi") == vi
    assert format_value(value, "en") == en


def test_format_value_default_language_is_vietnamese() -> None:
    assert format_value(2412) == "2.412"


def test_localizable_is_structural() -> None:
    assert isinstance(_Named(), Localizable)
    assert not isinstance("text", Localizable)


def test_format_value_booleans_in_vietnamese() -> None:
    assert format_value(True, "vi") == "có"
    assert format_value(False, "vi") == "không"


def test_format_value_booleans_in_english() -> None:
    assert format_value(True, "en") == "yes"
    assert format_value(False, "en") == "no"


@given(st.integers(min_value=-(10**15), max_value=10**15), st.sampled_from(["vi", "en"]))
def test_the_fast_integer_path_matches_babel(value: int, language: str) -> None:
    from babel.numbers import format_decimal

    locale = {"vi": "vi_VN", "en": "en"}[language]
    assert format_number(value, language) == format_decimal(value, locale=locale)  # type: ignore[arg-type]


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2200, 12, 31)))
def test_the_fast_vietnamese_date_path_matches_babel(day: dt.date) -> None:
    from babel.dates import format_date as babel_date

    assert format_date(day, "vi") == babel_date(day, "dd/MM/yyyy", locale="vi_VN")


def test_plain_strings_and_localizable_values() -> None:
    class Label:
        def localize(self, language: str) -> str:
            return f"label:{language}"

    assert format_value("Nam", "en") == "Nam"
    assert format_value(Label(), "en") == "label:en"
