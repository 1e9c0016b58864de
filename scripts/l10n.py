"""Extract hdnd's Vietnamese source strings and update the English catalog.

Usage: ``python scripts/l10n.py`` (``make l10n``). Existing translations are kept; new
strings are added untranslated (the l10n test then fails until they are translated) and
strings no longer in the source are dropped.
"""

from __future__ import annotations

from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po, write_po

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "src" / "hdnd"
CATALOG = PACKAGE / "locale" / "en" / "LC_MESSAGES" / "hdnd.po"
KEYWORDS = {"N_": None}


def extract() -> dict[str, list[str]]:
    """Every marked string in the package and where it occurs."""
    found: dict[str, list[str]] = {}
    for filename, lineno, message, _, _ in extract_from_dir(
        PACKAGE,
        method_map=[("**.py", "python")],
        keywords=KEYWORDS,
        comment_tags=(),
        # the default filter skips directories starting with "_" (src/hdnd/_core)
        directory_filter=lambda path: not Path(path).name.startswith("."),
    ):
        found.setdefault(str(message), []).append(f"src/hdnd/{filename}:{lineno}")
    return found


def main() -> None:
    """Rewrite the English catalog from the current source strings."""
    old: dict[str, str] = {}
    if CATALOG.exists():
        with CATALOG.open("rb") as handle:
            old = {str(m.id): str(m.string) for m in read_po(handle) if m.id}
    catalog = Catalog(locale="en", project="hdnd", language_team="hdnd developers")
    for message, places in sorted(extract().items()):
        locations = [(p.rsplit(":", 1)[0], int(p.rsplit(":", 1)[1])) for p in places]
        catalog.add(message, old.get(message, ""), locations=locations)
    CATALOG.parent.mkdir(parents=True, exist_ok=True)
    with CATALOG.open("wb") as handle:
        write_po(handle, catalog, width=100, sort_output=True, omit_header=False)
    missing = [m.id for m in catalog if m.id and not m.string]
    print(f"{len(catalog)} messages, {len(missing)} untranslated")


if __name__ == "__main__":
    main()
