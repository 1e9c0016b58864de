"""Shares of people a rule requires or aims at: "at least 35% of the candidates are women".

A :class:`Share` is the cited rule behind a composition target: an exact fraction of a body
of people (the official candidate lists, the delegates elected) that one category of them
must reach (``bảo đảm có ít nhất``) or that the authorities strive for (``phấn đấu``). It is
not a :class:`~hdnd.law.thresholds.Threshold`: nothing is voted, and its base is a list of
people rather than a count of delegates or ballots.

```pycon
>>> from fractions import Fraction
>>> from hdnd.law.citation import Citation, InstrumentKind
>>> women = Share(Fraction(35, 100), Citation(InstrumentKind.LAW, "85/2015/QH13", 9))
>>> women.fraction, women.percent
(Fraction(7, 20), Fraction(35, 1))
>>> women.reached(Fraction(1, 3)), women.reached(Fraction(35, 100))
(False, True)
>>> women.snapshot()["fraction"]
'7/20'
>>> women.describe("en")
'at least 35%'

```
"""

from __future__ import annotations

from fractions import Fraction
from typing import Any

import attrs

from hdnd._core.i18n import N_, Language, translate
from hdnd.law.citation import Citation

__all__ = ["Share"]


def _check_fraction(_: object, __: attrs.Attribute[Fraction], value: Fraction) -> None:
    if not isinstance(value, Fraction) or not 0 <= value <= 1:
        msg = f"a share is an exact Fraction between 0 and 1, not {value!r}"
        raise ValueError(msg)


@attrs.frozen
class Share:
    """A share of a body of people that one category of them must reach or is aimed at.

    Attributes:
        fraction: The share, as an exact :class:`~fractions.Fraction` (never a float).
        citation: Where the rule is written.
        label: What is counted, in Vietnamese (translated on demand).
        aim: ``True`` for an aim the authorities strive for (``phấn đấu``), ``False`` for an
            obligation (``bảo đảm``).
        about: ``True`` for an approximate share (``khoảng``), ``False`` for a floor (``ít
            nhất``, ``không dưới``). Either way a share is reached when it is at least
            :attr:`fraction`.
    """

    fraction: Fraction = attrs.field(validator=_check_fraction)
    citation: Citation
    label: str = ""
    aim: bool = attrs.field(default=False, kw_only=True)
    about: bool = attrs.field(default=False, kw_only=True)

    @property
    def percent(self) -> Fraction:
        """The share as a percentage, exactly (``Fraction(35, 1)`` for 35%)."""
        return self.fraction * 100

    def reached(self, share: Fraction) -> bool:
        """Whether an observed *share* (an exact fraction) reaches this one."""
        return share >= self.fraction

    def describe(self, language: Language = "vi") -> str:
        """The rule in words: ``Phụ nữ ...: ít nhất 35%``, ``... khoảng 30% (phấn đấu)``."""
        template = N_("khoảng {percent}%") if self.about else N_("ít nhất {percent}%")
        text = translate(template, language, percent=str(self.percent))
        if self.aim:
            text = translate(N_("{share} (phấn đấu)"), language, share=text)
        if self.label:
            text = f"{translate(self.label, language)}: {text}"
        return text

    def snapshot(self) -> dict[str, Any]:
        """The share, its kind and its citation as plain data (for the snapshot and the docs)."""
        return {
            "fraction": f"{self.fraction.numerator}/{self.fraction.denominator}",
            "percent": str(self.percent),
            "aim": self.aim,
            "about": self.about,
            "citation": self.citation.render("en"),
            "confidence": self.citation.confidence.value,
        }
