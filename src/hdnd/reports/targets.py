"""Targets of a term for the composition of councils, and how far a council reaches them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Literal

import attrs

from hdnd._core.i18n import N_, Language, Msg
from hdnd.councils.council import Council
from hdnd.dataset.dataset import Dataset
from hdnd.elections.election import ElectionKind
from hdnd.law.citation import Citation, Confidence
from hdnd.law.elections.base import cite_election_law
from hdnd.reports.base import shares
from hdnd.reports.profiles import _GROUPS, Profile

if TYPE_CHECKING:
    pass

__all__ = ["DEFAULT_TARGETS", "Target", "targets_for"]


@attrs.frozen
class Target:
    """A share of a category a term aims at, e.g. at least 35% women on the candidate lists.

    Attributes:
        group: The group of the category (``gender``, ``party``, ``age`` ...).
        category: The category whose share is counted (``female``, ``non-member`` ...).
        share: The share aimed at, as an exact fraction; reached when the share is at least it.
        label: What the target says, in Vietnamese (marked with ``N_``).
        basis: ``delegates`` (those serving on the day) or ``candidates`` (every candidate on
            the official lists of the council's general elections).
        source: Where the target is written: a citation, or the instrument's name.
        confidence: How well the target is established.
    """

    group: str = attrs.field()
    category: str
    share: Fraction
    label: str
    basis: Literal["delegates", "candidates"] = "delegates"
    source: Citation | str | None = None
    confidence: Confidence = Confidence.VERIFIED

    @group.validator
    def _known(self, _: attrs.Attribute[str], value: str) -> None:
        if value not in _GROUPS:
            msg = f"unknown group {value!r}: choose one of {sorted(_GROUPS)}"
            raise ValueError(msg)

    @property
    def code(self) -> str:
        """``candidates/gender/female``: the target's category code in reports."""
        return f"{self.basis}/{self.group}/{self.category}"


_NQ107 = N_("Nghị quyết 107/2025/UBTVQH15")

_DEFAULT_TARGETS_TABLE = {
    "2026-2031": (
        Target(
            "gender",
            "female",
            Fraction(35, 100),
            N_("Nữ trong danh sách chính thức người ứng cử (ít nhất 35%)"),
            basis="candidates",
            source=cite_election_law(9),
        ),
        Target(
            "gender",
            "female",
            Fraction(30, 100),
            N_("Nữ trúng cử (phấn đấu khoảng 30%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
        Target(
            "party",
            "non-member",
            Fraction(10, 100),
            N_("Người ngoài Đảng (không dưới 10%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
        Target(
            "age",
            "under-40",
            Fraction(15, 100),
            N_("Người dưới 40 tuổi (không dưới 15%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
        Target(
            "re-elected",
            "re-elected",
            Fraction(30, 100),
            N_("Đại biểu tái cử (không dưới 30%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
    ),
}
DEFAULT_TARGETS: Mapping[str, tuple[Target, ...]] = MappingProxyType(_DEFAULT_TARGETS_TABLE)
"""Targets by term id. For 2026–2031: at least 35% women on every council's official
candidate list (Law 85/2015/QH13 Art. 9 as amended by Law 83/2025/QH15, verified), and the
aims of Resolution 107/2025/UBTVQH15 as official sources summarise it (secondary): about 30%
women elected, at least 10% outside the Party, 15% under 40 and 30% re-elected. Earlier terms
have no default: pass your own :class:`Target` values."""


def targets_for(term: str) -> tuple[Target, ...]:
    """The default targets of the term *term* (none for terms hdnd has no targets of)."""
    return DEFAULT_TARGETS.get(term, ())


def _candidate_profiles(dataset: Dataset, council: Council) -> list[Profile]:
    index = dataset.index
    return [
        Profile.of_candidate(c, index.delegates.get(c.delegate or ""), election.day)
        for election in index.elections_of(council.id)
        if election.kind is ElectionKind.GENERAL
        for c in election.candidates
    ]


def _target_rows(
    targets: Iterable[Target], delegates: Sequence[Profile], candidates: Sequence[Profile]
) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for target in targets:
        people = candidates if target.basis == "candidates" else delegates
        group = _GROUPS[target.group]
        count = sum(group.classify(p)[0] == target.category for p in people)
        share = shares(count, len(people))
        met = None if share is None else share >= target.share
        source = _source_text(target)
        rows.append(
            ("targets", target.code, Msg(target.label), count, share, target.share, met, source)
        )
    return rows


@attrs.frozen
class _Source:
    """A target's source and confidence, rendered late: ``Luật ... (theo nguồn thứ cấp)``."""

    source: Citation | str | None
    confidence: Confidence

    def localize(self, language: Language) -> str:
        if isinstance(self.source, Citation):
            text = self.source.render(language)
        elif isinstance(self.source, Msg):
            text = self.source.localize(language)
        else:
            text = self.source or ""
        if self.confidence is Confidence.VERIFIED:
            return text
        return f"{text} ({self.confidence.label(language)})".strip()


def _source_text(target: Target) -> _Source:
    return _Source(target.source, target.confidence)
