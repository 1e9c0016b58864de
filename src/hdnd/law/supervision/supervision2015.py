"""Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân 87/2015/QH13 (supervision).

In force from 1 July 2016 to 28 February 2026 (replaced by Law 121/2025/QH15,
:mod:`hdnd.law.supervision.supervision2025`). Its Articles 63 and 64 on confidence ratings and
votes were
suspended from 1 July 2023 by Resolution 96/2023/QH15 Art. 20; their rules are encoded with
the confidence-vote instruments (:mod:`hdnd.law.confidence.nq85_2014`).

Every rule here was read in the Pháp điển copy of the law (verified). All periods are in
calendar days ("ngày"). The annual programme's date (1 March of the year before) is a fixed
day, not a period: :meth:`SupervisionLaw2015.programme_proposals_due` gives it.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Decision, Domain, Instrument
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold

__all__ = ["SupervisionLaw2015"]


def _cite(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "87/2015/QH13", article, clause, point, Confidence.VERIFIED)


def _after(days: int, citation: Citation) -> Deadline:
    return Deadline(days, DayCount.CALENDAR, citation)


def _before(days: int, citation: Citation) -> Deadline:
    return Deadline(days, DayCount.CALENDAR, citation, before=True)


class SupervisionLaw2015(Instrument):
    """Law 87/2015/QH13 on supervision by the National Assembly and People's Councils.

    >>> law = SupervisionLaw2015()
    >>> law.QUESTION_WRITTEN_ANSWER.due(dt.date(2025, 12, 10))
    datetime.date(2025, 12, 30)
    >>> law.programme_proposals_due(2027)
    datetime.date(2026, 3, 1)
    >>> law.threshold(Decision.EXPLANATION_CONCLUSION).minimum_votes(5)
    3
    """

    key: ClassVar[str] = "supervision2015"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "87/2015/QH13"
    title: ClassVar[str] = "Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân"
    domain: ClassVar[Domain] = Domain.SUPERVISION
    promulgated: ClassVar[dt.date] = dt.date(2015, 11, 20)
    effective: ClassVar[dt.date] = dt.date(2016, 7, 1)
    source: ClassVar[str] = "Pháp điển copy (diepxuan/diepxuan.github.io, hoat-dong-giam-sat)"

    # Art. 58(1): proposals for the council's annual programme reach the standing committee
    # by 1 March of the year before; the committee submits the draft at least 10 days before
    # the mid-year session of that year, which adopts it.
    PROGRAMME_PROPOSALS_BY: ClassVar[Fact] = Fact(
        (3, 1),
        _cite(58, 1),
        N_("Hạn gửi đề nghị giám sát của Hội đồng nhân dân (tháng, ngày của năm trước)"),
    )
    PROGRAMME_SUBMISSION: ClassVar[Deadline] = _before(10, _cite(58, 1)).of_kind(
        DeadlineKind.PROGRAMME_SUBMISSION
    )
    # Art. 60(4): a question answered in writing within 20 days of being asked; 60(7): the
    # report on the follow-up at least 10 days before the next session opens.
    QUESTION_WRITTEN_ANSWER: ClassVar[Deadline] = _after(20, _cite(60, 4)).of_kind(
        DeadlineKind.QUESTION_WRITTEN_ANSWER
    )
    QUESTION_FOLLOW_UP_REPORT: ClassVar[Deadline] = _before(10, _cite(60, 7)).of_kind(
        DeadlineKind.QUESTION_FOLLOW_UP_REPORT
    )
    # Art. 62(2)(b): a thematic supervision team of the council notifies its content and plan
    # within 15 days of the resolution setting it up, and its programme at least 10 days
    # before it starts work with a supervised body.
    THEMATIC_SUPERVISION_NOTICE: ClassVar[Deadline] = _after(15, _cite(62, 2, "b")).of_kind(
        DeadlineKind.THEMATIC_SUPERVISION_NOTICE
    )
    THEMATIC_SUPERVISION_PROGRAMME: ClassVar[Deadline] = _before(10, _cite(62, 2, "b")).of_kind(
        DeadlineKind.THEMATIC_SUPERVISION_PROGRAMME
    )
    # Art. 67: proposals for the standing committee's programme at least 5 days before the
    # year-end session; the programme adopted within 15 days after that session closes.
    COMMITTEE_PROGRAMME_PROPOSALS: ClassVar[Deadline] = _before(5, _cite(67, 1)).of_kind(
        DeadlineKind.COMMITTEE_PROGRAMME_PROPOSALS
    )
    COMMITTEE_PROGRAMME_ADOPTION: ClassVar[Deadline] = _after(15, _cite(67, 2)).of_kind(
        DeadlineKind.COMMITTEE_PROGRAMME_ADOPTION
    )
    # Art. 69(3): questions to the standing committee between sessions, answered in writing
    # within 20 days.
    COMMITTEE_QUESTION_WRITTEN_ANSWER: ClassVar[Deadline] = _after(20, _cite(69, 3)).of_kind(
        DeadlineKind.COMMITTEE_QUESTION_WRITTEN_ANSWER
    )
    # Art. 70(2)(b), (g) and 71(1): a thematic team of the standing committee notifies within
    # 15 days of the decision and 10 days before work, reports within 15 days of finishing;
    # the committee considers the report within 7 days of receiving it.
    COMMITTEE_THEMATIC_NOTICE: ClassVar[Deadline] = _after(15, _cite(70, 2, "b")).of_kind(
        DeadlineKind.COMMITTEE_THEMATIC_NOTICE
    )
    COMMITTEE_THEMATIC_PROGRAMME: ClassVar[Deadline] = _before(10, _cite(70, 2, "b")).of_kind(
        DeadlineKind.COMMITTEE_THEMATIC_PROGRAMME
    )
    COMMITTEE_THEMATIC_REPORT: ClassVar[Deadline] = _after(15, _cite(70, 2, "g")).of_kind(
        DeadlineKind.COMMITTEE_THEMATIC_REPORT
    )
    COMMITTEE_REPORT_REVIEW: ClassVar[Deadline] = _after(7, _cite(71, 1)).of_kind(
        DeadlineKind.COMMITTEE_REPORT_REVIEW
    )
    # Art. 72(2), (4): an explanation sitting notified at least 10 days before; its
    # conclusion adopted by more than half of all standing-committee members.
    EXPLANATION_NOTICE: ClassVar[Deadline] = _before(10, _cite(72, 2)).of_kind(
        DeadlineKind.EXPLANATION_NOTICE
    )
    EXPLANATION_CONCLUSION: ClassVar[Threshold] = Threshold(
        Fraction(1, 2),
        True,
        Base.STANDING_COMMITTEE_MEMBERS,
        _cite(72, 4),
        decision=Decision.EXPLANATION_CONCLUSION,
    )
    # Art. 73(2): bodies report to the standing committee within 7 days of deciding a
    # complaint or denunciation it asked them to handle.
    COMPLAINT_HANDLING_REPORT: ClassVar[Deadline] = _after(7, _cite(73, 2)).of_kind(
        DeadlineKind.COMPLAINT_HANDLING_REPORT
    )

    @classmethod
    def programme_proposals_due(cls, programme_year: int) -> dt.date:
        """Last day to propose items for the council's supervision programme of *programme_year*.

        Proposals reach the standing committee by 1 March of the year before (Art. 58(1)).

        >>> SupervisionLaw2015.programme_proposals_due(2026)
        datetime.date(2025, 3, 1)
        """
        if isinstance(programme_year, bool) or not isinstance(programme_year, int):
            msg = f"programme_year must be a year, not {programme_year!r}"
            raise TypeError(msg)
        month, day = cls.PROGRAMME_PROPOSALS_BY.value
        return dt.date(programme_year - 1, month, day)
