"""The finding codes of voter contact and voter petitions (merged into :data:`CODES`).

```pycon
>>> [t.code for t in VOTER_CONTACT_CODES]  # doctest: +NORMALIZE_WHITESPACE
['regular-session-without-voter-contact', 'voter-petition-deadline-due-soon',
 'voter-petition-deadline-missed', 'voter-petition-summary-late']

```
"""

from __future__ import annotations

from hdnd._core.i18n import N_
from hdnd.validation.finding_type import FindingType, Severity

__all__ = ["VOTER_CONTACT_CODES"]

VOTER_CONTACT_CODES: tuple[FindingType, ...] = (
    FindingType(
        "regular-session-without-voter-contact",
        Severity.WARNING,
        N_("Kỳ họp thường lệ không có tiếp xúc cử tri trước kỳ họp"),
        N_(
            "Kỳ họp thường lệ {session} của {council} khai mạc ngày {opening}, nhưng không có"
            " hội nghị tiếp xúc cử tri nào của Hội đồng ghi cho kỳ họp này hoặc tổ chức"
            " {window}."
        ),
    ),
    FindingType(
        "voter-petition-deadline-due-soon",
        Severity.INFO,
        N_("Kiến nghị cử tri sắp đến hạn xử lý"),
        N_(
            "Kiến nghị cử tri {petition}: hạn {limit} ({rule}, tính từ ngày {start}) là ngày {due}."
        ),
    ),
    FindingType(
        "voter-petition-deadline-missed",
        Severity.ERROR,
        N_("Kiến nghị cử tri xử lý quá thời hạn"),
        N_(
            "Kiến nghị cử tri {petition}: hạn {limit} ({rule}, tính từ ngày {start}) là ngày"
            " {due}; đã thực hiện: {done} (tính đến ngày {as_of})."
        ),
    ),
    FindingType(
        "voter-petition-summary-late",
        Severity.ERROR,
        N_("Báo cáo tổng hợp kiến nghị cử tri gửi muộn"),
        N_(
            "Kiến nghị cử tri {petition} có trong báo cáo tổng hợp gửi ngày {summarised}; báo"
            " cáo phải gửi chậm nhất {rule} ngày khai mạc kỳ họp {session} ({opening}), tức"
            " ngày {due}."
        ),
    ),
)
"""Every code of the voter-contact domain, sorted."""
