"""Voter contact at every national council: meetings with voters, and voter petitions.

For each council with regular sessions, :func:`with_voter_contact` (or
``national_dataset(voter_contact=True)``) invents a round of meetings with voters before
every regular session, and a few after it:

* **meetings** — each delegate group meets voters over two or three days: at a commune
  once or twice, at a province in most of the communes the dataset holds (shared out
  among its groups), with the Fatherland Front, the group's serving delegates present (by
  id; now and then National Assembly delegates too, at a province), 50 to 300 voters
  attending and 3 to 20 speaking; some groups meet voters again after the session;
* **voter petitions** — compiled by each group after its meetings (raised at one or
  several), by field, competent level (now and then a central body) and body; some of a
  province's records merged into another group's (``merged_into``), some raising again a
  matter of an earlier round (``repeats``). Each is compiled, summarised, forwarded,
  answered, published and reported on before the next session, every step within the limit
  of the voter-contact law in force on the day it runs from (read from
  ``framework_at(day).instrument(Domain.VOTER_CONTACT)``); before that law (20 February
  2025) hdnd encodes none, and the days follow the first one encoded.

Nothing names a person. A council's records come from a generator seeded by the seed and its
id: the same whatever else the dataset holds, but the communes (those it holds).

```pycon
>>> from hdnd.testing import national_dataset
>>> ds = national_dataset(provinces=("46",), voter_contact=True)
>>> len(ds.voter_meetings) > len(ds.voter_petitions) > 0
True
>>> with_voter_contact(national_dataset(provinces=("46",))) == ds
True

```
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import random
from types import MappingProxyType
from typing import Any, NamedTuple

from pydantic import TypeAdapter

from hdnd._core.errors import NotEncodedError
from hdnd.calendar.workdays import next_working_day
from hdnd.dataset.dataset import Dataset
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.levels import Level, UnitKind
from hdnd.law.voter_contact.voter_contact2025 import VoterContactResolution2025
from hdnd.sessions.session import Session, SessionKind
from hdnd.testing.synthetic.base import _gc_paused, _Row
from hdnd.testing.synthetic.limits import _Weighted, _year
from hdnd.units.unit import AdministrativeUnit
from hdnd.voter_contact.kinds import MeetingOccasion, VoterPetitionField, VoterPetitionResult
from hdnd.voter_contact.meeting import VoterMeeting
from hdnd.voter_contact.petition import VoterPetition

__all__ = ["with_voter_contact"]

_HELD, _AFTER, _NATIONAL = 0.85, 0.3, 0.25
"""Chances: that a province's group meets voters in one of its communes in a round; that a
group meets voters after the session too; that National Assembly delegates join a meeting."""
_MERGED, _REPEATS = 0.2, 0.12
"""Shares of the records merged into another group's (at a province) and raised again."""
_ROUND, _LEAD = (10, 20), 5
"""A round begins 10 to 20 days before the last day a group may begin meeting, which is 5
calendar days before the summary's limit (neither is law: the law sets the limit)."""
_F = VoterPetitionField
_FIELDS = _Weighted(((_F.LAND, 24), (_F.INFRASTRUCTURE, 22), (_F.ENVIRONMENT, 12),
                     (_F.SOCIAL, 12), (_F.ADMINISTRATION, 9), (_F.HEALTH, 8),
                     (_F.EDUCATION, 6), (_F.ECONOMY, 5), (_F.OTHER, 2)))  # fmt: skip
_LEVELS = MappingProxyType({
    True: _Weighted(((Level.PROVINCE, 65), (Level.COMMUNE, 20), (None, 15))),
    False: _Weighted(((Level.COMMUNE, 60), (Level.PROVINCE, 30), (None, 10))),
})  # fmt: skip
"""The level competent to settle a petition (``None``: a central body), province or not."""
_R = VoterPetitionResult
_RESULTS = _Weighted(((_R.RESOLVED, 45), (_R.EXPLAINED, 33), (_R.IN_PROGRESS, 17),
                      (_R.UNRESOLVED, 5)))  # fmt: skip
_MATTERS = MappingProxyType({
    _F.LAND: ("Sở Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường",
              "Chậm cấp giấy chứng nhận quyền sử dụng đất", "Bồi thường, hỗ trợ khi thu hồi đất",
              "Công khai quy hoạch sử dụng đất", "Lấn chiếm đất công"),
    _F.INFRASTRUCTURE: ("Sở Xây dựng", "Bộ Xây dựng", "Nâng cấp đường liên xã",
                        "Sửa chữa cầu dân sinh xuống cấp", "Chiếu sáng công cộng",
                        "Nạo vét kênh mương nội đồng"),
    _F.ENVIRONMENT: ("Sở Nông nghiệp và Môi trường", "Bộ Nông nghiệp và Môi trường",
                     "Ô nhiễm từ cơ sở chăn nuôi", "Thu gom, xử lý rác thải sinh hoạt",
                     "Sạt lở bờ sông", "Nước sinh hoạt không bảo đảm"),
    _F.SOCIAL: ("Sở Nội vụ", "Bộ Nội vụ", "Chậm chi trả trợ cấp xã hội",
                "Hỗ trợ việc làm cho lao động nông thôn", "Hỗ trợ xóa nhà tạm, nhà dột nát"),
    _F.ADMINISTRATION: ("Sở Tư pháp", "Bộ Tư pháp", "Thủ tục hành chính sau sắp xếp đơn vị",
                        "Hồ sơ trực tuyến giải quyết chậm", "Đổi giấy tờ sau khi đổi địa danh"),
    _F.HEALTH: ("Sở Y tế", "Bộ Y tế", "Thiếu thuốc bảo hiểm y tế tại trạm y tế",
                "Quá tải tại bệnh viện tuyến tỉnh"),
    _F.EDUCATION: ("Sở Giáo dục và Đào tạo", "Bộ Giáo dục và Đào tạo", "Phòng học xuống cấp",
                   "Các khoản thu ngoài học phí"),
    _F.ECONOMY: ("Sở Tài chính", "Bộ Tài chính", "Giá vật tư nông nghiệp tăng cao",
                 "Tiêu thụ nông sản cho nông dân"),
    _F.OTHER: ("", "Chính phủ", "An ninh trật tự tại khu dân cư", "Nâng cấp nhà văn hóa thôn"),
})  # fmt: skip
"""By field: the province's competent department ("": the UBND), the ministry, matters."""
_HAMLETS = ("thôn", "ấp", "tổ dân phố", "khu phố")
_BEFORE = MeetingOccasion.BEFORE_SESSION


@functools.lru_cache(maxsize=4096)
def _due(kind: DeadlineKind, event: dt.date) -> dt.date:
    """The last day of voter-contact limit *kind* running from (or back from) *event*.

    Under the law in force on *event*; before any is encoded, under the first one encoded.
    """
    law = framework_at(event).instrument(Domain.VOTER_CONTACT) or VoterContactResolution2025()
    rule: Deadline | None = law.deadline(kind)
    if rule is None:  # pragma: no cover - Joint resolution 72/2025 sets every one
        msg = f"no {kind.value} limit on {event}"
        raise NotEncodedError(msg)
    return rule.due(event)


def _pick(rng: random.Random, first: dt.date, last: dt.date) -> dt.date | None:
    """A working day from *first* to *last* (both included); ``None`` when there is none."""
    days = _year(first.year).days
    low, high = bisect.bisect_left(days, first), bisect.bisect_right(days, last)
    return days[rng.randrange(low, high)] if low < high else None


_Member = tuple[str, dt.date, dt.date | None]  # a delegate: id, first and last day of mandate


class _Council(NamedTuple):
    """What a council's voter contact is drawn from, read from the dataset."""

    id: str
    province: bool
    authority: str
    """The province's name, as the names of its bodies end (``tỉnh Lai Châu``)."""
    places: tuple[AdministrativeUnit, ...]
    """The units its delegates meet voters in: a province's communes, else its own unit."""
    groups: tuple[tuple[_Member, ...], ...]
    """The members of each delegate group (all of the council's, when it has none)."""
    sessions: tuple[Session, ...]


def _name(unit: AdministrativeUnit) -> str:
    """``tỉnh Lai Châu``, ``thành phố Huế``, ``xã Mường Kim``: as a body's name ends."""
    bare = unit.kind is UnitKind.PROVINCE and not unit.name.startswith("Tỉnh")
    name = f"Tỉnh {unit.name}" if bare else unit.name
    return name[0].lower() + name[1:]


class _Round:
    """The records of one round of a council, numbered in the order they are made."""

    def __init__(self, council: _Council, session: Session) -> None:
        self.council = council
        self.session = session
        self.meetings: list[_Row] = []
        self.petitions: list[_Row] = []

    def meeting(
        self, rng: random.Random, group: int, unit: AdministrativeUnit, day: dt.date, occasion: Any
    ) -> _Row:
        """A meeting of *group* with voters in *unit* on *day*, with its serving delegates."""
        council = self.council
        serving = [d for d, start, end in council.groups[group] if start <= day <= (end or day)]
        few = rng.randint(2, 4) if council.province else rng.randint(1, 3)
        attendances = rng.randint(50, 300)
        present = sorted(rng.sample(serving, min(few, len(serving))))
        row: _Row = {"id": f"tx-{self.session.id}-{len(self.meetings) + 1:03d}", "unit": unit.code,
                     "day": day, "occasion": occasion, "council": council.id, "with_front": True,
                     "session": self.session.id, "delegates": present, "attendances": attendances,
                     "speakers": rng.randint(3, min(20, attendances))}  # fmt: skip
        if council.province:
            row["national_delegates"] = rng.randint(1, 2) if rng.random() < _NATIONAL else 0
        if rng.random() < 0.6:
            row["place"] = f"Nhà văn hóa {rng.choice(_HAMLETS)} {rng.randint(1, 12)}"
        self.meetings.append(row)
        return row


_COPIED = ("field", "content", "level", "body", "forwarded_to")


def _matter(rng: random.Random, council: _Council, place: str) -> _Row:
    """Field, content, level, competent body and where it is forwarded."""
    field = _FIELDS.draw(rng)
    level = _LEVELS[council.province].draw(rng)
    department, ministry, *matters = _MATTERS[field]
    if level is Level.PROVINCE:
        to = f"Ủy ban nhân dân {council.authority}"
        body = department or to
    elif level is Level.COMMUNE:
        body = to = f"Ủy ban nhân dân {place}"
    else:
        body, to = ministry, f"Đoàn đại biểu Quốc hội {council.authority}"
    matter = {"field": field, "content": rng.choice(matters), "body": body}
    return matter | {"forwarded_to": to} | ({"level": level} if level is not None else {})


def _before(
    rng: random.Random, book: _Round, start: dt.date, end: dt.date, earlier: list[_Row]
) -> None:
    """Each group's meetings before the session, and the records it compiled after them.

    A group meets over two or three days from one between *start* and *end*, and compiles
    after its last meeting, within the law's limit from its first, never after the summary's
    limit. A record may raise again a matter of an earlier round; at a province, one may be
    merged into the record of another group that was raised the same matter.
    """
    council, session = book.council, book.session
    summary = _due(DeadlineKind.VOTER_PETITION_SUMMARY, session.opening)
    names = {p.code: _name(p) for p in council.places}
    for group in range(len(council.groups)):
        first = start + dt.timedelta(days=rng.randint(0, (end - start).days))
        span = 2 if council.province else 1
        if council.province and len(council.places) > 1:
            shared = council.places[group :: len(council.groups)]
            places = [p for p in shared if rng.random() < _HELD] or list(shared[:1])
        else:
            places = [council.places[0]] * rng.choice((1, 1, 2))
        days = [first + dt.timedelta(days=rng.randint(0, span)) for _ in places]
        held = [book.meeting(rng, group, p, d, _BEFORE) for p, d in zip(places, days, strict=True)]
        limit = min(_due(DeadlineKind.VOTER_PETITION_COMPILATION, first), summary)
        compiled = _pick(rng, next_working_day(max(days)), limit) if held else None
        if compiled is None:
            continue
        others = [r for r in book.petitions if "merged_into" not in r]
        for _ in range(rng.randint(1, 3) if council.province else rng.choice((1, 1, 2))):
            raised = rng.sample(held, min(len(held), rng.choice((1, 1, 1, 2, 3))))
            row: _Row = {
                "id": f"kn-{session.id}-{len(book.petitions) + 1:03d}",
                "council": council.id,
                "raised_at": [m["id"] for m in raised],
                "voters": len(raised) * rng.randint(1, 4),
                "compiled": compiled,
            }
            if council.province and others and rng.random() < _MERGED:
                target = rng.choice(others)
                row.update({k: target[k] for k in _COPIED[:-1] if k in target})
                row["merged_into"] = target["id"]
            elif earlier and rng.random() < _REPEATS:
                again = rng.choice([r for r in earlier if not r["result"].settled] or earlier)
                row.update({k: again[k] for k in _COPIED if k in again})
                row["repeats"] = again["id"]
            else:
                row.update(_matter(rng, council, names[raised[0]["unit"]]))
            book.petitions.append(row)


def _after(rng: random.Random, book: _Round, until: dt.date) -> None:
    """Meetings of some groups after the session, to report on it, before *until*."""
    closing = book.session.last_day
    for group in range(len(book.council.groups)):
        if rng.random() >= _AFTER:
            continue
        for _ in range(rng.randint(1, 2)):
            day = closing + dt.timedelta(days=rng.randint(3, 28))
            if day < until:
                place = rng.choice(book.council.places)
                book.meeting(rng, group, place, day, MeetingOccasion.AFTER_SESSION)


def _handle(
    rng: random.Random, book: _Round, earlier: list[_Row], next_opening: dt.date | None
) -> None:
    """Each petition of the round summarised, forwarded, answered, published on time.

    Records merged into another are not handled; the results are reported before the next
    session, where the dataset has one.
    """
    session, kept = book.session, [r for r in book.petitions if "merged_into" not in r]
    summary = _due(DeadlineKind.VOTER_PETITION_SUMMARY, session.opening)
    summarised = _pick(rng, max((r["compiled"] for r in kept), default=summary), summary)
    if not kept or summarised is None:
        return
    closing = session.last_day
    results = DeadlineKind.VOTER_PETITION_RESULTS_REPORT
    report_by = None if next_opening is None else _due(results, next_opening)
    last = session.opening - dt.timedelta(days=1)
    for row in kept:
        forwarded = _pick(rng, summarised, min(last, summarised + dt.timedelta(days=5)))
        if forwarded is None:  # pragma: no cover - the summary's limit is days before it
            continue
        answer = _due(DeadlineKind.VOTER_PETITION_ANSWER, forwarded)
        day_after = forwarded + dt.timedelta(days=1)
        before_report = report_by - dt.timedelta(days=1) if report_by else answer
        answered = _pick(rng, day_after, min(answer, before_report))
        answered = answered or _pick(rng, day_after, answer)
        if answered is None:  # pragma: no cover - the answer's limit holds working days
            continue
        published = _pick(rng, answered, _due(DeadlineKind.VOTER_PETITION_PUBLICATION, answered))
        row.update(summarised=summarised, forwarded=forwarded, answered=answered)
        row.update(result=_RESULTS.draw(rng), published=published)
        earlier.append(row)
    handled = [r for r in kept if "answered" in r]
    first = max([closing, *(r["answered"] for r in handled)]) + dt.timedelta(days=1)
    if next_opening is None:
        report_by = first + dt.timedelta(days=20)
    reported = _pick(rng, first, report_by) if report_by is not None else None
    if reported is not None:
        for row in handled:
            row["reported"] = reported


def _contact(seed: int, council: _Council) -> tuple[list[_Row], list[_Row]]:
    """The voter meetings and voter petitions of *council*, round by round."""
    rng = random.Random(f"{seed}-{council.id}-voter-contact")
    meetings: list[_Row] = []
    petitions: list[_Row] = []
    earlier: list[_Row] = []  # petitions handled, which a later round may raise again
    sessions = council.sessions
    for n, session in enumerate(sessions):
        if session.kind is not SessionKind.REGULAR:
            continue
        previous = sessions[n - 1] if n else None
        following = sessions[n + 1] if n + 1 < len(sessions) else None
        book = _Round(council, session)
        summary = _due(DeadlineKind.VOTER_PETITION_SUMMARY, session.opening)
        end = summary - dt.timedelta(days=_LEAD)
        start = end - dt.timedelta(days=rng.randint(*_ROUND))
        if previous is not None:
            start = max(start, previous.last_day + dt.timedelta(days=1))
        next_opening = following.opening if following is not None else None
        if start <= end:
            _before(rng, book, start, end, earlier)
            _handle(rng, book, earlier, next_opening)
        _after(rng, book, next_opening or dt.date.max)
        book.meetings.sort(key=lambda m: (m["day"], m["id"]))
        meetings += book.meetings
        petitions += book.petitions
    return meetings, petitions


def _councils(dataset: Dataset) -> list[_Council]:
    """Every council with a regular session, with what its voter contact is drawn from."""
    index = dataset.index
    members: dict[str, dict[str | None, list[_Member]]] = {}
    for delegate in dataset.delegates:
        for m in delegate.mandates:
            seats = members.setdefault(m.council, {}).setdefault(m.constituency, [])
            seats.append((delegate.id, m.start, m.end))
    children: dict[str, list[AdministrativeUnit]] = {}
    for unit in dataset.units:
        if unit.parent is not None:
            children.setdefault(unit.parent, []).append(unit)
    found = []
    for council in dataset.councils:
        sessions = index.sessions_of(council.id)
        regular = any(s.kind is SessionKind.REGULAR for s in sessions)
        if not regular or not index.has_unit(council.unit):
            continue
        unit = index.unit(council.unit)
        parent = index.unit(unit.parent) if unit.parent and index.has_unit(unit.parent) else unit
        of = members.get(council.id, {})
        drawn = (tuple(d for c in g.constituencies for d in of.get(c, ())) for g in
                 council.delegate_groups)  # fmt: skip
        groups = tuple(g for g in drawn if g) or (tuple(d for ds in of.values() for d in ds),)
        places = tuple(children.get(unit.code, ())) or (unit,)
        province = unit.parent is None
        authority = _name(unit if province else parent)
        found.append(_Council(council.id, province, authority, places, groups, sessions))
    return found


_MEETINGS = TypeAdapter(tuple[VoterMeeting, ...])
_PETITIONS = TypeAdapter(tuple[VoterPetition, ...])


def with_voter_contact(dataset: Dataset, *, seed: int = 0) -> Dataset:
    """*dataset* with voter meetings and voter petitions for each council's regular sessions.

    The records of each council are those ``national_dataset(seed, voter_contact=True)``
    gives it (see the module's description), drawn from its sessions, its delegates (by
    delegate group) and the units under its own, read from *dataset*. A council without a
    regular session gets none. Existing voter meetings and voter petitions are replaced.
    """
    with _gc_paused():
        return _with_voter_contact(dataset, seed=seed)


def _with_voter_contact(dataset: Dataset, *, seed: int) -> Dataset:
    meetings: list[_Row] = []
    petitions: list[_Row] = []
    for council in _councils(dataset):
        held, raised = _contact(seed, council)
        meetings += held
        petitions += raised
    return dataset.model_copy(
        update={
            "voter_meetings": _MEETINGS.validate_python(meetings),
            "voter_petitions": _PETITIONS.validate_python(petitions),
        }
    )
