from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from pathlib import Path

import pytest

from hdnd import Dataset, dumps, load_example, loads, validate
from hdnd.councils.offices import Post
from hdnd.councils.terms import NATIONAL_TERMS
from hdnd.elections.election import ElectionKind, election_law
from hdnd.examples import example_path
from hdnd.law.framework import framework_for_term
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.organs import Committee, SessionRequester, max_vice_chairs
from hdnd.law.local_government.seats import SeatQuota
from hdnd.sessions.session import AttendanceStatus, ItemKind, SessionKind
from hdnd.testing import national_dataset, synthetic_council
from hdnd.testing.synthetic import SESSIONS_UNTIL


@pytest.fixture(scope="module")
def national() -> Dataset:
    return national_dataset(delegates=False)


def test_the_same_seed_gives_equal_datasets() -> None:
    assert synthetic_council(seed=7) == synthetic_council(seed=7)
    assert national_dataset(seed=3, delegates=False) == national_dataset(seed=3, delegates=False)


def test_different_seeds_differ() -> None:
    first, second = synthetic_council(seed=1), synthetic_council(seed=2)
    assert first != second
    assert [d.name for d in first.delegates] != [d.name for d in second.delegates]
    # What the seed does not touch stays the same.
    assert first.councils == second.councils
    assert first.units == second.units
    assert national_dataset(seed=1, delegates=False) != national_dataset(seed=2, delegates=False)


def test_the_shipped_example_is_the_generator_output() -> None:
    shipped = Path(example_path("synthetic-council")).read_text(encoding="utf-8")
    assert shipped == dumps(synthetic_council()) + "\n"  # regenerate: scripts/make_examples.py
    assert load_example("synthetic-council") == synthetic_council()


def test_the_synthetic_council() -> None:
    dataset = synthetic_council()
    assert dataset.synthetic is True
    (unit,) = dataset.units
    assert (unit.code, unit.name, unit.population) == ("99", "Tỉnh Mẫu", 1_500_000)
    (council,) = dataset.councils
    assert council.declared_seats == 57
    assert council.term == "2026-2031"
    assert council.first_session == dt.date(2026, 4, 20)
    assert len(dataset.delegates) == 57
    assert len({d.id for d in dataset.delegates}) == 57
    ended = {
        d.id: (d.mandates[0].end, d.mandates[0].end_reason)
        for d in dataset.delegates
        if d.mandates[0].end is not None
    }
    assert ended == {
        "dbm-004": (dt.date(2026, 7, 15), "resigned"),
        "dbm-011": (dt.date(2026, 8, 2), "died"),
    }
    assert "seed=2026" in (dataset.description or "")
    assert "seed=9" in (synthetic_council(seed=9).description or "")


@pytest.mark.parametrize("seed", [0, 1, 2026])
def test_every_seed_gives_a_clean_council(seed: int) -> None:
    assert list(validate(synthetic_council(seed), as_of=dt.date(2026, 11, 1))) == []


def test_the_national_dataset_has_every_current_council(national: Dataset) -> None:
    assert national.synthetic is True
    assert len(national.councils) == 3_355
    assert len(national.units) == 3_355
    assert national.delegates == ()
    levels = Counter(national.index.unit(c.unit).level for c in national.councils)
    assert levels == {Level.PROVINCE: 34, Level.COMMUNE: 3_321}
    assert len({c.id for c in national.councils}) == 3_355


def test_every_national_council_declares_its_quota(national: Dataset) -> None:
    index = national.index
    mismatched = []
    for council in national.councils:
        quota = index.seat_quota(council)
        if not isinstance(quota, SeatQuota) or quota.seats != council.declared_seats:
            mismatched.append(council.id)
    assert mismatched == []
    seats = [c.declared_seats or 0 for c in national.councils]
    assert min(seats) >= 15
    assert max(seats) <= 125


def test_national_units_have_invented_populations(national: Dataset) -> None:
    assert all(u.population is not None and u.population > 0 for u in national.units)
    assert all(u.population_date == dt.date(2025, 8, 31) for u in national.units)


@pytest.fixture(scope="module")
def full() -> Dataset:
    # Sessions are tested on a few provinces (below): the country's take twice the time.
    return national_dataset(seed=0, sessions=False)


@pytest.mark.parametrize("day", [dt.date(2026, 6, 1), dt.date(2026, 11, 1)])
def test_the_national_dataset_with_delegates_is_clean(full: Dataset, day: dt.date) -> None:
    seats = sum(c.declared_seats or 0 for c in full.councils)
    # Up to two vacancies per council.
    assert seats - 2 * len(full.councils) <= len(full.delegates) <= seats
    assert len({d.id for d in full.delegates}) == len(full.delegates)
    assert list(validate(full, as_of=day)) == []


def test_the_national_dataset_round_trips(full: Dataset) -> None:
    # The records are validated once, as plain data, by the Dataset: the file reads back equal.
    province = {c.id for c in full.councils if c.unit == "01" or c.unit.startswith("00")}
    part = full.model_copy(
        update={
            "councils": tuple(c for c in full.councils if c.id in province),
            "offices": tuple(o for o in full.offices if o.council in province),
            "elections": tuple(e for e in full.elections if e.council in province),
        }
    )
    assert part.offices
    assert loads(dumps(part)) == part


def test_every_council_has_constituencies_summing_to_its_seats(full: Dataset) -> None:
    law = election_law(NATIONAL_TERMS["2026-2031"].election_day)
    assert law is not None
    limit = law.MAX_SEATS_PER_CONSTITUENCY.value
    for council in full.councils:
        assert council.constituency_seats == council.declared_seats, council.id
        assert all(1 <= c.seats <= limit for c in council.constituencies), council.id
        assert [c.id for c in council.constituencies] == [
            str(i) for i in range(1, len(council.constituencies) + 1)
        ]
        grouped = [c for g in council.delegate_groups for c in g.constituencies]
        assert grouped == [c.id for c in council.constituencies], council.id


def test_councils_have_the_committees_of_their_kind(full: Dataset) -> None:
    law = framework_for_term(NATIONAL_TERMS["2026-2031"]).local_government
    assert law is not None
    ethnic = 0
    for council in full.councils:
        kind = full.index.unit(council.unit).kind
        has_ethnic = Committee.ETHNIC_AFFAIRS in council.committees
        ethnic += has_ethnic
        assert council.committees == law.committees(kind, ethnic_committee=has_ethnic)
        urban = Committee.URBAN_AFFAIRS in council.committees
        assert urban is (kind is UnitKind.CENTRAL_CITY), council.id
    assert 0 < ethnic < 34


def test_the_no_delegates_variant_keeps_the_organs(full: Dataset, national: Dataset) -> None:
    assert national.councils == full.councils
    assert national.offices == ()
    assert national.elections == ()


def test_one_general_election_per_constituency(full: Dataset) -> None:
    law = election_law(NATIONAL_TERMS["2026-2031"].election_day)
    assert law is not None
    index = full.index
    delegates = index.delegates
    for council in full.councils:
        elections = index.elections_of(council.id)
        assert [e.constituency for e in elections] == [c.id for c in council.constituencies]
        for election, constituency in zip(elections, council.constituencies, strict=True):
            assert election.kind is ElectionKind.GENERAL
            assert election.day == dt.date(2026, 3, 15)
            assert election.seats == constituency.seats
            assert law.election_valid(election.voted, election.voters_on_list)
            assert len(election.candidates) >= law.minimum_candidates(election.seats)
            result = election.count()
            assert result.resolved
            assert election.elected == result.elected
            assert result.unfilled <= 1
            for candidate in election.candidates:
                assert (candidate.id in result.elected) is (candidate.delegate is not None)
                assert _age(candidate.birth_date, election.day) >= 21
                if candidate.delegate is None:
                    continue
                delegate = delegates[candidate.delegate]
                assert (delegate.name, delegate.birth_date) == (
                    candidate.name,
                    candidate.birth_date,
                )
                (mandate,) = delegate.mandates
                assert (mandate.council, mandate.constituency, mandate.election) == (
                    council.id,
                    constituency.id,
                    election.id,
                )
    assert len(full.delegates) == sum(len(e.elected or ()) for e in full.elections)


def _age(born: dt.date, day: dt.date) -> int:
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def test_some_elections_show_the_count_at_work(full: Dataset) -> None:
    results = [e.count() for e in full.elections]
    assert any(r.unfilled for r in results)  # a seat left empty: no majority
    qualified = [
        e for e in full.elections
        if sum(2 * c.votes > e.valid_ballots for c in e.candidates) > e.seats
    ]  # fmt: skip
    assert qualified  # more candidates with a majority than seats


def test_offices_of_every_council(full: Dataset) -> None:
    index = full.index
    for council in full.councils:
        unit = index.unit(council.unit)
        level = unit.level
        offices = index.offices_of_council(council.id)
        posts = Counter(o.post for o in offices)
        assert posts[Post.CHAIR] == 1
        assert 1 <= posts[Post.VICE_CHAIR] <= max_vice_chairs(level).value
        assert posts[Post.PEOPLES_COMMITTEE_CHAIR] == 1
        assert posts[Post.GROUP_LEADER] == len(council.delegate_groups)
        heads = [o.committee for o in offices if o.post is Post.COMMITTEE_HEAD]
        assert heads == list(council.committees)
        deputies = Counter(o.committee for o in offices if o.post is Post.COMMITTEE_DEPUTY_HEAD)
        assert set(deputies) == set(council.committees)
        assert max(deputies.values()) <= (2 if level is Level.PROVINCE else 1)
        standing = {o.person for o in offices if o.post.in_standing_committee}
        executive = {o.person for o in offices if o.post.in_peoples_committee}
        assert standing.isdisjoint(executive), council.id
        council_posts = [o.person for o in offices if o.post is not Post.GROUP_LEADER]
        assert len(council_posts) == len(set(council_posts))  # one post each
        for office in offices:
            mandate = index.delegates[office.person].mandate_on(council.id, office.start)
            assert mandate is not None
            assert office.end is None
            assert mandate.end is None
            if office.full_time:
                assert mandate.full_time
        for office in offices:
            if office.post is Post.GROUP_LEADER:
                group = next(g for g in council.delegate_groups if g.id == office.group)
                mandate = index.delegates[office.person].mandates[0]
                assert mandate.constituency in group.constituencies


# --- sessions, sittings, votes and resolutions ---------------------------------------------

MEETING = ("12", "22", "46")
"""Lai Châu (mountainous), Quảng Ninh (with special zones) and Huế (a central city)."""


@pytest.fixture(scope="module")
def meeting() -> Dataset:
    return national_dataset(seed=0, provinces=MEETING)


def test_provinces_keep_their_councils_and_communes(meeting: Dataset) -> None:
    units = {u.code: u for u in meeting.units}
    assert {u.parent or u.code for u in units.values()} == set(MEETING)
    assert len(meeting.councils) == len(units) == 135
    assert {c.unit for c in meeting.councils} == set(units)


def test_every_council_holds_a_first_session_and_two_regular_ones_a_year(
    meeting: Dataset,
) -> None:
    index = meeting.index
    thematic = 0
    for council in meeting.councils:
        sessions = index.sessions_of(council.id)
        assert [s.number for s in sessions] == list(range(1, len(sessions) + 1))
        first = sessions[0]
        assert first.kind is SessionKind.FIRST
        assert first.opening == council.first_session
        assert first.opening <= dt.date(2026, 4, 29)  # 45 days after election day
        for year in (2026, 2027):
            regular = [
                s for s in sessions if s.kind is SessionKind.REGULAR and s.opening.year == year
            ]
            assert [s.opening.month for s in regular] == [7, 12], (council.id, year)
        assert Counter(s.kind for s in sessions)[SessionKind.FIRST] == 1
        assert all(s.opening <= SESSIONS_UNTIL for s in sessions)
        for session in sessions:
            if session.kind is SessionKind.THEMATIC:
                thematic += 1
                assert session.requested_by == (SessionRequester.STANDING_COMMITTEE,)
            else:
                assert session.requested_by == ()
            assert session.convened_on is not None
            assert session.convened_on < session.opening
    assert 0 < thematic < len(meeting.councils)


def test_sittings_have_agendas_and_the_attendance_of_every_serving_delegate(
    meeting: Dataset,
) -> None:
    index = meeting.index
    statuses: Counter[AttendanceStatus] = Counter()
    for session in meeting.sessions:
        sittings = index.sittings_of(session.id)
        assert 2 <= len(sittings) <= 4
        assert sittings[0].day == session.opening
        assert sittings[-1].day == session.last_day
        assert all(s.day.weekday() < 5 for s in sittings)  # weekdays only
        kinds = [item.kind for sitting in sittings for item in sitting.items]
        assert kinds.count(ItemKind.DRAFT_RESOLUTION) >= 1
        assert (ItemKind.QUESTIONING in kinds) is (session.kind is SessionKind.REGULAR)
        assert (ItemKind.ELECTION in kinds) is (session.kind is SessionKind.FIRST)
        assert sittings[0].items[0].kind is ItemKind.REPORT
        for sitting in sittings:
            serving = {d.id for d, _ in index.serving(session.council, sitting.day)}
            assert {a.delegate for a in sitting.attendance} == serving
            assert len(sitting.attendance) == index.vote_base(session.council, sitting.day)
            statuses.update(a.status for a in sitting.attendance)
    total = sum(statuses.values())
    assert statuses[AttendanceStatus.PRESENT] > 0.9 * total
    assert 0 < statuses[AttendanceStatus.ABSENT_WITH_LEAVE] < 0.1 * total
    assert statuses[AttendanceStatus.ABSENT_WITHOUT_LEAVE] == 0


def test_votes_follow_the_law_and_each_passed_one_has_its_resolution(meeting: Dataset) -> None:
    index = meeting.index
    sittings = {s.id: s for s in meeting.sittings}
    councils = {s.id: s.council for s in meeting.sessions}
    documents = {d.vote: d for d in meeting.documents}
    assert len(documents) == len(meeting.documents)
    per_session: Counter[str] = Counter()
    for vote in meeting.votes:
        sitting = sittings[vote.sitting]
        per_session[sitting.session] += 1
        item = next(i for i in sitting.items if i.id == vote.item)
        assert item.kind is ItemKind.DRAFT_RESOLUTION
        base = index.vote_base(councils[sitting.session], sitting.day)
        assert vote.cast <= len(sitting.present()) <= base
        assert vote.passed is vote.outcome(base=base, on=sitting.day)
        document = documents.get(vote.id)
        assert (document is not None) is vote.passed
        if document is not None:
            assert document.session == sitting.session
            assert document.council == councils[sitting.session]
            assert document.signed == sitting.day
    assert set(per_session) == set(councils)  # every session votes
    assert sum(per_session.values()) > 4 * len(meeting.sessions)
    failed = sum(not v.passed for v in meeting.votes)
    assert 0 < failed < len(meeting.votes) / 20


def test_resolutions_are_numbered_per_council_and_year(meeting: Dataset) -> None:
    numbers: defaultdict[tuple[str, int, bool], list[int]] = defaultdict(list)
    for document in meeting.documents:
        parsed = document.parsed
        assert parsed is not None, document.symbol
        assert document.is_resolution
        assert str(parsed) == document.symbol
        assert parsed.issuers == ("HĐND",)
        assert document.is_normative is (parsed.year is not None)
        if parsed.year is not None:
            assert parsed.year == document.signed.year
            assert document.effective is not None
            assert document.effective > document.signed
        numbers[document.council, document.signed.year, parsed.year is not None].append(
            int(parsed.number)
        )
    for key, found in numbers.items():
        assert found == list(range(1, len(found) + 1)), key
    normative = sum(key[2] for key in numbers)
    assert 0 < normative < len(numbers)


@pytest.mark.parametrize("day", [dt.date(2026, 11, 1), dt.date(2028, 1, 1)])
def test_the_sessions_are_clean(meeting: Dataset, day: dt.date) -> None:
    # On 1 January 2028, 2027 is a full year of the term: its regular sessions are counted.
    assert list(validate(meeting, as_of=day)) == []


def test_sessions_are_seeded_per_council(meeting: Dataset) -> None:
    assert national_dataset(seed=0, provinces=MEETING) == meeting
    hue = national_dataset(seed=0, provinces=("46",))
    kept = {c.id for c in hue.councils}
    sessions = {s.id for s in hue.sessions}
    sittings = {s.id for s in hue.sittings}
    # A province's councils meet the same whatever else is generated.
    assert hue.sessions == tuple(s for s in meeting.sessions if s.council in kept)
    assert hue.sittings == tuple(s for s in meeting.sittings if s.session in sessions)
    assert hue.votes == tuple(v for v in meeting.votes if v.sitting in sittings)
    assert hue.documents == tuple(d for d in meeting.documents if d.council in kept)
    other = national_dataset(seed=1, provinces=("46",))
    assert other.sessions != hue.sessions
    # Sessions are drawn last: without them, everything else is the same.
    bare = national_dataset(seed=0, provinces=("46",), sessions=False)
    assert (bare.sessions, bare.sittings, bare.votes, bare.documents) == ((), (), (), ())
    assert bare == hue.model_copy(
        update={"sessions": (), "sittings": (), "votes": (), "documents": ()}
    )
    no_delegates = national_dataset(seed=0, provinces=("46",), delegates=False)
    assert no_delegates.sessions == ()


def test_until_ends_the_sessions() -> None:
    short = national_dataset(seed=0, provinces=("46",), until=dt.date(2026, 12, 31))
    assert max(s.opening for s in short.sessions) <= dt.date(2026, 12, 31)
    per_council = Counter(s.council for s in short.sessions)
    assert set(per_council.values()) <= {3, 4}  # first, July, December, perhaps thematic
    assert list(validate(short, as_of=dt.date(2027, 1, 1))) == []


@pytest.mark.parametrize("codes", [("00070",), ("99",), ("01", "x")])
def test_provinces_must_be_provinces_of_the_register(codes: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match="not provinces of the register"):
        national_dataset(provinces=codes)
