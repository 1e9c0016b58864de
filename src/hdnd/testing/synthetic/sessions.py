"""Sessions, sittings, votes and resolutions of a national council."""

from __future__ import annotations

import datetime as dt
import functools
import random
from collections.abc import Mapping
from types import MappingProxyType
from typing import NamedTuple

from hdnd._core.errors import NotEncodedError
from hdnd.councils.council import Council
from hdnd.councils.offices import Post
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Decision
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.organs import SessionRequester
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.thresholds import Threshold, measure_vote
from hdnd.sessions.session import AttendanceStatus, ItemKind, PartOfDay, SessionKind, VoteMethod
from hdnd.testing.synthetic.base import _FIRST_SESSION, _TERM, _Row
from hdnd.units.unit import AdministrativeUnit

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
        raise NotEncodedError(msg)
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
