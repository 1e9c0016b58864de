"""Seeded synthetic data: a sample council for examples, a national dataset for benchmarks.

Everything here is invented and marked ``synthetic``; the same seed always gives the same
dataset.

```pycon
>>> ds = synthetic_council(seed=7)
>>> ds.synthetic, len(ds.councils), len(ds.delegates)
(True, 1, 57)
>>> synthetic_council(seed=7) == ds
True

```
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import gc
import random
from collections.abc import Collection, Iterator, Mapping
from types import MappingProxyType
from typing import Any, NamedTuple

from hdnd.councils.council import Constituency, Council, DelegateGroup
from hdnd.councils.offices import Post
from hdnd.councils.terms import NATIONAL_TERMS, Term
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import Delegate, Education, Gender, Mandate, MandateEndReason
from hdnd.elections.election import election_law
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.framework import framework_at, framework_for_term
from hdnd.law.instrument import Decision
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.organs import SessionRequester, max_vice_chairs
from hdnd.law.local_government.seats import NotApplicable, SeatQuota
from hdnd.law.thresholds import Threshold, measure_vote
from hdnd.sessions.session import AttendanceStatus, ItemKind, PartOfDay, SessionKind, VoteMethod
from hdnd.units.unit import AdministrativeUnit, register, seat_quota

__all__ = ["SESSIONS_UNTIL", "national_dataset", "synthetic_council"]

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
           "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Lò", "Đinh")  # fmt: skip
_MIDDLE = MappingProxyType({
    Gender.MALE: ("Văn", "Đức", "Minh", "Quốc", "Hữu", "Công"),
    Gender.FEMALE: ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Diệu"),
})  # fmt: skip
_GIVEN_TABLE = {
    Gender.MALE: ("Hùng", "Dũng", "Nam", "Tuấn", "Long", "Sơn", "Phong", "Quang", "Hải"),
    Gender.FEMALE: ("Lan", "Hương", "Mai", "Hà", "Linh", "Thảo", "Hạnh", "Yến", "Trang"),
}
_GIVEN: Mapping[Gender, tuple[str, ...]] = MappingProxyType(_GIVEN_TABLE)
_MINORITIES = ("Tày", "Thái", "Mường", "Khmer", "H'Mông", "Nùng", "Dao", "Ê Đê")

_TERM = NATIONAL_TERMS["2026-2031"]
_FIRST_SESSION = dt.date(2026, 4, 20)
SESSIONS_UNTIL = dt.date(2027, 12, 31)
"""The day :func:`national_dataset` stops holding sessions, unless told: two years of the term."""


def _delegates(
    rng: random.Random, council: str, seats: int, prefix: str, minority_share: float
) -> Iterator[Delegate]:
    for number in range(1, seats + 1):
        gender = Gender.FEMALE if rng.random() < 0.3 else Gender.MALE
        name = " ".join(
            (rng.choice(_FAMILY), rng.choice(_MIDDLE[gender]), rng.choice(_GIVEN[gender]))
        )
        born = dt.date(rng.randint(1962, 1996), rng.randint(1, 12), rng.randint(1, 28))
        ethnicity = rng.choice(_MINORITIES) if rng.random() < minority_share else "Kinh"
        mandate = Mandate(
            council=council,
            start=_FIRST_SESSION,
            full_time=rng.random() < 0.15,
            re_elected=rng.random() < 0.3,
        )
        yield Delegate(
            id=f"{prefix}-{number:03d}",
            name=name,
            gender=gender,
            birth_date=born,
            ethnicity=ethnicity,
            mandates=(mandate,),
        )


def _end(delegate: Delegate, day: dt.date, reason: MandateEndReason) -> Delegate:
    mandate = delegate.mandates[0].model_copy(update={"end": day, "end_reason": reason})
    return delegate.model_copy(update={"mandates": (mandate,)})


def _quota(unit: AdministrativeUnit, term: Term, parent: UnitKind | None) -> int:
    quota = seat_quota(unit, term, parent_kind=parent)
    if not isinstance(quota, SeatQuota):  # pragma: no cover - every kind used here has one
        msg = f"no quota for synthetic unit {unit.code}: {quota.describe('en')}"
        raise ValueError(msg)
    return quota.seats


def synthetic_council(seed: int = 2026) -> Dataset:
    """One invented provincial council, term 2026–2031, with its delegates.

    The province ("Tỉnh Mẫu", code 99, 1,500,000 residents) is fictitious; its quota under
    Law 72/2025/QH15 Art. 30(1)(a) is 57 seats. Two mandates have ended (a resignation and
    a death), so 55 delegates serve from August 2026.
    """
    rng = random.Random(seed)
    unit = AdministrativeUnit(
        code="99",
        name="Tỉnh Mẫu",
        kind=UnitKind.PROVINCE,
        population=1_500_000,
        population_date=dt.date(2025, 8, 31),
    )
    council = Council(
        id="hdnd-tinh-mau-2026",
        unit=unit.code,
        term=_TERM.id,
        convocation=1,
        name="HĐND tỉnh Mẫu khóa I",
        first_session=_FIRST_SESSION,
        declared_seats=_quota(unit, _TERM, None),
    )
    delegates = list(_delegates(rng, council.id, council.declared_seats or 0, "dbm", 0.15))
    delegates[3] = _end(delegates[3], dt.date(2026, 7, 15), MandateEndReason.RESIGNED)
    delegates[10] = _end(delegates[10], dt.date(2026, 8, 2), MandateEndReason.DIED)
    return Dataset(
        title="Hội đồng nhân dân tỉnh Mẫu (dữ liệu tổng hợp)",
        description=(
            "Một Hội đồng nhân dân cấp tỉnh hư cấu, tạo bằng hdnd.testing.synthetic_council"
            f"(seed={seed}); không phải số liệu thật."
        ),
        synthetic=True,
        units=(unit,),
        councils=(council,),
        delegates=tuple(delegates),
    )


def national_dataset(
    seed: int = 0,
    *,
    delegates: bool = True,
    sessions: bool = True,
    until: dt.date = SESSIONS_UNTIL,
    provinces: Collection[str] | None = None,
) -> Dataset:
    """Every current council of the country (34 provinces, 3,321 communes), term 2026–2031.

    Units come from the national register with invented populations and terrain. Each
    council gets its quota of seats under Law 72/2025/QH15, constituencies of at most five
    seats that add up to them (Law 85/2015/QH13 Art. 10(4)), the committees the law of its
    term gives a council of its kind, and delegate groups of one or two constituencies.

    With *delegates* (the default), every constituency also gets the record of its general
    election of 15 March 2026 — a valid turnout, at least as many candidates as
    ``minimum_candidates`` asks, and the winners that :meth:`hdnd.elections.election.Election.count`
    gives; up to two constituencies of a council leave a seat unfilled (no candidate left
    with a majority), so up to two seats stay vacant — and one invented delegate per winner,
    with the offices of the council: a chair, vice-chairs within the numbers of Resolution
    106/2025/UBTVQH15, a head and deputy heads for every committee, a leader for every
    delegate group, and a People's Committee chair who sits on no standing committee.

    With *delegates* and *sessions* (both the default), every council also meets, from its
    first session of 20 April 2026 up to *until* (a session opening later is left out; by
    default the end of 2027, so about five sessions a council): the first session, two
    regular sessions a year (in July and in December) and, now and then, a thematic session
    the standing committee requested. A session has two to four sittings, morning and
    afternoon, with agenda items in order — reports, draft resolutions, questioning at
    regular sessions, elections at the first — and the attendance of every delegate serving
    that day, mostly present, a few absent with leave. Every draft resolution is voted on:
    the tallies stay within the delegates present, and ``passed`` is what the threshold of
    Law 72/2025/QH15 Art. 35(2) gives against the council's membership that day (nearly
    every vote passes; about one in seventy falls short). Each vote passed has its
    resolution: numbered per council and year, ``05/NQ-HĐND``, or ``02/2027/NQ-HĐND`` for a
    normative one, signed on the day of the vote. A year cut short by *until* may have fewer
    regular sessions than the law asks: judge the data on a day before that year ends.
    Sessions need delegates: with ``delegates=False`` there are none.

    *provinces* (unit codes) keeps only those provinces' councils and their communes'.

    A council's organs, elections, offices and sessions are drawn from a generator seeded by
    *seed* and the unit's code, so the councils of a province are the same whatever else is
    kept, and the same with or without sessions (they are drawn last).

    Raises:
        ValueError: A code of *provinces* is not a province of the register.
    """
    with _gc_paused():
        return _national(
            seed,
            delegates=delegates,
            sessions=sessions and delegates,
            until=until,
            provinces=provinces,
        )


@contextlib.contextmanager
def _gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while the many records are created.

    Nothing built here forms a cycle; left on, the collector would walk the growing data
    again and again (it costs more than the generation itself at national scale).
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _national(
    seed: int,
    *,
    delegates: bool,
    sessions: bool,
    until: dt.date,
    provinces: Collection[str] | None,
) -> Dataset:
    rng = random.Random(seed)
    registered = register()
    wanted = None if provinces is None else set(provinces)
    if wanted is not None:
        unknown = sorted(c for c in wanted if c not in registered or registered[c].parent)
        if unknown:
            msg = f"not provinces of the register: {', '.join(unknown)}"
            raise ValueError(msg)
    units: list[AdministrativeUnit] = []
    councils: list[Council] = []
    people: list[Delegate | _Row] = []
    offices: list[_Row] = []
    elections: list[_Row] = []
    activity = _Activity([], [], [], [])
    for code, base in registered.items():
        is_province = base.parent is None
        if is_province:
            population = rng.randint(900_000, 9_500_000)
            terrain = {}
        else:
            population = rng.randint(3_000, 90_000)
            hilly = base.kind is UnitKind.COMMUNE and rng.random() < 0.3
            terrain = {"mountainous": hilly, "island": base.kind is UnitKind.SPECIAL_ZONE}
        if wanted is not None and (base.parent or code) not in wanted:
            continue  # drawn all the same: the kept units have the populations of the country
        unit = base.model_copy(
            update={"population": population, "population_date": dt.date(2025, 8, 31), **terrain}
        )
        units.append(unit)
        parent = registered[base.parent].kind if base.parent else None
        seats = _quota(unit, _TERM, parent)
        local = random.Random(f"{seed}-{code}")
        council = _national_council(local, unit, seats)
        councils.append(council)
        if delegates:
            vacancies = local.randint(0, 2)
            share = 0.1 if is_province else 0.2
            found = _elect(local, council, unit, vacancies, share)
            elections.extend(found.elections)
            people.extend(found.delegates)
            posts = list(_offices(local, council, unit, found))
            offices.extend(posts)
            if sessions:
                _meet(
                    local,
                    council,
                    unit,
                    people=found.delegates,
                    posts=posts,
                    until=until,
                    into=activity,
                )
    return Dataset.model_validate(
        {
            "title": "Toàn quốc, nhiệm kỳ 2026–2031 (dữ liệu tổng hợp)",
            "description": (
                f"Tạo bằng hdnd.testing.national_dataset(seed={seed}); không phải số liệu thật."
            ),
            "synthetic": True,
            "units": units,
            "councils": councils,
            "delegates": people,
            "offices": offices,
            "elections": elections,
            "sessions": activity.sessions,
            "sittings": activity.sittings,
            "votes": activity.votes,
            "documents": activity.documents,
        }
    )


# --- organs, elections and offices of a national council ----------------------------------

_ELECTION_DAY = _TERM.election_day
_LEVELS = (Education.UPPER_SECONDARY, Education.VOCATIONAL, Education.COLLEGE,
           Education.UNIVERSITY, Education.MASTER, Education.DOCTORATE)  # fmt: skip
_LEVEL_WEIGHTS = (3, 5, 7, 62, 92, 100)
"""Cumulative weights of the education levels: 3 %, 2 %, 2 %, 55 %, 30 %, 8 %."""
_WORKPLACES = (
    "Ủy ban nhân dân", "Ủy ban Mặt trận Tổ quốc Việt Nam", "Trường Trung học phổ thông",
    "Trạm Y tế", "Hợp tác xã nông nghiệp", "Công an", "Hội Liên hiệp Phụ nữ", "Đoàn Thanh niên",
    "Hội Nông dân", "Doanh nghiệp tư nhân",
)  # fmt: skip


def _election_law() -> ElectionLaw:
    law = election_law(_ELECTION_DAY)
    if law is None:  # pragma: no cover - the 2025 amendment is encoded
        msg = f"no election law for {_ELECTION_DAY}"
        raise LookupError(msg)
    return law


def _split_seats(rng: random.Random, seats: int, limit: int) -> list[int]:
    """*seats* cut into constituencies of at most *limit* seats, as even as possible."""
    count = max(-(-seats // limit), -(-seats // rng.randint(3, limit)))
    base, extra = divmod(seats, count)
    return [base + 1 if i < extra else base for i in range(count)]


def _national_council(rng: random.Random, unit: AdministrativeUnit, seats: int) -> Council:
    law = _election_law()
    sizes = _split_seats(rng, seats, law.MAX_SEATS_PER_CONSTITUENCY.value)
    constituencies = [
        Constituency(id=str(i), seats=size, name=f"Đơn vị bầu cử số {i}")
        for i, size in enumerate(sizes, 1)
    ]
    groups = [
        DelegateGroup(
            id=f"t{j // 2 + 1}",
            name=f"Tổ đại biểu số {j // 2 + 1}",
            constituencies=tuple(c.id for c in constituencies[j : j + 2]),
        )
        for j in range(0, len(constituencies), 2)
    ]
    lg = framework_for_term(_TERM).local_government
    if lg is None:  # pragma: no cover - Law 72/2025/QH15 is encoded
        msg = f"no local-government law for the term {_TERM.id}"
        raise LookupError(msg)
    ethnic = lg.may_have_ethnic_committee(unit.kind) and rng.random() < 0.3
    committees = lg.committees(unit.kind, ethnic_committee=ethnic)
    if isinstance(committees, NotApplicable):  # pragma: no cover - every current kind has them
        msg = f"no committees for synthetic unit {unit.code}: {committees.describe('en')}"
        raise ValueError(msg)
    return Council(
        id=f"hdnd-{unit.code}-2026",
        unit=unit.code,
        term=_TERM.id,
        first_session=_FIRST_SESSION,
        declared_seats=seats,
        constituencies=tuple(constituencies),
        delegate_groups=tuple(groups),
        committees=committees,
        office_staff=rng.randint(30, 60) if unit.parent is None else None,
    )


_Row = dict[str, Any]
"""A record as a plain mapping: the national records are validated once, by the Dataset."""


class _Elected(NamedTuple):
    elections: list[_Row]
    delegates: list[_Row]
    by_constituency: dict[str, list[_Row]]


def _person(rng: random.Random) -> tuple[str, Gender, dt.date]:
    gender = Gender.FEMALE if rng.random() < 0.35 else Gender.MALE
    name = " ".join((rng.choice(_FAMILY), rng.choice(_MIDDLE[gender]), rng.choice(_GIVEN[gender])))
    # Born 1962–1996: between 29 and 64 on election day, never under 21.
    born = dt.date(rng.randint(1962, 1996), rng.randint(1, 12), rng.randint(1, 28))
    return name, gender, born


def _votes(rng: random.Random, valid: int, seats: int, won: int, lost: int) -> list[int]:
    """Votes of *won* winners then *lost* others, most first, as :meth:`count` ranks them.

    Winners have more than half of the *valid* ballots, each fewer than the one before;
    the others have fewer than the last winner, and no majority when a seat stays empty.
    Together they use at most *seats* votes per ballot.
    """
    half = valid // 2
    winners = sorted(rng.sample(range(half + 1, half + 1 + valid * 2 // 5), won), reverse=True)
    cap = winners[-1] - 1 if won == seats else half
    left = max(0, int(valid * seats * rng.uniform(0.9, 1.0)) - sum(winners))
    others = [min(cap, int(left * rng.uniform(0.2, 1.0) / lost)) for _ in range(lost)]
    return winners + sorted(others, reverse=True)


def _elect(
    rng: random.Random,
    council: Council,
    unit: AdministrativeUnit,
    vacancies: int,
    minority_share: float,
) -> _Elected:
    law = _election_law()
    short = set(rng.sample([c.id for c in council.constituencies if c.seats > 1], vacancies))
    scale = 60_000 if unit.parent is None else 2_500
    elections: list[_Row] = []
    people: list[_Row] = []
    by_constituency: dict[str, list[_Row]] = {}
    for constituency in council.constituencies:
        seats = constituency.seats
        won = seats - (constituency.id in short)
        listed = law.minimum_candidates(seats) + rng.randint(0, 1)
        voters = rng.randint(seats * scale, seats * scale * 2)
        voted = int(voters * rng.uniform(0.9, 0.995))
        valid = voted - int(voted * rng.uniform(0.0, 0.02))
        election_id = f"bc-{unit.code}-2026-{constituency.id}"
        candidates: list[_Row] = []
        winners: list[_Row] = []
        for number, votes in enumerate(_votes(rng, valid, seats, won, listed - won), 1):
            name, gender, born = _person(rng)
            candidate: _Row = {
                "id": str(number),
                "name": name,
                "birth_date": born,
                "votes": votes,
                "gender": gender,
            }
            if number <= won:
                candidate["delegate"] = f"db-{unit.code}-{len(people) + number:03d}"
                minority = rng.random() < minority_share
                mandate = {
                    "council": council.id,
                    "start": _FIRST_SESSION,
                    "re_elected": rng.random() < 0.3,
                    "constituency": constituency.id,
                    "election": election_id,
                }
                winners.append(
                    {
                        "id": candidate["delegate"],
                        "name": name,
                        "gender": gender,
                        "birth_date": born,
                        "ethnicity": rng.choice(_MINORITIES) if minority else "Kinh",
                        "education": rng.choices(_LEVELS, cum_weights=_LEVEL_WEIGHTS)[0],
                        "party_member": rng.random() < 0.9,
                        "workplace": rng.choice(_WORKPLACES),
                        "mandates": [mandate],
                    }
                )
            candidates.append(candidate)
        result = law.count(
            [(c["id"], c["votes"], c["birth_date"]) for c in candidates],
            seats,
            valid,
            voted=voted,
            voters_on_list=voters,
        )
        if list(result.elected) != [c["id"] for c in candidates[:won]]:  # pragma: no cover
            msg = f"the votes drawn for {election_id} do not elect the delegates invented"
            raise AssertionError(msg)
        elections.append(
            {
                "id": election_id,
                "council": council.id,
                "day": _ELECTION_DAY,
                "constituency": constituency.id,
                "seats": seats,
                "voters_on_list": voters,
                "voted": voted,
                "valid_ballots": valid,
                "candidates": candidates,
                "elected": list(result.elected),
            }
        )
        people.extend(winners)
        by_constituency[constituency.id] = winners
    return _Elected(elections, people, by_constituency)


def _offices(
    rng: random.Random, council: Council, unit: AdministrativeUnit, elected: _Elected
) -> Iterator[_Row]:
    """The council's posts, each held by its own delegate from the first session on.

    A delegate in a full-time post has a full-time mandate.
    """
    pool = list(elected.delegates)
    rng.shuffle(pool)
    holders = iter(pool)
    province = unit.parent is None

    def office(post: Post, *, full_time: bool = True, **extra: object) -> _Row:
        holder = next(holders)
        holder["mandates"][0]["full_time"] = full_time
        start = _FIRST_SESSION
        row = {"person": holder["id"], "council": council.id, "post": post, "start": start}
        return {**row, "full_time": full_time, **extra}

    yield office(Post.CHAIR)
    # The most Resolution 106/2025 allows every council of the level (a province not merged).
    level = Level.PROVINCE if province else Level.COMMUNE
    for _ in range(rng.randint(1, max_vice_chairs(level).value)):
        yield office(Post.VICE_CHAIR)
    for committee in council.committees:
        head_full_time = province and rng.random() < 0.5
        yield office(Post.COMMITTEE_HEAD, full_time=head_full_time, committee=committee)
        for _ in range(rng.randint(1, 2) if province else 1):
            yield office(Post.COMMITTEE_DEPUTY_HEAD, committee=committee)
    # Elected by the council from outside its standing committee.
    yield office(Post.PEOPLES_COMMITTEE_CHAIR, full_time=False)
    for group in council.delegate_groups:
        members = [d for c in group.constituencies for d in elected.by_constituency[c]]
        yield {
            "person": rng.choice(members)["id"],
            "council": council.id,
            "post": Post.GROUP_LEADER,
            "group": group.id,
            "start": _FIRST_SESSION,
        }


# --- sessions, sittings, votes and resolutions of a national council -----------------------


class _Activity(NamedTuple):
    sessions: list[_Row]
    sittings: list[_Row]
    votes: list[_Row]
    documents: list[_Row]


_THEMATIC_CHANCE = 0.3
"""Chance that a council holds a thematic session in a year."""
_FAILING_CHANCE = 0.015
"""Chance that a vote on a draft resolution falls short of the law's threshold."""
_LEAVE_SHARE = 0.08
"""The most delegates absent with leave from a sitting, as a share (4 % on average)."""
_NORMATIVE_SHARE = MappingProxyType({True: 0.3, False: 0.1})
"""Share of the resolutions that are normative, for a province (True) and a commune."""
_LOCAL = MappingProxyType({UnitKind.PROVINCE: "tỉnh", UnitKind.CENTRAL_CITY: "thành phố",
                           UnitKind.COMMUNE: "xã", UnitKind.WARD: "phường",
                           UnitKind.SPECIAL_ZONE: "đặc khu"})  # fmt: skip
_REPORTS_TABLE = {
    SessionKind.FIRST: (
        "Báo cáo kết quả bầu cử đại biểu Hội đồng nhân dân nhiệm kỳ 2026–2031",
        "Báo cáo thẩm tra tư cách đại biểu Hội đồng nhân dân",
    ),
    SessionKind.REGULAR: (
        "Báo cáo tình hình kinh tế - xã hội {half} {year}",
        "Báo cáo công tác {half} {year} của Thường trực Hội đồng nhân dân",
        "Báo cáo kết quả giải quyết kiến nghị của cử tri",
    ),
    SessionKind.THEMATIC: ("Tờ trình về việc tổ chức kỳ họp chuyên đề",),
}
_REPORTS: Mapping[SessionKind, tuple[str, ...]] = MappingProxyType(_REPORTS_TABLE)
_ELECTIONS = (
    "Bầu Chủ tịch, Phó Chủ tịch Hội đồng nhân dân",
    "Bầu Trưởng ban, Phó Trưởng ban các Ban của Hội đồng nhân dân",
    "Bầu Chủ tịch, Phó Chủ tịch Ủy ban nhân dân",
)
_FIRST_RESOLUTIONS = (
    "về việc xác nhận kết quả bầu Chủ tịch Hội đồng nhân dân",
    "về việc xác nhận kết quả bầu Phó Chủ tịch Hội đồng nhân dân",
    "về việc xác nhận kết quả bầu Chủ tịch Ủy ban nhân dân",
    "về việc thành lập các Ban của Hội đồng nhân dân",
    "về chương trình giám sát năm 2026 của Hội đồng nhân dân",
)
_RESOLUTIONS = (
    "về dự toán thu, chi ngân sách địa phương năm {next}",
    "về phân bổ dự toán ngân sách địa phương năm {next}",
    "về kế hoạch đầu tư công năm {next}",
    "về điều chỉnh kế hoạch đầu tư công năm {year}",
    "về phê chuẩn quyết toán ngân sách địa phương năm {prev}",
    "về chương trình giám sát năm {next} của Hội đồng nhân dân",
    "về kế hoạch tổ chức các kỳ họp thường lệ năm {next}",
    "về chủ trương đầu tư dự án đường giao thông liên xã",
    "về danh mục công trình, dự án cần thu hồi đất năm {next}",
    "về thành lập Đoàn giám sát chuyên đề năm {next}",
    "về nhiệm vụ phát triển kinh tế - xã hội năm {next}",
    "về đặt tên đường và công trình công cộng",
)
_NORMATIVE = (
    "quy định mức chi bảo đảm hoạt động của Hội đồng nhân dân",
    "quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp",
    "quy định mức thu học phí năm học {year}–{next}",
    "quy định phân cấp nguồn thu, nhiệm vụ chi ngân sách địa phương",
    "quy định mức hỗ trợ đối với người có công với cách mạng",
    "quy định mức chi cho công tác tiếp công dân",
)
_QUESTIONING = "Chất vấn và trả lời chất vấn"
_Item = tuple[ItemKind, str, tuple[str, bool] | None]
"""An agenda item: kind, title, and for a draft resolution its subject and normativity."""
_ASSIGNEES = ("Ủy ban nhân dân {local}", "Thường trực Hội đồng nhân dân, các Ban và đại biểu")


def _weekday(day: dt.date) -> dt.date:
    """*day*, or the Monday after it when it falls on a weekend."""
    weekday = day.weekday()
    return day + dt.timedelta(days=7 - weekday) if weekday >= 5 else day


@functools.lru_cache(maxsize=4096)
def _resolution_threshold(day: dt.date) -> Threshold:
    """The threshold a resolution must meet on *day*."""
    threshold = framework_at(day).threshold(Decision.RESOLUTION)
    if isinstance(threshold, NotApplicable):  # pragma: no cover - Law 72/2025 sets it
        msg = f"no threshold for a resolution on {day}"
        raise LookupError(msg)
    return threshold


def _calendar(rng: random.Random, until: dt.date) -> list[tuple[dt.date, SessionKind]]:
    """Opening days and kinds of the sessions up to *until*, in order."""
    plan = [(_FIRST_SESSION, SessionKind.FIRST)]
    for year in range(_FIRST_SESSION.year, until.year + 1):
        plan.append((_weekday(dt.date(year, 7, rng.randint(1, 20))), SessionKind.REGULAR))
        plan.append((_weekday(dt.date(year, 12, rng.randint(1, 15))), SessionKind.REGULAR))
        if rng.random() < _THEMATIC_CHANCE:
            months = (9, 10) if year == _FIRST_SESSION.year else (2, 3, 9, 10)
            day = dt.date(year, rng.choice(months), rng.randint(1, 25))
            plan.append((_weekday(day), SessionKind.THEMATIC))
    end = min(until, _TERM.end or until)
    return sorted(p for p in plan if p[0] <= end)


def _agenda(
    rng: random.Random, kind: SessionKind, opening: dt.date, province: bool
) -> tuple[list[tuple[ItemKind, str]], list[tuple[str, bool]]]:
    """A session's reports, questioning and elections; and its draft resolutions.

    A draft resolution is its subject and whether it is normative.
    """
    year = opening.year
    half = "6 tháng đầu năm" if opening.month <= 7 else "năm"
    names = {"year": year, "next": year + 1, "prev": year - 1, "half": half}
    items = [(ItemKind.REPORT, title.format(**names)) for title in _REPORTS[kind]]
    if kind is SessionKind.FIRST:
        items += [(ItemKind.ELECTION, title) for title in _ELECTIONS]
        subjects = rng.sample(_FIRST_RESOLUTIONS, rng.randint(2, len(_FIRST_RESOLUTIONS)))
        return items, [(subject, False) for subject in subjects]
    if kind is SessionKind.REGULAR:
        items.append((ItemKind.QUESTIONING, _QUESTIONING))
        count = rng.randint(5, 10) if province else rng.randint(3, 6)
    else:
        count = rng.randint(1, 3)
    share = _NORMATIVE_SHARE[province]
    normative = min(sum(rng.random() < share for _ in range(count)), len(_NORMATIVE))
    drafts = [(s.format(**names), True) for s in rng.sample(_NORMATIVE, normative)]
    drafts += [(s.format(**names), False) for s in rng.sample(_RESOLUTIONS, count - normative)]
    rng.shuffle(drafts)
    return items, drafts


def _meet(
    rng: random.Random,
    council: Council,
    unit: AdministrativeUnit,
    *,
    people: list[_Row],
    posts: list[_Row],
    until: dt.date,
    into: _Activity,
) -> None:
    """The sessions of *council* up to *until*, with their records, added to *into*.

    *people* are the council's delegates and *posts* its offices, as plain rows.

    Sittings fall on weekdays, two a day (morning, afternoon); the chair of the council
    chairs the first sitting of a day, a vice-chair the other. Attendance covers every
    delegate whose mandate covers the day; the votes of a sitting count its delegates
    present and are measured against the council's membership that day.
    """
    province = unit.parent is None
    chair = next(o["person"] for o in posts if o["post"] is Post.CHAIR)
    vice = [o["person"] for o in posts if o["post"] is Post.VICE_CHAIR]
    local = _LOCAL[unit.kind]
    tasks = [{"assignee": a.format(local=local)} for a in _ASSIGNEES]
    electronic = province or rng.random() < 0.2
    method = VoteMethod.ELECTRONIC if electronic else VoteMethod.SHOW_OF_HANDS
    present = {p["id"]: {"delegate": p["id"], "status": AttendanceStatus.PRESENT} for p in people}
    leave = {
        p["id"]: {"delegate": p["id"], "status": AttendanceStatus.ABSENT_WITH_LEAVE} for p in people
    }
    symbols: dict[tuple[int, bool], int] = {}  # resolutions so far, by year and normative
    for number, (opening, kind) in enumerate(_calendar(rng, until), 1):
        session = f"{council.id}-k{number}"
        items, drafts = _agenda(rng, kind, opening, province)
        count = rng.randint(2, 4)
        days = [opening]
        while len(days) < (count + 1) // 2:
            days.append(_weekday(days[-1] + dt.timedelta(days=1)))
        # reports open the session, questioning follows, drafts are voted on after the first
        placed: list[list[_Item]] = [[] for _ in range(count)]
        placed[0] += [(k, title, None) for k, title in items if k is not ItemKind.QUESTIONING]
        placed[1] += [(k, title, None) for k, title in items if k is ItemKind.QUESTIONING]
        for subject, normative in drafts:
            placed[rng.randint(1, count - 1)].append(
                (ItemKind.DRAFT_RESOLUTION, f"Dự thảo Nghị quyết {subject}", (subject, normative))
            )
        votes = 0
        on_day: dict[dt.date, list[str]] = {}
        for j, agenda in enumerate(placed):
            day = days[j // 2]
            sitting = f"{session}-p{j + 1}"
            serving = on_day.get(day)
            if serving is None:
                on_day[day] = serving = _serving(people, day)
            base = len(serving)
            absent = set(rng.sample(serving, int(base * rng.uniform(0, _LEAVE_SHARE))))
            into.sittings.append(
                {
                    "id": sitting,
                    "session": session,
                    "day": day,
                    "part": PartOfDay.AFTERNOON if j % 2 else PartOfDay.MORNING,
                    "chair": rng.choice(vice) if j % 2 and vice else chair,
                    "items": [
                        {"id": str(i), "kind": k, "title": title}
                        for i, (k, title, _) in enumerate(agenda, 1)
                    ],
                    "attendance": [leave[d] if d in absent else present[d] for d in serving],
                }
            )
            for i, (_, _, draft) in enumerate(agenda, 1):
                if draft is None:
                    continue
                votes += 1
                vote = _vote(rng, day, base, base - len(absent))
                vote.update(id=f"{session}-b{votes}", sitting=sitting, item=str(i), method=method)
                into.votes.append(vote)
                if not vote["passed"]:
                    continue
                subject, normative = draft
                key = (day.year, normative)
                symbols[key] = serial = symbols.get(key, 0) + 1
                year = f"{day.year}/" if normative else ""
                into.documents.append(
                    {
                        "id": f"{session}-nq{votes}",
                        "council": council.id,
                        "symbol": f"{serial:02d}/{year}NQ-HĐND",
                        "title": subject[0].upper() + subject[1:],
                        "normative": normative,
                        "session": session,
                        "vote": vote["id"],
                        "signed": day,
                        "effective": (
                            day + dt.timedelta(days=rng.randint(10, 15)) if normative else day
                        ),
                        "tasks": tasks,
                    }
                )
        into.sessions.append(
            {
                "id": session,
                "council": council.id,
                "number": number,
                "kind": kind,
                "opening": opening,
                "closing": days[-1],
                "requested_by": (
                    (SessionRequester.STANDING_COMMITTEE,) if kind.needs_request else ()
                ),
                "convened_on": opening - dt.timedelta(days=rng.randint(15, 30)),
                "documents_sent": opening - dt.timedelta(days=rng.randint(5, 10)),
                "name": _session_name(number, kind),
            }
        )


def _serving(people: list[_Row], day: dt.date) -> list[str]:
    """Ids of the delegates of *people* whose mandate covers *day*."""
    return [
        p["id"]
        for p in people
        for m in p["mandates"]
        if m["start"] <= day and (m.get("end") is None or day <= m["end"])
    ]


def _vote(rng: random.Random, day: dt.date, base: int, present: int) -> _Row:
    """The tallies of a vote on a draft resolution on *day*: *present* of *base* members.

    Nearly every vote gathers almost everyone present; about one in seventy falls short of
    the law's minimum. ``passed`` is what the law in force that day gives.
    """
    threshold = _resolution_threshold(day)
    minimum = threshold.minimum_votes(base)
    if rng.random() < _FAILING_CHANCE and minimum > 0:
        in_favour = rng.randint(max(0, minimum - 1 - base // 5), minimum - 1)
        not_voting = rng.randint(0, min(2, present - in_favour))
        against = present - in_favour - not_voting
    else:
        against = min(present, rng.choice((0, 0, 0, 1, 1, 2)))
        not_voting = min(present - against, rng.choice((0, 0, 1)))
        in_favour = present - against - not_voting
    return {
        "decision": Decision.RESOLUTION,
        "in_favour": in_favour,
        "against": against,
        "not_voting": not_voting,
        "passed": measure_vote(threshold, in_favour, stated_base=base).passed,
    }


def _session_name(number: int, kind: SessionKind) -> str:
    """``Kỳ họp thứ nhất``, ``Kỳ họp thứ 4``, ``Kỳ họp thứ 5 (chuyên đề)``."""
    name = "Kỳ họp thứ nhất" if number == 1 else f"Kỳ họp thứ {number}"
    return f"{name} (chuyên đề)" if kind is SessionKind.THEMATIC else name
