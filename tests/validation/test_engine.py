from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator

import pytest

from hdnd import Dataset, Finding, Findings, Severity, load_example, validate
from hdnd.law.framework import Framework
from hdnd.validation import CODES, CheckContext, registered_checks, registry
from hdnd.validation.registry import check

AS_OF = dt.date(2026, 6, 1)


def _messy() -> Dataset:
    """Two errors (unknown unit, overlapping mandates) and one information finding."""
    return Dataset.model_validate(
        {
            "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune"}],
            "councils": [
                {"id": "a", "unit": "99001", "term": "2026-2031"},
                {"id": "b", "unit": "99999", "term": "2026-2031"},
            ],
            "delegates": [
                {
                    "id": "d",
                    "name": "Nguyễn Văn Nam",
                    "mandates": [
                        {"council": "a", "start": "2026-04-20"},
                        {"council": "a", "start": "2026-05-01"},
                    ],
                }
            ],
        }
    )


def test_findings_are_sorted_by_severity_then_record_then_code() -> None:
    findings = validate(_messy(), as_of=AS_OF)
    assert [(f.severity.value, f.record, f.code) for f in findings] == [
        ("error", "councils/b", "unresolved-reference"),
        ("error", "delegates/d", "mandate-overlap"),
        ("info", "councils/a", "seat-quota-unavailable"),
    ]


def test_findings_is_a_sequence() -> None:
    findings = validate(_messy(), as_of=AS_OF)
    assert isinstance(findings, Findings)
    assert len(findings) == 3
    assert findings[0].code == "unresolved-reference"
    assert [f.code for f in findings[1:]] == ["mandate-overlap", "seat-quota-unavailable"]
    assert [f.code for f in findings] == [f.code for f in findings.items]
    assert findings.as_of == AS_OF


def test_severity_views() -> None:
    findings = validate(_messy(), as_of=AS_OF)
    assert [f.code for f in findings.errors] == ["unresolved-reference", "mandate-overlap"]
    assert findings.warnings == ()
    assert [f.code for f in findings.of_severity(Severity.INFO)] == ["seat-quota-unavailable"]
    assert findings.has_errors
    assert findings.codes() == (
        "mandate-overlap",
        "seat-quota-unavailable",
        "unresolved-reference",
    )


def test_codes_restricts_the_run() -> None:
    findings = validate(_messy(), as_of=AS_OF, codes=["mandate-overlap"])
    assert [f.code for f in findings] == ["mandate-overlap"]
    # A check reporting several codes still yields only the ones asked for.
    findings = validate(_messy(), as_of=AS_OF, codes={"seat-quota-unavailable"})
    assert [f.code for f in findings] == ["seat-quota-unavailable"]
    assert list(validate(_messy(), as_of=AS_OF, codes=[])) == []


def test_to_json() -> None:
    data = validate(_messy(), as_of=AS_OF).to_json("en")
    assert data["as_of"] == "2026-06-01"
    assert data["counts"] == {"error": 2, "warning": 0, "info": 1}
    first = data["findings"][0]
    assert first == {
        "code": "unresolved-reference",
        "severity": "error",
        "record": "councils/b",
        "field": "unit",
        "message": "Field unit refers to units “99999”, but there is no such record.",
        "citation": None,
        "confidence": None,
        "url": "https://hdnd.readthedocs.io/en/latest/findings/#unresolved-reference",
    }
    json.dumps(data)  # JSON-ready


def test_render_lists_each_finding_then_the_counts() -> None:
    findings = validate(_messy(), as_of=AS_OF)
    lines = findings.render("vi").splitlines()
    assert lines[0] == (
        "[lỗi] unresolved-reference — councils/b · unit: "
        "Trường unit trỏ tới units “99999”, nhưng không có bản ghi nào như vậy."
    )
    assert lines[2].startswith("[thông tin] seat-quota-unavailable — councils/a: ")
    assert lines[-1] == "2 lỗi, 0 cảnh báo, 1 thông tin (tính đến 2026-06-01)."
    english = findings.render("en").splitlines()
    assert english[1] == (
        "[error] mandate-overlap — delegates/d · mandates.1: "
        "The delegate holds two overlapping mandates on a, from May 1, 2026."
    )


def test_render_appends_the_citation() -> None:
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
            "delegates": [
                {"id": "d", "name": "A", "mandates": [{"council": "c", "start": "2026-01-01"}]}
            ],
        }
    )
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
            "sessions": [
                {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": "2026-05-20"}
            ],
        }
    )
    text = validate(dataset, as_of=AS_OF, codes=["first-session-late"]).render("en")
    assert text.splitlines()[0].endswith("(Law 72/2025/QH15, Art. 34(1))")


def test_a_clean_dataset() -> None:
    findings = validate(load_example("can-tho"), as_of=dt.date(2015, 1, 1))
    assert list(findings) == []
    assert not findings.has_errors
    assert findings.render("en") == "Errors: 0, warnings: 0, information: 0 (as of 2015-01-01)."


@pytest.mark.parametrize("as_of", [dt.datetime(2026, 6, 1, 12, 0), "2026-06-01", None])
def test_as_of_must_be_a_date(as_of: object) -> None:
    with pytest.raises(TypeError, match=r"as_of must be a datetime\.date"):
        validate(Dataset(), as_of=as_of)  # type: ignore[arg-type]


def test_every_code_is_reported_by_some_registered_check() -> None:
    checks = dict(registered_checks())
    assert checks == {
        "time_limits_kept": ("petition-deadline-missed", "petition-deadline-due-soon"),
        "forwarded_with_recipient": ("petition-forwarded-without-recipient",),
        "crowds_represented": ("crowd-without-representatives",),
        "complaints_within_limitation": ("complaint-out-of-time",),
        "mixed_petitions_split": ("mixed-petition-not-split",),
        "denunciations_named": ("denunciation-anonymity-mismatch",),
        "duplicates_counted_once": ("duplicate-petition-counted",),
        "refusals_notified": ("refusal-notice-late",),
        "online_reception_provided": ("online-reception-before-law",),
        "seats_within_quota": (
            "seats-serving-exceed-quota",
            "seat-quota-unavailable",
            "rule-not-encoded",
        ),
        "vacancies_within_one_third": ("vacancies-over-one-third",),
        "constituency_seats_within_limit": ("constituency-seats-over-limit",),
        "candidate_lists_long_enough": ("candidate-list-too-short",),
        "turnout_valid": ("election-turnout-invalid",),
        "winners_as_counted": ("winner-without-majority",),
        "by_elections_allowed": ("by-election-not-allowed",),
        "candidates_of_age": ("delegate-under-age",),
        "breakdowns_add_up": ("breakdown-does-not-add-up",),
        "mandates_inside_term": ("mandate-outside-term",),
        "mandates_do_not_overlap": ("mandate-overlap",),
        "office_holders_are_delegates": ("office-holder-not-delegate",),
        "one_holder_per_office": ("office-held-by-two",),
        "standing_committee_not_in_executive": ("standing-committee-member-in-executive",),
        "full_time_posts_allowed": ("full-time-post-not-allowed",),
        "committees_allowed": ("committee-not-allowed-for-unit",),
        "vice_chairs_within_limit": ("vice-chairs-over-limit",),
        "unresolved_references": ("unresolved-reference",),
        "duplicate_identifiers": ("duplicate-identifier",),
        "regular_sessions_per_year": ("regular-sessions-below-minimum", "rule-not-encoded"),
        "first_session_on_time": ("first-session-late",),
        "sessions_inside_term": ("session-outside-term",),
        "sessions_numbered_in_order": ("session-numbering-gap",),
        "thematic_sessions_requested": ("thematic-session-without-request", "rule-not-encoded"),
        "documents_sent_on_time": ("documents-sent-late",),
        "attendance_above_floor": ("attendance-below-floor",),
        "vote_tallies_add_up": ("vote-tally-mismatch",),
        "vote_outcomes_follow_the_law": ("vote-outcome-wrong",),
        "resolutions_voted": ("resolution-without-vote",),
        "document_symbols_read": ("invalid-document-symbol",),
        "closed_sittings_decided": ("closed-sitting-without-decision", "rule-not-encoded"),
        "attendance_within_mandates": ("attendance-outside-mandate",),
        "tallies_within_present": ("votes-exceed-present",),
        "documents_match_their_votes": ("document-vote-mismatch",),
        "elections_on_sunday": ("election-day-not-sunday",),
        "committee_leaders_not_agency_heads": ("committee-leader-heads-agency",),
        "ethnicities_known": ("unknown-ethnicity",),
        "councils_only_with_local_government": ("council-without-local-government",),
        "voter_petition_limits_kept": (
            "voter-petition-deadline-missed",
            "voter-petition-deadline-due-soon",
        ),
        "voter_petition_summaries_on_time": ("voter-petition-summary-late",),
        "voters_met_before_regular_sessions": ("regular-session-without-voter-contact",),
        "confidence_ratings_complete": ("confidence-rating-missing",),
        "exempt_not_rated": ("confidence-rating-of-exempt",),
        "rating_consequences_followed": ("confidence-consequence-not-followed",),
    }
    assert {code for codes in checks.values() for code in codes} == set(CODES)


def test_check_refuses_unknown_codes() -> None:
    with pytest.raises(ValueError, match="unknown finding codes: no-such-code"):
        check("mandate-overlap", "no-such-code")


def test_a_registered_check_runs(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "registered", list(registry.registered))
    seen: list[dt.date] = []

    @check("duplicate-identifier")
    def every_source(ctx: CheckContext) -> Iterator[Finding]:
        seen.append(ctx.as_of)
        for source in ctx.dataset.sources:
            yield Finding("duplicate-identifier", record=f"sources/{source.id}")

    dataset = Dataset.model_validate({"sources": [{"id": "s", "title": "Báo cáo"}]})
    assert [f.record for f in validate(dataset, as_of=AS_OF)] == ["sources/s"]
    assert seen == [AS_OF]
    assert list(validate(dataset, as_of=AS_OF, codes=["mandate-overlap"])) == []
    assert seen == [AS_OF]  # not run when its codes are not asked for
    assert registered_checks()[-1] == ("every_source", ("duplicate-identifier",))


def test_check_context() -> None:
    dataset = load_example("can-tho")
    context = CheckContext(dataset, AS_OF)
    assert context.index is dataset.index
    framework = context.framework(dt.date(2025, 7, 1))
    assert isinstance(framework, Framework)
    assert framework.on == dt.date(2025, 7, 1)
    assert context.framework(dt.date(2025, 7, 1)) is framework  # cached


def test_an_unknown_code_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown finding code"):
        validate(Dataset(), as_of=dt.date(2026, 6, 1), codes=["mandate-overlap", "no-such"])
