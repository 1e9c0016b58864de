"""Luật 83/2025/QH15 amending the election law 85/2015/QH13, in force from 1 July 2025.

Passed on 24 June 2025 (Art. 2: in force from 1 July 2025), for the 15 March 2026 elections
after the two-level reform. It shortens the timetable (candidate dossiers 42 days before
election day instead of 70, the official list of candidates 17 instead of 25 ...), the
supplementary round and the re-run (7 days instead of 15), and the handling of complaints
about the results (filed within 3 days instead of 5, decided within 7 instead of 20). Every
other rule is inherited from :class:`~hdnd.law.elections.elections2015.ElectionLaw2015` with its
citation.

All its rules were read in the consolidated text of Law 85/2015/QH13 as amended (verified);
they cite the article of Law 85/2015/QH13 as amended, with the amending clause of Law
83/2025/QH15 in a comment. Timetable steps whose number did not change, and the share of
women on the official candidate lists (Art. 9, at least 35%, now of provincial and commune
councils), are restated here because the 2015 wording was not read and the amended text now
verifies it.

```pycon
>>> import datetime as dt
>>> law = ElectionLaw2025()
>>> table = law.timetable(dt.date(2026, 3, 15))
>>> table[ElectionStep.CANDIDATE_DOSSIERS], table[ElectionStep.OFFICIAL_CANDIDATE_LIST]
(datetime.date(2026, 2, 1), datetime.date(2026, 2, 26))
>>> law.results_announced_by(dt.date(2026, 3, 15))
datetime.date(2026, 3, 25)

```
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.elections.base import ElectionStep
from hdnd.law.elections.base import cite_election_law as _cite
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.shares import Share

__all__ = ["ElectionLaw2025", "ElectionStep"]


def _before(days: int, article: int, clause: int | None = None) -> Deadline:
    return Deadline(days, DayCount.CALENDAR, _cite(article, clause), before=True)


def _after(days: int, article: int, clause: int | None = None) -> Deadline:
    return Deadline(days, DayCount.CALENDAR, _cite(article, clause))


class ElectionLaw2025(ElectionLaw2015):
    """Law 83/2025/QH15, amending Law 85/2015/QH13 (elections) from 1 July 2025.

    >>> ElectionLaw2025.CANDIDATE_DOSSIERS.days, ElectionLaw2025.amends
    (42, '85/2015/QH13')
    """

    key: ClassVar[str] = "elections2025"
    number: ClassVar[str] = "83/2025/QH15"
    title: ClassVar[str] = (
        "Luật sửa đổi, bổ sung một số điều của Luật Bầu cử đại biểu Quốc hội và đại biểu"
        " Hội đồng nhân dân"
    )
    promulgated: ClassVar[dt.date] = dt.date(2025, 6, 24)
    effective: ClassVar[dt.date] = dt.date(2025, 7, 1)  # Art. 2
    amends: ClassVar[str | None] = "85/2015/QH13"
    dates_confidence: ClassVar[Confidence] = Confidence.VERIFIED
    source: ClassVar[str] = (
        "LaHieu11/baucu-luongminh, src/assets/XaLM/83_2025_QH15_663780.htm; consolidated"
        " text: diepxuan/diepxuan.github.io (Pháp điển)"
    )

    # Art. 9 as amended (Art. 1(3)): the share of women is unchanged, and now covers the
    # provincial and commune councils, the two levels left; restated because the amended text
    # verifies it.
    WOMEN_ON_CANDIDATE_LISTS: ClassVar[Share] = Share(
        Fraction(35, 100),
        _cite(9),
        N_("Phụ nữ trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân"),
    )

    # The timetable as amended (days before election day).
    CANDIDATE_STRUCTURE: ClassVar[Deadline] = _before(105, 9)  # Art. 1(3)
    ELECTORAL_COMMITTEES: ClassVar[Deadline] = _before(105, 22)  # Art. 1(6)
    FIRST_CONSULTATION: ClassVar[Deadline] = _before(95, 50, 1)
    CONSTITUENCIES_PUBLISHED: ClassVar[Deadline] = _before(80, 10, 3)  # Art. 1(4)
    ELECTION_BOARDS: ClassVar[Deadline] = _before(70, 24)  # Art. 1(7)
    POLLING_TEAMS: ClassVar[Deadline] = _before(43, 25, 1)  # Art. 1(8)
    CANDIDATE_DOSSIERS: ClassVar[Deadline] = _before(42, 35, 1)  # Art. 1(23)(d): 70 → 42
    SECOND_CONSULTATION: ClassVar[Deadline] = _before(40, 53, 1)  # Art. 1(16)(a)
    VOTER_LIST_POSTED: ClassVar[Deadline] = _before(40, 32)
    VOTER_CONCERNS_VERIFIED: ClassVar[Deadline] = _before(35, 55, 4)  # Art. 1(23)(e): 40 → 35
    THIRD_CONSULTATION: ClassVar[Deadline] = _before(23, 56, 1)  # Art. 1(18)(a)
    FRONT_LIST_SENT: ClassVar[Deadline] = _before(21, 58, 1)  # Art. 1(19)
    OFFICIAL_CANDIDATE_LIST: ClassVar[Deadline] = _before(17, 58, 2)  # Art. 1(19)
    CANDIDATE_LIST_POSTED: ClassVar[Deadline] = _before(16, 59)  # Art. 1(23)(k): 20 → 16
    CANDIDATE_COMPLAINTS_CLOSED: ClassVar[Deadline] = _before(10, 61, 2)

    # After election day. Art. 1(23)(l): 15 → 7 days in Art. 79(3), 80(4) and 81(2).
    SUPPLEMENTARY_ELECTION: ClassVar[Deadline] = _after(7, 79, 3).of_kind(
        DeadlineKind.SUPPLEMENTARY_ELECTION
    )
    RERUN_ELECTION: ClassVar[Deadline] = _after(7, 80, 4).of_kind(DeadlineKind.RERUN_ELECTION)
    ANNULLED_ELECTION_RERUN: ClassVar[Deadline] = _after(7, 81, 2).of_kind(
        DeadlineKind.ANNULLED_ELECTION_RERUN
    )
    # Art. 1(23)(n): 5 → 3 days in Art. 87(1); Art. 1(23)(o): 30 and 20 → 7 days in Art. 87(2).
    RESULT_COMPLAINT: ClassVar[Deadline] = _after(3, 87, 1).of_kind(
        DeadlineKind.ELECTION_RESULT_COMPLAINT
    )
    RESULT_COMPLAINT_DECISION: ClassVar[Deadline] = _after(7, 87, 2).of_kind(
        DeadlineKind.ELECTION_RESULT_COMPLAINT_DECISION
    )
