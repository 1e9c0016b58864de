"""Public i18n and formatting helpers (re-exported from :mod:`hdnd._core`)."""

from hdnd._core.formatting import format_date, format_number, format_percent, format_value
from hdnd._core.i18n import LANGUAGES, N_, NC_, Language, translate, translate_in

__all__ = [
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
