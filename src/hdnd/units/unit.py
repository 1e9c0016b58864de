"""Administrative units (đơn vị hành chính) and the current national register.

A unit carries its code, name, kind, parent, population and terrain, and the period it
existed. Historical units (before the 2025 reform) are declared by the datasets that use them;
the current register — 34 provinces and 3,321 communes since 1 July 2025 — comes from the
``vietnam-provinces`` package:

```pycon
>>> lookup("92").name
'Thành phố Cần Thơ'
>>> lookup("92").kind
<UnitKind.CENTRAL_CITY: 'central-city'>
>>> len(provinces()), sum(len(communes(p.code)) for p in provinces())
(34, 3321)
>>> ward = lookup("00070")
>>> ward.name, ward.kind.label("en"), ward.parent
('Phường Hoàn Kiếm', 'Ward', '01')

```
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Annotated, Self

from pydantic import StringConstraints, model_validator

from hdnd._core.errors import UnknownUnitError
from hdnd._core.i18n import N_
from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText
from hdnd._core.types import Day, Flag, Population
from hdnd.law.framework import HasElectionDay, framework_for_term
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatQuota
from hdnd.law.local_government.structure import TWO_LEVEL_START

__all__ = [
    "AdministrativeUnit",
    "UnitCode",
    "communes",
    "lookup",
    "provinces",
    "register",
    "seat_quota",
]

UnitCode = Annotated[str, StringConstraints(pattern=r"^[0-9]{2,5}$", strip_whitespace=True)]
"""A unit code as the national statistics office writes it: 2 digits for a province,
3 for a district, 5 for a commune (``"92"``, ``"916"``, ``"31117"``)."""


class AdministrativeUnit(Record):
    """An administrative unit that has, or had, a People's Council."""

    code: UnitCode
    """The unit's code (2 digits province, 3 district, 5 commune)."""
    name: NonEmptyText
    """Official name, e.g. ``Thành phố Cần Thơ``."""
    kind: UnitKind
    """Kind of unit (province, ward, special zone ...)."""
    parent: UnitCode | None = None
    """Code of the unit directly above it, if any."""
    population: Population | None = None
    """Residents, as counted on ``population_date`` (the basis for seat quotas)."""
    population_date: Day | None = None
    """The day the population count refers to."""
    mountainous: Flag = False
    """In a mountainous area (miền núi), as the competent authority lists it."""
    highland: Flag = False
    """In a highland area (vùng cao)."""
    island: Flag = False
    """An island unit (hải đảo)."""
    valid_from: Day | None = None
    """First day the unit existed, if known."""
    valid_until: Day | None = None
    """Last day the unit existed; empty while it exists."""
    predecessors: tuple[UnitCode, ...] = ()
    """Codes of the units it was formed from (mergers of 2025, for example)."""

    @model_validator(mode="after")
    def _period(self) -> Self:
        if self.valid_from and self.valid_until and self.valid_until < self.valid_from:
            msg = f"valid_until ({self.valid_until}) is before valid_from ({self.valid_from})"
            raise ValueError(msg)
        return self

    @property
    def level(self) -> Level:
        """The level of the unit."""
        return self.kind.level

    def exists_on(self, day: dt.date) -> bool:
        """Whether the unit existed on *day* (unknown bounds count as open)."""
        starts = self.valid_from is None or self.valid_from <= day
        return starts and (self.valid_until is None or day <= self.valid_until)


def seat_quota(
    unit: AdministrativeUnit, term: HasElectionDay, *, parent_kind: UnitKind | None = None
) -> SeatQuota | NotApplicable:
    """The seats of *unit*'s council for *term*.

    The law in force on the term's election day, applied to the unit's population and terrain
    (a ward also needs its parent's kind).

    ```pycon
    >>> from hdnd.councils.terms import NATIONAL_TERMS
    >>> unit = AdministrativeUnit(
    ...     code="99", name="Tỉnh Mẫu", kind="province", population=1_500_000)
    >>> seat_quota(unit, NATIONAL_TERMS["2026-2031"]).seats
    57
    >>> [seat_quota(unit, NATIONAL_TERMS[t]).seats for t in ("2016-2021", "2021-2026")]
    [60, 57]
    >>> seat_quota(unit, NATIONAL_TERMS["2011-2016"]).reason.value
    'not-encoded'

    ```
    """
    if unit.population is None:
        return NotApplicable(NotApplicableReason.MISSING_INFORMATION, N_("số dân"))
    return framework_for_term(term).seat_quota(
        unit.kind,
        population=unit.population,
        mountainous=unit.mountainous,
        highland=unit.highland,
        island=unit.island,
        parent_kind=parent_kind,
        unit_code=unit.code,
    )


_KIND_OF_DIVISION_TABLE = {
    "tỉnh": UnitKind.PROVINCE,
    "thành phố trung ương": UnitKind.CENTRAL_CITY,
    "xã": UnitKind.COMMUNE,
    "phường": UnitKind.WARD,
    "đặc khu": UnitKind.SPECIAL_ZONE,
}
_KIND_OF_DIVISION: Mapping[str, UnitKind] = MappingProxyType(_KIND_OF_DIVISION_TABLE)


@functools.lru_cache(maxsize=1)
def register() -> Mapping[str, AdministrativeUnit]:
    """The current register (since 1 July 2025) by code, read once from ``vietnam-provinces``.

    Read-only: the one copy every caller shares.
    """
    from vietnam_provinces import Province, Ward  # noqa: PLC0415 - 2 MB of data, load on use

    units: dict[str, AdministrativeUnit] = {}
    for province in Province.iter_all():
        code = f"{int(province.code):02d}"
        units[code] = AdministrativeUnit(
            code=code,
            name=province.name,
            kind=_KIND_OF_DIVISION[province.division_type.value],
            valid_from=TWO_LEVEL_START,
        )
    for ward in Ward.iter_all():
        code = f"{int(ward.code):05d}"
        units[code] = AdministrativeUnit(
            code=code,
            name=ward.name,
            kind=_KIND_OF_DIVISION[ward.division_type.value],
            parent=f"{int(ward.province_code):02d}",
            valid_from=TWO_LEVEL_START,
        )
    return MappingProxyType(units)


def lookup(code: str) -> AdministrativeUnit:
    """The current unit with *code* (``"01"``, ``"00070"``).

    Raises:
        UnknownUnitError: No current unit has that code.
    """
    key = code.strip() if isinstance(code, str) else code
    try:
        return register()[key]
    except (KeyError, TypeError):
        msg = f"no current administrative unit has the code {code!r}"
        raise UnknownUnitError(msg) from None


def provinces() -> tuple[AdministrativeUnit, ...]:
    """The 34 current provincial units, by code."""
    return tuple(u for u in register().values() if u.level is Level.PROVINCE)


def communes(province_code: str) -> tuple[AdministrativeUnit, ...]:
    """The current commune-level units of a province, sorted by code.

    Raises:
        UnknownUnitError: *province_code* is not a current province.
    """
    province = lookup(province_code)
    if province.level is not Level.PROVINCE:
        msg = f"{province_code!r} is a {province.kind.label('en')}, not a province"
        raise UnknownUnitError(msg)
    found = (u for u in register().values() if u.parent == province.code)
    return tuple(sorted(found, key=lambda u: u.code))
