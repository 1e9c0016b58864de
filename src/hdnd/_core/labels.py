"""Enumerations whose members carry a Vietnamese label, translated on demand.

```pycon
>>> from enum import StrEnum
>>> class Colour(LabelledEnum):
...     RED = "red"
>>> register_labels(Colour, {Colour.RED: N_("đỏ")})
>>> Colour.RED.label("vi")
'đỏ'
>>> Colour("red") is Colour.RED
True

```
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from typing import TypeVar

from hdnd._core.i18n import N_, Language, translate, translate_in

__all__ = ["N_", "LabelledEnum", "label_context", "register_labels"]

# Keyed by (enum class, value): StrEnum members hash and compare as their string value, so
# members of two enums sharing a value (Level.PROVINCE, UnitKind.PROVINCE) would collide.
_LABELS: dict[tuple[type[LabelledEnum], str], str] = {}
_CONTEXTS: dict[type[LabelledEnum], str] = {}
_E = TypeVar("_E", bound="LabelledEnum")


class LabelledEnum(StrEnum):
    """A string enumeration (value = stable kebab-case code) with a Vietnamese label.

    An enum whose labels need a translation context (a word with another meaning elsewhere)
    marks them with ``NC_(context, ...)`` and registers them with that *context*.
    """

    def label(self, language: Language = "vi") -> str:
        """Return the member's label in *language* (Vietnamese by default)."""
        label = _LABELS.get((type(self), self.value), self.value)
        context = label_context(type(self))
        if context is not None:
            return translate_in(context, label, language)
        return translate(label, language)

    def localize(self, language: Language) -> str:
        """Same as :meth:`label` (makes every labelled enum ``Localizable``)."""
        return self.label(language)


def label_context(enum: type[LabelledEnum]) -> str | None:
    """The translation context of *enum*'s labels, ``None`` for most enums."""
    return _CONTEXTS.get(enum)


def register_labels(
    enum: type[_E], labels: Mapping[_E, str], *, context: str | None = None
) -> None:
    """Attach Vietnamese labels to every member of *enum*; all members must be covered.

    *context* is the translation context the labels were marked with (``NC_(context, ...)``).
    """
    missing = [member.value for member in enum if member not in labels]
    if missing:
        msg = f"{enum.__name__}: no label for {', '.join(missing)}"
        raise ValueError(msg)
    for member, label in labels.items():
        _LABELS[type(member), member.value] = label
    if context is not None:
        _CONTEXTS[enum] = context
