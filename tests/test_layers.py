"""The architecture: layers never import upwards, no import cycle, no module too long."""

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
        "voter_contact",
        "confidence",
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


# --- no import cycle between modules ---------------------------------------------------------


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _module_level_imports(tree: ast.Module) -> list[ast.Import | ast.ImportFrom]:
    """The imports run when the module is imported: not in functions, not for type checking."""
    found: list[ast.Import | ast.ImportFrom] = []
    for node in tree.body:
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            continue
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If | ast.Try):
            found += [n for n in ast.walk(node) if isinstance(n, ast.Import | ast.ImportFrom)]
    return found


def import_graph() -> dict[str, set[str]]:
    """Each module of src/hdnd and the modules of src/hdnd it imports at module level.

    ``from hdnd.a import b`` counts as importing ``hdnd.a.b`` when that is a module, and
    ``hdnd.a`` too; a module's own parent packages (which Python imports first) are left out.
    """
    modules = {_module_name(p): p for p in _modules()}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        targets: set[str] = set()
        for node in _module_level_imports(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported = [alias.name for alias in node.names]
            elif node.module and node.level == 0:
                imported = [node.module, *(f"{node.module}.{a.name}" for a in node.names)]
            else:
                imported = []
            for dotted in imported:
                target = dotted
                while target and target not in modules:
                    target = target.rpartition(".")[0]
                if target and target != name and not name.startswith(f"{target}."):
                    targets.add(target)
        graph[name] = targets
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of *graph* with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        for target in sorted(graph.get(node, ())):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            component: list[str] = []
            while True:
                member = stack.pop()
                component.append(member)
                if member == node:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return found


def test_the_cycle_finder_finds_a_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]
    assert cycles({"a": {"b"}, "b": set()}) == []


def test_the_import_graph_sees_the_package() -> None:
    graph = import_graph()
    assert "hdnd.dataset.dataset" in graph["hdnd.io.json"]
    assert "hdnd.documents.symbol" in graph["hdnd.documents.resolutions"]
    assert "hdnd.law" not in graph["hdnd.law.framework"]  # its own package


def test_no_import_cycle() -> None:
    assert cycles(import_graph()) == []


# --- module size ---------------------------------------------------------------------------

MAX_LINES = 400

# Modules being split now; remove each from this list once it is under the limit.
TOO_LONG: frozenset[str] = frozenset()


def _lines(path: Path) -> int:
    return len(path.read_text(encoding="utf-8").splitlines())


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_no_module_is_over_the_limit(path: Path) -> None:
    name = path.relative_to(SRC).as_posix()
    if name not in TOO_LONG:
        assert _lines(path) <= MAX_LINES, f"{name}: split it (one concept per module)"


def test_the_allow_list_only_shrinks() -> None:
    # a module on the list that is short again must leave it
    short = sorted(n for n in TOO_LONG if not (SRC / n).exists() or _lines(SRC / n) <= MAX_LINES)
    assert short == []


# --- module tables are read-only, caches are bounded ------------------------------------------

# Module-level names that are meant to change: the registries that registration fills.
REGISTRIES = frozenset({"_CHECKS", "_LABELS", "_CONTEXTS", "registered"})


def _table_literals(path: Path) -> list[str]:
    """Module-level names bound to a dict, list or set literal that nothing makes read-only.

    A literal passed to ``MappingProxyType``, ``frozenset`` or ``tuple`` at module level is
    the private source of a read-only table, and passes.
    """
    mutable = (ast.Dict, ast.List, ast.Set, ast.DictComp, ast.ListComp, ast.SetComp)
    tree = ast.parse(path.read_text(encoding="utf-8"))
    frozen: set[str] = set()
    for statement in tree.body:
        for node in ast.walk(statement):
            if isinstance(node, ast.Call) and ast.unparse(node.func) in _FREEZERS:
                frozen |= {
                    n.id for arg in node.args for n in ast.walk(arg) if isinstance(n, ast.Name)
                }
    found = []
    for node in tree.body:
        target: ast.expr | None = None
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target, value = node.targets[0], node.value
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            target, value = node.target, node.value
        if isinstance(target, ast.Name) and isinstance(value, mutable):
            name = target.id
            if name != "__all__" and name not in REGISTRIES and name not in frozen:
                found.append(name)
    return found


_FREEZERS = frozenset({"MappingProxyType", "types.MappingProxyType", "frozenset", "tuple"})


def test_the_table_finder_sees_a_dict(tmp_path: Path) -> None:
    module = tmp_path / "m.py"
    text = "A = {1: 2}\nB: list[int] = []\nC = (1,)\n_X = {}\nX = MappingProxyType(_X)\n"
    module.write_text(text, encoding="utf-8")
    assert _table_literals(module) == ["A", "B"]


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_module_tables_are_read_only(path: Path) -> None:
    # A table callers could change is shared state: use a tuple, a frozenset, or a
    # MappingProxyType over a private literal.
    assert _table_literals(path) == []


@pytest.mark.parametrize("path", _modules(), ids=lambda p: str(p.relative_to(SRC)))
def test_caches_are_bounded(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    unbounded = [
        pattern
        for pattern in ("functools.cache\n", "@cache\n", "maxsize=None", "@functools.lru_cache\n")
        if pattern in text
    ]
    assert unbounded == []


# --- tests that can fail -------------------------------------------------------------------

TESTS = SRC.parent.parent / "tests"


def _tautologies(tree: ast.AST) -> list[str]:
    """Assertions that hold whatever the code under test does."""
    literal = (ast.Constant, ast.List, ast.Tuple, ast.Dict, ast.Set, ast.JoinedStr)
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Assert):
            continue
        test = node.test
        always = isinstance(test, literal)
        if isinstance(test, ast.BoolOp) and isinstance(test.op, ast.Or):
            always = any(isinstance(v, ast.Constant) and v.value for v in test.values)
        if isinstance(test, ast.Compare) and len(test.ops) == 1:
            left, right = test.left, test.comparators[0]
            same = ast.dump(left) == ast.dump(right)
            always = always or (same and isinstance(left, ast.Name | ast.Attribute | ast.Constant))
            always = always or all(isinstance(side, ast.Constant) for side in (left, right))
        if isinstance(test, ast.Call) and ast.unparse(test.func) == "isinstance":
            always = always or isinstance(test.args[0], literal)
        if always:
            found.append(f"line {node.lineno}: assert {ast.unparse(test)}")
    return found


def test_the_tautology_finder_finds_them() -> None:
    code = (
        "assert x or True\nassert 1\nassert a == a\nassert isinstance('', str)\nassert f() == f()\n"
    )
    assert _tautologies(ast.parse(code)) == [
        "line 1: assert x or True",
        "line 2: assert 1",
        "line 3: assert a == a",
        "line 4: assert isinstance('', str)",
    ]


@pytest.mark.parametrize(
    "path", sorted(TESTS.rglob("test_*.py")), ids=lambda p: str(p.relative_to(TESTS))
)
def test_no_assertion_holds_whatever_the_code_does(path: Path) -> None:
    assert _tautologies(ast.parse(path.read_text(encoding="utf-8"))) == []
