"""Citations: which instrument, article, clause and point a rule comes from, and how sure we are.

```pycon
>>> c = Citation(InstrumentKind.LAW, "72/2025/QH15", article=30, clause=1, point="a")
>>> c.render("vi")
'Luật 72/2025/QH15, Điều 30, khoản 1, điểm a'
>>> c.render("en")
'Law 72/2025/QH15, Art. 30(1)(a)'
>>> c.confidence.label("en")
'verified'

```
"""

from __future__ import annotations

import attrs

from hdnd._core.i18n import Language, translate
from hdnd._core.labels import N_, LabelledEnum, register_labels

__all__ = ["Citation", "Confidence", "InstrumentKind"]


class Confidence(LabelledEnum):
    """How well a rule is established (the tags of the project's legal fact sheet).

    ``verified`` rules were read in the text of the law; ``secondary`` ones in an official
    secondary source quoting it; ``unverified`` ones are the best-known value not yet found in
    any text. Checks built on an unverified rule report warnings, never errors.
    """

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"


class InstrumentKind(LabelledEnum):
    """The kind of a legal instrument, as its name begins in Vietnamese."""

    CODE = "code"
    LAW = "law"
    RESOLUTION = "resolution"
    JOINT_RESOLUTION = "joint-resolution"
    DECREE = "decree"
    CIRCULAR = "circular"


register_labels(
    Confidence,
    {
        Confidence.VERIFIED: N_("đã kiểm chứng"),
        Confidence.SECONDARY: N_("theo nguồn thứ cấp"),
        Confidence.UNVERIFIED: N_("chưa kiểm chứng"),
    },
)
register_labels(
    InstrumentKind,
    {
        InstrumentKind.CODE: N_("Bộ luật"),
        InstrumentKind.LAW: N_("Luật"),
        InstrumentKind.RESOLUTION: N_("Nghị quyết"),
        InstrumentKind.JOINT_RESOLUTION: N_("Nghị quyết liên tịch"),
        InstrumentKind.DECREE: N_("Nghị định"),
        InstrumentKind.CIRCULAR: N_("Thông tư"),
    },
)


@attrs.frozen
class Citation:
    """Where a rule is written: instrument, article (Điều), clause (khoản), point (điểm).

    Attributes:
        kind: The kind of instrument (law, resolution, ...).
        number: Its number and symbol, e.g. ``72/2025/QH15``.
        article: The article number.
        clause: The clause within the article, if the rule is that precise.
        point: The point within the clause (``a``, ``b``, ``đ`` ...).
        confidence: How well the rule is established (see :class:`Confidence`).
    """

    kind: InstrumentKind
    number: str
    article: int
    clause: int | None = None
    point: str | None = None
    confidence: Confidence = Confidence.VERIFIED

    def render(self, language: Language = "vi") -> str:
        """The citation as a reader writes it in *language*."""
        name = f"{self.kind.label(language)} {self.number}"
        if language == "en":
            tail = "".join(f"({part})" for part in (self.clause, self.point) if part is not None)
            return f"{name}, Art. {self.article}{tail}"
        parts = [name, translate(N_("Điều {n}"), language, n=self.article)]
        if self.clause is not None:
            parts.append(translate(N_("khoản {n}"), language, n=self.clause))
        if self.point is not None:
            parts.append(translate(N_("điểm {p}"), language, p=self.point))
        return ", ".join(parts)

    def localize(self, language: Language) -> str:
        """Same as :meth:`render`."""
        return self.render(language)

    def __str__(self) -> str:
        return self.render("vi")
