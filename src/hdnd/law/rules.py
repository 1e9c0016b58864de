"""Rules as data: every cited parameter of an instrument, for docs, the CLI and snapshots.

An instrument's rules are its class attributes that carry a citation: seat formulas,
thresholds, deadlines and :class:`Fact` values (a number of sessions, a list of committees).
:func:`rules_of` collects them, inherited ones included, so that an amendment shows what it
changed and what it kept; :func:`snapshot` turns them into plain JSON-ready data.

```pycon
>>> from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
>>> rules = rules_of(LocalGovernmentLaw2025)
>>> rules["PROVINCE_SEATS"].citation.render("en")
'Law 72/2025/QH15, Art. 30(1)(a)'

```
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Protocol, runtime_checkable

import attrs

from hdnd._core.i18n import Language, translate
from hdnd.law.citation import Citation

__all__ = ["CitedRule", "Fact", "rules_of", "snapshot"]


@runtime_checkable
class CitedRule(Protocol):
    """A rule with its citation that can describe its parameters as plain data."""

    @property
    def citation(self) -> Citation:
        """Where the rule is written."""
        ...

    def snapshot(self) -> dict[str, Any]:
        """The rule's parameters as JSON-ready data."""
        ...


def _json_ready(value: object) -> object:
    if isinstance(value, tuple | list | frozenset | set):
        items = [_json_ready(v) for v in value]
        return sorted(items, key=str) if isinstance(value, frozenset | set) else items
    if isinstance(value, Mapping):
        return {str(k): _json_ready(v) for k, v in value.items()}
    if hasattr(value, "value") and isinstance(value.value, str):  # an enum member
        return value.value
    return value


@attrs.frozen
class Fact:
    """A cited value that is neither a number of seats, a threshold nor a deadline.

    Attributes:
        value: The value: a number, a code, or a tuple of codes.
        citation: Where it is written.
        label: What it is, in Vietnamese (translated on demand).
    """

    value: Any
    citation: Citation
    label: str = ""

    def describe(self, language: Language = "vi") -> str:
        """The label in *language*."""
        return translate(self.label, language)

    def snapshot(self) -> dict[str, Any]:
        """The value and its citation as plain data."""
        return {
            "value": _json_ready(self.value),
            "citation": self.citation.render("en"),
            "confidence": self.citation.confidence.value,
        }


def rules_of(instrument: type) -> dict[str, CitedRule]:
    """Every cited rule of an instrument class, inherited ones included, by attribute name."""
    found: dict[str, CitedRule] = {}
    for cls in reversed(instrument.__mro__):
        for name, value in vars(cls).items():
            if name.isupper() and isinstance(value, CitedRule):
                found[name] = value
    return found


def snapshot(instrument: type) -> dict[str, dict[str, Any]]:
    """The parameters of every rule of *instrument*, sorted by name (for golden files)."""
    return {name: rule.snapshot() for name, rule in sorted(rules_of(instrument).items())}
