"""Luật 136/2025/QH15, amending the laws on citizen reception, complaints and denunciations.

Passed on 10 December 2025, in force from 1 July 2026 (secondary sources; the text of the law
was not read). It amends three laws, so hdnd models it as three amendments, one per domain,
each a subclass of the law it amends that changes only what is known to change:

* citizen reception: citizens may be received online; a refusal to receive must be notified
  in writing within 3 working days (Decree 154/2026/NĐ-CP Art. 16, implementing it;
  secondary);
* complaints: a complaint is accepted within 7 working days of receipt (Decree
  155/2026/NĐ-CP Art. 10, amending Decree 124/2020 Art. 16(1); secondary — whether the law
  itself changed Art. 27 is not verified);
* denunciations: nothing known changed; every rule is inherited.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.petitions.complaints2011 import ComplaintsLaw2011
from hdnd.law.petitions.denunciations2018 import DenunciationLaw2018
from hdnd.law.petitions.reception2013 import CitizenReceptionLaw2013
from hdnd.law.rules import Fact

__all__ = ["ComplaintsAmendment2025", "DenunciationAmendment2025", "ReceptionAmendment2025"]

_NUMBER = "136/2025/QH15"
_TITLE = "Luật sửa đổi, bổ sung một số điều của Luật Tiếp công dân, Luật Khiếu nại, Luật Tố cáo"
_PROMULGATED = dt.date(2025, 12, 10)
_EFFECTIVE = dt.date(2026, 7, 1)
_SOURCE = "secondary: kienthuc.net.vn (10/12/2025), thuviennhadat.vn; text not read"


def _decree(number: str, article: int, clause: int | None = None) -> Citation:
    return Citation(InstrumentKind.DECREE, number, article, clause, None, Confidence.SECONDARY)


class ReceptionAmendment2025(CitizenReceptionLaw2013):
    """Law 136/2025/QH15 as it amends Law 42/2013/QH13 (citizen reception).

    >>> law = ReceptionAmendment2025()
    >>> law.REFUSAL_NOTICE.due(dt.date(2026, 8, 28))  # a Friday; National Day inside
    datetime.date(2026, 9, 7)
    >>> law.REFUSAL_NOTICE.describe("en"), law.ONLINE_RECEPTION.value
    ('3 working days', True)
    """

    key: ClassVar[str] = "reception2025"
    number: ClassVar[str] = _NUMBER
    title: ClassVar[str] = _TITLE
    promulgated: ClassVar[dt.date] = _PROMULGATED
    effective: ClassVar[dt.date] = _EFFECTIVE
    amends: ClassVar[str | None] = "42/2013/QH13"
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = _SOURCE

    # Decree 154/2026/NĐ-CP Art. 16: the notice refusing reception is issued within 3 working
    # days of the day the grounds for refusing were established.
    REFUSAL_NOTICE: ClassVar[Deadline] = Deadline(
        3, DayCount.WORKING, _decree("154/2026/NĐ-CP", 16), kind=DeadlineKind.REFUSAL_NOTICE
    )
    ONLINE_RECEPTION: ClassVar[Fact] = Fact(
        True,
        Citation(InstrumentKind.LAW, _NUMBER, 1, None, None, Confidence.SECONDARY),
        "Tiếp công dân trực tuyến",
    )


class ComplaintsAmendment2025(ComplaintsLaw2011):
    """Law 136/2025/QH15 as it amends Law 02/2011/QH13 (complaints).

    >>> ComplaintsAmendment2025.COMPLAINT_ACCEPTANCE.describe("en")
    '7 working days'
    """

    key: ClassVar[str] = "complaints2025"
    number: ClassVar[str] = _NUMBER
    title: ClassVar[str] = _TITLE
    promulgated: ClassVar[dt.date] = _PROMULGATED
    effective: ClassVar[dt.date] = _EFFECTIVE
    amends: ClassVar[str | None] = "02/2011/QH13"
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = _SOURCE

    # Decree 155/2026/NĐ-CP Art. 10 sets one acceptance limit for first and second complaints.
    COMPLAINT_ACCEPTANCE: ClassVar[Deadline] = Deadline(
        7, DayCount.WORKING, _decree("155/2026/NĐ-CP", 10), kind=DeadlineKind.COMPLAINT_ACCEPTANCE
    )
    COMPLAINT_SECOND_ACCEPTANCE: ClassVar[Deadline] = COMPLAINT_ACCEPTANCE.of_kind(
        DeadlineKind.COMPLAINT_SECOND_ACCEPTANCE
    )


class DenunciationAmendment2025(DenunciationLaw2018):
    """Law 136/2025/QH15 as it amends Law 25/2018/QH14: no known change to its time limits."""

    key: ClassVar[str] = "denunciations2025"
    number: ClassVar[str] = _NUMBER
    title: ClassVar[str] = _TITLE
    promulgated: ClassVar[dt.date] = _PROMULGATED
    effective: ClassVar[dt.date] = _EFFECTIVE
    amends: ClassVar[str | None] = "25/2018/QH14"
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = _SOURCE
