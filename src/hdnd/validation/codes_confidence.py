"""The finding codes of confidence ratings and votes (merged into :data:`CODES`).

```pycon
>>> [t.code for t in CONFIDENCE_CODES]  # doctest: +NORMALIZE_WHITESPACE
['confidence-consequence-not-followed', 'confidence-rating-missing',
 'confidence-rating-of-exempt']

```
"""

from __future__ import annotations

from hdnd._core.i18n import N_
from hdnd.validation.finding_type import FindingType, Severity

__all__ = ["CONFIDENCE_CODES"]

CONFIDENCE_CODES: tuple[FindingType, ...] = (
    FindingType(
        "confidence-consequence-not-followed",
        Severity.WARNING,
        N_("Kết quả lấy phiếu tín nhiệm không được đưa ra bỏ phiếu tín nhiệm"),
        N_(
            "Kết quả lấy phiếu {rating} ngày {day} của {person} ({outcome}) dẫn đến bỏ phiếu tín"
            " nhiệm, nhưng không có cuộc bỏ phiếu tín nhiệm nào đối với người này tại kỳ họp đó"
            " hoặc kỳ họp thường lệ tiếp theo {session} (khai mạc ngày {opening})."
        ),
    ),
    FindingType(
        "confidence-rating-missing",
        Severity.ERROR,
        N_("Người thuộc diện lấy phiếu tín nhiệm không có kết quả lấy phiếu"),
        N_(
            "{person} thuộc diện lấy phiếu tín nhiệm tại đợt lấy phiếu của {council} ngày {day},"
            " nhưng không có kết quả lấy phiếu nào trong năm đó."
        ),
    ),
    FindingType(
        "confidence-rating-of-exempt",
        Severity.WARNING,
        N_("Lấy phiếu tín nhiệm người không thuộc diện lấy phiếu"),
        N_(
            "Kết quả lấy phiếu {rating} ngày {day}: {person} không thuộc diện lấy phiếu"
            " ({exemption})."
        ),
    ),
)
"""Every code of the confidence domain, sorted."""
