"""Luật Tiếp công dân 42/2013/QH13 (citizen reception), from 1 July 2014.

Councils and their delegates must receive citizens (Art. 4); bodies must reply to a
petitioner within 10 working days of receipt (Art. 28(1)); a crowd raising one issue must
choose representatives (Art. 29). Law 136/2025/QH15 amends it from 1 July 2026
(:mod:`hdnd.law.petitions.amendments136_2025`).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.rules import Fact

__all__ = ["CitizenReceptionLaw2013"]


def _cite(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "42/2013/QH13", article, clause, point)


class CitizenReceptionLaw2013(Instrument):
    """Law 42/2013/QH13 on citizen reception.

    ```pycon
    >>> law = CitizenReceptionLaw2013()
    >>> law.PETITION_REPLY.due(dt.date(2026, 2, 9))  # 10 working days; Tết inside
    datetime.date(2026, 3, 2)
    >>> [law.representatives(n) for n in (4, 5, 10, 11)]
    [None, (1, 2), (1, 2), (1, 5)]

    ```
    """

    key: ClassVar[str] = "reception2013"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "42/2013/QH13"
    title: ClassVar[str] = "Luật Tiếp công dân"
    domain: ClassVar[Domain] = Domain.CITIZEN_RECEPTION
    promulgated: ClassVar[dt.date] = dt.date(2013, 11, 25)
    effective: ClassVar[dt.date] = dt.date(2014, 7, 1)
    source: ClassVar[str] = "Pháp điển copy (diepxuan/diepxuan.github.io, khieu-nai-to-cao)"

    PETITION_REPLY: ClassVar[Deadline] = Deadline(
        10, DayCount.WORKING, _cite(28, 1), kind=DeadlineKind.PETITION_REPLY
    )
    FORWARDED_CASE_NOTICE: ClassVar[Deadline] = Deadline(
        7, DayCount.WORKING, _cite(27, 2), kind=DeadlineKind.FORWARDED_CASE_NOTICE
    )
    DELEGATE_INFORMS_PETITIONER: ClassVar[Deadline] = Deadline(
        5, DayCount.WORKING, _cite(28, 2), kind=DeadlineKind.DELEGATE_INFORMS_PETITIONER
    )
    COUNCILS_RECEIVE_CITIZENS: ClassVar[Fact] = Fact(
        True, _cite(4, 1, "e"), "Hội đồng nhân dân các cấp có trách nhiệm tiếp công dân"
    )
    COMMUNE_CHAIR_RECEPTION_DAYS_PER_WEEK: ClassVar[Fact] = Fact(
        1,
        _cite(15, 2, "d"),
        "Chủ tịch Ủy ban nhân dân cấp xã tiếp công dân ít nhất 1 ngày mỗi tuần",
    )
    AGENCY_HEAD_RECEPTION_DAYS_PER_MONTH: ClassVar[Fact] = Fact(
        1, _cite(18, 2), "Thủ trưởng cơ quan tiếp công dân ít nhất 1 ngày mỗi tháng"
    )
    MIXED_PETITION_SPLIT: ClassVar[Fact] = Fact(
        True, _cite(25, 3), "Đơn có nhiều nội dung phải tách thành từng đơn riêng"
    )
    CROWD_REPRESENTATIVES: ClassVar[Fact] = Fact(
        {"5-10": [1, 2], "more-than-10": [1, 5]},
        _cite(29),
        "Số người đại diện khi nhiều người cùng trình bày một nội dung",
    )

    @staticmethod
    def representatives(people: int) -> tuple[int, int] | None:
        """How many representatives a crowd of *people* with one issue must choose (Art. 29).

        ``None`` below five people, who need no representative.
        """
        if isinstance(people, bool) or not isinstance(people, int) or people < 0:
            msg = f"people must be a whole number of at least 0, not {people!r}"
            raise ValueError(msg)
        if people < 5:
            return None
        return (1, 2) if people <= 10 else (1, 5)
