"""Write the synthetic companion register of the Cần Thơ example: ``can-tho-register.json``.

The 2014 report of the office of the National Assembly delegation and People's Council of
Cần Thơ city publishes totals only: 105 citizen visits (100 individual, 5 group) and 191
petitions (36 guided, 4 answered, 70 stored, 81 forwarded). This script invents, from a fixed
seed, a register of individual records whose counts agree exactly with those totals, so that
``hdnd.petition_register`` can set what it counts beside what was published. Everything but
the source and the two published figures (copied from ``can-tho.json``) is invented: the
days, the kinds of petition, the channels, the bodies petitions were forwarded to. There are
no personal names: the file ships publicly.

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
from hdnd.calendar import add_working_days, is_working_day
from hdnd.examples import EXAMPLES

TARGET = Path(__file__).resolve().parent.parent / "src" / "hdnd" / "data" / "examples"
NAME = "can-tho-register"
SEED = 2014
UNIT = "92"
SOURCE = "can-tho-office-2014"
FIGURES = ("can-tho-2014-citizen-visits", "can-tho-2014-petitions")

# The published totals the records must reproduce.
INDIVIDUAL_VISITS, GROUP_VISITS = 100, 5
OUTCOMES = {"guided": 36, "answered": 4, "stored": 70, "forwarded": 81}
PETITIONS_AT_VISITS = 14
FOLLOW_UPS = 7

FIRST_DAY, LAST_RECEIPT = dt.date(2014, 1, 2), dt.date(2014, 12, 10)

TITLE = (
    "Thành phố Cần Thơ: sổ tiếp công dân và xử lý đơn, thư năm 2014"
    " (dữ liệu tổng hợp, không phải hồ sơ thật)"
)
DESCRIPTION = (
    "DỮ LIỆU TỔNG HỢP (synthetic): từng lượt tiếp, từng đơn trong tệp này là hư cấu, do"
    f" scripts/make_register_example.py tạo với seed={SEED}, sao cho số đếm được khớp đúng"
    " các số liệu đã công bố trong báo cáo năm 2014 của Văn phòng Đoàn ĐBQH và HĐND thành"
    f" phố Cần Thơ (nguồn «{SOURCE}», hai số liệu chép từ ví dụ can-tho): 105 lượt tiếp"
    " công dân (100 lượt cá nhân, 5 lượt tập thể) và 191 đơn, thư (hướng dẫn 36, trả lời 4,"
    " lưu 70, chuyển 81). Ngoài nguồn và hai số liệu ấy, mọi chi tiết (ngày, loại đơn, cách"
    " tiếp nhận, cơ quan nhận đơn chuyển) là bịa; không có tên, địa chỉ người nào."
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


def build(seed: int = SEED) -> Dataset:
    """The synthetic register for *seed*."""
    rng = random.Random(seed)
    published = load_example("can-tho")
    sessions = _sessions()
    visits = _visits(rng, sessions)
    petitions = _petitions(rng, visits)
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
    }
    return Dataset.model_validate(data)


if __name__ == "__main__":
    dump(build(), TARGET / EXAMPLES[NAME])
