"""Old module paths of the layout move still import, as the new modules, with a warning."""

from __future__ import annotations

import importlib
import importlib.util
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

import hdnd
from hdnd._core import compat

SRC = Path(hdnd.__file__).resolve().parent


def _fresh_import(old: str) -> object:
    sys.modules.pop(old, None)
    with pytest.warns(DeprecationWarning, match=rf"^{old} has moved to {compat.MOVED[old]};"):
        return importlib.import_module(old)


@pytest.mark.parametrize("old", sorted(compat.MOVED))
def test_an_old_name_is_the_new_module(old: str) -> None:
    module = _fresh_import(old)
    assert module is importlib.import_module(compat.MOVED[old])


@pytest.mark.parametrize("old", sorted(compat.MOVED))
def test_an_old_name_is_no_longer_a_file(old: str) -> None:
    # were it still on disk, the real finder would load the stale file before the alias
    relative = Path(*old.split(".")[1:])
    assert not (SRC / relative).with_suffix(".py").exists()
    assert not (SRC / relative).is_dir()


def test_every_new_name_exists() -> None:
    missing = [new for new in compat.MOVED.values() if importlib.util.find_spec(new) is None]
    assert missing == []


def test_an_unknown_name_is_still_an_import_error() -> None:
    with pytest.raises(ModuleNotFoundError):
        importlib.import_module("hdnd.no_such_module")


def test_from_import_of_an_old_module_in_a_fresh_interpreter() -> None:
    code = (
        "import warnings\n"
        "warnings.simplefilter('error')\n"
        "try:\n"
        "    from hdnd.levels import Level\n"
        "except DeprecationWarning as w:\n"
        "    print(w)\n"
        "warnings.simplefilter('ignore')\n"
        "from hdnd.law.lg2019 import LG2019\n"
        "import hdnd.law.local_government.lg2019 as new\n"
        "print(LG2019 is new.LG2019)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    ).stdout.splitlines()
    assert out == ["hdnd.levels has moved to hdnd.law.levels; import it from there", "True"]


def test_install_is_idempotent() -> None:
    before = len(sys.meta_path)
    compat.install()
    assert len(sys.meta_path) == before


@pytest.mark.parametrize(
    ("package", "name", "module"),
    [
        ("hdnd.law.elections", "ElectionLaw", "hdnd.law.elections.base"),
        ("hdnd.law.confidence", "ConfidenceVoteRules", "hdnd.law.confidence.base"),
    ],
)
def test_a_module_that_became_a_package_keeps_its_names(
    package: str, name: str, module: str
) -> None:
    with pytest.warns(DeprecationWarning, match=rf"{package}\.{name} has moved to {module}"):
        value = getattr(importlib.import_module(package), name)
    assert value is getattr(importlib.import_module(module), name)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(AttributeError, match="has no attribute 'nothing_here'"):
            getattr(importlib.import_module(package), "nothing_here")  # noqa: B009
