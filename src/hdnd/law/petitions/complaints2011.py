"""Luật Khiếu nại 02/2011/QH13 (complaints), from 1 July 2012.

The law writes its time limits in "ngày" without saying working days, so hdnd counts them
as calendar days under the Civil Code's default (Art. 145(1), 147, 148); its implementing
circular TT 07/2013/TT-TTCP counted acceptance in working days. Law 136/2025/QH15 amends it
from 1 July 2026 (:mod:`hdnd.law.petitions.amendments136_2025`).
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Domain, Instrument

__all__ = ["ComplaintsLaw2011"]


def _cite(article: int, clause: int | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "02/2011/QH13", article, clause)


_DAYS = DayCount.CALENDAR


class ComplaintsLaw2011(Instrument):
    """Law 02/2011/QH13 on complaints.

    ```pycon
    >>> law = ComplaintsLaw2011()
    >>> [law.COMPLAINT_FIRST.days_for(remote=r, complex=c) for r in (False, True)
    ...  for c in (False, True)]
    [30, 45, 45, 60]

    ```
    """

    key: ClassVar[str] = "complaints2011"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "02/2011/QH13"
    title: ClassVar[str] = "Luật Khiếu nại"
    domain: ClassVar[Domain] = Domain.COMPLAINTS
    promulgated: ClassVar[dt.date] = dt.date(2011, 11, 11)
    effective: ClassVar[dt.date] = dt.date(2012, 7, 1)
    source: ClassVar[str] = "Pháp điển copy (diepxuan/diepxuan.github.io, khieu-nai-to-cao)"

    COMPLAINT_FILING: ClassVar[Deadline] = Deadline(
        90, _DAYS, _cite(9), kind=DeadlineKind.COMPLAINT_FILING
    )
    COMPLAINT_ACCEPTANCE: ClassVar[Deadline] = Deadline(
        10, _DAYS, _cite(27), kind=DeadlineKind.COMPLAINT_ACCEPTANCE
    )
    COMPLAINT_FIRST: ClassVar[Deadline] = Deadline(
        30,
        _DAYS,
        _cite(28),
        complex=45,
        remote=45,
        remote_complex=60,
        kind=DeadlineKind.COMPLAINT_FIRST,
    )
    SECOND_COMPLAINT_FILING: ClassVar[Deadline] = Deadline(
        30, _DAYS, _cite(33, 1), remote=45, kind=DeadlineKind.SECOND_COMPLAINT_FILING
    )
    COMPLAINT_SECOND_ACCEPTANCE: ClassVar[Deadline] = Deadline(
        10, _DAYS, _cite(36, 1), kind=DeadlineKind.COMPLAINT_SECOND_ACCEPTANCE
    )
    COMPLAINT_SECOND: ClassVar[Deadline] = Deadline(
        45,
        _DAYS,
        _cite(37),
        complex=60,
        remote=60,
        remote_complex=70,
        kind=DeadlineKind.COMPLAINT_SECOND,
    )
