"""No legal number outside ``hdnd.law``: every threshold, time limit and count lives there.

An AST scan of ``src/hdnd/**/*.py`` outside ``law/`` fails on a numeric literal that could be
a legal number: any int or float other than 0, 1, -1 and 2, any ``Fraction`` built from
literals (``Fraction(1, 2)`` included) and any literal day count (``timedelta(days=N)``, N
above 1). Calendar dates (``date(2026, 3, 15)``) are not scanned: they are days, not rules.
A number that is not legal is listed in :data:`ALLOWED` with the reason it is not; a legal
number that has not moved yet is listed in :data:`NOT_YET_MOVED`, which should only shrink.
A new legal number fails the test: declare it on its instrument and read it from there.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "hdnd"

_SYNTHETIC = (
    "sizes, seeds and random draws of synthetic data; the rules it satisfies are read from hdnd.law"
)

ALLOWED: dict[tuple[str, object], str] = {
    ("petitions/columns.py", 8): "bits in a byte: the largest count a 64-bit column holds",
    ("_core/errors.py", 20): "how many problems an error message lists",
    ("_core/errors.py", 79): "longest value shown in an error message",
    ("_core/errors.py", 80): "longest value shown in an error message",
    ("_core/formatting.py", 4): "extra decimal places kept before rounding a share",
    ("_core/formatting.py", 6): "decimal places of a converted fraction",
    ("_core/roman.py", "*"): "Roman numeral values (khóa numbers)",
    ("_core/text.py", 3): "Unicode normalisation: code-point widths",
    ("_core/text.py", 4): "Unicode normalisation: code-point widths",
    ("_core/text.py", 5): "Unicode normalisation: code-point widths",
    ("_core/types.py", 200): "longest accepted identifier",
    ("calendar/workdays.py", 12): "months in a year (Civil Code periods in years)",
    ("cli/law.py", 5): "column widths of the law command's tables",
    ("cli/common.py", 10): "decimal base of a number typed on the command line",
    ("councils/council.py", 100): "percent scale of a share given as a percentage",
    ("councils/terms.py", 4): "digits of a year in a term id (2021-2026)",
    ("councils/terms.py", 100): "sanity bound on a convocation number",
    ("documents/spelling.py", "*"): "year range and code points of the symbol parser",
    ("figures/reported.py", 100): "percent scale",
    ("reports/figures.py", 100): "percent scale",
    ("reports/petition_trends.py", 3): "months in a quarter (calendar grouping of rows)",
    ("reports/petition_trends.py", 12): "months in a year (calendar grouping of rows)",
    ("reports/plots.py", 100): "percent scale",
    ("reports/plots.py", 0.5): "bar transparency of the plot",
    ("reports/plots.py", 5): "figure height of the trends plot (inches)",
    ("reports/plots.py", 9): "figure width of the trends plot (inches)",
    ("reports/plots.py", 16): "most row labels on the x axis of the trends plot",
    ("reports/profiles.py", 40): "age bands of the report (statistics, not law)",
    ("reports/profiles.py", 50): "age bands of the report (statistics, not law)",
    ("reports/profiles.py", 60): "age bands of the report (statistics, not law)",
    ("reports/elections.py", "*"): "figure sizes of the election plots",
    ("validation/checks/petitions.py", 3): "how far ahead 'due soon' looks (a reporting choice)",
    ("testing/synthetic/base.py", "*"): _SYNTHETIC,
    ("testing/synthetic/council.py", "*"): _SYNTHETIC,
    ("testing/synthetic/confidence.py", "*"): _SYNTHETIC,
    ("testing/synthetic/councils.py", "*"): _SYNTHETIC,
    ("testing/synthetic/elections.py", "*"): _SYNTHETIC,
    ("testing/synthetic/national.py", "*"): _SYNTHETIC,
    ("testing/synthetic/offices.py", "*"): _SYNTHETIC,
    ("testing/synthetic/petitions.py", "*"): _SYNTHETIC,
    ("testing/synthetic/reception.py", "*"): _SYNTHETIC,
    ("testing/synthetic/sessions.py", "*"): _SYNTHETIC,
    ("testing/synthetic/voter_contact.py", "*"): _SYNTHETIC,
    ("validation/checks/references.py", 3): "segments of a field path (attendance.*.delegate)",
}
"""(module under src/hdnd, value or ``"*"`` for every value) → why it is not a legal number."""

NOT_YET_MOVED: dict[tuple[str, object], str] = {}
"""Legal numbers still outside ``hdnd.law`` (debt): move each to its instrument, then delete."""


_PLUMBING = frozenset({"maxsize", "stacklevel"})
"""Keyword arguments whose numbers are never law (cache sizes, warning stack levels)."""


def _modules() -> list[Path]:
    return sorted(p for p in SRC.rglob("*.py") if p.relative_to(SRC).parts[0] != "law")


def _name(node: ast.expr) -> str:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return ""


def _number(node: ast.AST) -> int | float | None:
    if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.USub):
        inner = _number(node.operand)
        return None if inner is None else -inner
    if isinstance(node, ast.Constant) and isinstance(node.value, int | float):
        return None if isinstance(node.value, bool) else node.value
    return None


def legal_looking(source: str) -> list[tuple[int, object, str]]:
    """(line, value, why) of every literal in *source* that could be a legal number."""
    tree = ast.parse(source)
    dates: set[int] = set()
    found: list[tuple[int, object, str]] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        dates.update(id(k.value) for k in node.keywords if k.arg in _PLUMBING)
        if name == "date":
            dates.update(id(arg) for arg in node.args)
        elif name == "Fraction" and node.args and all(_number(a) is not None for a in node.args):
            found.append((node.lineno, tuple(_number(a) for a in node.args), "a ratio"))
        elif name == "timedelta":
            for keyword in node.keywords:
                days = _number(keyword.value)
                if days is not None and abs(days) > 1:
                    found.append((node.lineno, days, f"a count of {keyword.arg}"))
    for node in ast.walk(tree):
        if not isinstance(node, ast.Constant) or id(node) in dates:
            continue
        value = _number(node)
        if value is not None and value not in (0, 1, -1, 2):
            found.append((node.lineno, value, "a number"))
    return found


def _unexplained(path: Path) -> list[str]:
    module = path.relative_to(SRC).as_posix()
    listed = ALLOWED | NOT_YET_MOVED
    problems = []
    for line, value, why in legal_looking(path.read_text(encoding="utf-8")):
        if (module, "*") in listed or (module, value) in listed:
            continue
        problems.append(f"{module}:{line}: {value!r} ({why})")
    return problems


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_legal_number_outside_the_law_layer(path: Path) -> None:
    assert _unexplained(path) == [], "declare the rule on its instrument in hdnd.law"


def test_every_allowance_is_still_needed() -> None:
    used: set[tuple[str, object]] = set()
    for path in _modules():
        module = path.relative_to(SRC).as_posix()
        for _, value, _ in legal_looking(path.read_text(encoding="utf-8")):
            used.update({(module, value), (module, "*")})
    stale = sorted(str(key) for key in (ALLOWED | NOT_YET_MOVED).keys() - used)
    assert stale == []


@pytest.mark.parametrize(
    ("source", "flagged"),
    [
        ("x = 45", [45]),
        ("x = Fraction(2, 3)", [(2, 3), 3]),
        ("x = Fraction(1, 2)", [(1, 2)]),
        ("x = day + dt.timedelta(days=45)", [45, 45]),
        ("x = 0.35", [0.35]),
        ("x = day - timedelta(days=1)", []),
        ("x = dt.date(2026, 3, 15)", []),
        ("x = items[0] + items[-1] * 2", []),
        ('"""A docstring that says 45 days."""', []),
        ("@functools.lru_cache(maxsize=64)\ndef f(): pass", []),
    ],
)
def test_the_scan_finds_legal_looking_numbers(source: str, flagged: list[object]) -> None:
    assert sorted(map(str, (value for _, value, _ in legal_looking(source)))) == sorted(
        map(str, flagged)
    )
