"""Luật Tố cáo 25/2018/QH14 (denunciations), from 1 January 2019.

Initial processing within 7 working days (10 when verification spans several places);
resolution within 30 days of acceptance, extended once by up to 30 days for a complex case
and twice for an especially complex one (Art. 24, 30). The denouncer's identity is secret
(Art. 9(1)(b), 47, 56). Law 136/2025/QH15 amends it from 1 July 2026.
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.rules import Fact

__all__ = ["DenunciationLaw2018"]


def _cite(article: int, clause: int | None = None, point: str | None = None) -> Citation:
    return Citation(InstrumentKind.LAW, "25/2018/QH14", article, clause, point)


class DenunciationLaw2018(Instrument):
    """Law 25/2018/QH14 on denunciations.

    ``--complex`` means one extension (60 days in all); :meth:`resolution_days` gives the
    limit for any number of extensions.

    ```pycon
    >>> law = DenunciationLaw2018()
    >>> [law.resolution_days(n) for n in (0, 1, 2)]
    [30, 60, 90]

    ```
    """

    key: ClassVar[str] = "denunciations2018"
    kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
    number: ClassVar[str] = "25/2018/QH14"
    title: ClassVar[str] = "Luật Tố cáo"
    domain: ClassVar[Domain] = Domain.DENUNCIATIONS
    promulgated: ClassVar[dt.date] = dt.date(2018, 6, 12)
    effective: ClassVar[dt.date] = dt.date(2019, 1, 1)
    source: ClassVar[str] = "Pháp điển copy (diepxuan/diepxuan.github.io, khieu-nai-to-cao)"

    # Art. 24(1): 7 working days; 10 when verification spans several places (the "complex"
    # variant here).
    DENUNCIATION_INITIAL: ClassVar[Deadline] = Deadline(
        7, DayCount.WORKING, _cite(24, 1), complex=10, kind=DeadlineKind.DENUNCIATION_INITIAL
    )
    DENUNCIATION_TRANSFER: ClassVar[Deadline] = Deadline(
        5, DayCount.WORKING, _cite(24, 2), kind=DeadlineKind.DENUNCIATION_TRANSFER
    )
    DENUNCIATION: ClassVar[Deadline] = Deadline(
        30, DayCount.CALENDAR, _cite(30), complex=60, kind=DeadlineKind.DENUNCIATION
    )
    EXTENSION: ClassVar[Fact] = Fact(
        {"days": 30, "complex": 1, "especially-complex": 2},
        _cite(30),
        "Gia hạn giải quyết tố cáo: một lần (phức tạp) hoặc hai lần (đặc biệt phức tạp)",
    )
    ANONYMOUS_NOT_PROCESSED: ClassVar[Fact] = Fact(
        True,
        _cite(25, 1),
        "Thông tin tố cáo nặc danh, mạo danh không được xử lý như tố cáo",
    )
    DENOUNCER_IDENTITY_SECRET: ClassVar[Fact] = Fact(
        True, _cite(9, 1, "b"), "Giữ bí mật họ tên, địa chỉ, bút tích của người tố cáo"
    )

    MOST_EXTENSIONS: ClassVar[int] = EXTENSION.value["especially-complex"]
    """Extensions an especially complex denunciation may have (Art. 30)."""

    def resolution_days(self, extensions: int = 0) -> int:
        """The limit after *extensions* extensions of at most 30 days each (at most two)."""
        if extensions not in range(self.MOST_EXTENSIONS + 1):
            msg = f"a denunciation may be extended 0, 1 or 2 times, not {extensions!r}"
            raise ValueError(msg)
        each: int = self.EXTENSION.value["days"]
        return self.DENUNCIATION.days + each * extensions
