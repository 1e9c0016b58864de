"""Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13 (elections).

The rules of the 2016 and 2021 elections of People's Councils, in force until 30 June 2025
(then as amended by Law 83/2025/QH15, :mod:`hdnd.law.elections.elections2025`).

Confidence. The mechanics (Sunday election day, five seats per constituency, candidate-list
margins, turnout, winners and ties, supplementary rounds, re-runs, complaints, by-elections)
were read in the consolidated text; the 2015 wording of the day counts Law 83/2025 replaced
is known from its Art. 1(23), which names each replaced number. The timetable is less sure:
where Law 83/2025 rewrote a whole clause the 2015 number was not read, and hdnd keeps the
best-known value marked **unverified** (steps at 105, 95, 45, 65, 40 for the voter list, 35,
30, 25 and 10 days), or **secondary** where the 2021 guidance of the National Election Council
gives it (constituencies 80, election boards 70). For the official list of candidates the
2015 number is not known to be 25 rather than 20 days; hdnd uses 25. Checks built on these
report warnings only. The share of women on the official candidate lists (Art. 9, at least
35%) is secondary: Law 83/2025 rewrote that article, and the guidance of the 2016 and 2021
elections restated the share.

The promulgation and effective dates (25 June 2015, 1 September 2015) are not in the
project's fact sheet and are marked unverified.

```pycon
>>> import datetime as dt
>>> law = ElectionLaw2015()
>>> law.timetable(dt.date(2021, 5, 23))[ElectionStep.CANDIDATE_DOSSIERS]
datetime.date(2021, 3, 14)
>>> law.supplementary_election_by(dt.date(2021, 5, 23))
datetime.date(2021, 6, 7)

```
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from types import MappingProxyType
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.elections.base import ELECTION_LAW, ElectionLaw, ElectionStep
from hdnd.law.elections.base import cite_election_law as _cite
from hdnd.law.rules import Fact
from hdnd.law.shares import Share
from hdnd.law.thresholds import Base, Threshold

__all__ = ["ElectionLaw2015", "ElectionStep"]

_V, _S, _M = Confidence.VERIFIED, Confidence.SECONDARY, Confidence.UNVERIFIED


def _before(days: int, article: int, clause: int | None, confidence: Confidence) -> Deadline:
    """A timetable step: due *days* calendar days before election day."""
    return Deadline(days, DayCount.CALENDAR, _cite(article, clause, None, confidence), before=True)


def _after(days: int, article: int, clause: int | None = None) -> Deadline:
    return Deadline(days, DayCount.CALENDAR, _cite(article, clause))


class ElectionLaw2015(ElectionLaw):
    """Law 85/2015/QH13 on the election of National Assembly and People's Council delegates.

    ```pycon
    >>> law = ElectionLaw2015()
    >>> [law.minimum_candidates(seats) for seats in (1, 2, 3, 4, 5)]
    [2, 3, 5, 7, 8]
    >>> law.election_valid(500, 1_000), law.election_valid(501, 1_000)
    (False, True)

    ```
    """

    key: ClassVar[str] = "elections2015"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = ELECTION_LAW
    title: ClassVar[str] = "Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
    promulgated: ClassVar[dt.date] = dt.date(2015, 6, 25)
    effective: ClassVar[dt.date] = dt.date(2015, 9, 1)
    dates_confidence: ClassVar[Confidence] = Confidence.UNVERIFIED
    source: ClassVar[str] = (
        "Pháp điển copy (diepxuan/diepxuan.github.io, bau-cu-dai-bieu-quoc-hoi-va-dai-bieu-"
        "hoi-dong-nhan-dan); replaced numbers: Law 83/2025/QH15 Art. 1(23)"
    )

    # Art. 5: election day is a Sunday (ISO weekday 7), announced at least 115 days before.
    ELECTION_DAY_SUNDAY: ClassVar[Fact] = Fact(7, _cite(5), N_("Ngày bầu cử là ngày chủ nhật"))
    ELECTION_DAY_ANNOUNCED: ClassVar[Deadline] = _before(115, 5, None, _V)
    # Art. 2: citizens of 21 or more on election day may stand for election (as Constitution
    # 2013, Art. 27 says: "đủ hai mươi mốt tuổi trở lên có quyền ứng cử").
    MINIMUM_CANDIDATE_AGE: ClassVar[Fact] = Fact(
        21, _cite(2), N_("Tuổi tối thiểu của người ứng cử (tính đến ngày bầu cử)")
    )
    # Art. 10(4): a council constituency elects at most five delegates.
    MAX_SEATS_PER_CONSTITUENCY: ClassVar[Fact] = Fact(
        5, _cite(10, 4), N_("Số đại biểu tối đa được bầu ở một đơn vị bầu cử Hội đồng nhân dân")
    )
    # Art. 58(3): the list must be longer than the seats: by 2 for three seats, by 3 for four
    # or more ("phải nhiều hơn", so by at least 1 for one or two seats).
    CANDIDATE_MARGIN: ClassVar[Fact] = Fact(
        MappingProxyType({1: 1, 2: 1, 3: 2, 4: 3}),
        _cite(58, 3),
        N_("Số người ứng cử phải nhiều hơn số đại biểu được bầu (theo số đại biểu)"),
    )
    # Art. 9: at least 35% of the names on the official list of candidates of a council
    # (provincial, district and commune) are women. Law 83/2025 rewrote the article, so the
    # 2015 wording was not read: the share is the one the guidance of the 2016 and 2021
    # elections restated from it (baomoi.com 2016; luatvietnam.vn on Resolution
    # 1187/NQ-UBTVQH14, 2021), secondary.
    WOMEN_ON_CANDIDATE_LISTS: ClassVar[Share] = Share(
        Fraction(35, 100),
        _cite(9, None, None, _S),
        N_("Phụ nữ trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân"),
    )
    # Art. 78: valid with more than half of the voters on the list; winners need more than
    # half of the valid ballots, the most votes win, ties at the cut-off go to the older.
    TURNOUT: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.VOTERS_ON_LIST, _cite(78, 1)
    )
    WINNER_MAJORITY: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.VALID_BALLOTS, _cite(78, 2)
    )
    RANKED_BY_VOTES: ClassVar[Fact] = Fact(
        True, _cite(78, 3), N_("Nhiều người đạt quá nửa hơn số đại biểu: lấy người nhiều phiếu hơn")
    )
    TIE_GOES_TO_OLDER: ClassVar[Fact] = Fact(
        True, _cite(78, 4), N_("Nhiều người bằng phiếu ở cuối danh sách: người nhiều tuổi hơn")
    )
    # Art. 79(2)-(3): a supplementary round when fewer than two thirds of the seats are filled
    # (a constituency's seats, here the base "total delegates"), within 15 days.
    SUPPLEMENTARY_TRIGGER: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.TOTAL_DELEGATES, _cite(79, 2)
    )
    SUPPLEMENTARY_ELECTION: ClassVar[Deadline] = _after(15, 79, 3).of_kind(
        DeadlineKind.SUPPLEMENTARY_ELECTION
    )
    # Art. 80: turnout not above half → re-run within 15 days; its result stands regardless.
    RERUN_ELECTION: ClassVar[Deadline] = _after(15, 80, 4).of_kind(DeadlineKind.RERUN_ELECTION)
    RERUN_RESULT_ACCEPTED: ClassVar[Fact] = Fact(
        True, _cite(80), N_("Bầu cử lại vẫn chưa quá nửa cử tri đi bầu: công nhận kết quả")
    )
    # Art. 81(2): an annulled election is held again within 15 days.
    ANNULLED_ELECTION_RERUN: ClassVar[Deadline] = _after(15, 81, 2).of_kind(
        DeadlineKind.ANNULLED_ELECTION_RERUN
    )
    # Art. 86(2): council results announced at the latest 10 days after election day.
    RESULTS_ANNOUNCED: ClassVar[Deadline] = _after(10, 86, 2).of_kind(
        DeadlineKind.ELECTION_RESULTS_ANNOUNCED
    )
    # Art. 87: complaints about the results within 5 days of the announcement; the election
    # committee decides within 20 days (30 for the National Election Council).
    RESULT_COMPLAINT: ClassVar[Deadline] = _after(5, 87, 1).of_kind(
        DeadlineKind.ELECTION_RESULT_COMPLAINT
    )
    RESULT_COMPLAINT_DECISION: ClassVar[Deadline] = _after(20, 87, 2).of_kind(
        DeadlineKind.ELECTION_RESULT_COMPLAINT_DECISION
    )
    # Art. 89: by-elections only with more than 18 months left, and either more than a third
    # of the delegates elected at the start missing, or a new or merged unit below two thirds
    # of its seats (for councils from 16 June 2025 also Law 72/2025/QH15 Art. 49(2)).
    BY_ELECTION_MONTHS_LEFT: ClassVar[Fact] = Fact(
        18, _cite(89), N_("Thời gian còn lại của nhiệm kỳ phải nhiều hơn (tháng)")
    )
    BY_ELECTION_SHORTFALL: ClassVar[Threshold] = Threshold(
        Fraction(1, 3), True, Base.TOTAL_DELEGATES, _cite(89)
    )
    BY_ELECTION_NEW_UNIT: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.TOTAL_DELEGATES, _cite(89)
    )

    # The timetable (days before election day), 2015 numbers with the fact sheet's tags.
    CANDIDATE_STRUCTURE: ClassVar[Deadline] = _before(105, 9, None, _M)
    ELECTORAL_COMMITTEES: ClassVar[Deadline] = _before(105, 22, None, _M)
    FIRST_CONSULTATION: ClassVar[Deadline] = _before(95, 50, 1, _M)
    CONSTITUENCIES_PUBLISHED: ClassVar[Deadline] = _before(80, 10, 3, _S)
    ELECTION_BOARDS: ClassVar[Deadline] = _before(70, 24, None, _S)
    POLLING_TEAMS: ClassVar[Deadline] = _before(45, 25, 1, _M)
    CANDIDATE_DOSSIERS: ClassVar[Deadline] = _before(70, 35, 1, _V)
    SECOND_CONSULTATION: ClassVar[Deadline] = _before(65, 53, 1, _M)
    VOTER_LIST_POSTED: ClassVar[Deadline] = _before(40, 32, None, _M)
    VOTER_CONCERNS_VERIFIED: ClassVar[Deadline] = _before(40, 55, 4, _V)
    THIRD_CONSULTATION: ClassVar[Deadline] = _before(35, 56, 1, _M)
    FRONT_LIST_SENT: ClassVar[Deadline] = _before(30, 58, 1, _M)
    OFFICIAL_CANDIDATE_LIST: ClassVar[Deadline] = _before(25, 58, 2, _M)
    CANDIDATE_LIST_POSTED: ClassVar[Deadline] = _before(20, 59, None, _V)
    CANDIDATE_COMPLAINTS_CLOSED: ClassVar[Deadline] = _before(10, 61, 2, _M)
