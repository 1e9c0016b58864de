"""Luật Tổ chức chính quyền địa phương số 65/2025/QH15 (Law on Local Government, February 2025).

In force from 1 March 2025 (secondary: dantri.com.vn, 14 March 2025) until 15 June 2025:
Law 72/2025/QH15 repealed it from 16 June 2025 (Art. 51(2), verified). It replaced Law
77/2015/QH13 as amended in 2019, while the three levels of local government still existed.

No council was elected under it, so its seat numbers never constituted a council: the councils
sitting in those months kept the numbers of the law of their election
(:func:`hdnd.law.framework_for_term`). Its text was not read. hdnd encodes what is known of
it, and no more:

* **secondary**: the range of its seat formulas, Art. 28 (50 to 85 for provinces, 15 to 30
  for communes; Hà Nội and Hồ Chí Minh City apart), as :attr:`PROVINCIAL_SEAT_RANGE` and
  :attr:`COMMUNE_SEAT_RANGE`. Asking for a number gives
  ``NotApplicable(NOT_ENCODED)`` citing Art. 28.
* **not encoded**: majorities, sessions, organs and deadlines. For a day of those months
  the framework answers ``NotApplicable(NOT_ENCODED)`` rather than guess at an article.

```pycon
>>> from hdnd.law.levels import UnitKind
>>> law = LocalGovernmentLaw2025March()
>>> law.seat_quota(SeatBasis(UnitKind.PROVINCE, 1_500_000)).reason.value
'not-encoded'
>>> law.PROVINCIAL_SEAT_RANGE.value
(50, 85)
>>> law.committees(UnitKind.PROVINCE).reason.value
'not-encoded'

```
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.instrument import Domain, LocalGovernmentLaw
from hdnd.law.levels import Level
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatBasis, SeatQuota
from hdnd.law.local_government.structure import existence_citation, kind_exists
from hdnd.law.rules import Fact

__all__ = ["LG2025_65", "LocalGovernmentLaw2025March"]


def _cite(article: int, clause: int | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "65/2025/QH15", article, clause, None, Confidence.SECONDARY)


class LocalGovernmentLaw2025March(LocalGovernmentLaw):
    """Luật Tổ chức chính quyền địa phương 65/2025/QH15 (1 March to 15 June 2025)."""

    key: ClassVar[str] = "lg2025_65"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "65/2025/QH15"
    title: ClassVar[str] = "Luật Tổ chức chính quyền địa phương"
    domain: ClassVar[Domain] = Domain.LOCAL_GOVERNMENT
    promulgated: ClassVar[dt.date] = dt.date(2025, 2, 19)
    effective: ClassVar[dt.date] = dt.date(2025, 3, 1)
    replaces: ClassVar[tuple[str, ...]] = ("77/2015/QH13", "47/2019/QH14")
    dates_confidence: ClassVar[Confidence] = Confidence.SECONDARY
    source: ClassVar[str] = "secondary: dantri.com.vn, 14 March 2025; text not read"

    PROVINCIAL_SEAT_RANGE: ClassVar[Fact] = Fact(
        (50, 85), _cite(28), N_("Số đại biểu Hội đồng nhân dân cấp tỉnh: từ 50 đến 85")
    )
    COMMUNE_SEAT_RANGE: ClassVar[Fact] = Fact(
        (15, 30), _cite(28), N_("Số đại biểu Hội đồng nhân dân cấp xã: từ 15 đến 30")
    )

    def seat_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        """Never a number: the formulas of Art. 28 are not encoded (see the module notes)."""
        if not kind_exists(basis.kind, self.on):
            return NotApplicable(
                NotApplicableReason.NO_SUCH_KIND,
                basis.kind.label("vi"),
                existence_citation(basis.kind),
            )
        if basis.kind.level is Level.DISTRICT:
            return NotApplicable(NotApplicableReason.NOT_ENCODED, self.number)
        commune = basis.kind.level is Level.COMMUNE
        rule = self.COMMUNE_SEAT_RANGE if commune else self.PROVINCIAL_SEAT_RANGE
        low, high = rule.value
        return NotApplicable(NotApplicableReason.NOT_ENCODED, f"{low}–{high}", rule.citation)


LG2025_65 = LocalGovernmentLaw2025March
"""Short alias."""
