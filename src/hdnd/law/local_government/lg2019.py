"""Luật số 47/2019/QH14 sửa đổi Luật Tổ chức chính quyền địa phương (amendment of 2019).

Full title: Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức
chính quyền địa phương.

Passed on 22 November 2019, in force from 1 July 2020 (secondary: the law's metadata on
vietjack.me and thuvienphapluat.vn). Its Article 2 amends Law 77/2015/QH13; this class
subclasses :class:`~hdnd.law.local_government.lg2015.LocalGovernmentLaw2015` and overrides only the
seat
formulas, which it reduced.

The new numbers did not apply at once. Article 4 (transitional provisions; secondary,
baotintuc.vn 22 November 2019): "Từ ngày Luật này có hiệu lực cho đến khi bầu ra Hội đồng
nhân dân nhiệm kỳ 2021 - 2026, số lượng đại biểu Hội đồng nhân dân tại các đơn vị hành chính
... tiếp tục thực hiện theo quy định của Luật Tổ chức chính quyền địa phương số 77/2015/QH13".
The councils of the 2021–2026 term were elected on 23 May 2021 (Resolution 133/2020/QH14,
secondary), so an instance for a day before that gives the 2015 numbers, citing Article 4.

Confidence of the amended formulas:

* **secondary**: provinces (chinhsachonline.chinhphu.vn, 12 May 2021, quoting the National
  Election Council; the cap of 85 from thuvienphapluat.vn, 13 December 2019); centrally-run
  cities and the 95 seats of Hà Nội and Hồ Chí Minh City (Art. 2(1) as quoted by
  thuvienphapluat.vn Q&A 4D66F); wards (huongan.thuathienhue.gov.vn, 8 March 2021).
* **unverified**: district-level and commune formulas, whose caps (35, 40 with 30 or more
  communes, 30 for communes) are secondary but whose steps are not. The commune bands and
  steps encoded are those that a Q&A (118.69.201.250, secondary) quotes from Art. 28(3) of
  Law 65/2025/QH15, which appear to have carried the 2019 numbers over.

Each amended formula cites Article 2 of this law, the article amending Law 77/2015/QH13
(clause 1 where a source names it); the amended article of Law 77/2015/QH13 is given in the
comment beside it.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

import attrs

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind, weakest
from hdnd.law.local_government.lg2015 import Band, BandedSeatFormula, LocalGovernmentLaw2015
from hdnd.law.local_government.seats import NotApplicable, SeatBasis, SeatFormula, SeatQuota, Step
from hdnd.law.rules import Fact

__all__ = ["LG2019", "LocalGovernmentLaw2019"]

_S, _M = Confidence.SECONDARY, Confidence.UNVERIFIED


def _cite(clause: int | None = None, confidence: Confidence = _S, article: int = 2) -> Citation:
    return Citation(InstrumentKind.LAW, "47/2019/QH14", article, clause, None, confidence)


class LocalGovernmentLaw2019(LocalGovernmentLaw2015):
    """Law 47/2019/QH14 amending Law 77/2015/QH13 (fewer seats from the 2021–2026 term).

    >>> import datetime as dt
    >>> from hdnd.law.levels import UnitKind
    >>> basis = SeatBasis(UnitKind.CENTRAL_CITY, 9_000_000, unit_code="79")
    >>> LocalGovernmentLaw2019(dt.date(2021, 5, 22)).seat_quota(basis).seats
    105
    >>> LocalGovernmentLaw2019(dt.date(2021, 5, 23)).seat_quota(basis).seats
    95
    """

    key: ClassVar[str] = "lg2019"
    number: ClassVar[str] = "47/2019/QH14"
    title: ClassVar[str] = (
        "Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính"
        " quyền địa phương"
    )
    promulgated: ClassVar[dt.date] = dt.date(2019, 11, 22)
    effective: ClassVar[dt.date] = dt.date(2020, 7, 1)
    amends: ClassVar[str | None] = "77/2015/QH13"
    replaces: ClassVar[tuple[str, ...]] = ()
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = (
        "secondary: thuvienphapluat.vn Q&A and summaries, chinhsachonline.chinhphu.vn,"
        " baotintuc.vn; text not read"
    )

    # Art. 4: seat numbers follow Law 77/2015/QH13 until the 2021–2026 councils are elected
    # (on 23 May 2021, Resolution 133/2020/QH14).
    SEATS_FROM_ELECTION: ClassVar[Fact] = Fact(
        "2021-05-23",
        _cite(None, _S, article=4),
        N_("Số đại biểu mới áp dụng từ cuộc bầu cử nhiệm kỳ 2021–2026"),
    )

    # Art. 18(1) as amended: (a) mountainous or highland provinces 50 up to 500,000, +1 per
    # 50,000, at most 75; (b) others 50 up to 1,000,000, +1 per 70,000, at most 85.
    MOUNTAIN_PROVINCE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 500_000, (Step(500_000, 50_000),), cap=75, citation=_cite()
    )
    PROVINCE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 1_000_000, (Step(1_000_000, 70_000),), cap=85, citation=_cite()
    )
    # Art. 39(1) as amended: 50 up to 1,000,000, +1 per 60,000, at most 85; Hà Nội and Hồ Chí
    # Minh City 95.
    CITY_SEATS: ClassVar[SeatFormula] = SeatFormula(
        50, 1_000_000, (Step(1_000_000, 60_000),), cap=85, citation=_cite(1)
    )
    CAPITAL_SEATS: ClassVar[SeatFormula] = SeatFormula(95, citation=_cite(1))
    # Art. 25(1), 46(1), 53(1) as amended: caps 35 (secondary for rural districts); bases and
    # steps kept from 2015 (unverified).
    MOUNTAIN_DISTRICT_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        LocalGovernmentLaw2015.MOUNTAIN_DISTRICT_SEATS, cap=35, citation=_cite(None, _M)
    )
    DISTRICT_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        LocalGovernmentLaw2015.DISTRICT_SEATS, cap=35, citation=_cite(None, _M)
    )
    URBAN_DISTRICT_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        LocalGovernmentLaw2015.URBAN_DISTRICT_SEATS, cap=35, citation=_cite(None, _M)
    )
    TOWN_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        LocalGovernmentLaw2015.TOWN_SEATS, cap=35, citation=_cite(None, _M)
    )
    DISTRICT_CITY_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        LocalGovernmentLaw2015.DISTRICT_CITY_SEATS, cap=35, citation=_cite(None, _M)
    )
    # With 30 or more commune-level units: the Standing Committee decides, at most 40
    # (secondary for rural districts; assumed for the other district-level kinds).
    DISTRICT_MANY_COMMUNES_CAP: ClassVar[Fact] = attrs.evolve(
        LocalGovernmentLaw2015.DISTRICT_MANY_COMMUNES_CAP, value=40, citation=_cite()
    )
    URBAN_DISTRICT_MANY_COMMUNES_CAP: ClassVar[Fact] = attrs.evolve(
        LocalGovernmentLaw2015.URBAN_DISTRICT_MANY_COMMUNES_CAP, value=40, citation=_cite(None, _M)
    )
    TOWN_MANY_COMMUNES_CAP: ClassVar[Fact] = attrs.evolve(
        LocalGovernmentLaw2015.TOWN_MANY_COMMUNES_CAP, value=40, citation=_cite(None, _M)
    )
    # Art. 32(1) as amended: (a) mountainous, highland or island communes 15 up to 2,000; 19
    # below 3,000; 21 from 3,000 to 4,000; +1 per 1,000 above; at most 30. (b) Other communes
    # 25 up to 5,000; +1 per 2,500 above; at most 30.
    MOUNTAIN_COMMUNE_SEATS: ClassVar[SeatFormula] = BandedSeatFormula(
        15,
        2_000,
        (Step(4_000, 1_000),),
        cap=30,
        citation=_cite(None, _M),
        bands=(Band(2_999, 19), Band(4_000, 21)),
    )
    COMMUNE_SEATS: ClassVar[SeatFormula] = SeatFormula(
        25, 5_000, (Step(5_000, 2_500),), cap=30, citation=_cite(None, _M)
    )
    # Art. 60(1) as amended: wards 21 up to 10,000; +1 per 5,000 above; at most 30.
    WARD_SEATS: ClassVar[SeatFormula] = SeatFormula(
        21, 10_000, (Step(10_000, 5_000),), cap=30, citation=_cite()
    )
    # Art. 67(1) as amended: townships as communes (unverified).
    MOUNTAIN_TOWNSHIP_SEATS: ClassVar[SeatFormula] = attrs.evolve(
        MOUNTAIN_COMMUNE_SEATS, citation=_cite(None, _M)
    )
    TOWNSHIP_SEATS: ClassVar[SeatFormula] = attrs.evolve(COMMUNE_SEATS, citation=_cite(None, _M))

    @property
    def uses_2015_seats(self) -> bool:
        """Whether the instance's day falls before the 2021–2026 councils were elected."""
        return self.on < dt.date.fromisoformat(self.SEATS_FROM_ELECTION.value)

    def seat_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        """The number of delegates of the council of a unit.

        Before 23 May 2021 the numbers of Law 77/2015/QH13 (Art. 4): the quota keeps the 2015
        formula and cites Article 4 of this law, as sure as the weaker of Article 4 and the
        2015 rule it carries over (a formula known from memory stays unverified). From that
        day, the amended formulas.
        """
        if not self.uses_2015_seats:
            return self._seat_quota(basis)
        result = LocalGovernmentLaw2015(self.on).seat_quota(basis)
        if isinstance(result, SeatQuota):
            article_4 = self.SEATS_FROM_ELECTION.citation
            carried = weakest(article_4.value_confidence, result.citation.confidence)
            return attrs.evolve(result, citation=attrs.evolve(article_4, confidence=carried))
        return result

    @staticmethod
    def _many_communes_detail() -> str:
        return N_(
            "từ 30 đơn vị hành chính cấp xã trở lên: Ủy ban thường vụ Quốc hội quyết định số"
            " đại biểu, không quá 40"
        )


LG2019 = LocalGovernmentLaw2019
"""Short alias."""
