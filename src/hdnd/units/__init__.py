"""Administrative units and levels, across the 2025 reform."""

from hdnd.law.levels import Level, UnitKind
from hdnd.units.unit import (
    AdministrativeUnit,
    UnitCode,
    communes,
    lookup,
    provinces,
    register,
    seat_quota,
)

__all__ = [
    "AdministrativeUnit",
    "Level",
    "UnitCode",
    "UnitKind",
    "communes",
    "lookup",
    "provinces",
    "register",
    "seat_quota",
]
