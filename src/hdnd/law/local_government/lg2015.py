"""Luật Tổ chức chính quyền địa phương số 77/2015/QH13 (Law on Local Government, 2015).

Passed on 19 June 2015 and in force from 1 January 2016 (the effective date is the
best-known value: unverified). Amended by Law 47/2019/QH14
(:mod:`hdnd.law.local_government.lg2019`) and
replaced by Law 65/2025/QH15 from 1 March 2025 (:mod:`hdnd.law.local_government.lg2025_65`). Three
levels of
local government: province, district, commune. Councils of the 2016–2021 term were elected
under it, and its seat numbers still applied, by the transitional clause of the 2019
amendment, until the councils of the 2021–2026 term were elected.

No complete text of the law was read. Each rule carries the confidence of what was:

* **verified** values: the town and provincial-city seat formulas (Công báo 863–864 of
  2015, transcribed on vi.wikisource.org). Their article number, 53, is inferred from the
  neighbouring articles 46 and 60, so their citations are unverified as a whole.
* **secondary**: the district and urban-district formulas (thuvienphapluat.vn Q&A 1EAB and
  252BD; a summary table there gives 35 rather than 30 seats for an ordinary district, and
  hdnd follows the Q&A that quotes the rule), the caps of the province and commune
  formulas (thuvienphapluat.vn, 13 December 2019), the 105 seats of Hà Nội and Hồ Chí Minh
  City, the majorities (the fact sheet tags their article number, 91(3), unverified), the
  session rules (Art. 78 and 80(1)) and the full-time posts of district-level councils.
* **unverified** (best-known values; checks built on them give warnings, not errors): the
  steps of every province, central-city, commune, ward and township formula (the
  mountainous province step is the fact sheet's 50,000, from memory), the committees of
  each council, and the article numbers 18, 25, 32, 39, 53, 60, 67 and 91 (inferred from
  the law's layout, one article per kind of council). A citation carries the weakest tag
  on its path (:attr:`hdnd.law.citation.Citation.confidence`): an inferred article makes a
  secondary or verified value unverified.

Not encoded: the number of vice-chairs of each council (two at district level in 2015,
changed in 2019), and the pilot resolutions under which some wards of Hà Nội, Hồ Chí Minh
City and Đà Nẵng had no council.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

import attrs

from hdnd._core.labels import N_
from hdnd.law.citation import Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Decision, Domain
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.lg2015_organs import Organs2015, cite_2015
from hdnd.law.local_government.organs import SessionRequester
from hdnd.law.local_government.seats import (
    Band,
    BandedSeatFormula,
    NotApplicable,
    NotApplicableReason,
    SeatBasis,
    SeatFormula,
    SeatQuota,
    Step,
    check_population,
)
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold

__all__ = ["LG2015", "Band", "BandedSeatFormula", "LocalGovernmentLaw2015"]

_HANOI, _HO_CHI_MINH_CITY = "01", "79"
_V, _S, _M = Confidence.VERIFIED, Confidence.SECONDARY, Confidence.UNVERIFIED


def _many_communes(detail: str, cap: Fact) -> NotApplicable:
    return NotApplicable(NotApplicableReason.MISSING_INFORMATION, detail, cap.citation)


class LocalGovernmentLaw2015(Organs2015):
    """Luật Tổ chức chính quyền địa phương 77/2015/QH13.

    >>> from hdnd.law.levels import UnitKind
    >>> law = LocalGovernmentLaw2015()
    >>> law.seat_quota(SeatBasis(UnitKind.TOWN, 95_000)).seats
    32
    >>> law.seat_quota(SeatBasis(UnitKind.CENTRAL_CITY, 7_000_000, unit_code="01")).seats
    105
    >>> law.threshold(Decision.RESOLUTION).minimum_votes(95)
    48
    """

    key: ClassVar[str] = "lg2015"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "77/2015/QH13"
    title: ClassVar[str] = "Luật Tổ chức chính quyền địa phương"
    domain: ClassVar[Domain] = Domain.LOCAL_GOVERNMENT
    promulgated: ClassVar[dt.date] = dt.date(2015, 6, 19)
    effective: ClassVar[dt.date] = dt.date(2016, 1, 1)
    replaces: ClassVar[tuple[str, ...]] = ("11/2003/QH11",)
    dates_confidence: ClassVar[Confidence] = Confidence.UNVERIFIED
    source: ClassVar[str] = (
        "Art. 53 page of Công báo 863–864/2015 (vi.wikisource.org); otherwise secondary:"
        " thuvienphapluat.vn Q&A and summaries; full text not read"
    )

    # --- Art. 18(1): provinces --------------------------------------------------------------
    # (a) Mountainous or highland: 50 up to 500,000; +1 per 50,000 above (the fact sheet's
    # step, from memory); at most 85 (secondary).
    MOUNTAIN_PROVINCE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 500_000, (Step(500_000, 50_000),), cap=85, citation=cite_2015(18, 1, "a", _M)
    )
    # (b) Other provinces: 50 up to 1,000,000; +1 per 50,000 above (step unverified); ≤ 95.
    PROVINCE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 1_000_000, (Step(1_000_000, 50_000),), cap=95, citation=cite_2015(18, 1, "b", _M)
    )
    # --- Art. 39(1): centrally-run cities (unverified) and Hà Nội, Hồ Chí Minh City (105) ---
    CITY_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 1_000_000, (Step(1_000_000, 50_000),), cap=95, citation=cite_2015(39, 1, None, _M)
    )
    CAPITAL_SEATS: ClassVar[SeatFormula] = SeatFormula(105, citation=cite_2015(39, 1))
    # --- Art. 25(1): rural districts -----------------------------------------------------------
    # (a) Mountainous, highland or island: 30 up to 40,000; +1 per 5,000 above; at most 40.
    MOUNTAIN_DISTRICT_SEATS: ClassVar[SeatFormula] = SeatFormula(
        30, 40_000, (Step(40_000, 5_000),), cap=40, citation=cite_2015(25, 1, "a")
    )
    # (b) Other districts: 30 up to 80,000; +1 per 10,000 above; at most 40.
    DISTRICT_SEATS: ClassVar[SeatFormula] = SeatFormula(
        30, 80_000, (Step(80_000, 10_000),), cap=40, citation=cite_2015(25, 1, "b")
    )
    # --- Art. 46(1): urban districts: 30 up to 80,000; +1 per 10,000 above; at most 40 -------
    URBAN_DISTRICT_SEATS: ClassVar[SeatFormula] = SeatFormula(
        30, 80_000, (Step(80_000, 10_000),), cap=40, citation=cite_2015(46, 1)
    )
    # --- Art. 53(1): towns (a) and provincial or municipal cities (b) ------------------------
    TOWN_SEATS: ClassVar[SeatFormula] = SeatFormula(
        30, 70_000, (Step(70_000, 10_000),), cap=40, citation=cite_2015(53, 1, "a", _V)
    )
    DISTRICT_CITY_SEATS: ClassVar[SeatFormula] = SeatFormula(
        30, 100_000, (Step(100_000, 10_000),), cap=40, citation=cite_2015(53, 1, "b", _V)
    )
    # A district-level unit with 30 or more commune-level units: the Standing Committee of
    # the National Assembly decides, on the provincial standing committee's proposal, at
    # most 45 (Art. 25(1)(c) and 46(1) secondary; Art. 53(1)(c) verified).
    MANY_COMMUNES_THRESHOLD: ClassVar[int] = 30
    DISTRICT_MANY_COMMUNES_CAP: ClassVar[Fact] = Fact(
        45,
        cite_2015(25, 1, "c"),
        N_("Huyện, quận có từ 30 đơn vị hành chính cấp xã: Ủy ban thường vụ Quốc hội quyết định"),
    )
    URBAN_DISTRICT_MANY_COMMUNES_CAP: ClassVar[Fact] = attrs.evolve(
        DISTRICT_MANY_COMMUNES_CAP, citation=cite_2015(46, 1)
    )
    TOWN_MANY_COMMUNES_CAP: ClassVar[Fact] = Fact(
        45,
        cite_2015(53, 1, "c", _V),
        N_(
            "Thị xã, thành phố có từ 30 đơn vị hành chính cấp xã:"
            " Ủy ban thường vụ Quốc hội quyết định"
        ),
    )
    # --- Art. 32(1): communes (steps unverified; caps secondary) -------------------------------
    # (a) Mountainous, highland or island: 15 up to 1,000; 20 up to 2,000; 25 up to 3,000;
    # +1 per 1,000 above; at most 35.
    MOUNTAIN_COMMUNE_SEATS: ClassVar[SeatFormula] = BandedSeatFormula(
        15,
        1_000,
        (Step(3_000, 1_000),),
        cap=35,
        citation=cite_2015(32, 1, "a", _M),
        bands=(Band(2_000, 20), Band(3_000, 25)),
    )
    # (b) Other communes: 25 up to 5,000; +1 per 2,500 above; at most 35.
    COMMUNE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        25, 5_000, (Step(5_000, 2_500),), cap=35, citation=cite_2015(32, 1, "b", _M)
    )
    # --- Art. 60(1): wards: 25 up to 10,000; +1 per 5,000 above; at most 35 (unverified) ----
    WARD_SEATS: ClassVar[SeatFormula] = SeatFormula(
        25, 10_000, (Step(10_000, 5_000),), cap=35, citation=cite_2015(60, 1, None, _M)
    )
    # --- Art. 67(1): townships, as communes (unverified) -------------------------------------
    MOUNTAIN_TOWNSHIP_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        MOUNTAIN_COMMUNE_SEATS, citation=cite_2015(67, 1, "a", _M)
    )
    TOWNSHIP_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        COMMUNE_SEATS, citation=cite_2015(67, 1, "b", _M)
    )
    # Art. 2: the kinds of administrative unit; no special zone (đặc khu) among them.
    UNIT_KINDS: ClassVar[Fact] = Fact(
        tuple(kind for kind in UnitKind if kind is not UnitKind.SPECIAL_ZONE),
        cite_2015(2, None, None, _M),
        N_("Các loại đơn vị hành chính"),
    )

    # --- Art. 91(3): majorities ------------------------------------------------------------
    RESOLUTION_MAJORITY: ClassVar[Threshold] = Threshold(
        Fraction(1, 2), True, Base.TOTAL_DELEGATES, cite_2015(91, 3), decision=Decision.RESOLUTION
    )
    RECALL_MAJORITY: ClassVar[Threshold] = Threshold(
        Fraction(2, 3), False, Base.TOTAL_DELEGATES, cite_2015(91, 3), decision=Decision.RECALL
    )

    # --- Art. 78, 80: sessions -----------------------------------------------------------------
    REGULAR_SESSIONS_PER_YEAR: ClassVar[Fact] = Fact(
        2, cite_2015(78, 1), N_("Số kỳ họp thường lệ tối thiểu mỗi năm")
    )
    SESSION_REQUESTERS: ClassVar[Fact] = Fact(
        (
            SessionRequester.STANDING_COMMITTEE,
            SessionRequester.PEOPLES_COMMITTEE_CHAIR,
            SessionRequester.DELEGATES,
        ),
        cite_2015(78, 2),
        N_("Người có quyền yêu cầu họp chuyên đề, họp bất thường"),
    )
    THEMATIC_SESSION_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 3), False, Base.TOTAL_DELEGATES, cite_2015(78, 2)
    )
    # Art. 78(3): more than 10% of the voters of a commune-level unit (on the last list).
    COMMUNE_VOTERS_SESSION_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 10), True, Base.VOTERS_ON_LIST, cite_2015(78, 3)
    )
    # Art. 78(4): sittings are public; closed when the council so decides on the proposal of
    # its standing committee or the People's Committee chair, or at the request of at least
    # one third of all delegates.
    PUBLIC_SITTINGS: ClassVar[Fact] = Fact(
        True, cite_2015(78, 4), N_("Kỳ họp được tổ chức công khai, họp kín khi Hội đồng quyết định")
    )
    CLOSED_SITTING_REQUEST: ClassVar[Threshold] = Threshold(
        Fraction(1, 3), False, Base.TOTAL_DELEGATES, cite_2015(78, 4)
    )
    # Art. 80(1): the first session of a new council within 45 days of election day.
    FIRST_SESSION: ClassVar[Deadline] = Deadline(
        45, DayCount.CALENDAR, cite_2015(80, 1), kind=DeadlineKind.FIRST_SESSION
    )
    # No quorum clause in the clauses of Art. 78 read; none found elsewhere (unverified).
    NO_QUORUM_CLAUSE: ClassVar[Fact] = Fact(
        None,
        cite_2015(78, None, None, _M),
        N_("Luật không quy định số đại biểu tối thiểu có mặt (không có túc số)"),
    )

    def seat_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        """The number of delegates of the council of a unit (Art. 18, 25, 32, 39, 46, 53, 60, 67).

        A district-level unit with 30 or more commune-level units (``basis.communes``) has
        its number set by the Standing Committee of the National Assembly, up to a cap:
        the answer is ``NotApplicable(MISSING_INFORMATION)`` citing the cap's provision.
        ``communes=None`` is read as fewer than 30.
        """
        return self._seat_quota(basis)

    def _seat_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        kind = basis.kind
        terrain = basis.mountainous or basis.highland
        if kind is UnitKind.PROVINCE:
            return self._quota(
                self.MOUNTAIN_PROVINCE_SEATS if terrain else self.PROVINCE_SEATS, basis
            )
        if kind is UnitKind.CENTRAL_CITY:
            if basis.unit_code in (_HANOI, _HO_CHI_MINH_CITY):
                return self._quota(self.CAPITAL_SEATS, basis)
            return self._quota(self.CITY_SEATS, basis)
        if kind.level is UnitKind.RURAL_DISTRICT.level:
            return self._district_quota(basis)
        if kind is UnitKind.WARD:
            return self._quota(self.WARD_SEATS, basis)
        if kind is UnitKind.COMMUNE:
            mountain = terrain or basis.island
            return self._quota(
                self.MOUNTAIN_COMMUNE_SEATS if mountain else self.COMMUNE_SEATS, basis
            )
        if kind is UnitKind.TOWNSHIP:
            mountain = terrain or basis.island
            formula = self.MOUNTAIN_TOWNSHIP_SEATS if mountain else self.TOWNSHIP_SEATS
            return self._quota(formula, basis)
        return NotApplicable(
            NotApplicableReason.NO_SUCH_KIND, kind.label("vi"), self.UNIT_KINDS.citation
        )

    def _district_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        kind = basis.kind
        check_population(basis.population)
        many = basis.communes is not None and basis.communes >= self.MANY_COMMUNES_THRESHOLD
        if kind in (UnitKind.RURAL_DISTRICT, UnitKind.URBAN_DISTRICT):
            if many:
                cap = (
                    self.URBAN_DISTRICT_MANY_COMMUNES_CAP
                    if kind is UnitKind.URBAN_DISTRICT
                    else self.DISTRICT_MANY_COMMUNES_CAP
                )
                return _many_communes(self._many_communes_detail(), cap)
            if kind is UnitKind.URBAN_DISTRICT:
                return self._quota(self.URBAN_DISTRICT_SEATS, basis)
            mountain = basis.mountainous or basis.highland or basis.island
            return self._quota(
                self.MOUNTAIN_DISTRICT_SEATS if mountain else self.DISTRICT_SEATS, basis
            )
        if many:
            return _many_communes(self._many_communes_detail(), self.TOWN_MANY_COMMUNES_CAP)
        if kind is UnitKind.TOWN:
            return self._quota(self.TOWN_SEATS, basis)
        return self._quota(self.DISTRICT_CITY_SEATS, basis)

    @staticmethod
    def _many_communes_detail() -> str:
        return N_(
            "từ 30 đơn vị hành chính cấp xã trở lên: Ủy ban thường vụ Quốc hội quyết định số"
            " đại biểu, không quá 45"
        )

    @staticmethod
    def _quota(formula: SeatFormula, basis: SeatBasis) -> SeatQuota:
        assert formula.citation is not None  # every formula here is cited
        return SeatQuota(formula.seats(basis.population), formula.citation, formula)


LG2015 = LocalGovernmentLaw2015
"""Short alias."""
