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

import datetime as dt
import random
from collections.abc import Iterator

from hdnd.councils import Council
from hdnd.dataset import Dataset
from hdnd.delegates import Delegate, Gender, Mandate, MandateEndReason
from hdnd.law.seats import SeatQuota
from hdnd.levels import UnitKind
from hdnd.terms import NATIONAL_TERMS, Term
from hdnd.units import AdministrativeUnit, register, seat_quota

__all__ = ["national_dataset", "synthetic_council"]

_FAMILY = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng",
           "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Hà", "Lò", "Đinh")  # fmt: skip
_MIDDLE = {Gender.MALE: ("Văn", "Đức", "Minh", "Quốc", "Hữu", "Công"),
           Gender.FEMALE: ("Thị", "Ngọc", "Thu", "Thanh", "Kim", "Diệu")}  # fmt: skip
_GIVEN = {
    Gender.MALE: ("Hùng", "Dũng", "Nam", "Tuấn", "Long", "Sơn", "Phong", "Quang", "Hải"),
    Gender.FEMALE: ("Lan", "Hương", "Mai", "Hà", "Linh", "Thảo", "Hạnh", "Yến", "Trang"),
}
_MINORITIES = ("Tày", "Thái", "Mường", "Khmer", "H'Mông", "Nùng", "Dao", "Ê Đê")

_TERM = NATIONAL_TERMS["2026-2031"]
_FIRST_SESSION = dt.date(2026, 4, 20)


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


def national_dataset(seed: int = 0, *, delegates: bool = True) -> Dataset:
    """Every current council of the country (34 provinces, 3,321 communes), term 2026–2031.

    Units come from the national register with invented populations and terrain; each
    council gets its quota of seats under Law 72/2025/QH15 minus up to two vacancies, and
    (with *delegates*) one invented delegate per filled seat.
    """
    rng = random.Random(seed)
    registered = register()
    units: list[AdministrativeUnit] = []
    councils: list[Council] = []
    people: list[Delegate] = []
    for code, base in registered.items():
        is_province = base.parent is None
        if is_province:
            population = rng.randint(900_000, 9_500_000)
            terrain = {}
        else:
            population = rng.randint(3_000, 90_000)
            hilly = base.kind is UnitKind.COMMUNE and rng.random() < 0.3
            terrain = {"mountainous": hilly, "island": base.kind is UnitKind.SPECIAL_ZONE}
        unit = base.model_copy(
            update={"population": population, "population_date": dt.date(2025, 8, 31), **terrain}
        )
        units.append(unit)
        parent = registered[base.parent].kind if base.parent else None
        seats = _quota(unit, _TERM, parent)
        council = Council(
            id=f"hdnd-{code}-2026",
            unit=code,
            term=_TERM.id,
            first_session=_FIRST_SESSION,
            declared_seats=seats,
        )
        councils.append(council)
        if delegates:
            filled = seats - rng.randint(0, 2)
            share = 0.1 if is_province else 0.2
            people.extend(_delegates(rng, council.id, filled, f"db-{code}", share))
    return Dataset(
        title="Toàn quốc, nhiệm kỳ 2026–2031 (dữ liệu tổng hợp)",
        description=(
            f"Tạo bằng hdnd.testing.national_dataset(seed={seed}); không phải số liệu thật."
        ),
        synthetic=True,
        units=tuple(units),
        councils=tuple(councils),
        delegates=tuple(people),
    )
