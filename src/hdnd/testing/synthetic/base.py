"""What every synthetic generator shares: the term, invented people, plain rows."""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import random
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import Any

from hdnd._core.errors import NotEncodedError
from hdnd.councils.terms import NATIONAL_TERMS, Term
from hdnd.delegates.delegate import Education, Gender
from hdnd.elections.election import election_law
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.seats import SeatQuota
from hdnd.units.unit import AdministrativeUnit, seat_quota

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


_Row = dict[str, Any]
"""A record as a plain mapping: the national records are validated once, by the Dataset."""


def _person(rng: random.Random) -> tuple[str, Gender, dt.date]:
    gender = Gender.FEMALE if rng.random() < 0.35 else Gender.MALE
    name = " ".join((rng.choice(_FAMILY), rng.choice(_MIDDLE[gender]), rng.choice(_GIVEN[gender])))
    # Born 1962–1996: between 29 and 64 on election day, never under 21.
    born = dt.date(rng.randint(1962, 1996), rng.randint(1, 12), rng.randint(1, 28))
    return name, gender, born


def _election_law() -> ElectionLaw:
    law = election_law(_ELECTION_DAY)
    if law is None:  # pragma: no cover - the 2025 amendment is encoded
        msg = f"no election law for {_ELECTION_DAY}"
        raise NotEncodedError(msg)
    return law


def _quota(unit: AdministrativeUnit, term: Term, parent: UnitKind | None) -> int:
    quota = seat_quota(unit, term, parent_kind=parent)
    if not isinstance(quota, SeatQuota):  # pragma: no cover - every kind used here has one
        msg = f"no quota for synthetic unit {unit.code}: {quota.describe('en')}"
        raise ValueError(msg)
    return quota.seats


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
