"""Luật Hoạt động giám sát 121/2025/QH15 (supervision), from 1 March 2026.

Passed on 10 December 2025, in force from 1 March 2026 (secondary sources; the text of the
law was not read). It replaces Law 87/2015/QH13 rather than amending it, keeps general rules
and leaves the detail to the National Assembly Standing Committee (Resolution
114/2025/UBTVQH15 for councils; not read).

Whether any time limit or majority of Law 87/2015/QH13 carried over is not known. hdnd keeps
every one of them as the best-known value, citing the 2015 article it comes from and marked
**unverified**, so checks built on them report warnings only. The class subclasses
:class:`~hdnd.law.supervision.supervision2015.SupervisionLaw2015` only to carry them over; it
restates
each of them with that mark, so none keeps the 2015 confidence.

Not encoded: a claim that Art. 40 sets 15 days (30 when complex) for explaining why
supervision conclusions were not carried out. It comes from an application's notes, not
from the law (secondary, weak), and stays out until the text is read.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar, TypeVar

import attrs

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import Deadline
from hdnd.law.rules import Fact
from hdnd.law.supervision.supervision2015 import SupervisionLaw2015 as _Law2015
from hdnd.law.thresholds import Threshold

__all__ = ["SupervisionLaw2025"]

_Rule = TypeVar("_Rule", Deadline, Threshold, Fact)


def _carried(rule: _Rule) -> _Rule:
    """*rule* as hdnd assumes it carried over: same value and citation, confidence unverified."""
    citation = rule.citation
    if citation is None:  # pragma: no cover - every 2015 rule is cited
        return rule
    return attrs.evolve(rule, citation=attrs.evolve(citation, confidence=Confidence.UNVERIFIED))


class SupervisionLaw2025(_Law2015):
    """Law 121/2025/QH15 on supervision (replaces 87/2015/QH13 from 1 March 2026).

    >>> SupervisionLaw2025.QUESTION_WRITTEN_ANSWER.citation.confidence.value
    'unverified'
    """

    key: ClassVar[str] = "supervision2025"
    number: ClassVar[str] = "121/2025/QH15"
    title: ClassVar[str] = "Luật Hoạt động giám sát"
    promulgated: ClassVar[dt.date] = dt.date(2025, 12, 10)
    effective: ClassVar[dt.date] = dt.date(2026, 3, 1)
    replaces: ClassVar[tuple[str, ...]] = ("87/2015/QH13",)
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = (
        "secondary: xaydungchinhsach.chinhphu.vn (30/01/2026), dantri.com.vn (09/03/2026);"
        " text not read"
    )

    # Art. 36 (secondary): supervision by a delegate is split by level; a provincial delegate
    # supervises, among others, the resolutions of commune-level councils.
    PROVINCIAL_DELEGATE_SUPERVISES_COMMUNE_RESOLUTIONS: ClassVar[Fact] = Fact(
        True,
        Citation(InstrumentKind.LAW, "121/2025/QH15", 36, None, None, Confidence.SECONDARY),
        N_("Đại biểu Hội đồng nhân dân cấp tỉnh giám sát nghị quyết của Hội đồng nhân dân cấp xã"),
    )

    # Carried over from Law 87/2015/QH13, unverified.
    PROGRAMME_PROPOSALS_BY: ClassVar[Fact] = _carried(_Law2015.PROGRAMME_PROPOSALS_BY)
    PROGRAMME_SUBMISSION: ClassVar[Deadline] = _carried(_Law2015.PROGRAMME_SUBMISSION)
    QUESTION_WRITTEN_ANSWER: ClassVar[Deadline] = _carried(_Law2015.QUESTION_WRITTEN_ANSWER)
    QUESTION_FOLLOW_UP_REPORT: ClassVar[Deadline] = _carried(_Law2015.QUESTION_FOLLOW_UP_REPORT)
    THEMATIC_SUPERVISION_NOTICE: ClassVar[Deadline] = _carried(_Law2015.THEMATIC_SUPERVISION_NOTICE)
    THEMATIC_SUPERVISION_PROGRAMME: ClassVar[Deadline] = _carried(
        _Law2015.THEMATIC_SUPERVISION_PROGRAMME
    )
    COMMITTEE_PROGRAMME_PROPOSALS: ClassVar[Deadline] = _carried(
        _Law2015.COMMITTEE_PROGRAMME_PROPOSALS
    )
    COMMITTEE_PROGRAMME_ADOPTION: ClassVar[Deadline] = _carried(
        _Law2015.COMMITTEE_PROGRAMME_ADOPTION
    )
    COMMITTEE_QUESTION_WRITTEN_ANSWER: ClassVar[Deadline] = _carried(
        _Law2015.COMMITTEE_QUESTION_WRITTEN_ANSWER
    )
    COMMITTEE_THEMATIC_NOTICE: ClassVar[Deadline] = _carried(_Law2015.COMMITTEE_THEMATIC_NOTICE)
    COMMITTEE_THEMATIC_PROGRAMME: ClassVar[Deadline] = _carried(
        _Law2015.COMMITTEE_THEMATIC_PROGRAMME
    )
    COMMITTEE_THEMATIC_REPORT: ClassVar[Deadline] = _carried(_Law2015.COMMITTEE_THEMATIC_REPORT)
    COMMITTEE_REPORT_REVIEW: ClassVar[Deadline] = _carried(_Law2015.COMMITTEE_REPORT_REVIEW)
    EXPLANATION_NOTICE: ClassVar[Deadline] = _carried(_Law2015.EXPLANATION_NOTICE)
    EXPLANATION_CONCLUSION: ClassVar[Threshold] = _carried(_Law2015.EXPLANATION_CONCLUSION)
    COMPLAINT_HANDLING_REPORT: ClassVar[Deadline] = _carried(_Law2015.COMPLAINT_HANDLING_REPORT)
