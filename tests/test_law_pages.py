"""The generated law pages and the golden snapshot are up to date with the code."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType

import pytest

from hdnd.law import INSTRUMENTS

ROOT = Path(__file__).resolve().parent.parent


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("law_pages", ROOT / "scripts" / "law_pages.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


_GENERATED: dict[Path, str] = _script().generate()


@pytest.mark.parametrize("path", sorted(_GENERATED), ids=lambda p: p.name)
def test_the_committed_file_is_up_to_date(path: Path) -> None:
    assert path.exists(), f"{path} is missing: run `make law`"
    assert path.read_text(encoding="utf-8") == _GENERATED[path], f"run `make law` ({path.name})"


def test_every_instrument_has_a_page_and_a_snapshot() -> None:
    snapshot = json.loads(_GENERATED[ROOT / "tests" / "law" / "snapshot.json"])
    assert set(snapshot) == {cls.key for cls in INSTRUMENTS}
    for cls in INSTRUMENTS:
        assert ROOT / "docs" / "law" / f"{cls.key}.md" in _GENERATED


def test_no_stale_pages() -> None:
    committed = set((ROOT / "docs" / "law").glob("*.md"))
    assert committed == {p for p in _GENERATED if p.suffix == ".md"}


def test_the_law_pages_are_in_the_navigation() -> None:
    nav = _GENERATED[ROOT / "mkdocs.yml"]
    for cls in INSTRUMENTS:
        assert f"law/{cls.key}.md" in nav
