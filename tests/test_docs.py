"""The documentation site is complete: every finding code, nav page, module and public name."""

from __future__ import annotations

import ast
import enum
import importlib
import pkgutil
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml

import hdnd
from hdnd.validation import CODES, checks, registered_checks

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
REFERENCE = DOCS / "reference"
CHECKS = ROOT / "src" / "hdnd" / "validation" / "checks"


def _nav_pages(items: Any) -> list[str]:
    pages: list[str] = []
    for item in items:
        if isinstance(item, str):
            pages.append(item)
        elif isinstance(item, dict):
            for value in item.values():
                pages += [value] if isinstance(value, str) else _nav_pages(value)
    return pages


_CONFIG: dict[str, Any] = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
_NAV = _nav_pages(_CONFIG["nav"])


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _directives() -> set[str]:
    """The objects rendered by a ``::: name`` directive on some reference page."""
    found: set[str] = set()
    for page in REFERENCE.glob("*.md"):
        found |= set(re.findall(r"^::: ([\w.]+)[ \t]*$", _read(page), flags=re.MULTILINE))
    return found


def _public_modules() -> list[str]:
    names = [hdnd.__name__]
    for info in pkgutil.walk_packages(hdnd.__path__, prefix="hdnd."):
        if not any(part.startswith("_") for part in info.name.split(".")):
            names.append(info.name)
    return sorted(names)


# ---------------------------------------------------------------------------------------------
# Finding codes


def _findings_sections() -> dict[str, str]:
    text = _read(DOCS / "findings.md")
    parts = re.split(r"^## (.+)$", text, flags=re.MULTILINE)
    return dict(zip(parts[1::2], parts[2::2], strict=True))


def test_every_finding_code_has_one_heading_in_order() -> None:
    headings = re.findall(r"^## (.+)$", _read(DOCS / "findings.md"), flags=re.MULTILINE)
    codes = [h for h in headings if re.fullmatch(r"[a-z0-9-]+", h)]
    assert codes == sorted(CODES)
    # other sections ("Rules not checked, and why") come after every code
    assert headings[: len(codes)] == codes


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_finding_code_is_described(code: str) -> None:
    section = _findings_sections()[code]
    assert f"**Severity:** {CODES[code].severity.value}" in section
    assert "*How to fix:*" in section
    # a real example (run as a doctest) that shows the finding being reported
    assert re.search(rf"^\[\w+\] {re.escape(code)} — ", section, flags=re.MULTILINE), code


def catalogue_line(code: str) -> str:
    """The line of *code*'s section that gives its dates and the confidence of its rules."""
    if code == "rule-not-encoded":
        return (
            "**Checked:** by the checks that stand aside, on the days their law is not"
            " encoded. **Rules cited:** none (information)."
        )
    (spec,) = [spec for spec in checks() if code in spec.codes]
    dates = spec.describe_dates()
    if not CODES[code].legal:
        basis = "the consistency of the data, or the council's own rules"
        return f"**Checked:** {dates}. **Rules cited:** none ({basis})."
    confidence = ", ".join(c.value for c in spec.confidence)
    return f"**Checked:** {dates}. **Rules cited:** {confidence}."


@pytest.mark.parametrize("code", sorted(CODES))
def test_every_code_shows_its_dates_and_confidence(code: str) -> None:
    section = _findings_sections()[code]
    assert f"\n\n{catalogue_line(code)}\n" in section, code


def test_every_legal_check_declares_its_confidence_and_dates() -> None:
    for spec in checks():
        legal = [code for code in spec.codes if CODES[code].legal and code != "rule-not-encoded"]
        if legal:
            assert spec.confidence, spec.name
        if "rule-not-encoded" in spec.codes:
            assert spec.rests_on, f"{spec.name} stands aside but rests on no instrument"


def test_every_code_a_check_may_report_is_catalogued() -> None:
    checks = registered_checks()
    assert checks
    for name, codes in checks:
        assert set(codes) <= set(CODES), name
    assert {code for _, codes in checks for code in codes} == set(CODES)


def _check_functions() -> dict[str, tuple[set[str], set[str]]]:
    """Per check function in ``validation/checks``: the codes it declares and those it builds."""
    found: dict[str, tuple[set[str], set[str]]] = {}
    for path in sorted(CHECKS.glob("*.py")):
        for node in ast.walk(ast.parse(_read(path), filename=str(path))):
            if not isinstance(node, ast.FunctionDef):
                continue
            declared = {
                arg.value
                for decorator in node.decorator_list
                if isinstance(decorator, ast.Call)
                and isinstance(decorator.func, ast.Name)
                and decorator.func.id == "check"
                for arg in decorator.args
                if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            }
            built: set[str] = set()
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Attribute)
                    and call.func.attr == "stand_aside"
                ):
                    built.add("rule-not-encoded")
                if (
                    isinstance(call, ast.Call)
                    and isinstance(call.func, ast.Name)
                    and call.func.id == "Finding"
                ):
                    first = call.args[0] if call.args else None
                    literal = isinstance(first, ast.Constant) and isinstance(first.value, str)
                    assert literal, f"{path.name}:{call.lineno}: a finding code must be a literal"
                    assert isinstance(first, ast.Constant)
                    built.add(str(first.value))
            if declared or built:
                found[node.name] = (declared, built)
    return found


def test_every_code_a_check_builds_is_declared_and_catalogued() -> None:
    functions = _check_functions()
    assert set(functions) == {name for name, _ in registered_checks()}
    for name, (declared, built) in functions.items():
        assert built, f"{name} reports no finding"
        assert built <= declared, f"{name} reports {sorted(built - declared)} undeclared"
        assert built <= set(CODES), name


# ---------------------------------------------------------------------------------------------
# Navigation


def test_the_config_parses_without_python_tags() -> None:
    assert "!!python" not in _read(ROOT / "mkdocs.yml")
    assert _CONFIG["strict"] is True


@pytest.mark.parametrize("page", _NAV)
def test_nav_pages_exist(page: str) -> None:
    assert (DOCS / page).is_file()


def test_every_page_is_in_the_nav_once() -> None:
    pages = {p.relative_to(DOCS).as_posix() for p in DOCS.rglob("*.md")}
    assert sorted(_NAV) == sorted(pages)


# ---------------------------------------------------------------------------------------------
# API reference


@pytest.mark.parametrize("module", _public_modules())
def test_every_public_module_is_in_the_reference(module: str) -> None:
    assert module in _directives()


def _documented_by(name: str) -> list[str]:
    directives = _directives()
    if f"hdnd.{name}" in directives:
        return [f"hdnd.{name}"]
    found = []
    for module_name in sorted(directives - {"hdnd"}):
        try:
            module = importlib.import_module(module_name)
        except ImportError:
            continue  # a directive on a class or function, not a module
        if name in getattr(module, "__all__", ()):
            found.append(module_name)
    return found


@pytest.mark.parametrize("name", sorted(set(hdnd.__all__) - {"__version__"}))
def test_every_public_name_is_in_the_reference(name: str) -> None:
    assert _documented_by(name), f"no reference page renders hdnd.{name}"
    assert f"`{name}`" in _read(REFERENCE / "hdnd.md"), f"hdnd.{name} is not on the top page"


def test_the_top_page_lists_only_public_names() -> None:
    listed = set(re.findall(r"\[`(\w+)`\]\[", _read(REFERENCE / "hdnd.md")))
    assert listed == set(hdnd.__all__) - {"__version__"}


# ---------------------------------------------------------------------------------------------
# Glossary


def _namespace() -> dict[str, Any]:
    names: dict[str, Any] = {}
    for module_name in _public_modules():
        if module_name.startswith("hdnd.cli.main"):
            continue
        module: ModuleType = importlib.import_module(module_name)
        names.update({n: getattr(module, n) for n in getattr(module, "__all__", ())})
    return names


def _resolve(identifier: str, namespace: dict[str, Any]) -> Any:
    if identifier.startswith("hdnd."):
        return importlib.import_module(identifier)
    head, *rest = identifier.split(".")
    obj = namespace[head]
    for part in rest:
        fields = getattr(obj, "model_fields", {})
        obj = fields[part] if part in fields else getattr(obj, part)
    return obj


def _glossary_rows() -> list[tuple[str, list[str]]]:
    rows = []
    for line in _read(DOCS / "glossary.md").splitlines():
        cells = [cell.strip() for cell in line.strip().strip("|").split("|")]
        if len(cells) == 4 and cells[0] not in ("Vietnamese", "---"):
            rows.append((cells[0], re.findall(r"`([\w.]+)`", cells[2])))
    return rows


def test_the_glossary_names_what_hdnd_has() -> None:
    namespace = _namespace()
    rows = _glossary_rows()
    assert len(rows) > 40
    for vietnamese, identifiers in rows:
        for identifier in identifiers:
            obj = _resolve(identifier, namespace)
            if isinstance(obj, enum.Enum) and hasattr(obj, "label"):
                label = obj.label("vi")
                assert label.casefold() in vietnamese.casefold(), (identifier, label)


# ---------------------------------------------------------------------------------------------
# Examples


@pytest.mark.parametrize("script", sorted((ROOT / "examples").glob("*.py")), ids=lambda p: p.name)
def test_every_example_is_shown_with_its_output(script: Path) -> None:
    text = _read(DOCS / "examples.md")
    assert f'--8<-- "examples/{script.name}"' in text
    assert f'--8<-- "examples/{script.stem}.out"' in text
    assert script.with_suffix(".out").is_file()
