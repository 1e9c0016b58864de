"""The finding codes of citizen reception and petitions (merged into :data:`CODES`).

```pycon
>>> [t.code for t in PETITION_CODES][:3]
['complaint-out-of-time', 'crowd-without-representatives', 'denunciation-anonymity-mismatch']

```
"""

from __future__ import annotations

from hdnd._core.i18n import N_
from hdnd.validation.finding_type import FindingType, Severity

__all__ = ["PETITION_CODES"]

PETITION_CODES: tuple[FindingType, ...] = (
    FindingType(
        "complaint-out-of-time",
        Severity.WARNING,
        N_("Khiếu nại được thụ lý khi đã hết thời hiệu"),
        N_(
            "Khiếu nại {petition} nhận ngày {received} được thụ lý, nhưng thời hiệu khiếu nại"
            " tính từ ngày {known} đã hết ngày {due}."
        ),
    ),
    FindingType(
        "crowd-without-representatives",
        Severity.ERROR,
        N_("Đoàn đông người không có người đại diện hợp lệ"),
        N_(
            "Lượt tiếp {visit} ngày {day}: {visitors} người cùng trình bày một nội dung, có"
            " {representatives} người đại diện; luật yêu cầu từ {minimum} đến {maximum} người."
        ),
    ),
    FindingType(
        "denunciation-anonymity-mismatch",
        Severity.ERROR,
        N_("Tố cáo nặc danh được xử lý như tố cáo, hoặc ghi nặc danh mà có người tố cáo"),
        N_("Đơn tố cáo {petition}: {what}."),
    ),
    FindingType(
        "duplicate-petition-counted",
        Severity.ERROR,
        N_("Đơn trùng được tính hai lần"),
        N_(
            "Đơn {petition} trùng với đơn {original} nhưng có kết quả xử lý riêng ({outcome}),"
            " nên được tính hai lần."
        ),
        legal=False,
    ),
    FindingType(
        "mixed-petition-not-split",
        Severity.WARNING,
        N_("Đơn có nhiều nội dung chưa được tách"),
        N_(
            "Đơn {petition} có nhiều nội dung được thụ lý, giải quyết như một đơn; không có"
            " đơn nào được tách từ đơn này."
        ),
    ),
    FindingType(
        "online-reception-before-law",
        Severity.WARNING,
        N_("Tiếp công dân trực tuyến khi luật chưa quy định"),
        N_(
            "Buổi tiếp {session} ngày {day} được ghi là tiếp trực tuyến, nhưng luật có hiệu lực"
            " ngày đó chưa quy định tiếp công dân trực tuyến."
        ),
    ),
    FindingType(
        "petition-deadline-due-soon",
        Severity.INFO,
        N_("Đơn sắp đến hạn xử lý"),
        N_("Đơn {petition}: hạn {limit} ({rule}, tính từ ngày {start}) là ngày {due}."),
    ),
    FindingType(
        "petition-deadline-missed",
        Severity.ERROR,
        N_("Đơn xử lý quá thời hạn"),
        N_(
            "Đơn {petition}: hạn {limit} ({rule}, tính từ ngày {start}) là ngày {due}; đã"
            " thực hiện: {done} (tính đến ngày {as_of})."
        ),
    ),
    FindingType(
        "petition-forwarded-without-recipient",
        Severity.ERROR,
        N_("Đơn được chuyển mà không ghi cơ quan nhận"),
        N_("Đơn {petition} được chuyển ngày {day} nhưng không ghi cơ quan nhận."),
        legal=False,
    ),
    FindingType(
        "refusal-notice-late",
        Severity.ERROR,
        N_("Thông báo từ chối tiếp công dân quá thời hạn"),
        N_(
            "Lượt tiếp {visit} ngày {day} bị từ chối tiếp: thông báo từ chối phải ban hành"
            " trong {rule} kể từ ngày tiếp, chậm nhất ngày {due}; đã ban hành: {notice} (tính"
            " đến ngày {as_of})."
        ),
    ),
)
"""Every code of the petitions domain, sorted."""
