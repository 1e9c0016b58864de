"""The sample council: one invented province and its delegates, for the examples."""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Iterator

from hdnd.councils.council import Council
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import Delegate, Gender, Mandate, MandateEndReason
from hdnd.law.levels import UnitKind
from hdnd.testing.synthetic.base import (
    _FAMILY,
    _FIRST_SESSION,
    _GIVEN,
    _MIDDLE,
    _MINORITIES,
    _TERM,
    _quota,
)
from hdnd.units.unit import AdministrativeUnit


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
