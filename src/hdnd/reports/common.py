"""Helpers every report shares: a council's name and the councils of a province.

Also the columns that name a council in one-row-per-council tables, and the lazy import of
matplotlib for the plots.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from hdnd._core.errors import UnknownRecordError
from hdnd._core.i18n import N_
from hdnd._core.optional import require
from hdnd.councils.council import Council
from hdnd.councils.terms import Term
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.law.levels import Level
from hdnd.reports.base import Column
from hdnd.units.names import council_title, local_name

if TYPE_CHECKING:
    pass

__all__ = ["COUNCIL_COLUMNS", "check_province", "council_name", "councils_in"]


def _local_name(index: DatasetIndex, code: str) -> str:
    unit = index.unit(code)
    return local_name(unit.name, unit.kind)


def council_name(index: DatasetIndex, council: Council) -> str:
    """The council's name as it writes it, or ``HĐND`` and its unit's name (``HĐND xã …``)."""
    if council.name:
        return council.name
    unit = index.unit(council.unit)
    return council_title(unit.name, unit.kind)


COUNCIL_COLUMNS = (
    Column("council", N_("Mã Hội đồng"), "code", shown=False),
    Column("name", N_("Hội đồng nhân dân")),
    Column("unit", N_("Mã đơn vị"), "code", shown=False),
    Column("level", N_("Cấp"), "code", shown=False),
    Column("province", N_("Mã tỉnh"), "code", shown=False),
    Column("province_name", N_("Tỉnh, thành phố")),
)
"""The columns that name a council in one-row-per-council tables; see :func:`councils_in`."""


def _province_of(index: DatasetIndex, code: str) -> str | None:
    """The code of the province-level unit *code* lies in (itself for a province)."""
    seen: set[str] = set()
    current: str | None = code
    while current is not None and current not in seen and index.has_unit(current):
        seen.add(current)
        unit = index.unit(current)
        if unit.level is Level.PROVINCE:
            return unit.code
        current = unit.parent
    return None


def check_province(index: DatasetIndex, province: str | None) -> None:
    """Refuse a *province* that is not a province-level unit (``None`` means every unit).

    Raises:
        UnknownRecordError: *province* is not a province-level unit the dataset or register
            knows (a :class:`KeyError`).
    """
    if province is not None and _province_of(index, province) != province:
        msg = f"the dataset has no province-level unit {province!r}"
        raise UnknownRecordError(msg)


def councils_in(
    dataset: Dataset, province: str | None, when: Callable[[Term], bool]
) -> list[tuple[Council, tuple[object, ...]]]:
    """The councils of a one-row-per-council table, each with its :data:`COUNCIL_COLUMNS` values.

    Those whose term the dataset knows and satisfies *when*, whose unit is known and, when
    *province* (a unit code) is given, is that province or lies in it. In dataset order.

    Raises:
        UnknownRecordError: *province* is not a province-level unit the dataset or register
            knows (a :class:`KeyError`).
    """
    index = dataset.index
    check_province(index, province)
    found: list[tuple[Council, tuple[object, ...]]] = []
    for record in dataset.councils:
        term = index.terms.get(record.term)
        if term is None or not when(term) or not index.has_unit(record.unit):
            continue
        home = _province_of(index, record.unit)
        if province is not None and home != province:
            continue
        names = (
            record.id,
            council_name(index, record),
            record.unit,
            index.unit(record.unit).level.value,
            home,
            index.unit(home).name if home else None,
        )
        found.append((record, names))
    return found


def _pyplot(feature: str) -> Any:
    return require("matplotlib.pyplot", feature)
