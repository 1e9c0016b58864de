"""Write the synthetic companion register of the Cần Thơ example: ``can-tho-register.json``.

The 2014 report of the office of the National Assembly delegation and People's Council of
Cần Thơ city publishes totals only: 105 citizen visits (100 individual, 5 group) and 191
petitions (36 guided, 4 answered, 70 stored, 81 forwarded); and, from 19 April to 8 October,
56 voter meetings of the National Assembly delegation in the city's communes, wards and
townships, with about 7,570 voters attending and 431 speaking. This script invents, from a
fixed seed, a register of individual records whose counts agree exactly with those totals, so
that ``hdnd.petition_register`` and ``hdnd.voter_contact_summary`` can set what they count
beside what was published. Everything but the source and the five published figures (copied
from ``can-tho.json``) is invented: the days, the kinds of petition, the channels, the bodies
petitions were forwarded to, the meetings' units, days and counts, and the voter petitions.
There are no personal names: the file ships publicly.

The voter part is drawn from a random generator of its own, so the reception and petitions
part is the same as before it was added. The register of 2014 communes is not shipped: the
meetings are placed in units of today's register (from 1 July 2025) that lie in the area of
the former Cần Thơ city (codes up to 31315), and the description says so.

Run it again after changing it (``python scripts/make_register_example.py``); the output is
the same for the same seed, and a test checks the shipped file is this script's output.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hdnd import Dataset, dump, load_example
from hdnd.calendar import add_working_days, is_working_day, subtract_working_days
from hdnd.examples import EXAMPLES
from hdnd.units import communes

TARGET = Path(__file__).resolve().parent.parent / "src" / "hdnd" / "data" / "examples"
NAME = "can-tho-register"
SEED = 2014
UNIT = "92"
SOURCE = "can-tho-office-2014"
FIGURES = (
    "can-tho-2014-citizen-visits",
    "can-tho-2014-petitions",
    "can-tho-2014-voter-meetings",
    "can-tho-2014-voter-attendances",
    "can-tho-2014-voter-speakers",
)

# The published totals the records must reproduce.
INDIVIDUAL_VISITS, GROUP_VISITS = 100, 5
OUTCOMES = {"guided": 36, "answered": 4, "stored": 70, "forwarded": 81}
PETITIONS_AT_VISITS = 14
FOLLOW_UPS = 7

FIRST_DAY, LAST_RECEIPT = dt.date(2014, 1, 2), dt.date(2014, 12, 10)

# The voter meetings: 56 between 19 April and 8 October, summing to 7,570 and 431.
MEETINGS, ATTENDANCES, SPEAKERS = 56, 7570, 431
FIRST_MEETING, LAST_MEETING = dt.date(2014, 4, 19), dt.date(2014, 10, 8)
# Three invented rounds: before the National Assembly's 7th session of May 2014, after it,
# and before its 8th session of October 2014: (occasion, first day, last day, meetings).
ROUNDS = (
    ("before-session", FIRST_MEETING, dt.date(2014, 5, 16), 20),
    ("after-session", dt.date(2014, 7, 5), dt.date(2014, 7, 31), 18),
    ("before-session", dt.date(2014, 9, 20), LAST_MEETING, 18),
)
OLD_CITY_LAST_CODE = "31315"  # today's units in the area of the former Cần Thơ city

TITLE = (
    "Thành phố Cần Thơ: sổ tiếp công dân, xử lý đơn, thư và tiếp xúc cử tri năm 2014"
    " (dữ liệu tổng hợp, không phải hồ sơ thật)"
)
DESCRIPTION = (
    "DỮ LIỆU TỔNG HỢP (synthetic): từng lượt tiếp, từng đơn trong tệp này là hư cấu, do"
    f" scripts/make_register_example.py tạo với seed={SEED}, sao cho số đếm được khớp đúng"
    " các số liệu đã công bố trong báo cáo năm 2014 của Văn phòng Đoàn ĐBQH và HĐND thành"
    f" phố Cần Thơ (nguồn «{SOURCE}», số liệu chép từ ví dụ can-tho): 105 lượt tiếp"
    " công dân (100 lượt cá nhân, 5 lượt tập thể) và 191 đơn, thư (hướng dẫn 36, trả lời 4,"
    " lưu 70, chuyển 81); 56 hội nghị tiếp xúc cử tri của Đoàn ĐBQH từ 19/4 đến 8/10/2014"
    " với 7.570 lượt cử tri tham dự và 431 lượt phát biểu (ba số liệu cũng chép từ ví dụ"
    " can-tho). Ngoài nguồn và năm số liệu ấy, mọi chi tiết (ngày, loại đơn, cách tiếp"
    " nhận, cơ quan nhận đơn chuyển; nơi, ngày, số người của từng hội nghị; các kiến nghị"
    " cử tri) là bịa; không có tên, địa chỉ người nào. Danh mục xã, phường năm 2014 không"
    " có trong tệp: hội nghị được gắn với mã đơn vị hành chính hiện hành (từ 1/7/2025)"
    " thuộc địa bàn thành phố Cần Thơ cũ."
)

# Kinds of petition given its outcome: (kind, weight).
KINDS: dict[str, Sequence[tuple[str, int]]] = {
    "guided": (("complaint", 6), ("recommendation", 3), ("denunciation", 1)),
    "answered": (("recommendation", 3), ("complaint", 1)),
    "stored": (("complaint", 7), ("denunciation", 5), ("recommendation", 6), ("mixed", 2)),
    "forwarded": (("complaint", 10), ("denunciation", 4), ("recommendation", 5), ("mixed", 1)),
}
CHANNELS = (("post", 11), ("other-body", 5), ("online", 2))
DISTRICTS = (
    "UBND quận Ninh Kiều",
    "UBND quận Bình Thủy",
    "UBND quận Cái Răng",
    "UBND quận Ô Môn",
    "UBND quận Thốt Nốt",
    "UBND huyện Phong Điền",
    "UBND huyện Cờ Đỏ",
    "UBND huyện Thới Lai",
    "UBND huyện Vĩnh Thạnh",
)
BODIES = {
    "complaint": (*DISTRICTS, "UBND thành phố Cần Thơ", "Sở Tài nguyên và Môi trường"),
    "denunciation": ("Thanh tra thành phố Cần Thơ", *DISTRICTS[:5]),
    "recommendation": (*DISTRICTS, "Sở Lao động - Thương binh và Xã hội", "Sở Xây dựng"),
    "mixed": (*DISTRICTS[:5], "UBND thành phố Cần Thơ"),
}


def _pick(rng: random.Random, weighted: Sequence[tuple[str, int]]) -> str:
    values, weights = zip(*weighted, strict=True)
    return rng.choices(values, weights=weights)[0]


def _working_days(first: dt.date, last: dt.date) -> list[dt.date]:
    days = (first + dt.timedelta(days=n) for n in range((last - first).days + 1))
    return [day for day in days if is_working_day(day)]


def _sessions() -> list[dict[str, Any]]:
    """A reception session every week, on the first working day from Tuesday.

    Once a month the standing committee receives at the city's reception office.
    """
    sessions: list[dict[str, Any]] = []
    month = 0
    for day in _working_days(FIRST_DAY, LAST_RECEIPT):
        monday = day - dt.timedelta(days=day.weekday())
        if day.weekday() == 0 or any(s["week"] == monday for s in sessions[-1:]):
            continue
        monthly = day.month != month
        month = day.month
        sessions.append(
            {
                "week": monday,
                "id": f"tcd-2014-{len(sessions) + 1:02d}",
                "unit": UNIT,
                "day": day,
                "receiver": "standing-committee" if monthly else "office-staff",
                "place": "reception-office" if monthly else "council-office",
            }
        )
    for session in sessions:
        del session["week"]
    return sessions


def _visits(rng: random.Random, sessions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kinds = ["individual"] * INDIVIDUAL_VISITS + ["group"] * GROUP_VISITS
    rng.shuffle(kinds)
    chosen = sorted(rng.choices(range(len(sessions)), k=len(kinds)))
    visits = []
    for number, (kind, at) in enumerate(zip(kinds, chosen, strict=True), start=1):
        visit: dict[str, Any] = {
            "id": f"lt-2014-{number:03d}",
            "unit": UNIT,
            "day": sessions[at]["day"],
            "kind": kind,
            "session": sessions[at]["id"],
        }
        if kind == "group":
            visit["visitors"] = rng.randint(2, 4)
        elif rng.random() < 0.9:  # a few records do not say how many came
            visit["visitors"] = 1
        visits.append(visit)
    return visits


def _steps(rng: random.Random, received: dt.date, outcome: str, kind: str) -> list[Any]:
    classified = add_working_days(received, rng.randint(1, 2))
    done = add_working_days(classified, rng.randint(1, 5))
    last: dict[str, Any] = {"kind": outcome, "day": done}
    if outcome == "forwarded":
        last["to"] = rng.choice(BODIES[kind])
    return [
        {"kind": "received", "day": received},
        {"kind": "classified", "day": classified},
        last,
    ]


def _petitions(rng: random.Random, visits: list[dict[str, Any]]) -> list[dict[str, Any]]:
    outcomes = [outcome for outcome, count in OUTCOMES.items() for _ in range(count)]
    rng.shuffle(outcomes)
    at_visits = sorted(rng.sample(range(len(visits)), PETITIONS_AT_VISITS))
    days = _working_days(FIRST_DAY, LAST_RECEIPT)
    arrivals: list[tuple[dt.date, dict[str, Any] | None]] = [
        (visits[i]["day"], visits[i]) for i in at_visits
    ]
    arrivals += [(rng.choice(days), None) for _ in range(len(outcomes) - len(arrivals))]
    arrivals.sort(key=lambda arrival: arrival[0])
    petitions: list[dict[str, Any]] = []
    for number, ((received, visit), outcome) in enumerate(
        zip(arrivals, outcomes, strict=True), start=1
    ):
        kind = _pick(rng, KINDS[outcome])
        petition: dict[str, Any] = {
            "id": f"don-2014-{number:03d}",
            "unit": UNIT,
            "received": received,
            "kind": kind,
        }
        if visit is not None:
            petition |= {"channel": "in-person", "visit": visit["id"]}
            petition["signatories"] = visit.get("visitors", 1)
        else:
            petition["channel"] = _pick(rng, CHANNELS)
            if kind == "denunciation" and outcome == "stored" and rng.random() < 0.6:
                petition["anonymous"] = True  # an anonymous denunciation is not handled
            elif rng.random() < 0.08:
                petition["signatories"] = rng.randint(5, 24)
            else:
                petition["signatories"] = 1
        if kind == "complaint" and rng.random() < 0.4:
            petition["decision_known"] = received - dt.timedelta(days=rng.randint(7, 75))
        petition["steps"] = _steps(rng, received, outcome, kind)
        petitions.append(petition)
    _link_follow_ups(rng, petitions)
    return petitions


def _link_follow_ups(rng: random.Random, petitions: list[dict[str, Any]]) -> None:
    """A few petitions follow up an earlier one on the same matter (one of them twice)."""
    later = sorted(rng.sample(range(len(petitions) // 2, len(petitions)), FOLLOW_UPS))
    for position in later:
        follow_up = petitions[position]
        earlier = [
            p
            for p in petitions[:position]
            if p["kind"] == follow_up["kind"]
            and p["received"] < follow_up["received"]
            and not p.get("anonymous")
            and not follow_up.get("anonymous")
        ]
        if earlier:
            follow_up["follow_up_of"] = rng.choice(earlier)["id"]


# --- voter contact --------------------------------------------------------------------------

# Invented voter petitions: (field, level, competent body, content).
MATTERS = (
    ("infrastructure", "province", "Sở Giao thông vận tải", "Nâng cấp đường liên xã xuống cấp"),
    ("land", "district", "UBND huyện", "Chậm cấp giấy chứng nhận quyền sử dụng đất"),
    ("environment", "province", "Sở Tài nguyên và Môi trường", "Ô nhiễm từ cơ sở chăn nuôi"),
    ("social", "province", "Sở Lao động - Thương binh và Xã hội", "Chậm chi trả trợ cấp xã hội"),
    ("health", "province", "Sở Y tế", "Quá tải tại bệnh viện tuyến huyện"),
    ("education", "district", "UBND quận", "Thiếu phòng học ở trường tiểu học"),
    ("economy", "province", "Sở Công Thương", "Giá vật tư nông nghiệp tăng cao"),
    ("administration", "district", "UBND quận", "Thủ tục hành chính còn rườm rà"),
    ("infrastructure", "district", "UBND huyện", "Chiếu sáng công cộng trên tuyến đường chính"),
    ("land", "province", "UBND thành phố Cần Thơ", "Bồi thường, hỗ trợ tái định cư chậm"),
)  # fmt: skip
RESULTS = (("resolved", 5), ("explained", 3), ("in-progress", 2), ("unresolved", 1))


def _adjusted(rng: random.Random, values: list[int], total: int, low: int, high: int) -> list[int]:
    """*values* moved one at a time, within [*low*, *high*], until they add up to *total*."""
    while (gap := total - sum(values)) != 0:
        step = 1 if gap > 0 else -1
        at = rng.randrange(len(values))
        if low <= values[at] + step <= high:
            values[at] += step
    return values


def _meeting_days(rng: random.Random, first: dt.date, last: dt.date, count: int) -> list[dt.date]:
    """*count* days from *first* to *last*, both taken, in order (two meetings may share one)."""
    span = (last - first).days
    inner = [first + dt.timedelta(days=rng.randint(1, span - 1)) for _ in range(count - 2)]
    return [first, *sorted(inner), last]


def _voter_meetings(rng: random.Random) -> list[dict[str, Any]]:
    units = [u.code for u in communes(UNIT) if u.code <= OLD_CITY_LAST_CODE]
    meetings: list[dict[str, Any]] = []
    for occasion, first, last, count in ROUNDS:
        places = rng.sample(units, count)
        for day, unit in zip(_meeting_days(rng, first, last, count), places, strict=True):
            meetings.append(
                {
                    "id": f"txct-2014-{len(meetings) + 1:02d}",
                    "unit": unit,
                    "day": day,
                    "occasion": occasion,
                    "national_delegates": rng.randint(2, 3),
                    "with_front": True,
                }
            )
    attendances = _adjusted(rng, [rng.randint(90, 180) for _ in meetings], ATTENDANCES, 60, 250)
    speakers = _adjusted(rng, [rng.randint(4, 11) for _ in meetings], SPEAKERS, 2, 20)
    for meeting, came, spoke in zip(meetings, attendances, speakers, strict=True):
        meeting |= {"attendances": came, "speakers": spoke}
    return meetings


def _voter_petitions(rng: random.Random, meetings: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Four voter petitions of the first round and four of the last, answered in the first.

    Each was raised at one to three meetings of its round. The first matter of the last round
    repeats the first of the first round; one record of the first round was merged into
    another (the same matter raised at another meeting).
    """
    rounds: list[list[dict[str, Any]]] = []
    for *_, count in ROUNDS:
        start = sum(len(r) for r in rounds)
        rounds.append(meetings[start : start + count])
    matters = rng.sample(MATTERS, 7)
    petitions: list[dict[str, Any]] = []
    for held, chosen in ((rounds[0], matters[:4]), (rounds[-1], [matters[0], *matters[4:]])):
        compiled = add_working_days(held[-1]["day"], rng.randint(2, 4))
        summarised = add_working_days(compiled, rng.randint(3, 5))
        for field, level, body, content in chosen:
            raised = sorted(rng.sample(held, rng.randint(1, 3)), key=lambda m: m["id"])
            forwarded = add_working_days(summarised, rng.randint(1, 3))
            petition: dict[str, Any] = {
                "id": f"knct-2014-{len(petitions) + 1:02d}",
                "raised_at": [m["id"] for m in raised],
                "voters": len(raised) * rng.randint(1, 3),
                "content": content,
                "field": field,
                "level": level,
                "body": body,
                "compiled": compiled,
                "summarised": summarised,
                "forwarded": forwarded,
                "forwarded_to": "UBND thành phố Cần Thơ",
            }
            if held is rounds[0]:
                answered = forwarded + dt.timedelta(days=rng.randint(20, 50))
                reported = subtract_working_days(rounds[-1][0]["day"], rng.randint(5, 10))
                petition |= {
                    "answered": answered,
                    "result": _pick(rng, RESULTS),
                    "reported": reported,
                }
            petitions.append(petition)
    petitions[4]["repeats"] = petitions[0]["id"]
    kept = petitions[1]
    elsewhere = [m["id"] for m in rounds[0] if m["id"] not in kept["raised_at"]]
    petitions.append(
        {
            "id": f"knct-2014-{len(petitions) + 1:02d}",
            "raised_at": [rng.choice(elsewhere)],
            "voters": 1,
            **{key: kept[key] for key in ("content", "field", "level", "body", "compiled")},
            "merged_into": kept["id"],
        }
    )
    return petitions


def build(seed: int = SEED) -> Dataset:
    """The synthetic register for *seed*."""
    rng = random.Random(seed)
    published = load_example("can-tho")
    sessions = _sessions()
    visits = _visits(rng, sessions)
    petitions = _petitions(rng, visits)
    voters = random.Random(f"voter-contact-{seed}")  # its own draws: the part above unchanged
    meetings = _voter_meetings(voters)
    data = {
        "title": TITLE,
        "description": DESCRIPTION,
        "synthetic": True,
        "sources": [s for s in published.sources if s.id == SOURCE],
        "units": [u for u in published.units if u.code == UNIT],
        "figures": [f for f in published.figures if f.id in FIGURES],
        "reception_sessions": sessions,
        "citizen_visits": visits,
        "petitions": petitions,
        "voter_meetings": meetings,
        "voter_petitions": _voter_petitions(voters, meetings),
    }
    return Dataset.model_validate(data)


if __name__ == "__main__":
    dump(build(), TARGET / EXAMPLES[NAME])
