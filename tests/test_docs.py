"""The documentation site is complete: every finding code, nav page and public name."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

import hdnd
from hdnd.validation import CODES, registered_checks

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"


def _nav_pages(items: Any) -> list[str]:
    pages: list[str] = []
    for item in items:
        if isinstance(item, str):
            pages.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                pages += [value] if isinstance(value, str) else _nav_pages(value)
    return pages


_NAV = _nav_pages(yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))["nav"])


def test_every_finding_code_has_one_heading_in_order() -> None:
    text = (DOCS / "findings.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", text, flags=re.MULTILINE)
    assert headings == sorted(CODES)


def test_every_code_a_check_may_report_is_catalogued() -> None:
    checks = registered_checks()
    assert checks
    for name, codes in checks:
        assert set(codes) <= set(CODES), name
    assert {code for _, codes in checks for code in codes} == set(CODES)


@pytest.mark.parametrize("page", _NAV)
def test_nav_pages_exist(page: str) -> None:
    assert (DOCS / page).is_file()


def test_every_page_is_in_the_nav() -> None:
    pages = {str(p.relative_to(DOCS)) for p in DOCS.rglob("*.md")}
    assert pages == set(_NAV)


def test_the_public_api_is_in_the_reference() -> None:
    reference = (DOCS / "reference" / "hdnd.md").read_text(encoding="utf-8")
    assert "::: hdnd\n" in reference
    documented = "".join(p.read_text(encoding="utf-8") for p in (DOCS / "reference").glob("*.md"))
    for module in ("hdnd.law", "hdnd.validation", "hdnd.reports", "hdnd.io", "hdnd.calendar"):
        assert f"::: {module}\n" in documented
    assert hdnd.__all__


@pytest.mark.parametrize("script", sorted((ROOT / "examples").glob("*.py")), ids=lambda p: p.name)
def test_every_example_is_shown(script: Path) -> None:
    text = (DOCS / "examples.md").read_text(encoding="utf-8")
    assert f'--8<-- "examples/{script.name}"' in text
    assert f'--8<-- "examples/{script.stem}.out"' in text
