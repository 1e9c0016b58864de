"""Deadlines: how many days, counted how, from which event, and where the law says so.

Every deadline states whether it counts calendar days (ngày) or working days (ngày làm
việc), and whether it runs *after* an event (a reply within 10 working days of receipt) or
ends *before* one (documents at least 10 days before the session). Calendar periods are
counted as the Civil Code counts them (:func:`hdnd.calendar.workdays.civil_code_end`).

```pycon
>>> import datetime as dt
>>> from hdnd.law.citation import Citation, InstrumentKind
>>> reply = Deadline(10, DayCount.WORKING, Citation(InstrumentKind.LAW, "42/2013/QH13", 28, 1))
>>> reply.due(dt.date(2026, 2, 9))  # Tết 2026 (16-20 February) falls inside
datetime.date(2026, 3, 2)
>>> reply.describe("vi"), reply.describe("en")
('10 ngày làm việc', '10 working days')
>>> first = Deadline(30, DayCount.CALENDAR, reply.citation, complex=45, remote=45,
...                  remote_complex=60)
>>> first.days_for(remote=True, complex=True)
60

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from types import MappingProxyType
from typing import Any

import attrs

from hdnd._core.i18n import Language, translate
from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.calendar.workdays import (
    add_months,
    add_working_days,
    civil_code_end,
    subtract_working_days,
)
from hdnd.law.citation import Citation

__all__ = ["DayCount", "Deadline", "DeadlineKind"]


class DayCount(LabelledEnum):
    """What a deadline counts: calendar days, working days, calendar months or years."""

    CALENDAR = "calendar"
    WORKING = "working"
    MONTHS = "months"
    YEARS = "years"


class DeadlineKind(LabelledEnum):
    """The deadlines hdnd knows, by the event they follow (or precede)."""

    PETITION_REPLY = "petition-reply"
    FORWARDED_CASE_NOTICE = "forwarded-case-notice"
    DELEGATE_INFORMS_PETITIONER = "delegate-informs-petitioner"
    REFUSAL_NOTICE = "refusal-notice"
    PETITION_PROCESSING = "petition-processing"
    COMPLAINT_FILING = "complaint-filing"
    COMPLAINT_ACCEPTANCE = "complaint-acceptance"
    COMPLAINT_FIRST = "complaint-first"
    SECOND_COMPLAINT_FILING = "second-complaint-filing"
    COMPLAINT_SECOND_ACCEPTANCE = "complaint-second-acceptance"
    COMPLAINT_SECOND = "complaint-second"
    DENUNCIATION_INITIAL = "denunciation-initial"
    DENUNCIATION_TRANSFER = "denunciation-transfer"
    DENUNCIATION = "denunciation"
    VOTER_PETITION_COMPILATION = "voter-petition-compilation"
    VOTER_PETITION_SUMMARY = "voter-petition-summary"
    VOTER_PETITION_ANSWER = "voter-petition-answer"
    VOTER_PETITION_RESULTS_REPORT = "voter-petition-results-report"
    VOTER_PETITION_PUBLICATION = "voter-petition-publication"
    QUESTION_WRITTEN_ANSWER = "question-written-answer"
    QUESTION_FOLLOW_UP_REPORT = "question-follow-up-report"
    EXPLANATION_NOTICE = "explanation-notice"
    SUPERVISION_PROGRAMME_PROPOSALS = "supervision-programme-proposals"
    THEMATIC_SUPERVISION_NOTICE = "thematic-supervision-notice"
    ELECTION_RESULT_COMPLAINT = "election-result-complaint"
    ELECTION_RESULT_COMPLAINT_DECISION = "election-result-complaint-decision"
    FIRST_SESSION = "first-session"
    POST_APPROVAL_SUBMISSION = "post-approval-submission"
    POST_APPROVAL_DECISION = "post-approval-decision"
    PROGRAMME_SUBMISSION = "programme-submission"
    THEMATIC_SUPERVISION_PROGRAMME = "thematic-supervision-programme"
    COMMITTEE_PROGRAMME_PROPOSALS = "committee-programme-proposals"
    COMMITTEE_PROGRAMME_ADOPTION = "committee-programme-adoption"
    COMMITTEE_QUESTION_WRITTEN_ANSWER = "committee-question-written-answer"
    COMMITTEE_THEMATIC_NOTICE = "committee-thematic-notice"
    COMMITTEE_THEMATIC_PROGRAMME = "committee-thematic-programme"
    COMMITTEE_THEMATIC_REPORT = "committee-thematic-report"
    COMMITTEE_REPORT_REVIEW = "committee-report-review"
    COMPLAINT_HANDLING_REPORT = "complaint-handling-report"
    SUPPLEMENTARY_ELECTION = "supplementary-election"
    RERUN_ELECTION = "rerun-election"
    ANNULLED_ELECTION_RERUN = "annulled-election-rerun"
    ELECTION_RESULTS_ANNOUNCED = "election-results-announced"


register_labels(
    DayCount,
    {
        DayCount.CALENDAR: N_("ngày"),
        DayCount.WORKING: N_("ngày làm việc"),
        DayCount.MONTHS: N_("tháng"),
        DayCount.YEARS: N_("năm"),
    },
)
register_labels(
    DeadlineKind,
    {
        DeadlineKind.PETITION_REPLY: N_("Trả lời, thông báo cho người gửi đơn"),
        DeadlineKind.FORWARDED_CASE_NOTICE: N_("Thông báo kết quả vụ việc do đại biểu chuyển đến"),
        DeadlineKind.DELEGATE_INFORMS_PETITIONER: N_("Đại biểu thông báo cho người gửi đơn"),
        DeadlineKind.REFUSAL_NOTICE: N_("Thông báo từ chối tiếp công dân"),
        DeadlineKind.PETITION_PROCESSING: N_("Thời hạn xử lý đơn"),
        DeadlineKind.COMPLAINT_FILING: N_("Thời hiệu khiếu nại"),
        DeadlineKind.COMPLAINT_ACCEPTANCE: N_("Thụ lý khiếu nại lần đầu"),
        DeadlineKind.COMPLAINT_FIRST: N_("Giải quyết khiếu nại lần đầu"),
        DeadlineKind.SECOND_COMPLAINT_FILING: N_("Khiếu nại lần hai"),
        DeadlineKind.COMPLAINT_SECOND_ACCEPTANCE: N_("Thụ lý khiếu nại lần hai"),
        DeadlineKind.COMPLAINT_SECOND: N_("Giải quyết khiếu nại lần hai"),
        DeadlineKind.DENUNCIATION_INITIAL: N_("Xử lý ban đầu thông tin tố cáo"),
        DeadlineKind.DENUNCIATION_TRANSFER: N_("Chuyển tố cáo không thuộc thẩm quyền"),
        DeadlineKind.DENUNCIATION: N_("Giải quyết tố cáo"),
        DeadlineKind.VOTER_PETITION_COMPILATION: N_("Tổng hợp kiến nghị cử tri"),
        DeadlineKind.VOTER_PETITION_SUMMARY: N_("Gửi báo cáo tổng hợp kiến nghị cử tri"),
        DeadlineKind.VOTER_PETITION_ANSWER: N_("Trả lời kiến nghị cử tri"),
        DeadlineKind.VOTER_PETITION_RESULTS_REPORT: N_(
            "Báo cáo kết quả giải quyết kiến nghị cử tri"
        ),
        DeadlineKind.VOTER_PETITION_PUBLICATION: N_("Công khai kết quả trả lời kiến nghị"),
        DeadlineKind.QUESTION_WRITTEN_ANSWER: N_("Trả lời chất vấn bằng văn bản"),
        DeadlineKind.QUESTION_FOLLOW_UP_REPORT: N_("Báo cáo thực hiện nghị quyết về chất vấn"),
        DeadlineKind.EXPLANATION_NOTICE: N_("Thông báo phiên giải trình"),
        DeadlineKind.SUPERVISION_PROGRAMME_PROPOSALS: N_("Đề xuất chương trình giám sát năm"),
        DeadlineKind.THEMATIC_SUPERVISION_NOTICE: N_(
            "Thông báo nội dung, kế hoạch giám sát chuyên đề"
        ),
        DeadlineKind.ELECTION_RESULT_COMPLAINT: N_("Khiếu nại về kết quả bầu cử"),
        DeadlineKind.ELECTION_RESULT_COMPLAINT_DECISION: N_(
            "Giải quyết khiếu nại về kết quả bầu cử"
        ),
        DeadlineKind.FIRST_SESSION: N_("Kỳ họp thứ nhất của khóa mới"),
        DeadlineKind.POST_APPROVAL_SUBMISSION: N_("Gửi hồ sơ phê chuẩn kết quả bầu"),
        DeadlineKind.POST_APPROVAL_DECISION: N_("Phê chuẩn kết quả bầu"),
        DeadlineKind.PROGRAMME_SUBMISSION: N_("Trình dự kiến chương trình giám sát năm"),
        DeadlineKind.THEMATIC_SUPERVISION_PROGRAMME: N_(
            "Gửi chương trình giám sát chuyên đề của Hội đồng nhân dân"
        ),
        DeadlineKind.COMMITTEE_PROGRAMME_PROPOSALS: N_(
            "Đề xuất chương trình giám sát năm của Thường trực"
        ),
        DeadlineKind.COMMITTEE_PROGRAMME_ADOPTION: N_(
            "Thông qua chương trình giám sát năm của Thường trực"
        ),
        DeadlineKind.COMMITTEE_QUESTION_WRITTEN_ANSWER: N_(
            "Trả lời bằng văn bản chất vấn tại phiên họp Thường trực"
        ),
        DeadlineKind.COMMITTEE_THEMATIC_NOTICE: N_(
            "Thông báo kế hoạch giám sát chuyên đề của Thường trực"
        ),
        DeadlineKind.COMMITTEE_THEMATIC_PROGRAMME: N_(
            "Gửi chương trình giám sát chuyên đề của Thường trực"
        ),
        DeadlineKind.COMMITTEE_THEMATIC_REPORT: N_(
            "Báo cáo kết quả giám sát chuyên đề của Thường trực"
        ),
        DeadlineKind.COMMITTEE_REPORT_REVIEW: N_(
            "Thường trực xem xét báo cáo kết quả giám sát chuyên đề"
        ),
        DeadlineKind.COMPLAINT_HANDLING_REPORT: N_(
            "Báo cáo Thường trực kết quả giải quyết khiếu nại, tố cáo"
        ),
        DeadlineKind.SUPPLEMENTARY_ELECTION: N_("Tổ chức bầu cử thêm"),
        DeadlineKind.RERUN_ELECTION: N_("Tổ chức bầu cử lại"),
        DeadlineKind.ANNULLED_ELECTION_RERUN: N_("Bầu cử lại sau khi hủy bỏ kết quả bầu cử"),
        DeadlineKind.ELECTION_RESULTS_ANNOUNCED: N_("Công bố kết quả bầu cử"),
    },
)


_TEMPLATES_TABLE = {
    (DayCount.CALENDAR, False): N_("{days} ngày"),
    (DayCount.WORKING, False): N_("{days} ngày làm việc"),
    (DayCount.CALENDAR, True): N_("{days} ngày trước"),
    (DayCount.WORKING, True): N_("{days} ngày làm việc trước"),
    (DayCount.MONTHS, False): N_("{days} tháng"),
    (DayCount.YEARS, False): N_("{days} năm"),
    (DayCount.MONTHS, True): N_("{days} tháng trước"),
    (DayCount.YEARS, True): N_("{days} năm trước"),
}
_TEMPLATES: Mapping[tuple[DayCount, bool], str] = MappingProxyType(_TEMPLATES_TABLE)


def _positive(_: object, attribute: attrs.Attribute[Any], value: int | None) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{attribute.name} must be a whole number of days, not {value!r}"
        raise ValueError(msg)


@attrs.frozen
class Deadline:
    """A time limit, how it is counted, and where it is written.

    Attributes:
        days: The ordinary limit, in the unit of *count* (days, months or years).
        count: Calendar days, working days, calendar months or calendar years.
        citation: Where the rule is written (with its confidence).
        before: ``True`` when the limit ends *before* an event ("at least 10 days before the
            session"); ``False`` when it runs after one (the default).
        complex: The limit for complex cases (vụ việc phức tạp), if the law sets one.
        remote: The limit in remote or disadvantaged areas (vùng sâu, vùng xa), if any.
        remote_complex: The limit for complex cases in remote areas, if any.
        kind: The time limit it is (:class:`DeadlineKind`): an instrument answers
            :meth:`~hdnd.law.Instrument.deadline` for that kind with this rule.
    """

    days: int = attrs.field(validator=_positive)
    count: DayCount
    citation: Citation
    before: bool = False
    complex: int | None = attrs.field(default=None, validator=_positive)
    remote: int | None = attrs.field(default=None, validator=_positive)
    remote_complex: int | None = attrs.field(default=None, validator=_positive)
    kind: DeadlineKind | None = attrs.field(default=None, kw_only=True)

    def of_kind(self, kind: DeadlineKind) -> Deadline:
        """The same rule, declared as the time limit *kind*."""
        return attrs.evolve(self, kind=kind)

    def days_for(self, *, remote: bool = False, complex: bool = False) -> int:
        """The limit that applies to a case, falling back to the ordinary one."""
        if remote and complex:
            return self.remote_complex or self.remote or self.complex or self.days
        if remote:
            return self.remote or self.days
        if complex:
            return self.complex or self.days
        return self.days

    def due(
        self,
        event: dt.date,
        *,
        remote: bool = False,
        complex: bool = False,
        extra_holidays: Iterable[dt.date] = (),
    ) -> dt.date:
        """The last day to act, for a period that starts (or ends) with *event*.

        After an event, calendar days, months and years follow the Civil Code (the event's
        day is not counted, a month or year ends on the corresponding day, and a last day
        off moves to the next working day); working days skip weekends and public holidays.
        Before an event, the period is counted back from it, and the answer is the latest
        day that still keeps the limit.

        >>> from hdnd.law.citation import Citation, InstrumentKind
        >>> term = Deadline(5, DayCount.YEARS, Citation(InstrumentKind.LAW, "72/2025/QH15", 5, 4))
        >>> term.due(dt.date(2026, 4, 20)), term.describe("en")
        (datetime.date(2031, 4, 21), '5 years')
        """
        amount = self.days_for(remote=remote, complex=complex)
        if self.count is DayCount.WORKING:
            step = subtract_working_days if self.before else add_working_days
            return step(event, amount, extra_holidays=extra_holidays)
        months = {DayCount.MONTHS: amount, DayCount.YEARS: 12 * amount}.get(self.count, 0)
        days = amount if self.count is DayCount.CALENDAR else 0
        if self.before:
            return add_months(event, -months) - dt.timedelta(days=days)
        return civil_code_end(event, days, months=months, extra_holidays=extra_holidays)

    def describe(self, language: Language = "vi") -> str:
        """``10 ngày làm việc`` / ``10 working days`` (the ordinary limit)."""
        return translate(_TEMPLATES[self.count, self.before], language, days=self.days)

    def localize(self, language: Language) -> str:
        """Same as :meth:`describe` (a deadline shows itself in messages and reports)."""
        return self.describe(language)

    def snapshot(self) -> dict[str, Any]:
        """The rule's parameters, for the golden snapshot and the docs."""
        return {
            "days": self.days,
            "count": self.count.value,
            "before": self.before,
            "complex": self.complex,
            "remote": self.remote,
            "remote_complex": self.remote_complex,
            "kind": self.kind.value if self.kind else None,
            "citation": self.citation.render("en"),
            "confidence": self.citation.confidence.value,
        }
