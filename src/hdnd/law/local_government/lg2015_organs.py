"""The organs of the councils under Law 77/2015/QH13, and how that law is cited.

The committees of each council, the posts that may be full-time and the incompatibility of
the standing committee with the People's Committee, as
:class:`~hdnd.law.local_government.lg2015.LocalGovernmentLaw2015` inherits them (see that
module for the confidence of each rule). :func:`cite_2015` builds every citation of the law,
marking the article numbers inferred from its layout as unverified.

```pycon
>>> cite_2015(53, 1, "a", Confidence.VERIFIED).confidence.value
'unverified'
>>> cite_2015(46, 1).confidence.value
'secondary'

```
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar

import attrs

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.instrument import LocalGovernmentLaw
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.organs import Committee, CouncilPost
from hdnd.law.rules import Fact

__all__ = ["Organs2015", "cite_2015"]

_V, _S, _M = Confidence.VERIFIED, Confidence.SECONDARY, Confidence.UNVERIFIED

_INFERRED_ARTICLES = frozenset({18, 25, 32, 39, 53, 60, 67, 91})
"""Article numbers inferred from the law's layout, not read: unverified on every citation."""


def cite_2015(
    article: int,
    clause: int | None = None,
    point: str | None = None,
    confidence: Confidence = _S,
) -> Citation:
    """A citation of Law 77/2015/QH13 (secondary unless *confidence* says otherwise)."""
    inferred = _M if article in _INFERRED_ARTICLES else _V
    return Citation(
        InstrumentKind.LAW,
        "77/2015/QH13",
        article,
        clause,
        point,
        confidence,
        article_confidence=inferred,
    )


class Organs2015(LocalGovernmentLaw):
    """The cited rules of Law 77/2015/QH13 on the organs of each council, and its term.

    The base of :class:`~hdnd.law.local_government.lg2015.LocalGovernmentLaw2015`, which adds
    the seat formulas; not an instrument of its own.
    """

    # A term of five years: the fact sheets give the rule for Law 72/2025/QH15 only; for this
    # law the value and its article (8) are from memory.
    TERM_YEARS: ClassVar[Fact] = Fact(
        5, cite_2015(8, None, None, _M), N_("Nhiệm kỳ của Hội đồng nhân dân (năm)")
    )

    # --- organs (unverified unless marked) -----------------------------------------------------
    PROVINCE_COMMITTEES: ClassVar[Fact] = Fact(
        (Committee.LEGAL_AFFAIRS, Committee.ECONOMY_BUDGET, Committee.CULTURE_SOCIETY),
        cite_2015(18, 3, None, _M),
        N_("Các Ban của Hội đồng nhân dân tỉnh"),
    )
    CITY_COMMITTEES: ClassVar[Fact] = Fact(
        (
            Committee.LEGAL_AFFAIRS,
            Committee.ECONOMY_BUDGET,
            Committee.CULTURE_SOCIETY,
            Committee.URBAN_AFFAIRS,
        ),
        cite_2015(39, 3, None, _M),
        N_("Các Ban của Hội đồng nhân dân thành phố trực thuộc trung ương"),
    )
    DISTRICT_COMMITTEES: ClassVar[Fact] = Fact(
        (Committee.LEGAL_AFFAIRS, Committee.ECONOMY_SOCIETY),
        cite_2015(25, 3, None, _M),
        N_("Các Ban của Hội đồng nhân dân huyện"),
    )
    URBAN_DISTRICT_COMMITTEES: ClassVar[Fact] = attrs.evolve(
        DISTRICT_COMMITTEES,
        citation=cite_2015(46, 3, None, _M),
        label=N_("Các Ban của Hội đồng nhân dân quận"),
    )
    TOWN_COMMITTEES: ClassVar[Fact] = attrs.evolve(
        DISTRICT_COMMITTEES,
        citation=cite_2015(53, 3, None, _M),
        label=N_("Các Ban của Hội đồng nhân dân thị xã, thành phố thuộc tỉnh"),
    )
    COMMUNE_COMMITTEES: ClassVar[Fact] = attrs.evolve(
        DISTRICT_COMMITTEES,
        citation=cite_2015(32, 3, None, _M),
        label=N_("Các Ban của Hội đồng nhân dân xã"),
    )
    WARD_COMMITTEES: ClassVar[Fact] = attrs.evolve(
        DISTRICT_COMMITTEES,
        citation=cite_2015(60, 3, None, _M),
        label=N_("Các Ban của Hội đồng nhân dân phường"),
    )
    TOWNSHIP_COMMITTEES: ClassVar[Fact] = attrs.evolve(
        DISTRICT_COMMITTEES,
        citation=cite_2015(67, 3, None, _M),
        label=N_("Các Ban của Hội đồng nhân dân thị trấn"),
    )
    # Where many people of ethnic minorities live, provincial, rural-district, town and city
    # councils also set up an ethnic-affairs committee (Ban Dân tộc).
    ETHNIC_COMMITTEE_KINDS: ClassVar[Fact] = Fact(
        (
            UnitKind.PROVINCE,
            UnitKind.CENTRAL_CITY,
            UnitKind.RURAL_DISTRICT,
            UnitKind.TOWN,
            UnitKind.PROVINCIAL_CITY,
            UnitKind.MUNICIPAL_CITY,
        ),
        cite_2015(18, 3, None, _M),
        N_("Nơi có thể thành lập Ban Dân tộc"),
    )
    COMMITTEES: ClassVar[Mapping[UnitKind, Fact]] = MappingProxyType(
        {
            UnitKind.PROVINCE: PROVINCE_COMMITTEES,
            UnitKind.CENTRAL_CITY: CITY_COMMITTEES,
            UnitKind.RURAL_DISTRICT: DISTRICT_COMMITTEES,
            UnitKind.URBAN_DISTRICT: URBAN_DISTRICT_COMMITTEES,
            UnitKind.TOWN: TOWN_COMMITTEES,
            UnitKind.PROVINCIAL_CITY: TOWN_COMMITTEES,
            UnitKind.MUNICIPAL_CITY: TOWN_COMMITTEES,
            UnitKind.COMMUNE: COMMUNE_COMMITTEES,
            UnitKind.WARD: WARD_COMMITTEES,
            UnitKind.TOWNSHIP: TOWNSHIP_COMMITTEES,
        }
    )
    # Art. 53(2) (secondary): in a town or a provincial or municipal city, the chair may be
    # a full-time delegate and the (two) vice-chairs are full-time delegates.
    TOWN_CHAIR_MAY_BE_FULL_TIME: ClassVar[Fact] = Fact(
        (CouncilPost.CHAIR,),
        cite_2015(53, 2),
        N_("Chủ tịch Hội đồng nhân dân có thể là đại biểu hoạt động chuyên trách"),
    )
    TOWN_VICE_CHAIRS_FULL_TIME: ClassVar[Fact] = Fact(
        (CouncilPost.VICE_CHAIR,),
        cite_2015(53, 2),
        N_("Phó Chủ tịch Hội đồng nhân dân là đại biểu hoạt động chuyên trách"),
    )
    FULL_TIME_POSTS: ClassVar[Mapping[UnitKind, tuple[Fact, ...]]] = MappingProxyType(
        dict.fromkeys(
            (UnitKind.TOWN, UnitKind.PROVINCIAL_CITY, UnitKind.MUNICIPAL_CITY),
            (TOWN_CHAIR_MAY_BE_FULL_TIME, TOWN_VICE_CHAIRS_FULL_TIME),
        )
    )
    # Art. 18(2) and its counterparts for each council (unverified): members of the standing
    # committee cannot at the same time be members of the People's Committee of that level.
    STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE: ClassVar[Fact] = Fact(
        True,
        cite_2015(18, 2, None, _M),
        N_(
            "Thành viên Thường trực Hội đồng nhân dân không thể đồng thời là thành viên"
            " Ủy ban nhân dân cùng cấp"
        ),
    )
