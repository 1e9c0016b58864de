"""The catalogue of finding codes: what each code means, how serious it is by default.

Each code is one heading of the findings catalogue (``docs/findings.md``); a test keeps the
two in step. A code is *legal* (a breach of a rule of law, reported with the rule's citation)
or not (the data contradicts itself: a duplicate identifier, an unresolved reference, a
tally that does not add up, a council's own working rules). This module is the list of the
codes; what a code carries is defined in :mod:`hdnd.validation.finding_type`, and the codes of
a domain that brings many may live in a module of their own
(:mod:`hdnd.validation.codes_confidence`, :mod:`hdnd.validation.codes_petitions`,
:mod:`hdnd.validation.codes_voter_contact`).

```pycon
>>> CODES["vote-outcome-wrong"].legal, CODES["vote-tally-mismatch"].legal
(True, False)
>>> CODES["rule-not-encoded"].severity
<Severity.INFO: 'info'>

```
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from hdnd._core.i18n import N_
from hdnd.validation.codes_confidence import CONFIDENCE_CODES
from hdnd.validation.codes_petitions import PETITION_CODES
from hdnd.validation.codes_voter_contact import VOTER_CONTACT_CODES
from hdnd.validation.finding_type import FindingType, Severity

__all__ = ["CODES", "FindingType", "Severity"]


_CATALOGUE: dict[str, FindingType] = {
    t.code: t
    for t in (
        FindingType(
            "breakdown-does-not-add-up",
            Severity.ERROR,
            N_("Các phần không cộng lại bằng tổng số"),
            N_("Tổng các phần theo {dimension} là {parts}, khác tổng số {value}."),
            legal=False,
        ),
        FindingType(
            "by-election-not-allowed",
            Severity.ERROR,
            N_("Bầu cử bổ sung không đủ điều kiện"),
            N_(
                "Bầu cử bổ sung {election} ngày {day} tại {council} không đủ điều kiện: Hội đồng"
                " còn {in_office} trên {seats} đại biểu và nhiệm kỳ kết thúc ngày {term_end};"
                " cần còn trên {months} tháng và thiếu quá một phần ba số đại biểu."
            ),
        ),
        FindingType(
            "candidate-list-too-short",
            Severity.ERROR,
            N_("Danh sách người ứng cử không đủ số người"),
            N_(
                "Danh sách người ứng cử của {election} có {candidates} người cho {seats} đại biểu"
                " được bầu; luật đòi hỏi ít nhất {minimum} người."
            ),
        ),
        FindingType(
            "committee-not-allowed-for-unit",
            Severity.ERROR,
            N_("Ban không được luật quy định cho Hội đồng nhân dân của loại đơn vị này"),
            N_("{council} ({kind}) có {committee}, nhưng luật chỉ quy định các Ban: {allowed}."),
        ),
        FindingType(
            "constituency-seats-over-limit",
            Severity.ERROR,
            N_("Đơn vị bầu cử có quá số đại biểu tối đa"),
            N_(
                "Đơn vị bầu cử {constituency} của {council} bầu {seats} đại biểu, vượt số tối đa"
                " {limit} đại biểu một đơn vị bầu cử."
            ),
        ),
        FindingType(
            "delegate-under-age",
            Severity.ERROR,
            N_("Người ứng cử chưa đủ tuổi"),
            N_(
                "{person} sinh ngày {born}, đến ngày bầu cử {day} mới {age} tuổi, chưa đủ"
                " {minimum} tuổi để ứng cử."
            ),
        ),
        FindingType(
            "duplicate-identifier",
            Severity.ERROR,
            N_("Mã định danh bị trùng"),
            N_("Mã “{id}” đã được dùng cho một bản ghi khác trong {collection}."),
            legal=False,
        ),
        FindingType(
            "election-turnout-invalid",
            Severity.ERROR,
            N_("Cuộc bầu cử không có quá nửa cử tri đi bầu"),
            N_(
                "Tại {election} ngày {day}, {voted} trên {voters} cử tri trong danh sách đã bỏ"
                " phiếu ({turnout}), không quá một nửa; phải tổ chức bầu cử lại."
            ),
        ),
        FindingType(
            "full-time-post-not-allowed",
            Severity.ERROR,
            N_("Chức vụ không được hoạt động chuyên trách"),
            N_(
                "{person} giữ chức {post} của {council} theo chế độ chuyên trách, nhưng luật"
                " không quy định chức vụ này được hoạt động chuyên trách (loại đơn vị: {kind})."
            ),
        ),
        FindingType(
            "mandate-outside-term",
            Severity.ERROR,
            N_("Nhiệm vụ đại biểu nằm ngoài nhiệm kỳ"),
            N_(
                "Nhiệm vụ đại biểu tại {council} ({start} – {end}) nằm ngoài nhiệm kỳ {term}"
                " ({term_start} – {term_end})."
            ),
            legal=False,
        ),
        FindingType(
            "mandate-overlap",
            Severity.ERROR,
            N_("Hai nhiệm vụ đại biểu trùng thời gian"),
            N_("Đại biểu có hai nhiệm vụ tại {council} trùng thời gian, từ {start}."),
            legal=False,
        ),
        FindingType(
            "office-held-by-two",
            Severity.ERROR,
            N_("Một chức vụ do hai người cùng giữ"),
            N_("Chức vụ {post} của {council} do {first} và {second} cùng giữ từ ngày {day}."),
            legal=False,
        ),
        FindingType(
            "office-holder-not-delegate",
            Severity.ERROR,
            N_("Người giữ chức vụ không phải là đại biểu Hội đồng nhân dân"),
            N_(
                "{person} giữ chức {post} của {council} ngày {day} nhưng không có nhiệm vụ đại"
                " biểu tại Hội đồng đó vào ngày này."
            ),
        ),
        FindingType(
            "seat-quota-unavailable",
            Severity.INFO,
            N_("Chưa xác định được số đại biểu theo luật"),
            N_("Chưa xác định được số đại biểu được bầu của {council}: {reason}."),
        ),
        FindingType(
            "seats-serving-exceed-quota",
            Severity.ERROR,
            N_("Số đại biểu đang hoạt động vượt số được bầu theo luật"),
            N_(
                "Ngày {day}, {council} có {serving} đại biểu đang hoạt động,"
                " vượt số đại biểu được bầu theo luật là {quota}."
            ),
        ),
        FindingType(
            "standing-committee-member-in-executive",
            Severity.ERROR,
            N_("Thành viên Thường trực Hội đồng nhân dân đồng thời là thành viên Ủy ban nhân dân"),
            N_("{person} giữ chức {post} của {council}, đồng thời là {executive}, từ ngày {day}."),
        ),
        FindingType(
            "unresolved-reference",
            Severity.ERROR,
            N_("Tham chiếu không tồn tại"),
            N_("Trường {field} trỏ tới {target} “{value}”, nhưng không có bản ghi nào như vậy."),
            legal=False,
        ),
        FindingType(
            "vacancies-over-one-third",
            Severity.WARNING,
            N_("Hội đồng nhân dân thiếu quá một phần ba số đại biểu"),
            N_("Ngày {day}, {council} chỉ còn {serving} trên {seats} đại biểu, dưới hai phần ba."),
        ),
        FindingType(
            "vice-chairs-over-limit",
            Severity.WARNING,
            N_("Số Phó Chủ tịch Hội đồng nhân dân vượt mức tối đa"),
            N_("Ngày {day}, {council} có {count} Phó Chủ tịch, vượt số tối đa là {limit}."),
        ),
        FindingType(
            "winner-without-majority",
            Severity.ERROR,
            N_("Người trúng cử được công bố khác kết quả theo luật"),
            N_(
                "{election} công bố trúng cử: {announced}; theo luật (quá nửa số phiếu hợp lệ,"
                " không quá số đại biểu được bầu) người trúng cử là: {computed}."
            ),
        ),
        FindingType(
            "regular-sessions-below-minimum",
            Severity.ERROR,
            N_("Không đủ số kỳ họp thường lệ trong năm"),
            N_(
                "Năm {year}, {council} họp {count} kỳ họp thường lệ; luật quy định mỗi năm ít"
                " nhất {minimum} kỳ họp."
            ),
        ),
        FindingType(
            "first-session-late",
            Severity.ERROR,
            N_("Kỳ họp thứ nhất khai mạc quá thời hạn"),
            N_(
                "Kỳ họp thứ nhất của {council} khai mạc ngày {opening}, sau hạn {due}"
                " (tính từ ngày bầu cử {election_day})."
            ),
        ),
        FindingType(
            "session-outside-term",
            Severity.ERROR,
            N_("Kỳ họp ngoài nhiệm kỳ"),
            N_(
                "Kỳ họp của {council} khai mạc ngày {opening}, ngoài nhiệm kỳ {term}"
                " ({term_start} – {term_end})."
            ),
            legal=False,
        ),
        FindingType(
            "session-numbering-gap",
            Severity.WARNING,
            N_("Số thứ tự kỳ họp không liên tục"),
            N_(
                "Kỳ họp {session} của {council} mang số {number}, trong khi theo thứ tự khai mạc"
                " phải là số {expected}."
            ),
            legal=False,
        ),
        FindingType(
            "thematic-session-without-request",
            Severity.ERROR,
            N_("Kỳ họp chuyên đề, bất thường không có yêu cầu hợp lệ"),
            N_(
                "Kỳ họp {session} ({kind}) của {council} không có yêu cầu đủ điều kiện"
                " (người yêu cầu: {requester}; số chữ ký: {signatures})."
            ),
        ),
        FindingType(
            "documents-sent-late",
            Severity.WARNING,
            N_("Tài liệu kỳ họp gửi đại biểu chậm"),
            N_(
                "Tài liệu kỳ họp {session} của {council} gửi ngày {sent}, chưa đủ {lead} ngày"
                " trước ngày khai mạc {opening} như quy chế làm việc quy định."
            ),
            legal=False,
        ),
        FindingType(
            "attendance-below-floor",
            Severity.WARNING,
            N_("Số đại biểu có mặt dưới mức quy chế làm việc quy định"),
            N_(
                "Phiên họp {sitting} của {council} có {present} trên {total} đại biểu có mặt;"
                " quy chế làm việc đòi hỏi ít nhất {minimum}."
            ),
            legal=False,
        ),
        FindingType(
            "vote-tally-mismatch",
            Severity.ERROR,
            N_("Kết quả biểu quyết không khớp"),
            N_(
                "Biểu quyết {vote}: {in_favour} tán thành, {against} không tán thành,"
                " {not_voting} không biểu quyết trên tổng số {base} đại biểu; theo từng đại"
                " biểu: {individual}."
            ),
            legal=False,
        ),
        FindingType(
            "vote-outcome-wrong",
            Severity.ERROR,
            N_("Kết quả thông qua ghi nhận sai so với luật"),
            N_(
                "Biểu quyết {vote} có {in_favour} đại biểu tán thành trên tổng số {base}; cần ít"
                " nhất {minimum} để thông qua, nhưng biên bản ghi kết quả là {recorded}."
            ),
        ),
        FindingType(
            "resolution-without-vote",
            Severity.WARNING,
            N_("Nghị quyết không gắn với lần biểu quyết thông qua"),
            N_("Nghị quyết {document} không ghi lần biểu quyết thông qua (biểu quyết: {vote})."),
            legal=False,
        ),
        FindingType(
            "invalid-document-symbol",
            Severity.ERROR,
            N_("Số, ký hiệu văn bản không hợp lệ"),
            N_("“{symbol}” không phải là số, ký hiệu văn bản hợp lệ."),
            legal=False,
        ),
        FindingType(
            "closed-sitting-without-decision",
            Severity.ERROR,
            N_("Phiên họp kín không có quyết định của Hội đồng"),
            N_("Phiên họp {sitting} ngày {day} họp kín nhưng không ghi quyết định họp kín."),
        ),
        FindingType(
            "rule-not-encoded",
            Severity.INFO,
            N_("Chưa kiểm tra được theo luật của ngày này"),
            N_("Chưa kiểm tra “{rule}” ngày {day}: {reason}."),
        ),
        # Consistency between linked records, which councils exist, the election calendar,
        # incompatible posts and free-text statistics (issue 10).
        FindingType(
            "attendance-outside-mandate",
            Severity.ERROR,
            N_("Ghi nhận dự họp ngoài thời gian làm đại biểu"),
            N_(
                "Phiên họp {sitting} ngày {day} ghi nhận {delegate}, nhưng đại biểu này không có"
                " nhiệm vụ tại {council} vào ngày đó."
            ),
            legal=False,
        ),
        FindingType(
            "votes-exceed-present",
            Severity.ERROR,
            N_("Số đại biểu biểu quyết nhiều hơn số đại biểu có mặt"),
            N_(
                "Biểu quyết {vote}: {voting} đại biểu tán thành hoặc không tán thành, nhưng phiên"
                " họp {sitting} chỉ ghi {present} đại biểu có mặt."
            ),
            legal=False,
        ),
        FindingType(
            "document-vote-mismatch",
            Severity.ERROR,
            N_("Văn bản không khớp với lần biểu quyết thông qua"),
            N_("Văn bản {document} ghi được thông qua tại biểu quyết {vote}, nhưng {problem}."),
            legal=False,
        ),
        FindingType(
            "council-without-local-government",
            Severity.ERROR,
            N_("Hội đồng nhân dân của đơn vị không có cấp chính quyền địa phương"),
            N_(
                "{council}: theo luật áp dụng cho nhiệm kỳ {term}, {unit} ({kind}) không tổ chức"
                " Hội đồng nhân dân."
            ),
        ),
        FindingType(
            "election-day-not-sunday",
            Severity.ERROR,
            N_("Ngày bầu cử không phải là ngày chủ nhật"),
            N_("Cuộc bầu cử {election} được ghi vào ngày {day}, không phải ngày chủ nhật."),
        ),
        FindingType(
            "committee-leader-heads-agency",
            Severity.ERROR,
            N_("Lãnh đạo Ban đồng thời đứng đầu cơ quan chuyên môn của Ủy ban nhân dân"),
            N_(
                "{person} giữ chức {post} của {council}, đồng thời đứng đầu cơ quan chuyên môn"
                " {agency} của Ủy ban nhân dân cùng cấp từ ngày {day}."
            ),
        ),
        FindingType(
            "unknown-ethnicity",
            Severity.WARNING,
            N_("Dân tộc không có trong danh mục 54 dân tộc"),
            N_(
                "Dân tộc “{value}” của đại biểu {delegate} không có trong danh mục các dân tộc"
                " Việt Nam; đại biểu không được tính vào số người dân tộc thiểu số."
            ),
            legal=False,
        ),
    )
}
_CATALOGUE.update((t.code, t) for t in CONFIDENCE_CODES)
_CATALOGUE.update((t.code, t) for t in PETITION_CODES)
_CATALOGUE.update((t.code, t) for t in VOTER_CONTACT_CODES)
CODES: Mapping[str, FindingType] = MappingProxyType(dict(sorted(_CATALOGUE.items())))
"""Every finding code hdnd can report, by code (sorted; read-only)."""
