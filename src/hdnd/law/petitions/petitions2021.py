"""Thông tư 05/2021/TT-TTCP: how petitions (đơn) are received, classified and processed.

Signed by the Government Inspectorate on 1 October 2021 and in force from 15 November 2021
(verified: the Pháp điển header of its Art. 15), replacing Circular 07/2014/TT-TTCP. It has
five chapters and 32 articles (secondary). Only Articles 13 to 16, on denunciations, were
read (verified), so most of what hdnd encodes here is **unverified**, carried over from the
2014 circular, and a check that relies on it gives a warning, never an error:

* :attr:`PETITION_PROCESSING`: a received petition is processed within 10 working days
  (unverified, value and article).
* :attr:`CONTENT_CLASSES`: by content, a petition is a complaint, a denunciation, a
  recommendation or report, or has several contents (Circular 07/2014/TT-TTCP Art. 6,
  verified for 2014; unverified for 2021).
* :attr:`MULTI_SIGNATURE_MINIMUM`: a petition signed by 5 or more people is a
  multi-signature petition (Circular 07/2014 Art. 6(4)(b); unverified for 2021).
* :attr:`DENUNCIATION_FORWARDED_ONCE`: a denunciation outside the receiving body's
  competence is forwarded once only for the same content (Art. 14(1), verified).

```pycon
>>> import datetime as dt
>>> rules = PetitionHandlingCircular2021()
>>> rules.PETITION_PROCESSING.due(dt.date(2026, 2, 10))   # Tết 2026 falls in between
datetime.date(2026, 3, 3)
>>> rules.is_multi_signature(4), rules.is_multi_signature(5)
(False, True)

```
"""

from __future__ import annotations

import datetime as dt
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.rules import Fact

__all__ = ["PetitionHandlingCircular2021"]

_V, _M = Confidence.VERIFIED, Confidence.UNVERIFIED


def _cite(article: int, clause: int | None = None, confidence: Confidence = _M) -> Citation:
    return Citation(InstrumentKind.CIRCULAR, "05/2021/TT-TTCP", article, clause, None, confidence)


class PetitionHandlingCircular2021(Instrument):
    """Circular 05/2021/TT-TTCP on processing complaints, denunciations and recommendations."""

    key: ClassVar[str] = "petitions2021"
    kind: ClassVar[InstrumentKind] = InstrumentKind.CIRCULAR
    number: ClassVar[str] = "05/2021/TT-TTCP"
    title: ClassVar[str] = (
        "Thông tư quy định quy trình xử lý đơn khiếu nại, đơn tố cáo, đơn kiến nghị, phản ánh"
    )
    domain: ClassVar[Domain] = Domain.PETITION_HANDLING
    promulgated: ClassVar[dt.date] = dt.date(2021, 10, 1)
    effective: ClassVar[dt.date] = dt.date(2021, 11, 15)
    replaces: ClassVar[tuple[str, ...]] = ("07/2014/TT-TTCP",)
    source: ClassVar[str] = (
        "Art. 13-16 and the dates: Pháp điển copy (diepxuan/diepxuan.github.io, to-cao);"
        " the rest carried over from Circular 07/2014/TT-TTCP, unverified"
    )

    # Processing time limit: 10 working days from receipt (article number inferred).
    PETITION_PROCESSING: ClassVar[Deadline] = Deadline(
        10, DayCount.WORKING, _cite(5), kind=DeadlineKind.PETITION_PROCESSING
    )
    CONTENT_CLASSES: ClassVar[Fact] = Fact(
        ("complaint", "denunciation", "recommendation", "mixed"),
        _cite(6, 1),
        N_("Phân loại đơn theo nội dung: khiếu nại, tố cáo, kiến nghị, phản ánh, nhiều nội dung"),
    )
    MULTI_SIGNATURE_MINIMUM: ClassVar[Fact] = Fact(
        5, _cite(6, 4), N_("Đơn có nhiều người cùng ký tên: từ 5 người trở lên")
    )
    DENUNCIATION_FORWARDED_ONCE: ClassVar[Fact] = Fact(
        True,
        _cite(14, 1, _V),
        N_("Việc chuyển đơn tố cáo cùng nội dung chỉ thực hiện một lần"),
    )

    def is_multi_signature(self, signers: int) -> bool:
        """Whether a petition signed by *signers* people counts as a multi-signature petition.

        Raises:
            ValueError: *signers* is not a whole number of at least 1.
        """
        if isinstance(signers, bool) or not isinstance(signers, int) or signers < 1:
            msg = f"signers must be a whole number of at least 1, not {signers!r}"
            raise ValueError(msg)
        minimum: int = self.MULTI_SIGNATURE_MINIMUM.value
        return signers >= minimum
