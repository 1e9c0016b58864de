from __future__ import annotations

import datetime as dt
from decimal import Decimal

import hdnd
import hdnd.i18n
from hdnd._core import formatting, i18n


def test_public_i18n_module_re_exports_the_core_helpers() -> None:
    assert hdnd.i18n.__all__ == [
        "LANGUAGES",
        "NC_",
        "N_",
        "Language",
        "format_date",
        "format_number",
        "format_percent",
        "format_value",
        "translate",
        "translate_in",
    ]
    for name in ("LANGUAGES", "NC_", "N_", "Language", "translate", "translate_in"):
        assert getattr(hdnd.i18n, name) is getattr(i18n, name)
    for name in ("format_date", "format_number", "format_percent", "format_value"):
        assert getattr(hdnd.i18n, name) is getattr(formatting, name)


def test_top_level_package_exposes_translate_and_language() -> None:
    assert hdnd.translate is i18n.translate
    assert hdnd.Language is i18n.Language


def test_the_public_helpers_work() -> None:
    assert hdnd.i18n.translate("Phường", "en") == "Ward"
    assert hdnd.i18n.format_number(2412, "vi") == "2.412"
    assert hdnd.i18n.format_percent(Decimal("0.922"), "en") == "92.20%"
    assert hdnd.i18n.format_date(dt.date(2026, 3, 15), "vi") == "15/03/2026"
    assert hdnd.i18n.LANGUAGES == ("vi", "en")
