"""Extract hdnd's Vietnamese source strings and update the English catalog.

Usage: ``python scripts/l10n.py`` (``make l10n``). Existing translations are kept; new
strings are added untranslated (the l10n test then fails until they are translated) and
strings no longer in the source are dropped. ``--check`` changes nothing and exits with 1 when
a string has no English, listing it (what the l10n test enforces).

A comment starting ``# TRANSLATORS:`` on the line before a marked string (or the lines just
above) reaches the catalog as a note for the translator: use it where a string is ambiguous
("Thường trực" the body or the adjective, "Kỳ" a session or a period).
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "hdnd"
CATALOG = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "hdnd.po"
KEYWORDS: dict[str, Any] = {"N_": None, "NC_": ((1, "c"), 2)}
COMMENT_TAG = "TRANSLATORS:"


def key(context: str | None, message: str) -> str:
    """How a message is named in :func:`extract`: ``context`` EOT ``message`` if it has one."""
    return message if context is None else f"{context}\x04{message}"


def _extracted() -> list[tuple[str, int, str, list[str]]]:
    return [
        (filename, lineno, key(context, str(message)), list(comments))
        for filename, lineno, message, comments, context in extract_from_dir(
            PACKAGE,
            method_map=[("**.py", "python")],
            keywords=KEYWORDS,
            comment_tags=(COMMENT_TAG,),
            strip_comment_tags=True,
            # the default filter skips directories starting with "_" (src/hdnd/_core)
            directory_filter=lambda path: not Path(path).name.startswith("."),
        )
    ]


def extract() -> dict[str, list[str]]:
    """Every marked string in the package and where it occurs."""
    found: dict[str, list[str]] = {}
    for filename, lineno, message, _ in _extracted():
        found.setdefault(message, []).append(f"src/hdnd/{filename}:{lineno}")
    return found


def translator_comments() -> dict[str, list[str]]:
    """The ``# TRANSLATORS:`` notes of each marked string that has one."""
    found: dict[str, list[str]] = {}
    for _, _, message, comments in _extracted():
        for comment in comments:
            if comment not in found.setdefault(message, []):
                found[message].append(comment)
    return {message: notes for message, notes in found.items() if notes}


def untranslated() -> list[str]:
    """The marked strings with no English in the catalog."""
    english: dict[str, str] = {}
    if CATALOG.exists():
        with CATALOG.open("rb") as handle:
            english = {key(m.context, str(m.id)): str(m.string) for m in read_po(handle) if m.id}
    return sorted(message for message in extract() if not english.get(message))


def main() -> None:
    """Rewrite the English catalog from the current source strings."""
    old: dict[str, str] = {}
    if CATALOG.exists():
        with CATALOG.open("rb") as handle:
            old = {key(m.context, str(m.id)): str(m.string) for m in read_po(handle) if m.id}
    catalog = Catalog(locale="en", project="hdnd", language_team="hdnd developers")
    notes = translator_comments()
    for name, places in sorted(extract().items()):
        context, _, message = name.rpartition("\x04")
        locations = [(p.rsplit(":", 1)[0], int(p.rsplit(":", 1)[1])) for p in places]
        catalog.add(
            message,
            old.get(name, ""),
            locations=locations,
            auto_comments=notes.get(name, ()),
            context=context or None,
        )
    CATALOG.parent.mkdir(parents=True, exist_ok=True)
    with CATALOG.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True, omit_header=False)
    missing = [m.id for m in catalog if m.id and not m.string]
    print(f"{len(catalog)} messages, {len(missing)} untranslated")


def check() -> int:
    """Exit status 1, listing them, when some marked strings have no English."""
    missing = untranslated()
    for message in missing:
        print(f"untranslated: {message}")
    return 1 if missing else 0


if __name__ == "__main__":
    if sys.argv[1:] == ["--check"]:
        sys.exit(check())
    main()
