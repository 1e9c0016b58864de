"""Example datasets shipped with hdnd, built from published sources.

* ``can-tho`` — Cần Thơ city: citizen reception, petitions and voter contact in 2014 (the
  annual report of the office of the NA delegation and People's Council) and the training of
  district and commune delegates under the 2012–2015 programme (Báo Cần Thơ, 21 June 2016).
  Every figure cites its source; only published totals are recorded.
* ``can-tho-register`` — SYNTHETIC: an invented register of 2014 (reception sessions,
  105 visits, 191 petitions with their handling steps; 56 voter meetings and a few voter
  petitions; no personal names) whose counts agree exactly with the published reception and
  voter-contact figures of ``can-tho``, which it carries with their source; written by
  ``scripts/make_register_example.py`` for :func:`hdnd.petition_register` and
  :func:`hdnd.voter_contact_summary`.
* ``synthetic-council`` — an invented provincial council (clearly labelled synthetic), for the
  council overview.

```pycon
>>> sorted(EXAMPLES)
['can-tho', 'can-tho-register', 'synthetic-council']
>>> load_example("can-tho").figures[0].value
105

```
"""

from __future__ import annotations

from collections.abc import Mapping
from importlib import resources
from pathlib import Path
from types import MappingProxyType

from hdnd._core.errors import UnknownExampleError
from hdnd.dataset.dataset import Dataset
from hdnd.io.json import loads

__all__ = ["EXAMPLES", "example_path", "load_example"]

_EXAMPLES_TABLE = {
    "can-tho": "can-tho.json",
    "can-tho-register": "can-tho-register.json",
    "synthetic-council": "synthetic-council.json",
}
EXAMPLES: Mapping[str, str] = MappingProxyType(_EXAMPLES_TABLE)
"""Example names and their files under ``hdnd/data/examples``."""


def example_path(name: str) -> str:
    """The file path of example *name* (for ``hdnd validate`` and friends)."""
    if name not in EXAMPLES:
        msg = f"no example {name!r}; choose one of {', '.join(sorted(EXAMPLES))}"
        raise UnknownExampleError(msg)
    return str(resources.files("hdnd") / "data" / "examples" / EXAMPLES[name])


def load_example(name: str) -> Dataset:
    """Load example dataset *name*.

    Raises:
        UnknownExampleError: No example has that name (a :class:`KeyError`).
    """
    return loads(Path(example_path(name)).read_bytes())
