"""Voter-contact checks (Joint resolution 72/2025, from 20 February 2025).

Both sides of every time limit of a voter petition — compilation, answer, publication, the
summary before the session — with weekends, National Day and Tết inside the counts, the
steps not yet taken before and after their last day, both sides of 20 February 2025, merged
records, and voter contact before regular sessions with and without meetings.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, validate
from hdnd.calendar.workdays import add_working_days, is_working_day
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.voter_contact.voter_contact2025 import VoterContactResolution2025 as Resolution
from hdnd.validation.checks import petitions, voter_contact

MISSED = "voter-petition-deadline-missed"
SOON = "voter-petition-deadline-due-soon"
SUMMARY = "voter-petition-summary-late"
SESSION = "regular-session-without-voter-contact"
LATER = dt.date(2027, 6, 1)
"""A day after every limit below has run out."""

COMPILATION = DeadlineKind.VOTER_PETITION_COMPILATION
ANSWER = DeadlineKind.VOTER_PETITION_ANSWER
PUBLICATION = DeadlineKind.VOTER_PETITION_PUBLICATION


def _found(code: str, as_of: dt.date, **collections: list[dict[str, Any]]) -> list[Any]:
    dataset = Dataset.model_validate(collections)
    return list(validate(dataset, as_of=as_of, codes=[code]))


def _limits(as_of: dt.date, **collections: list[dict[str, Any]]) -> dict[DeadlineKind, Any]:
    """The missed limits, by kind."""
    return {f.params["limit"]: f for f in _found(MISSED, as_of, **collections)}


def _meeting(day: dt.date, id: str = "m", **fields: Any) -> dict[str, Any]:
    return {"id": id, "unit": "92", "day": day.isoformat(), "council": "c", **fields}


def _petition(**fields: Any) -> dict[str, Any]:
    days = {k: v.isoformat() if isinstance(v, dt.date) else v for k, v in fields.items()}
    return {"id": "p", "council": "c", "raised_at": ["m"], **days}


# --- compilation: 3 working days after the last meeting (Art. 41(2)) --------------------------


@pytest.mark.parametrize(
    ("meeting", "due"),
    [
        pytest.param(dt.date(2026, 6, 19), dt.date(2026, 6, 24), id="friday-weekend-inside"),
        pytest.param(dt.date(2026, 2, 12), dt.date(2026, 2, 24), id="tet-2026-inside"),
    ],
)
def test_compilation_on_the_last_working_day_keeps_the_limit(
    meeting: dt.date, due: dt.date
) -> None:
    assert Resolution.VOTER_PETITION_COMPILATION.due(meeting) == due
    held = [_meeting(meeting)]
    on_time = _petition(compiled=due)
    assert _limits(LATER, voter_meetings=held, voter_petitions=[on_time]) == {}
    late = add_working_days(due, 1)
    found = _limits(LATER, voter_meetings=held, voter_petitions=[_petition(compiled=late)])
    finding = found[COMPILATION]
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("voter_petitions/p", "compiled")
    assert finding.citation.render("en").endswith("Art. 41(2)")
    assert (finding.params["start"], finding.params["due"]) == (meeting, due)
    assert finding.params["done"] == late


def test_days_off_inside_the_count_do_not_count() -> None:
    off = [dt.date(2026, 2, 13) + dt.timedelta(days=n) for n in range(1, 10)]
    assert not any(is_working_day(d) for d in off)  # a weekend, Tết, a weekend
    held = [_meeting(dt.date(2026, 2, 12))]
    for day in (*off, dt.date(2026, 2, 23), dt.date(2026, 2, 24)):
        petition = _petition(compiled=day)
        assert _limits(LATER, voter_meetings=held, voter_petitions=[petition]) == {}, day


def test_compilation_counts_from_the_last_meeting() -> None:
    held = [_meeting(dt.date(2026, 6, 10), "m1"), _meeting(dt.date(2026, 6, 19), "m2")]
    petition = _petition(raised_at=["m2", "m1"], compiled=dt.date(2026, 6, 24))
    assert _limits(LATER, voter_meetings=held, voter_petitions=[petition]) == {}
    petition = _petition(raised_at=["m1"], compiled=dt.date(2026, 6, 24))
    assert COMPILATION in _limits(LATER, voter_meetings=held, voter_petitions=[petition])


@pytest.mark.parametrize(
    ("occasion", "judged"),
    [
        ("before-session", True),
        ("after-session", True),
        (None, True),
        ("voter-group", False),  # from the receipt of the delegate's letter (not recorded)
        ("before-thematic-session", False),  # the standing committee decides
        ("other", False),
    ],
)
def test_compilation_is_judged_after_the_rounds_of_regular_sessions(
    occasion: str | None, judged: bool
) -> None:
    held = [_meeting(dt.date(2026, 6, 19), occasion=occasion)]
    found = _limits(LATER, voter_meetings=held, voter_petitions=[_petition()])
    assert (COMPILATION in found) is judged


@pytest.mark.parametrize(
    ("as_of", "codes"),
    [
        (dt.date(2026, 6, 18), []),  # before the meeting: the limit has not started
        (dt.date(2026, 6, 19), [SOON]),  # three working days ahead
        (dt.date(2026, 6, 24), [SOON]),  # the last day: not yet missed
        (dt.date(2026, 6, 25), [MISSED]),
    ],
)
def test_a_missing_compilation_is_due_soon_then_missed(as_of: dt.date, codes: list[str]) -> None:
    dataset = Dataset.model_validate(
        {"voter_meetings": [_meeting(dt.date(2026, 6, 19))], "voter_petitions": [_petition()]}
    )
    found = list(validate(dataset, as_of=as_of, codes=[MISSED, SOON]))
    assert [f.code for f in found] == codes
    for finding in found:
        assert finding.field == "compiled"
    if codes == [MISSED]:
        assert found[0].params["done"] == "chưa"


def test_due_soon_looks_as_far_ahead_as_the_petitions_check() -> None:
    assert vars(voter_contact)["DUE_SOON_WORKING_DAYS"] is petitions.DUE_SOON_WORKING_DAYS
    dataset = Dataset.model_validate(
        {"voter_meetings": [_meeting(dt.date(2026, 6, 19))], "voter_petitions": [_petition()]}
    )
    # Wednesday 17 June: the last day, Wednesday 24 June, is five working days ahead
    assert list(validate(dataset, as_of=dt.date(2026, 6, 17), codes=[SOON])) == []


# --- answer: 30 days from receipt (Art. 50(1)); publication: 15 working days after (Art. 51)


@pytest.mark.parametrize(
    ("forwarded", "due"),
    [
        pytest.param(dt.date(2026, 7, 20), dt.date(2026, 8, 19), id="ordinary"),
        pytest.param(dt.date(2026, 1, 20), dt.date(2026, 2, 23), id="day-30-in-tet"),
    ],
)
def test_an_answer_on_the_last_day_keeps_the_limit(forwarded: dt.date, due: dt.date) -> None:
    on_time = _petition(raised_at=[], forwarded=forwarded, answered=due)
    assert ANSWER not in _limits(LATER, voter_petitions=[on_time])
    late = _petition(raised_at=[], forwarded=forwarded, answered=due + dt.timedelta(days=1))
    finding = _limits(LATER, voter_petitions=[late])[ANSWER]
    assert finding.field == "answered"
    assert finding.citation.render("en").endswith("Art. 50(1)")
    assert finding.params["due"] == due


def test_a_missing_answer_is_due_soon_then_missed() -> None:
    petition = _petition(raised_at=[], forwarded=dt.date(2026, 7, 20))
    dataset = Dataset.model_validate({"voter_petitions": [petition]})

    def codes(as_of: dt.date) -> list[tuple[str, DeadlineKind]]:
        found = validate(dataset, as_of=as_of, codes=[MISSED, SOON])
        return [(f.code, f.params["limit"]) for f in found]

    assert codes(dt.date(2026, 8, 1)) == []
    assert codes(dt.date(2026, 8, 19)) == [(SOON, ANSWER)]
    assert codes(dt.date(2026, 8, 20)) == [(MISSED, ANSWER)]


def test_publication_runs_from_the_end_of_the_answers_limit() -> None:
    # 19 August 2026 + 15 working days, National Day (1-2 September) and two weekends skipped
    due = dt.date(2026, 9, 11)
    assert Resolution.VOTER_PETITION_PUBLICATION.due(dt.date(2026, 8, 19)) == due
    answered = {"forwarded": dt.date(2026, 7, 20), "answered": dt.date(2026, 8, 3)}
    on_time = _petition(raised_at=[], published=due, **answered)
    assert _limits(LATER, voter_petitions=[on_time]) == {}
    late = _petition(raised_at=[], published=add_working_days(due, 1), **answered)
    finding = _limits(LATER, voter_petitions=[late])[PUBLICATION]
    assert finding.field == "published"
    assert finding.params["start"] == dt.date(2026, 8, 19)
    assert finding.citation.render("en").endswith("Art. 51")
    missing = _petition(raised_at=[], **answered)
    assert _limits(due, voter_petitions=[missing]) == {}
    assert PUBLICATION in _limits(due + dt.timedelta(days=1), voter_petitions=[missing])


def test_only_from_20_february_2025() -> None:
    for day, judged in ((dt.date(2025, 2, 19), False), (dt.date(2025, 2, 20), True)):
        held = [_meeting(day)]
        found = _limits(LATER, voter_meetings=held, voter_petitions=[_petition(forwarded=day)])
        assert set(found) == ({COMPILATION, ANSWER, PUBLICATION} if judged else set()), day


def test_merged_records_are_judged_in_the_petition_they_went_into() -> None:
    held = [_meeting(dt.date(2026, 6, 10), "m1"), _meeting(dt.date(2026, 6, 19), "m2")]
    target = _petition(raised_at=["m1"], compiled=dt.date(2026, 6, 24))
    merged = _petition(id="q", raised_at=["m2"], merged_into="p", forwarded=dt.date(2026, 7, 1))
    # the record merged into p runs no limit of its own, and brings its meeting to p
    assert _found(MISSED, LATER, voter_meetings=held, voter_petitions=[target, merged]) == []
    alone = _found(MISSED, LATER, voter_meetings=held, voter_petitions=[target])
    assert [f.params["limit"] for f in alone] == [COMPILATION]


def test_petitions_of_the_national_assembly_delegation_are_not_judged() -> None:
    petition = _petition(forwarded=dt.date(2026, 7, 20))
    del petition["council"]
    assert _found(MISSED, LATER, voter_meetings=[_meeting(dt.date(2026, 6, 19))],
                  voter_petitions=[petition]) == []  # fmt: skip


def test_the_message_names_the_petition_never_the_voter() -> None:
    petition = _petition(raised_at=[], forwarded=dt.date(2026, 7, 20), voter="Trần Văn Bình")
    (finding,) = _found(MISSED, dt.date(2026, 8, 20), voter_petitions=[petition])
    assert set(finding.params) == {"petition", "limit", "rule", "start", "due", "done", "as_of"}
    for language in ("vi", "en"):
        assert "Trần" not in finding.message(language)
    assert finding.message("vi").startswith("Kiến nghị cử tri p: hạn Trả lời kiến nghị cử tri")


# --- the summary: at least 7 working days before the session (Art. 42(2)) --------------------


def _for_session(opening: dt.date, summarised: dt.date, **meeting: Any) -> dict[str, Any]:
    held = _meeting(opening - dt.timedelta(days=20), session="k") | meeting
    return {
        "sessions": [
            {"id": "k", "council": "c", "number": 2, "kind": "regular", "opening": opening}
        ],
        "voter_meetings": [held],
        "voter_petitions": [_petition(summarised=summarised, compiled=held["day"])],
    }


@pytest.mark.parametrize(
    ("opening", "due"),
    [
        pytest.param(dt.date(2026, 7, 10), dt.date(2026, 7, 1), id="weekend-inside"),
        pytest.param(dt.date(2026, 2, 25), dt.date(2026, 2, 9), id="tet-2026-inside"),
    ],
)
def test_a_summary_on_the_last_day_is_in_time(opening: dt.date, due: dt.date) -> None:
    assert Resolution.VOTER_PETITION_SUMMARY.due(opening) == due
    assert _found(SUMMARY, LATER, **_for_session(opening, due)) == []
    late = add_working_days(due, 1)
    (finding,) = _found(SUMMARY, LATER, **_for_session(opening, late))
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("voter_petitions/p", "summarised")
    assert finding.citation.render("en").endswith("Art. 42(2)")
    assert finding.params["due"] == due
    assert finding.params["session"] == "k"
    assert finding.message("vi").startswith("Kiến nghị cử tri p có trong báo cáo tổng hợp gửi")


def test_the_summary_is_judged_only_for_the_session_its_meetings_prepare() -> None:
    opening = dt.date(2026, 7, 10)
    late = dt.date(2026, 7, 8)
    after = _for_session(opening, late, day="2026-07-15")  # reports on the session
    assert _found(SUMMARY, LATER, **after) == []
    unnamed = _for_session(opening, late, session=None)
    assert _found(SUMMARY, LATER, **unnamed) == []
    not_sent = _for_session(opening, late)
    del not_sent["voter_petitions"][0]["summarised"]
    assert _found(SUMMARY, LATER, **not_sent) == []


def test_the_summary_only_when_its_last_day_is_from_20_february_2025() -> None:
    # opening 3 March 2025: the last day is 20 February; opening 28 February: 19 February
    for opening, judged in ((dt.date(2025, 3, 3), True), (dt.date(2025, 2, 28), False)):
        due = Resolution.VOTER_PETITION_SUMMARY.due(opening)
        found = _found(SUMMARY, LATER, **_for_session(opening, opening))
        assert bool(found) is judged, due


def test_a_merged_record_gives_its_session_to_the_petition() -> None:
    data = _for_session(dt.date(2026, 7, 10), dt.date(2026, 7, 8))
    data["voter_meetings"][0]["id"] = "m2"
    data["voter_meetings"].append(_meeting(dt.date(2026, 6, 1)))
    data["voter_petitions"].append(_petition(id="q", raised_at=["m2"], merged_into="p"))
    data["voter_petitions"][0]["raised_at"] = ["m"]
    (finding,) = _found(SUMMARY, LATER, **data)
    assert finding.record == "voter_petitions/p"


# --- voter contact before each regular session (Art. 26(1)) ---------------------------------


def _session(
    id: str, number: int, opening: str, closing: str | None = None, **fields: Any
) -> dict[str, Any]:
    session = {"id": id, "council": "c", "number": number, "kind": "regular", "opening": opening}
    return session | ({"closing": closing} if closing else {}) | fields


SESSIONS = [_session("k1", 1, "2026-07-08", "2026-07-10"), _session("k2", 2, "2026-12-08")]


def _sessions_found(*meetings: dict[str, Any], as_of: dt.date = LATER, **data: Any) -> list[Any]:
    return _found(SESSION, as_of, sessions=data.get("sessions", SESSIONS),
                  voter_meetings=list(meetings))  # fmt: skip


def test_a_regular_session_without_a_meeting_before_it() -> None:
    before_k1 = _meeting(dt.date(2026, 6, 20), "m1")
    (finding,) = _sessions_found(before_k1)
    assert finding.severity is Severity.WARNING
    assert finding.record == "sessions/k2"
    assert finding.citation.render("en").endswith("Art. 26(1)")
    assert finding.params["opening"] == dt.date(2026, 12, 8)
    assert finding.message("vi") == (
        "Kỳ họp thường lệ k2 của c khai mạc ngày 08/12/2026, nhưng không có hội nghị tiếp xúc"
        " cử tri nào của Hội đồng ghi cho kỳ họp này hoặc tổ chức từ ngày 10/07/2026 (bế mạc"
        " kỳ họp thường lệ k1) đến trước ngày khai mạc."
    )


@pytest.mark.parametrize(
    ("meeting", "reported"),
    [
        ({"day": "2026-11-20"}, False),  # between the two sessions
        ({"day": "2026-07-10"}, False),  # the closing day of the previous one
        ({"day": "2026-07-09"}, True),  # during the previous session
        ({"day": "2026-12-08"}, True),  # the opening day: not before the session
        ({"day": "2026-07-01", "session": "k2"}, False),  # names the session
        ({"day": "2026-12-15", "session": "k2"}, True),  # names it, but reports on it
        ({"day": "2026-11-20", "council": "other"}, True),  # another council's meeting
    ],
)
def test_the_meetings_that_prepare_a_session(meeting: dict[str, Any], reported: bool) -> None:
    before_k1 = _meeting(dt.date(2026, 6, 20), "m1")
    other = _meeting(dt.date(2026, 6, 20), "m2") | meeting
    found = _sessions_found(before_k1, other)
    assert [f.record for f in found] == (["sessions/k2"] if reported else [])


def test_only_councils_with_voter_meetings_are_judged() -> None:
    assert _sessions_found() == []
    national = _meeting(dt.date(2026, 11, 1))
    del national["council"]
    assert _sessions_found(national) == []
    elsewhere = _meeting(dt.date(2026, 11, 1), council="other")
    assert _sessions_found(elsewhere) == []
    # with one meeting of the council recorded, both sessions are judged
    assert [f.record for f in _sessions_found(_meeting(dt.date(2027, 1, 5)))] == [
        "sessions/k1",
        "sessions/k2",
    ]


def test_only_regular_sessions_held_by_as_of() -> None:
    before_k1 = _meeting(dt.date(2026, 6, 20), "m1")
    assert _sessions_found(before_k1, as_of=dt.date(2026, 12, 7)) == []
    thematic = [*SESSIONS[:1], _session("k2", 2, "2026-12-08", kind="thematic")]
    assert _sessions_found(before_k1, sessions=thematic) == []


def test_sessions_only_from_20_february_2025() -> None:
    meeting = _meeting(dt.date(2025, 1, 10))
    previous = _session("k1", 1, "2025-01-15")  # after the only meeting
    for opening, reported in (("2025-02-19", False), ("2025-02-20", True)):
        found = _sessions_found(meeting, sessions=[previous, _session("k2", 2, opening)])
        assert [f.record for f in found] == (["sessions/k2"] if reported else []), opening
