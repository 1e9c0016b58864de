"""Nghị quyết liên tịch 72/2025 on voter contact (tiếp xúc cử tri), from 20 February 2025.

Joint resolution of the National Assembly Standing Committee, the Government and the
Fatherland Front (number and date: secondary; text: verified). It replaced joint resolution
525/2012, which hdnd does not encode: before 20 February 2025 voter-contact deadlines are
``not-encoded``. Its text still refers to the district level.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.rules import Fact

__all__ = ["VoterContactResolution2025"]

_NUMBER = "72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"


def _cite(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.JOINT_RESOLUTION, _NUMBER, article, clause, point)


class VoterContactResolution2025(Instrument):
    """Joint resolution 72/2025 on voter contact by delegates.

    >>> r = VoterContactResolution2025()
    >>> r.VOTER_PETITION_SUMMARY.due(dt.date(2026, 7, 8))  # 7 working days before a session
    datetime.date(2026, 6, 29)
    """

    key: ClassVar[str] = "voter-contact2025"
    kind: ClassVar[InstrumentKind] = InstrumentKind.JOINT_RESOLUTION
    number: ClassVar[str] = _NUMBER
    title: ClassVar[str] = "Nghị quyết liên tịch hướng dẫn việc tiếp xúc cử tri"
    domain: ClassVar[Domain] = Domain.VOTER_CONTACT
    promulgated: ClassVar[dt.date] = dt.date(2025, 2, 20)
    effective: ClassVar[dt.date] = dt.date(2025, 2, 20)
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    replaces: ClassVar[tuple[str, ...]] = ("525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN",)
    source: ClassVar[str] = "tnt305/tai_lieu_noi_bo, src/etl/dataset/70180aecf521049d.md"

    VOTER_PETITION_COMPILATION: ClassVar[Deadline] = Deadline(
        3, DayCount.WORKING, _cite(41, 2), kind=DeadlineKind.VOTER_PETITION_COMPILATION
    )
    VOTER_PETITION_SUMMARY: ClassVar[Deadline] = Deadline(
        7, DayCount.WORKING, _cite(42, 2), before=True, kind=DeadlineKind.VOTER_PETITION_SUMMARY
    )
    VOTER_PETITION_ANSWER: ClassVar[Deadline] = Deadline(
        30, DayCount.CALENDAR, _cite(50, 1), kind=DeadlineKind.VOTER_PETITION_ANSWER
    )
    VOTER_PETITION_RESULTS_REPORT: ClassVar[Deadline] = Deadline(
        30,
        DayCount.CALENDAR,
        _cite(50, 2),
        before=True,
        kind=DeadlineKind.VOTER_PETITION_RESULTS_REPORT,
    )
    VOTER_PETITION_PUBLICATION: ClassVar[Deadline] = Deadline(
        15, DayCount.WORKING, _cite(51), kind=DeadlineKind.VOTER_PETITION_PUBLICATION
    )
    PLAN_TO_PRESS_WORKING_DAYS: ClassVar[Fact] = Fact(
        5, _cite(11, 2, "b"), "Gửi kế hoạch tiếp xúc cử tri cho báo chí trước 5 ngày làm việc"
    )
    CONTACT_BEFORE_REGULAR_SESSIONS: ClassVar[Fact] = Fact(
        True, _cite(26, 1), "Tổ chức tiếp xúc cử tri trước mỗi kỳ họp thường lệ"
    )
    JOINT_LEVELS_AT_MOST: ClassVar[Fact] = Fact(
        2, _cite(22, 2), "Đại biểu của tối đa hai cấp cùng tiếp xúc cử tri"
    )
