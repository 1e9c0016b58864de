"""Old import paths keep working: each module the 2026 layout moved, mapped to its new home.

:func:`install` (run by ``import hdnd``) puts a finder on :data:`sys.meta_path` that answers an
old module name with its new module and a :class:`DeprecationWarning` naming the new path.
The table is the only place to record a move.

```pycon
>>> import sys, warnings
>>> _ = sys.modules.pop("hdnd.levels", None)  # as in a fresh interpreter
>>> with warnings.catch_warnings(record=True) as caught:
...     warnings.simplefilter("always")
...     import hdnd.levels
>>> import hdnd.law.levels
>>> hdnd.levels is hdnd.law.levels
True
>>> str(caught[0].message)
'hdnd.levels has moved to hdnd.law.levels; import it from there'

```
"""

from __future__ import annotations

import importlib
import importlib.abc
import importlib.machinery
import importlib.util
import sys
import warnings
from collections.abc import Callable, Mapping, Sequence
from types import MappingProxyType, ModuleType

__all__ = ["MOVED", "forward_attributes", "install"]

_LG, _EL, _CF, _PE = (
    "hdnd.law.local_government",
    "hdnd.law.elections",
    "hdnd.law.confidence",
    "hdnd.law.petitions",
)

MOVED: Mapping[str, str] = MappingProxyType(
    {
        "hdnd.cli_law": "hdnd.cli.law",
        "hdnd.cli_symbol": "hdnd.cli.symbol",
        "hdnd.levels": "hdnd.law.levels",
        "hdnd.meetings": "hdnd.sessions.meetings",
        "hdnd.mergers": "hdnd.councils.mergers",
        "hdnd.offices": "hdnd.councils.offices",
        "hdnd.reception": "hdnd.petitions.reception",
        "hdnd.resolutions": "hdnd.documents.resolutions",
        "hdnd.sources": "hdnd.figures.sources",
        "hdnd.terms": "hdnd.councils.terms",
        "hdnd.reports.reception": "hdnd.reports.petitions",
        "hdnd.validation.checks.mandates": "hdnd.validation.checks.delegates",
        "hdnd.law.amendments136_2025": f"{_PE}.amendments136_2025",
        "hdnd.law.complaints2011": f"{_PE}.complaints2011",
        "hdnd.law.denunciations2018": f"{_PE}.denunciations2018",
        "hdnd.law.petitions2021": f"{_PE}.petitions2021",
        "hdnd.law.reception2013": f"{_PE}.reception2013",
        "hdnd.law.elections2015": f"{_EL}.elections2015",
        "hdnd.law.elections2025": f"{_EL}.elections2025",
        "hdnd.law.lg2015": f"{_LG}.lg2015",
        "hdnd.law.lg2019": f"{_LG}.lg2019",
        "hdnd.law.lg2025": f"{_LG}.lg2025",
        "hdnd.law.lg2025_65": f"{_LG}.lg2025_65",
        "hdnd.law.organs": f"{_LG}.organs",
        "hdnd.law.seats": f"{_LG}.seats",
        "hdnd.law.structure": f"{_LG}.structure",
        "hdnd.law.nq85_2014": f"{_CF}.nq85_2014",
        "hdnd.law.nq96_2023": f"{_CF}.nq96_2023",
        "hdnd.law.supervision2015": "hdnd.law.supervision.supervision2015",
        "hdnd.law.supervision2025": "hdnd.law.supervision.supervision2025",
        "hdnd.law.voter_contact2025": "hdnd.law.voter_contact.voter_contact2025",
    }
)
"""Old module name → new module name."""


def _warn(old: str, new: str) -> None:
    msg = f"{old} has moved to {new}; import it from there"
    warnings.warn(msg, DeprecationWarning, stacklevel=3)


class _Alias(importlib.abc.Loader):
    """Loads an old name as the module at its new name (the same module object)."""

    def __init__(self, new: str) -> None:
        self.new = new

    def create_module(self, spec: importlib.machinery.ModuleSpec) -> ModuleType:
        return importlib.import_module(self.new)

    def exec_module(self, module: ModuleType) -> None:
        """Nothing to run: the new module is already imported."""


class _MovedFinder(importlib.abc.MetaPathFinder):
    """Finds the modules of :data:`MOVED` under their old names."""

    def find_spec(
        self,
        fullname: str,
        path: Sequence[str] | None,
        target: ModuleType | None = None,
    ) -> importlib.machinery.ModuleSpec | None:
        new = MOVED.get(fullname)
        if new is None:
            return None
        _warn(fullname, new)
        return importlib.util.spec_from_loader(fullname, _Alias(new))


def install() -> None:
    """Put the finder of old names on :data:`sys.meta_path` (once)."""
    if not any(isinstance(finder, _MovedFinder) for finder in sys.meta_path):
        sys.meta_path.append(_MovedFinder())


def forward_attributes(package: str, module: str) -> Callable[[str], object]:
    """A module ``__getattr__`` for *package*, a module that became a package of that name.

    A name the package does not have is looked up in *module* (where the old module's code
    now is), with a :class:`DeprecationWarning`; a name neither has is an ``AttributeError``.
    """

    def __getattr__(name: str) -> object:  # noqa: N807 - the module hook's own name
        if name.startswith("__"):
            raise AttributeError(name)
        target = importlib.import_module(module)
        if not hasattr(target, name):
            msg = f"module {package!r} has no attribute {name!r}"
            raise AttributeError(msg)
        _warn(f"{package}.{name}", f"{module}.{name}")
        return getattr(target, name)

    return __getattr__
