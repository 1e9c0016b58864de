"""The layers of DESIGN.md: a lower layer never imports a higher one."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "hdnd"

# Lowest first. A module may import modules of its own layer or of layers below it.
LAYERS: tuple[tuple[str, ...], ...] = (
    ("_core", "errors", "i18n"),
    ("calendar",),
    ("law",),
    (
        "units",
        "councils",
        "delegates",
        "elections",
        "sessions",
        "documents",
        "figures",
        "petitions",
    ),
    ("dataset",),
    ("io",),
    ("validation",),
    ("reports",),
    ("examples", "testing"),
    ("cli", "__main__", "__init__"),
)
RANK = {name: rank for rank, names in enumerate(LAYERS) for name in names}


def _top(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "hdnd":
        return None
    return parts[1] if len(parts) > 1 else "__init__"


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py"))


def _own_top(path: Path) -> str:
    relative = path.relative_to(SRC)
    return relative.parts[0].removesuffix(".py")


def test_every_module_has_a_layer() -> None:
    missing = sorted({_own_top(p) for p in _modules()} - set(RANK))
    assert missing == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_upward_imports(path: Path) -> None:
    own = RANK[_own_top(path)]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    upward = []
    for node in ast.walk(tree):
        names: list[str] = []
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names = [node.module]
        for name in names:
            top = _top(name)
            if top is not None and top != "__init__" and RANK[top] > own:
                upward.append(name)
            if top == "__init__" and _own_top(path) not in ("cli", "__main__", "__init__"):
                upward.append(name)
    assert upward == [], f"{path.relative_to(SRC)} imports a higher layer: {upward}"
