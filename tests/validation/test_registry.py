"""The registry is a leaf: checks import it, the engine imports it and the checks."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

VALIDATION = Path(__file__).resolve().parents[2] / "src" / "hdnd" / "validation"


def _imports(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{alias.name}" for alias in node.names}
        elif isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
    return found


def _forbidden(imports: set[str], *prefixes: str) -> list[str]:
    return sorted(i for i in imports if any(i == p or i.startswith(p + ".") for p in prefixes))


def test_the_registry_imports_neither_the_engine_nor_the_checks() -> None:
    imports = _imports(VALIDATION / "registry.py")
    assert "hdnd.validation.catalogue" in imports  # the test reads real imports
    assert _forbidden(imports, "hdnd.validation.engine", "hdnd.validation.checks") == []


@pytest.mark.parametrize("path", sorted((VALIDATION / "checks").glob("*.py")), ids=lambda p: p.name)
def test_checks_import_the_registry_not_the_engine(path: Path) -> None:
    imports = _imports(path)
    assert _forbidden(imports, "hdnd.validation.engine") == []
    if path.name != "__init__.py":
        assert "hdnd.validation.registry" in imports


def test_the_engine_imports_the_registry_and_the_checks() -> None:
    imports = _imports(VALIDATION / "engine.py")
    assert "hdnd.validation.registry" in imports
    assert "hdnd.validation.checks" in imports
