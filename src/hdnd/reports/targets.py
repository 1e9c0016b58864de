"""Targets of a term for the composition of councils, and how far a council reaches them."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import Literal

import attrs

from hdnd._core.errors import NotEncodedError
from hdnd._core.i18n import N_, Language, Msg
from hdnd.councils.council import Council
from hdnd.councils.terms import NATIONAL_TERMS
from hdnd.dataset.dataset import Dataset
from hdnd.elections.election import ElectionKind
from hdnd.law.citation import Citation, Confidence, weakest
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.elections.nq107_2025 import CandidateStructureResolution2025
from hdnd.law.framework import framework_for_term
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.shares import Share
from hdnd.reports.base import shares
from hdnd.reports.profiles import _GROUPS, Profile

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
        source: Where the target is written: a citation, or the instrument (shown by its
            name, as in ``Nghị quyết 107/2025/UBTVQH15``), or a text.
        confidence: How well the target is established.
    """

    group: str = attrs.field()
    category: str
    share: Fraction
    label: str
    basis: Literal["delegates", "candidates"] = "delegates"
    source: Citation | type[Instrument] | str | None = None
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


def _stated(rule: Share) -> Confidence:
    # A target names the resolution, not its article: the article's confidence is not part
    # of what the report states (the value and the instrument's number are).
    citation = rule.citation
    return weakest(citation.value_confidence, citation.number_confidence)


def _aim(guidance: type[Instrument], rule: Share, group: str, category: str, label: str) -> Target:
    """A target of the delegates serving, from an aim of *guidance*, sourced by its name."""
    return Target(group, category, rule.fraction, label, source=guidance, confidence=_stated(rule))


def _targets_of(guidance: type[CandidateStructureResolution2025]) -> tuple[Target, ...]:
    """The targets of the term *guidance* guides: its aims, and the election law's share."""
    law = framework_for_term(NATIONAL_TERMS[guidance.term]).instrument(Domain.ELECTIONS)
    if not isinstance(law, ElectionLaw):  # pragma: no cover - the term's elections are encoded
        msg = f"no encoded election law for the term {guidance.term}"
        raise NotEncodedError(msg)
    listed = law.WOMEN_ON_CANDIDATE_LISTS
    return (
        Target(
            "gender",
            "female",
            listed.fraction,
            N_("Nữ trong danh sách chính thức người ứng cử (ít nhất 35%)"),
            basis="candidates",
            source=listed.citation,
            confidence=listed.citation.confidence,
        ),
        _aim(
            guidance,
            guidance.WOMEN_ELECTED,
            "gender",
            "female",
            N_("Nữ trúng cử (phấn đấu khoảng 30%)"),
        ),
        _aim(
            guidance,
            guidance.OUTSIDE_PARTY,
            "party",
            "non-member",
            N_("Người ngoài Đảng (không dưới 10%)"),
        ),
        _aim(
            guidance,
            guidance.UNDER_40,
            "age",
            "under-40",
            N_("Người dưới 40 tuổi (không dưới 15%)"),
        ),
        _aim(
            guidance,
            guidance.RE_ELECTED,
            "re-elected",
            "re-elected",
            N_("Đại biểu tái cử (không dưới 30%)"),
        ),
    )


_GUIDANCE = CandidateStructureResolution2025
_DEFAULT_TARGETS_TABLE = {_GUIDANCE.term: _targets_of(_GUIDANCE)}
DEFAULT_TARGETS: Mapping[str, tuple[Target, ...]] = MappingProxyType(_DEFAULT_TARGETS_TABLE)
"""Targets by term id, read from :mod:`hdnd.law`. For 2026–2031: at least 35% women on
every council's official candidate list (Law 85/2015/QH13 Art. 9 as amended by Law
83/2025/QH15, verified: :attr:`~hdnd.law.elections.base.ElectionLaw.WOMEN_ON_CANDIDATE_LISTS`
of the law the term was elected under), and the aims of Resolution 107/2025/UBTVQH15 as
official sources summarise it (secondary: :mod:`hdnd.law.elections.nq107_2025`): about 30%
women elected, at least 10% outside the Party, 15% under 40 and 30% re-elected. Earlier
terms have no default: pass your own :class:`Target` values. The labels repeat the shares
in words; the shares themselves are the law's."""


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

    source: Citation | type[Instrument] | str | None
    confidence: Confidence

    def localize(self, language: Language) -> str:
        if isinstance(self.source, Citation):
            text = self.source.render(language)
        elif isinstance(self.source, type):
            text = self.source.name(language)
        elif isinstance(self.source, Msg):
            text = self.source.localize(language)
        else:
            text = self.source or ""
        if self.confidence is Confidence.VERIFIED:
            return text
        return f"{text} ({self.confidence.label(language)})".strip()


def _source_text(target: Target) -> _Source:
    return _Source(target.source, target.confidence)
