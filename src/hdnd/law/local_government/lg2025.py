"""Luật Tổ chức chính quyền địa phương số 72/2025/QH15 (Law on Local Government, 2025).

Passed and in force on 16 June 2025; two-level local government from 1 July 2025.

References:
    * Full text (stored copy): ``LaHieu11/baucu-luongminh``,
      ``src/assets/XaLM/72_2025_QH15_649675.htm``.
    * Art. 51(1): in force from the day it was passed; Art. 51(2): Law 65/2025/QH15 repealed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction
from types import MappingProxyType
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Decision, Domain, LocalGovernmentLaw
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.organs import Committee, CouncilPost, SessionRequester
from hdnd.law.local_government.seats import (
    NotApplicable,
    NotApplicableReason,
    SeatBasis,
    SeatFormula,
    SeatQuota,
    Step,
    check_population,
)
from hdnd.law.local_government.structure import existence_citation
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold

__all__ = ["LG2025", "LocalGovernmentLaw2025"]

_HANOI, _HO_CHI_MINH_CITY = "01", "79"


def _cite(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "72/2025/QH15", article, clause, point)


class LocalGovernmentLaw2025(LocalGovernmentLaw):
    """Luật Tổ chức chính quyền địa phương 72/2025/QH15.

    >>> from hdnd.law.levels import UnitKind
    >>> law = LocalGovernmentLaw2025()
    >>> law.seat_quota(SeatBasis(UnitKind.PROVINCE, 1_500_000)).seats
    57
    >>> law.seat_quota(SeatBasis(UnitKind.CENTRAL_CITY, 9_000_000, unit_code="79")).seats
    125
    >>> law.threshold(Decision.RESOLUTION).minimum_votes(85)
    43
    """

    key: ClassVar[str] = "lg2025"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "72/2025/QH15"
    title: ClassVar[str] = "Luật Tổ chức chính quyền địa phương"
    domain: ClassVar[Domain] = Domain.LOCAL_GOVERNMENT
    promulgated: ClassVar[dt.date] = dt.date(2025, 6, 16)
    effective: ClassVar[dt.date] = dt.date(2025, 6, 16)  # Art. 51(1)
    replaces: ClassVar[tuple[str, ...]] = ("65/2025/QH15",)  # Art. 51(2)

    # Art. 30(1)(a): 50 up to 1,000,000; +1 per 70,000 above; at most 85.
    PROVINCE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 1_000_000, (Step(1_000_000, 70_000),), cap=85, citation=_cite(30, 1, "a")
    )
    # Art. 30(1)(b): 50 up to 1,200,000; +1 per 75,000 above; at most 85.
    CITY_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 1_200_000, (Step(1_200_000, 75_000),), cap=85, citation=_cite(30, 1, "b")
    )
    # Art. 30(1)(c): Hà Nội and Hồ Chí Minh City elect 125.
    CAPITAL_SEATS: ClassVar[SeatFormula] = SeatFormula(125, citation=_cite(30, 1, "c"))
    # Art. 30(2)(a) and (đ): 15 up to 5,000; +1 per 1,000 to 10,000; +1 per 3,000 above; ≤ 30.
    MOUNTAIN_COMMUNE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        15, 5_000, (Step(5_000, 1_000), Step(10_000, 3_000)), cap=30, citation=_cite(30, 2, "a")
    )
    # Art. 30(2)(b) and (c): 15 up to 10,000; +1 per 2,000 to 20,000; +1 per 6,000 above; ≤ 30.
    COMMUNE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        15, 10_000, (Step(10_000, 2_000), Step(20_000, 6_000)), cap=30, citation=_cite(30, 2, "b")
    )
    # Art. 30(2)(d): 15 up to 15,000; +1 per 6,000 to 45,000; +1 per 7,000 above; ≤ 30.
    CITY_WARD_SEATS: ClassVar[SeatFormula] = SeatFormula(
        15, 15_000, (Step(15_000, 6_000), Step(45_000, 7_000)), cap=30, citation=_cite(30, 2, "d")
    )
    SPECIAL_ZONE_MINIMUM: ClassVar[int] = 1_000  # Art. 28(1): below it, no local government

    # Art. 35(2): resolutions need more than half of the total number of delegates; recall of
    # a delegate at least two thirds of it. Art. 49(2): a council reduced below two thirds of
    # its seats decides with more than two thirds of the delegates in office.
    RESOLUTION_MAJORITY: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.TOTAL_DELEGATES, _cite(35, 2), decision=Decision.RESOLUTION
    )
    RECALL_MAJORITY: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.TOTAL_DELEGATES, _cite(35, 2), decision=Decision.RECALL
    )
    REDUCED_COUNCIL_MAJORITY: ClassVar[Threshold] = Threshold(
        Fraction(2, 3),
        True,
        Base.DELEGATES_IN_OFFICE,
        _cite(49, 2),
        decision=Decision.REDUCED_COUNCIL,
    )
    # Art. 49(2): a council with fewer than two thirds of its seats filled is a reduced council.
    REDUCED_COUNCIL_LIMIT: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.TOTAL_DELEGATES, _cite(49, 2)
    )
    # Art. 5(4): a term of five years, from one first session to the next.
    TERM_YEARS: ClassVar[Fact] = Fact(5, _cite(5, 4), N_("Nhiệm kỳ của Hội đồng nhân dân (năm)"))
    # Art. 34(1): the first session of a new council within 45 days of election day.
    FIRST_SESSION: ClassVar[Deadline] = Deadline(
        45, DayCount.CALENDAR, _cite(34, 1), kind=DeadlineKind.FIRST_SESSION
    )
    # Art. 36: results of elections to posts sent within 5 working days; approved within 10.
    POST_APPROVAL_SUBMISSION: ClassVar[Deadline] = Deadline(
        5, DayCount.WORKING, _cite(36, 3), kind=DeadlineKind.POST_APPROVAL_SUBMISSION
    )
    POST_APPROVAL_DECISION: ClassVar[Deadline] = Deadline(
        10, DayCount.WORKING, _cite(36, 4), kind=DeadlineKind.POST_APPROVAL_DECISION
    )
    # Art. 34(2)-(4): sessions.
    REGULAR_SESSIONS_PER_YEAR: ClassVar[Fact] = Fact(
        2, _cite(34, 2), N_("Số kỳ họp thường lệ tối thiểu mỗi năm")
    )
    THEMATIC_SESSION_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 3), False, Base.TOTAL_DELEGATES, _cite(34, 3)
    )
    COMMUNE_VOTERS_SESSION_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 10), True, Base.VOTERS_ON_LIST, _cite(34, 4)
    )
    NO_QUORUM_CLAUSE: ClassVar[Fact] = Fact(
        None, _cite(35), N_("Luật không quy định số đại biểu tối thiểu có mặt (không có túc số)")
    )

    # Art. 34(3): who may require a thematic or unscheduled session.
    SESSION_REQUESTERS: ClassVar[Fact] = Fact(
        (
            SessionRequester.STANDING_COMMITTEE,
            SessionRequester.PEOPLES_COMMITTEE_CHAIR,
            SessionRequester.DELEGATES,
        ),
        _cite(34, 3),
        N_("Người có quyền yêu cầu họp chuyên đề, họp giải quyết công việc phát sinh đột xuất"),
    )
    # Art. 34(5): sittings are public; closed when the council decides so on the proposal of
    # its standing committee or the People's Committee chair, or at the request of at least
    # one third of all delegates.
    PUBLIC_SITTINGS: ClassVar[Fact] = Fact(
        True, _cite(34, 5), N_("Kỳ họp được tổ chức công khai, họp kín khi Hội đồng quyết định")
    )
    CLOSED_SITTING_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 3), False, Base.TOTAL_DELEGATES, _cite(34, 5)
    )

    # --- Art. 29: organs ---------------------------------------------------------------------
    # Art. 29(3)(a): provinces have legal, economy-budget and culture-society committees;
    # centrally-run cities also an urban-affairs committee; commune-level councils (communes,
    # wards, special zones) economy-budget and culture-society only (no legal committee).
    PROVINCE_COMMITTEES: ClassVar[Fact] = Fact(
        (Committee.LEGAL_AFFAIRS, Committee.ECONOMY_BUDGET, Committee.CULTURE_SOCIETY),
        _cite(29, 3, "a"),
        N_("Các Ban của Hội đồng nhân dân tỉnh"),
    )
    CITY_COMMITTEES: ClassVar[Fact] = Fact(
        (
            Committee.LEGAL_AFFAIRS,
            Committee.ECONOMY_BUDGET,
            Committee.CULTURE_SOCIETY,
            Committee.URBAN_AFFAIRS,
        ),
        _cite(29, 3, "a"),
        N_("Các Ban của Hội đồng nhân dân thành phố trực thuộc trung ương"),
    )
    COMMUNE_COMMITTEES: ClassVar[Fact] = Fact(
        (Committee.ECONOMY_BUDGET, Committee.CULTURE_SOCIETY),
        _cite(29, 3, "a"),
        N_("Các Ban của Hội đồng nhân dân cấp xã"),
    )
    COMMITTEES: ClassVar[Mapping[UnitKind, Fact]] = MappingProxyType(
        {
            UnitKind.PROVINCE: PROVINCE_COMMITTEES,
            UnitKind.CENTRAL_CITY: CITY_COMMITTEES,
            UnitKind.COMMUNE: COMMUNE_COMMITTEES,
            UnitKind.WARD: COMMUNE_COMMITTEES,
            UnitKind.SPECIAL_ZONE: COMMUNE_COMMITTEES,
        }
    )
    # Art. 29(3)(a), 29(6): a province or city where many people of ethnic minorities live may
    # set up an ethnic-affairs committee (criteria set by the Standing Committee).
    ETHNIC_COMMITTEE_KINDS: ClassVar[Fact] = Fact(
        (UnitKind.PROVINCE, UnitKind.CENTRAL_CITY),
        _cite(29, 3, "a"),
        N_("Nơi có thể thành lập Ban Dân tộc"),
    )
    # Art. 29(2), 29(3)(c)-(d): the chair and vice-chairs, committee heads and deputy heads of
    # provincial and commune-level councils may be full-time; so may members of a provincial
    # committee. How many are full-time is set by the Standing Committee (Art. 29(6)).
    FULL_TIME_LEADERS: ClassVar[Fact] = Fact(
        (
            CouncilPost.CHAIR,
            CouncilPost.VICE_CHAIR,
            CouncilPost.COMMITTEE_HEAD,
            CouncilPost.COMMITTEE_DEPUTY_HEAD,
        ),
        _cite(29, 2),
        N_("Chức danh có thể là đại biểu Hội đồng nhân dân hoạt động chuyên trách"),
    )
    FULL_TIME_COMMITTEE_MEMBERS: ClassVar[Fact] = Fact(
        (CouncilPost.COMMITTEE_MEMBER,),
        _cite(29, 3, "d"),
        N_("Ủy viên của Ban của Hội đồng nhân dân cấp tỉnh có thể hoạt động chuyên trách"),
    )
    FULL_TIME_POSTS: ClassVar[Mapping[UnitKind, tuple[Fact, ...]]] = MappingProxyType(
        {
            **dict.fromkeys(
                (UnitKind.PROVINCE, UnitKind.CENTRAL_CITY),
                (FULL_TIME_LEADERS, FULL_TIME_COMMITTEE_MEMBERS),
            ),
            **dict.fromkeys(
                (UnitKind.COMMUNE, UnitKind.WARD, UnitKind.SPECIAL_ZONE), (FULL_TIME_LEADERS,)
            ),
        }
    )
    # Art. 29(2): members of the standing committee cannot at the same time be members of the
    # People's Committee of that level. Art. 29(3)(c): committee heads and deputy heads cannot
    # head a specialised agency of the People's Committee of that level.
    STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE: ClassVar[Fact] = Fact(
        True,
        _cite(29, 2),
        N_(
            "Thành viên Thường trực Hội đồng nhân dân không thể đồng thời là thành viên"
            " Ủy ban nhân dân cùng cấp"
        ),
    )
    COMMITTEE_LEADERS_NOT_AGENCY_HEADS: ClassVar[Fact] = Fact(
        True,
        _cite(29, 3, "c"),
        N_(
            "Trưởng Ban, Phó Trưởng Ban không thể đồng thời là người đứng đầu cơ quan chuyên"
            " môn thuộc Ủy ban nhân dân cùng cấp"
        ),
    )

    # Art. 38(7): a delegate whose mandate ends leaves the standing committee and committee
    # posts, which only delegates hold; Art. 29(4): delegate groups are formed of delegates.
    POSTS_NEED_MANDATE: ClassVar[Fact] = Fact(
        True, _cite(38, 7), N_("Chức vụ của Hội đồng nhân dân do đại biểu Hội đồng nhân dân giữ")
    )

    def seat_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        """The number of delegates of the council of a unit (Art. 30)."""
        kind = basis.kind
        if kind is UnitKind.CENTRAL_CITY and basis.unit_code in (_HANOI, _HO_CHI_MINH_CITY):
            return self._quota(self.CAPITAL_SEATS, basis, self.cite(30, 1, "c"))
        if kind is UnitKind.PROVINCE:
            return self._quota(self.PROVINCE_SEATS, basis, self.cite(30, 1, "a"))
        if kind is UnitKind.CENTRAL_CITY:
            return self._quota(self.CITY_SEATS, basis, self.cite(30, 1, "b"))
        if kind is UnitKind.COMMUNE:
            if basis.mountainous or basis.island:
                return self._quota(self.MOUNTAIN_COMMUNE_SEATS, basis, self.cite(30, 2, "a"))
            return self._quota(self.COMMUNE_SEATS, basis, self.cite(30, 2, "b"))
        if kind is UnitKind.WARD:
            if basis.parent_kind is UnitKind.CENTRAL_CITY:
                return self._quota(self.CITY_WARD_SEATS, basis, self.cite(30, 2, "d"))
            if basis.parent_kind is UnitKind.PROVINCE:
                return self._quota(self.COMMUNE_SEATS, basis, self.cite(30, 2, "c"))
            return NotApplicable(
                NotApplicableReason.MISSING_INFORMATION,
                "phường thuộc tỉnh hay thuộc thành phố? (parent_kind)",
                self.cite(30, 2),
            )
        if kind is UnitKind.SPECIAL_ZONE:
            if check_population(basis.population) < self.SPECIAL_ZONE_MINIMUM:
                return NotApplicable(NotApplicableReason.NO_COUNCIL, "", self.cite(28, 1))
            return self._quota(self.MOUNTAIN_COMMUNE_SEATS, basis, self.cite(30, 2, "đ"))
        return NotApplicable(NotApplicableReason.NO_SUCH_KIND, "", existence_citation(kind))

    @staticmethod
    def _quota(formula: SeatFormula, basis: SeatBasis, citation: Citation) -> SeatQuota:
        return SeatQuota(formula.seats(basis.population), citation, formula)


LG2025 = LocalGovernmentLaw2025
"""Short alias, as ``holidays`` offers ``VN`` for ``Vietnam``."""
