"""Petition and reception checks (issue 11): both sides of every limit and effective date."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, validate
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.petitions.timeline import time_limit


def _found(code: str, as_of: dt.date, **collections: list[dict[str, Any]]) -> list[Any]:
    dataset = Dataset.model_validate(collections)
    return list(validate(dataset, as_of=as_of, codes=[code]))


def _petition(**fields: Any) -> dict[str, Any]:
    return {"id": "p", "unit": "92", "received": "2026-04-20", **fields}


def _steps(*pairs: tuple[str, str], **extra: Any) -> list[dict[str, Any]]:
    return [{"kind": kind, "day": day, **extra} for kind, day in pairs]


# --- time limits ---------------------------------------------------------------------------

# 20 April 2026 + 10 working days (30 April, 1 May and the Hùng Kings' day off skipped)
REPLY_DUE = time_limit(DeadlineKind.PETITION_REPLY, dt.date(2026, 4, 20)).due  # type: ignore[union-attr]


def test_the_reply_limit_is_what_the_calendar_gives() -> None:
    assert dt.date(2026, 5, 7) == REPLY_DUE


@pytest.mark.parametrize(
    ("answered", "missed"),
    [(REPLY_DUE, False), (REPLY_DUE + dt.timedelta(days=1), True)],
)
def test_a_reply_on_the_last_day_keeps_the_limit(answered: dt.date, missed: bool) -> None:
    petition = _petition(steps=_steps(("answered", answered.isoformat())))
    found = _found("petition-deadline-missed", dt.date(2026, 6, 1), petitions=[petition])
    assert bool(found) is missed
    if missed:
        assert found[0].severity is Severity.ERROR
        assert found[0].citation.render("en") == "Law 42/2013/QH13, Art. 28(1)"


@pytest.mark.parametrize(
    ("as_of", "codes"),
    [
        (REPLY_DUE - dt.timedelta(days=14), []),  # more than three working days ahead
        (REPLY_DUE, ["petition-deadline-due-soon"]),  # the last day: not yet missed
        (REPLY_DUE + dt.timedelta(days=1), ["petition-deadline-missed"]),
    ],
)
def test_an_open_limit_is_due_soon_then_missed(as_of: dt.date, codes: list[str]) -> None:
    dataset = Dataset.model_validate({"petitions": [_petition()]})
    wanted = ["petition-deadline-missed", "petition-deadline-due-soon"]
    assert [f.code for f in validate(dataset, as_of=as_of, codes=wanted)] == codes


def test_no_limit_before_it_starts_nor_before_the_law() -> None:
    assert _found("petition-deadline-missed", dt.date(2026, 4, 19), petitions=[_petition()]) == []
    old = _petition(received="2014-06-30")  # Law 42/2013/QH13 takes effect on 1 July 2014
    assert _found("petition-deadline-missed", dt.date(2015, 1, 1), petitions=[old]) == []
    new = _petition(received="2014-07-01")
    assert len(_found("petition-deadline-missed", dt.date(2015, 1, 1), petitions=[new])) == 1


def test_stored_anonymous_and_duplicate_petitions_run_no_reply_limit() -> None:
    late = dt.date(2026, 12, 1)
    stored = _petition(steps=_steps(("stored", "2026-04-21")))
    anonymous = _petition(id="a", anonymous=True)
    duplicate = _petition(id="d", duplicate_of="p")
    found = _found("petition-deadline-missed", late, petitions=[stored, anonymous, duplicate])
    assert found == []


@pytest.mark.parametrize(
    ("received", "accepted", "missed"),
    [
        ("2026-06-30", "2026-07-10", False),  # 10 days under Law 02/2011/QH13
        ("2026-06-30", "2026-07-11", True),
        ("2026-07-01", "2026-07-10", False),  # 7 working days from 1 July 2026
        ("2026-07-01", "2026-07-11", True),  # a Saturday, past the 7 working days
    ],
)
def test_complaint_acceptance_before_and_after_1_july_2026(
    received: str, accepted: str, missed: bool
) -> None:
    petition = _petition(
        received=received,
        kind="complaint",
        steps=_steps(("accepted", accepted), ("resolved", accepted)),
    )
    found = _found("petition-deadline-missed", dt.date(2026, 9, 1), petitions=[petition])
    kinds = [f.params["limit"] for f in found]
    assert (DeadlineKind.COMPLAINT_ACCEPTANCE in kinds) is missed


@pytest.mark.parametrize(
    ("complex_case", "remote", "resolved", "missed"),
    [
        (False, False, "2026-05-31", False),  # 30 days from 1 May end on Sunday 31 May → 1 June
        (False, False, "2026-06-02", True),
        (True, False, "2026-06-15", False),  # 45 days
        (True, True, "2026-06-30", False),  # 60 days
        (True, True, "2026-07-01", True),
    ],
)
def test_complaint_resolution_by_case_and_area(
    complex_case: bool, remote: bool, resolved: str, missed: bool
) -> None:
    petition = _petition(
        received="2026-04-29",
        kind="complaint",
        complex=complex_case,
        remote=remote,
        steps=_steps(("accepted", "2026-05-01"), ("resolved", resolved)),
    )
    found = _found("petition-deadline-missed", dt.date(2026, 9, 1), petitions=[petition])
    assert (DeadlineKind.COMPLAINT_FIRST in [f.params["limit"] for f in found]) is missed


@pytest.mark.parametrize(
    ("extensions", "resolved", "missed"),
    [
        (0, "2026-04-01", False),  # 30 days from 2 March
        (0, "2026-04-02", True),
        (1, "2026-05-01", False),  # 60 days
        (2, "2026-06-01", False),  # 90 days (31 May is a Sunday)
        (3, "2026-06-02", True),  # a third extension adds nothing
    ],
)
def test_denunciation_resolution_and_its_extensions(
    extensions: int, resolved: str, missed: bool
) -> None:
    steps = _steps(("accepted", "2026-03-02"), ("resolved", resolved))
    steps += _steps(*[("extended", "2026-03-20")] * extensions, days=30)
    petition = _petition(received="2026-02-27", kind="denunciation", steps=steps)
    found = _found("petition-deadline-missed", dt.date(2026, 9, 1), petitions=[petition])
    assert (DeadlineKind.DENUNCIATION in [f.params["limit"] for f in found]) is missed


# --- forwarded, crowds, limitation, mixed, anonymity, duplicates ---------------------------


def test_a_forwarded_petition_names_its_recipient() -> None:
    day = dt.date(2026, 6, 1)
    code = "petition-forwarded-without-recipient"
    named = _petition(steps=_steps(("forwarded", "2026-04-22"), to="UBND xã"))
    assert _found(code, day, petitions=[named]) == []
    unnamed = _petition(steps=_steps(("received", "2026-04-20"), ("forwarded", "2026-04-22")))
    (finding,) = _found(code, day, petitions=[unnamed])
    assert (finding.record, finding.field) == ("petitions/p", "steps.1.to")


@pytest.mark.parametrize(
    ("visitors", "representatives", "reported"),
    [
        (5, 1, False),
        (5, 2, False),
        (5, 3, True),
        (10, 2, False),
        (11, 5, False),
        (11, 6, True),
        (12, 0, True),
        (12, None, True),
        (None, 1, False),  # the number of people unknown: any representative will do
        (None, None, True),
    ],
)
def test_a_crowd_comes_through_representatives(
    visitors: int | None, representatives: int | None, reported: bool
) -> None:
    visit = {"id": "v", "unit": "92", "day": "2026-05-12", "kind": "crowd",
             "visitors": visitors, "representatives": representatives}  # fmt: skip
    found = _found("crowd-without-representatives", dt.date(2026, 6, 1), citizen_visits=[visit])
    assert bool(found) is reported


def test_only_crowds_and_only_under_the_law() -> None:
    code = "crowd-without-representatives"
    group = {"id": "v", "unit": "92", "day": "2026-05-12", "kind": "group", "visitors": 12}
    assert _found(code, dt.date(2026, 6, 1), citizen_visits=[group]) == []
    before = {"id": "v", "unit": "92", "day": "2014-06-30", "kind": "crowd"}
    assert _found(code, dt.date(2015, 1, 1), citizen_visits=[before]) == []
    after = {**before, "day": "2014-07-01"}
    assert len(_found(code, dt.date(2015, 1, 1), citizen_visits=[after])) == 1


@pytest.mark.parametrize(
    ("received", "reported"),
    [("2026-04-20", False), ("2026-04-21", True)],  # 90 days from 20 January end on 20 April
)
def test_a_complaint_within_its_limitation_period(received: str, reported: bool) -> None:
    petition = _petition(
        received=received,
        kind="complaint",
        decision_known="2026-01-20",
        steps=_steps(("accepted", "2026-04-24")),
    )
    found = _found("complaint-out-of-time", dt.date(2026, 6, 1), petitions=[petition])
    assert bool(found) is reported
    if reported:
        assert found[0].severity is Severity.WARNING
    not_accepted = {**petition, "steps": []}
    assert _found("complaint-out-of-time", dt.date(2026, 6, 1), petitions=[not_accepted]) == []


def test_a_mixed_petition_is_split_before_it_is_handled() -> None:
    code = "mixed-petition-not-split"
    day = dt.date(2026, 6, 1)
    mixed = _petition(kind="mixed", steps=_steps(("accepted", "2026-04-28")))
    assert len(_found(code, day, petitions=[mixed])) == 1
    part = _petition(id="p-1", kind="complaint", split_from="p")
    assert _found(code, day, petitions=[mixed, part]) == []
    waiting = _petition(kind="mixed", steps=_steps(("guided", "2026-04-22")))
    assert _found(code, day, petitions=[waiting]) == []


def test_anonymous_denunciations() -> None:
    code = "denunciation-anonymity-mismatch"
    day = dt.date(2026, 6, 1)
    processed = _petition(
        kind="denunciation", anonymous=True, steps=_steps(("accepted", "2026-04-27"))
    )
    (finding,) = _found(code, day, petitions=[processed])
    assert finding.severity is Severity.ERROR
    assert finding.citation.render("en") == "Law 25/2018/QH14, Art. 25(1)"
    named = _petition(kind="denunciation", anonymous=True, petitioner="Nguyễn Văn Kín")
    (finding,) = _found(code, day, petitions=[named])
    assert "Kín" not in finding.message("vi") + finding.message("en") + repr(finding)
    assert _found(code, day, petitions=[_petition(kind="denunciation")]) == []
    stored = _petition(kind="denunciation", anonymous=True, steps=_steps(("stored", "2026-04-22")))
    assert _found(code, day, petitions=[stored]) == []


def test_a_duplicate_is_counted_once() -> None:
    code = "duplicate-petition-counted"
    day = dt.date(2026, 6, 1)
    first = _petition(outcome="forwarded")
    counted = _petition(id="d", duplicate_of="p", outcome="forwarded")
    (finding,) = _found(code, day, petitions=[first, counted])
    assert finding.record == "petitions/d"
    silent = _petition(id="d", duplicate_of="p")
    assert _found(code, day, petitions=[first, silent]) == []


def _limits(petition: dict[str, Any], as_of: dt.date = dt.date(2026, 9, 1)) -> list[Any]:
    found = _found("petition-deadline-missed", as_of, petitions=[petition])
    return [f.params["limit"] for f in found]


@pytest.mark.parametrize(
    ("forwarded", "missed"),
    [("2026-03-09", False), ("2026-03-10", True)],  # 5 working days from Monday 2 March
)
def test_a_denunciation_outside_competence_is_passed_on_in_five_working_days(
    forwarded: str, missed: bool
) -> None:
    petition = _petition(
        received="2026-03-02",
        kind="denunciation",
        steps=_steps(("forwarded", forwarded), to="Thanh tra tỉnh"),
    )
    assert (DeadlineKind.DENUNCIATION_TRANSFER in _limits(petition)) is missed
    assert DeadlineKind.DENUNCIATION_INITIAL not in _limits(petition)  # 7 working days kept


@pytest.mark.parametrize(
    ("notified", "missed"),
    [("2026-05-12", False), ("2026-05-13", True), (None, True)],  # 7 working days from 1 May
)
def test_a_case_a_delegate_passed_on_is_notified_once_resolved(
    notified: str | None, missed: bool
) -> None:
    steps = [("answered", "2026-04-21"), ("resolved", "2026-05-01")]
    if notified is not None:
        steps.append(("notified", notified))
    petition = _petition(channel="delegate", delegate="d1", steps=_steps(*steps))
    assert (DeadlineKind.FORWARDED_CASE_NOTICE in _limits(petition)) is missed
    by_post = {**petition, "channel": "post"}
    assert DeadlineKind.FORWARDED_CASE_NOTICE not in _limits(by_post)


# --- second complaints -------------------------------------------------------------------

_FIRST_LEVEL = _petition(
    id="kn-1",
    received="2026-03-02",
    kind="complaint",
    steps=_steps(("accepted", "2026-03-05"), ("resolved", "2026-03-20")),
)


def _second(**fields: Any) -> dict[str, Any]:
    return _petition(id="kn-2", kind="complaint", follow_up_of="kn-1", **fields)


@pytest.mark.parametrize(
    ("resolved", "missed"),
    [("2026-05-19", False), ("2026-05-20", True)],  # 45 days from acceptance on 4 April
)
def test_a_second_complaint_runs_the_second_level_limits(resolved: str, missed: bool) -> None:
    second = _second(
        received="2026-04-01",
        steps=_steps(("accepted", "2026-04-04"), ("resolved", resolved)),
    )
    due = time_limit(DeadlineKind.COMPLAINT_SECOND, dt.date(2026, 4, 4))
    assert due.due == dt.date(2026, 5, 19)  # type: ignore[union-attr]
    found = _found(
        "petition-deadline-missed", dt.date(2026, 9, 1), petitions=[_FIRST_LEVEL, second]
    )
    limits = [f.params["limit"] for f in found]
    assert DeadlineKind.COMPLAINT_FIRST not in limits  # not judged as a first complaint
    assert (DeadlineKind.COMPLAINT_SECOND in limits) is missed


@pytest.mark.parametrize(
    ("received", "remote", "reported"),
    [
        ("2026-04-20", False, False),  # 30 days from the decision of 20 March 2026 (Art. 33(1))
        ("2026-04-21", False, True),
        ("2026-05-04", True, False),  # 45 in a remote area: 4 May
        ("2026-05-05", True, True),
    ],
)
def test_a_second_complaint_within_30_days_of_the_first_decision(
    received: str, remote: bool, reported: bool
) -> None:
    second = _second(received=received, remote=remote, steps=_steps(("accepted", received)))
    found = _found("complaint-out-of-time", dt.date(2026, 9, 1), petitions=[_FIRST_LEVEL, second])
    assert bool(found) is reported
    if reported:
        assert found[0].field == "follow_up_of"
        assert found[0].citation.render("en") == "Law 02/2011/QH13, Art. 33(1)"


# --- the effective dates of the laws these checks rest on -------------------------------


@pytest.mark.parametrize(
    ("received", "reported"),
    [("2018-12-31", False), ("2019-01-01", True)],  # Law 25/2018/QH14 takes effect
)
def test_anonymous_denunciations_from_the_law_of_2018(received: str, reported: bool) -> None:
    petition = _petition(
        received=received,
        kind="denunciation",
        anonymous=True,
        steps=_steps(("accepted", received)),
    )
    found = _found("denunciation-anonymity-mismatch", dt.date(2019, 6, 1), petitions=[petition])
    assert bool(found) is reported


@pytest.mark.parametrize(
    ("known", "reported"),
    [("2012-06-30", False), ("2012-07-01", True)],  # Law 02/2011/QH13 takes effect
)
def test_the_limitation_period_from_the_law_of_2011(known: str, reported: bool) -> None:
    petition = _petition(
        received="2013-03-01",
        kind="complaint",
        decision_known=known,
        steps=_steps(("accepted", "2013-03-04")),
    )
    found = _found("complaint-out-of-time", dt.date(2013, 6, 1), petitions=[petition])
    assert bool(found) is reported
