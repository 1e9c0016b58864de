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

__all__ = ["Citation", "Confidence", "InstrumentKind", "weakest"]


class Confidence(LabelledEnum):
    """How well a rule is established (the tags of the project's legal fact sheet).

    ``verified`` rules were read in the text of the law; ``secondary`` ones in an official
    secondary source quoting it; ``unverified`` ones are the best-known value not yet found in
    any text. Checks built on an unverified rule report warnings, never errors.
    """

    VERIFIED = "verified"
    SECONDARY = "secondary"
    UNVERIFIED = "unverified"

    @property
    def rank(self) -> int:
        """2 for verified, 1 for secondary, 0 for unverified: higher is stronger."""
        return {Confidence.VERIFIED: 2, Confidence.SECONDARY: 1}.get(self, 0)


def weakest(*tags: Confidence) -> Confidence:
    """The weakest of *tags* (verified if none): a chain is as strong as its weakest link.

    >>> weakest(Confidence.VERIFIED, Confidence.SECONDARY).value
    'secondary'
    """
    return min(tags, key=lambda tag: tag.rank, default=Confidence.VERIFIED)


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
        value_confidence: How well the rule's content (a number, a list) is established;
            passed as ``confidence=``.
        article_confidence: How well the article, clause and point are established (an
            article number inferred from the layout of a text not read is unverified).
        number_confidence: How well the instrument's number and identity are established.

    :attr:`confidence` is the weakest of the three: a citation is only as strong as the
    weakest link on its path.

    >>> inferred = Citation(InstrumentKind.LAW, "77/2015/QH13", 53, 1, "a",
    ...                     article_confidence=Confidence.UNVERIFIED)
    >>> inferred.value_confidence.value, inferred.confidence.value
    ('verified', 'unverified')
    """

    kind: InstrumentKind
    number: str
    article: int
    clause: int | None = None
    point: str | None = None
    value_confidence: Confidence = attrs.field(default=Confidence.VERIFIED, alias="confidence")
    article_confidence: Confidence = attrs.field(default=Confidence.VERIFIED, kw_only=True)
    number_confidence: Confidence = attrs.field(default=Confidence.VERIFIED, kw_only=True)

    @property
    def confidence(self) -> Confidence:
        """How well the rule is established: the weakest of value, article and number."""
        return weakest(self.value_confidence, self.article_confidence, self.number_confidence)

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
