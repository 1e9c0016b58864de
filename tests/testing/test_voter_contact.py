"""Synthetic voter contact: meetings before every regular session, petitions handled on time."""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Mapping

import pytest

from hdnd import Dataset, dumps, validate, voter_contact_summary
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.levels import Level
from hdnd.law.voter_contact.voter_contact2025 import VoterContactResolution2025
from hdnd.sessions.session import Session, SessionKind
from hdnd.testing import national_dataset, with_voter_contact
from hdnd.voter_contact import MeetingOccasion, VoterMeeting, VoterPetition, VoterPetitionField

PROVINCES = ("46", "12")
"""Huế (a central city) and Lai Châu: 2 provinces and about 80 communes."""
AFTER = dt.date(2028, 6, 30)
"""A day after every step of the data (the last regular session is in December 2027)."""


@pytest.fixture(scope="module")
def contact() -> Dataset:
    return national_dataset(seed=0, provinces=PROVINCES, voter_contact=True)


def _due(kind: DeadlineKind, day: dt.date) -> dt.date:
    """The limit *kind* from (or before) *day*, under the voter-contact law in force that day."""
    law = framework_at(day).instrument(Domain.VOTER_CONTACT)
    assert law is not None  # every day of the data is after 20 February 2025
    rule = law.deadline(kind)
    assert rule is not None
    return rule.due(day)


def _rounds(dataset: Dataset) -> dict[str, list[VoterMeeting]]:
    found: defaultdict[str, list[VoterMeeting]] = defaultdict(list)
    for meeting in dataset.voter_meetings:
        found[meeting.session or ""].append(meeting)
    return found


def test_off_by_default() -> None:
    bare = national_dataset(seed=0, provinces=("46",))
    assert (bare.voter_meetings, bare.voter_petitions) == ((), ())


def test_the_same_seed_gives_the_same_data(contact: Dataset) -> None:
    assert national_dataset(seed=0, provinces=PROVINCES, voter_contact=True) == contact
    other = national_dataset(seed=1, provinces=PROVINCES, voter_contact=True)
    assert other.voter_meetings != contact.voter_meetings


def test_a_council_has_the_same_records_whatever_else_is_generated(contact: Dataset) -> None:
    hue = national_dataset(seed=0, provinces=("46",), voter_contact=True)
    councils = {c.id for c in hue.councils}
    assert hue.voter_meetings == tuple(m for m in contact.voter_meetings if m.council in councils)
    assert hue.voter_petitions == tuple(p for p in contact.voter_petitions if p.council in councils)
    # the same added to a dataset already made, with a register of petitions or without
    bare = national_dataset(seed=0, provinces=("46",), petitions=True)
    added = with_voter_contact(bare)
    assert (added.voter_meetings, added.voter_petitions) == (
        hue.voter_meetings,
        hue.voter_petitions,
    )
    assert (added.sessions, added.petitions) == (bare.sessions, bare.petitions)
    assert with_voter_contact(added) == added  # existing records replaced, not added to


def test_volumes(contact: Dataset) -> None:
    index = contact.index
    provinces = {c.id for c in contact.councils if c.unit in PROVINCES}
    regular = [s for s in contact.sessions if s.kind is SessionKind.REGULAR]
    assert regular
    rounds = _rounds(contact)
    raised = Counter(index.keyed["voter_meetings"][p.raised_at[0]].session
                     for p in contact.voter_petitions)  # fmt: skip
    for session in regular:  # every council with regular sessions meets voters before each
        before = [m for m in rounds[session.id] if m.occasion is MeetingOccasion.BEFORE_SESSION]
        if session.council in provinces:
            assert 20 <= len(before) <= 150, session.id  # tens: most communes of the province
            assert 8 <= raised[session.id] <= 80, session.id
        else:
            assert 1 <= len(before) <= 15, session.id  # a few
            assert 1 <= raised[session.id] <= 20, session.id
    meetings = contact.voter_meetings
    assert all(50 <= (m.attendances or 0) <= 300 for m in meetings)
    assert all(3 <= (m.speakers or 0) <= 20 for m in meetings)
    occasions = Counter(m.occasion for m in meetings)
    assert occasions[MeetingOccasion.BEFORE_SESSION] > occasions[MeetingOccasion.AFTER_SESSION] > 0
    assert sum((m.national_delegates or 0) > 0 for m in meetings) > 0
    petitions = contact.voter_petitions
    assert len(meetings) > len(petitions) > 1_000
    fields = Counter(p.field for p in petitions)
    assert len(fields) >= 8
    assert fields[VoterPetitionField.LAND] > fields[VoterPetitionField.OTHER]
    levels = Counter(p.level for p in petitions)
    assert levels[Level.PROVINCE] > 0
    assert levels[Level.COMMUNE] > 0
    assert levels[None] > 0  # now and then a central body
    assert levels[Level.DISTRICT] == 0  # gone since 1 July 2025
    assert 0 < sum(p.merged_into is not None for p in petitions) < 0.1 * len(petitions)
    assert 0.03 * len(petitions) < sum(p.repeats is not None for p in petitions)


def test_meetings_name_the_council_its_delegates_and_the_session(contact: Dataset) -> None:
    index = contact.index
    units = {u.code: u for u in contact.units}
    sessions: Mapping[str, Session] = index.keyed["sessions"]
    for meeting in contact.voter_meetings:
        council = index.councils[meeting.council or ""]
        session = sessions[meeting.session or ""]
        assert session.council == council.id
        assert session.kind is SessionKind.REGULAR
        assert meeting.with_front is True
        assert meeting.unit == council.unit or units[meeting.unit].parent == council.unit
        serving = {d.id for d, _ in index.serving(council.id, meeting.day)}
        assert set(meeting.delegates) <= serving
        constituencies = {index.delegates[d].mandates[0].constituency for d in meeting.delegates}
        groups = [set(g.constituencies) for g in council.delegate_groups]
        assert any(constituencies <= g for g in groups)  # the delegates of one group
        if meeting.occasion is MeetingOccasion.BEFORE_SESSION:
            assert meeting.day < session.opening
        else:
            following = [s for s in index.sessions_of(council.id) if s.opening > session.opening]
            assert (session.closing or session.opening) < meeting.day
            assert not following or meeting.day < following[0].opening
    assert all(m.delegates for m in contact.voter_meetings)


def test_every_step_is_on_time(contact: Dataset) -> None:
    index = contact.index
    meetings: Mapping[str, VoterMeeting] = index.keyed["voter_meetings"]
    petitions: Mapping[str, VoterPetition] = index.keyed["voter_petitions"]
    sessions: Mapping[str, Session] = index.keyed["sessions"]
    for petition in contact.voter_petitions:
        held = [meetings[m] for m in petition.raised_at]
        session = sessions[held[0].session or ""]
        assert {m.session for m in held} == {session.id}
        assert petition.compiled is not None
        assert max(m.day for m in held) <= petition.compiled
        for meeting in held:  # within the limit from each of them, the first included
            assert petition.compiled <= _due(DeadlineKind.VOTER_PETITION_COMPILATION, meeting.day)
        if petition.merged_into is not None:
            target = petitions[petition.merged_into]
            assert target.merged_into is None
            assert (target.council, target.field, target.content) == (
                petition.council,
                petition.field,
                petition.content,
            )
            assert petition.forwarded is None
            continue
        if petition.repeats is not None:
            earlier = petitions[petition.repeats]
            assert earlier.council == petition.council
            assert earlier.field == petition.field
            assert earlier.answered is not None
            assert earlier.answered < (petition.compiled or AFTER)
        steps = (petition.summarised, petition.forwarded, petition.answered, petition.published)
        summarised, forwarded, answered, published = steps
        assert None not in steps
        assert petition.result is not None
        assert summarised is not None
        assert forwarded is not None
        assert answered is not None
        assert published is not None
        assert petition.compiled <= summarised <= forwarded < session.opening
        assert summarised <= _due(DeadlineKind.VOTER_PETITION_SUMMARY, session.opening)
        assert forwarded < answered <= _due(DeadlineKind.VOTER_PETITION_ANSWER, forwarded)
        assert answered == petition.answered
        assert petition.answer_due is not None
        assert answered <= petition.answer_due
        assert answered <= published
        assert published <= _due(DeadlineKind.VOTER_PETITION_PUBLICATION, answered)
        later = [s for s in index.sessions_of(session.council) if s.opening > session.opening]
        reported = petition.reported
        assert reported is not None
        assert (session.closing or session.opening) < reported
        assert answered < reported
        if later:  # at least 30 days before the next session
            limit = _due(DeadlineKind.VOTER_PETITION_RESULTS_REPORT, later[0].opening)
            assert reported <= limit


@pytest.mark.parametrize(
    "day",
    [dt.date(2026, 6, 20), dt.date(2026, 11, 1), dt.date(2027, 7, 15), AFTER],
    ids=str,
)
def test_the_data_validates_without_findings(contact: Dataset, day: dt.date) -> None:
    assert list(validate(contact, as_of=day)) == []


def test_no_personal_data(contact: Dataset) -> None:
    assert all(p.voter is None for p in contact.voter_petitions)
    part = Dataset(
        voter_meetings=contact.voter_meetings[:300],
        voter_petitions=contact.voter_petitions[:300],
    )
    text = dumps(part, personal_data=True)
    assert text == dumps(part)
    names = {d.name for d in contact.delegates}
    assert names
    assert not any(name in text for name in names)  # delegates by id, never by name


def test_the_summary_counts_them(contact: Dataset) -> None:
    council = next(c for c in contact.councils if c.unit == "46")
    mine = [m for m in contact.voter_meetings if m.council == council.id]
    raised = [p for p in contact.voter_petitions if p.council == council.id]
    kept = [p for p in raised if p.merged_into is None]
    summary = voter_contact_summary(contact, council.id, as_of=AFTER)
    assert summary.meetings == len(mine)
    assert summary.attendances == sum(m.attendances or 0 for m in mine)
    assert summary.speakers == sum(m.speakers or 0 for m in mine)
    assert summary.petitions == len(kept)
    assert summary.merged == len(raised) - len(kept) > 0
    assert summary.answered == summary.on_time == len(kept)
    assert (summary.late, summary.overdue, summary.not_encoded) == (0, 0, 0)
    assert summary.repeated == sum(p.repeats is not None for p in kept) > 0
    assert sum(summary.by_field.values()) == len(kept)
    assert summary.render("vi")
    # the whole province: its council's meetings and those of its communes' councils
    province = voter_contact_summary(contact, "46", as_of=AFTER)
    assert province.meetings > summary.meetings
    assert province.on_time == province.answered > summary.answered


def test_before_the_law_the_days_follow_the_first_encoded() -> None:
    # The sessions of Huế moved back two years (to 2024–2025, weekdays kept): no voter-contact
    # law encoded before 20 February 2025, the days follow Joint resolution 72/2025.
    hue = national_dataset(seed=0, provinces=("46",))
    shift = dt.timedelta(weeks=104)
    sessions = tuple(
        s.model_copy(update={"opening": s.opening - shift, "closing": s.last_day - shift})
        for s in hue.sessions
    )
    earlier = with_voter_contact(hue.model_copy(update={"sessions": sessions}))
    law = VoterContactResolution2025()
    keyed = {s.id: s for s in sessions}
    meetings = {m.id: m for m in earlier.voter_meetings}
    assert earlier.voter_meetings
    early = [p for p in earlier.voter_petitions if p.forwarded and p.forwarded.year == 2024]
    assert early
    for petition in early:
        session = keyed[meetings[petition.raised_at[0]].session or ""]
        assert petition.summarised is not None
        assert petition.answered is not None
        assert petition.forwarded is not None
        assert petition.summarised <= law.VOTER_PETITION_SUMMARY.due(session.opening)
        assert petition.answered <= law.VOTER_PETITION_ANSWER.due(petition.forwarded)
    assert framework_at(dt.date(2024, 7, 1)).instrument(Domain.VOTER_CONTACT) is None
