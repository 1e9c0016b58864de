from __future__ import annotations

import datetime as dt
import re

import pytest

from hdnd import Dataset, validate
from hdnd.i18n import translate
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.validation.finding import CODES, DOCS_URL, Finding, Severity

_UNVERIFIED = Citation(InstrumentKind.LAW, "72/2025/QH15", 30, confidence=Confidence.UNVERIFIED)
_VERIFIED = Citation(InstrumentKind.LAW, "72/2025/QH15", 30)


def test_severity_ranks_and_labels() -> None:
    assert [s.rank for s in Severity] == [0, 1, 2]
    assert [s.label("vi") for s in Severity] == ["lỗi", "cảnh báo", "thông tin"]
    assert [s.label("en") for s in Severity] == ["error", "warning", "info"]


def test_the_catalogue() -> None:
    assert list(CODES) == sorted(CODES)
    assert list(CODES) == [
        "attendance-below-floor",
        "attendance-outside-mandate",
        "breakdown-does-not-add-up",
        "by-election-not-allowed",
        "candidate-list-too-short",
        "closed-sitting-without-decision",
        "committee-leader-heads-agency",
        "committee-not-allowed-for-unit",
        "complaint-out-of-time",
        "confidence-consequence-not-followed",
        "confidence-rating-missing",
        "confidence-rating-of-exempt",
        "constituency-seats-over-limit",
        "council-without-local-government",
        "crowd-without-representatives",
        "delegate-under-age",
        "denunciation-anonymity-mismatch",
        "document-vote-mismatch",
        "documents-sent-late",
        "duplicate-identifier",
        "duplicate-petition-counted",
        "election-day-not-sunday",
        "election-turnout-invalid",
        "first-session-late",
        "full-time-post-not-allowed",
        "invalid-document-symbol",
        "mandate-outside-term",
        "mandate-overlap",
        "mixed-petition-not-split",
        "office-held-by-two",
        "office-holder-not-delegate",
        "online-reception-before-law",
        "petition-deadline-due-soon",
        "petition-deadline-missed",
        "petition-forwarded-without-recipient",
        "refusal-notice-late",
        "regular-session-without-voter-contact",
        "regular-sessions-below-minimum",
        "resolution-without-vote",
        "rule-not-encoded",
        "seat-quota-unavailable",
        "seats-serving-exceed-quota",
        "session-numbering-gap",
        "session-outside-term",
        "standing-committee-member-in-executive",
        "thematic-session-without-request",
        "unknown-ethnicity",
        "unresolved-reference",
        "vacancies-over-one-third",
        "vice-chairs-over-limit",
        "vote-outcome-wrong",
        "vote-tally-mismatch",
        "voter-petition-deadline-due-soon",
        "voter-petition-deadline-missed",
        "voter-petition-summary-late",
        "votes-exceed-present",
        "winner-without-majority",
    ]
    for code, kind in CODES.items():
        assert kind.code == code
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", code)
        # Every title and message has an English translation with the same placeholders.
        assert translate(kind.title, "en") != kind.title
        english = translate(kind.template, "en")
        assert english != kind.template
        assert set(re.findall(r"{(\w+)}", english)) == set(re.findall(r"{(\w+)}", kind.template))


def test_severity_defaults_to_the_code() -> None:
    assert Finding("mandate-overlap").severity is Severity.ERROR
    assert Finding("seat-quota-unavailable").severity is Severity.INFO
    assert Finding("mandate-overlap", citation=_VERIFIED).severity is Severity.ERROR


def test_an_unverified_rule_never_makes_an_error() -> None:
    assert Finding("mandate-overlap", citation=_UNVERIFIED).severity is Severity.WARNING
    assert Finding("seat-quota-unavailable", citation=_UNVERIFIED).severity is Severity.INFO


def test_an_explicit_severity_wins() -> None:
    assert Finding("mandate-overlap", severity=Severity.INFO).severity is Severity.INFO


def test_unknown_code_with_a_severity() -> None:
    with pytest.raises(ValueError, match="unknown finding code 'no-such-code'"):
        Finding("no-such-code", severity=Severity.ERROR)


def test_unknown_code() -> None:
    with pytest.raises(ValueError, match="unknown finding code 'no-such-code'"):
        Finding("no-such-code")


def test_title_and_url() -> None:
    finding = Finding("duplicate-identifier")
    assert finding.title == "Mã định danh bị trùng"
    assert translate(finding.title, "en") == "Duplicate identifier"
    assert finding.url == DOCS_URL + "#duplicate-identifier"
    assert finding.url == "https://hdnd.readthedocs.io/en/latest/findings/#duplicate-identifier"


def test_params_are_frozen_and_copied() -> None:
    params: dict[str, object] = {"council": "c", "start": dt.date(2026, 7, 1)}
    finding = Finding("mandate-overlap", params=params)
    params["council"] = "other"
    assert finding.params["council"] == "c"
    with pytest.raises(TypeError):
        finding.params["council"] = "x"  # type: ignore[index]


def test_message_formats_values_per_language() -> None:
    finding = Finding(
        "seats-serving-exceed-quota",
        params={"council": "c", "day": dt.date(2026, 7, 1), "serving": 1234, "quota": 1000},
    )
    assert finding.message("vi") == (
        "Ngày 01/07/2026, c có 1.234 đại biểu đang hoạt động,"
        " vượt số đại biểu được bầu theo luật là 1.000."
    )
    assert finding.message("en") == (
        "On Jul 1, 2026, c has 1,234 delegates serving, more than its statutory number of 1,000."
    )


def test_a_missing_value_is_an_ellipsis() -> None:
    finding = Finding("mandate-overlap", params={"council": "c", "start": None})
    assert finding.message("en").endswith("on c, from ….")


def test_to_dict_with_a_citation() -> None:
    finding = Finding(
        "mandate-overlap",
        record="delegates/d",
        field="mandates.1",
        params={"council": "c", "start": dt.date(2026, 7, 1)},
        citation=_UNVERIFIED,
    )
    assert finding.to_dict("vi") == {
        "code": "mandate-overlap",
        "severity": "warning",
        "record": "delegates/d",
        "field": "mandates.1",
        "message": "Đại biểu có hai nhiệm vụ tại c trùng thời gian, từ 01/07/2026.",
        "citation": "Luật 72/2025/QH15, Điều 30",
        "confidence": "unverified",
        "url": DOCS_URL + "#mandate-overlap",
    }


def test_identifiers_in_messages_are_never_translated() -> None:
    dataset = Dataset.model_validate(
        {"delegates": [{"id": "Nam", "name": "Nguyễn Văn Nam"}, {"id": "Nam", "name": "Lê Nam"}]}
    )
    (finding,) = validate(dataset, as_of=dt.date(2026, 6, 1))
    assert finding.message("en") == "The id “Nam” is already used by another record in delegates."
