"""Administrative levels and kinds of unit, before and after the 2025 reform.

Vietnam had three levels of local government until 30 June 2025 (province, district,
commune) and has two since 1 July 2025 (province, commune): the district level ended on that
day (Law 72/2025/QH15, Art. 51(3)). Which kinds exist on a given day is law, and lives in
:mod:`hdnd.law.local_government.structure`; this module only names them.

```pycon
>>> UnitKind.WARD.level
<Level.COMMUNE: 'commune'>
>>> UnitKind.WARD.label("vi"), UnitKind.WARD.label("en")
('Phường', 'Ward')
>>> [kind.value for kind in Level.DISTRICT.kinds]
['rural-district', 'urban-district', 'town', 'provincial-city', 'municipal-city']

```
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from hdnd._core.labels import N_, LabelledEnum, register_labels

__all__ = ["Level", "UnitKind"]


class Level(LabelledEnum):
    """A level of local government (cấp)."""

    PROVINCE = "province"
    DISTRICT = "district"
    COMMUNE = "commune"

    @property
    def kinds(self) -> tuple[UnitKind, ...]:
        """The kinds of unit at this level, in the order the law lists them."""
        return tuple(kind for kind in UnitKind if kind.level is self)


class UnitKind(LabelledEnum):
    """A kind of administrative unit (loại đơn vị hành chính)."""

    PROVINCE = "province"
    CENTRAL_CITY = "central-city"
    RURAL_DISTRICT = "rural-district"
    URBAN_DISTRICT = "urban-district"
    TOWN = "town"
    PROVINCIAL_CITY = "provincial-city"
    MUNICIPAL_CITY = "municipal-city"
    COMMUNE = "commune"
    WARD = "ward"
    TOWNSHIP = "township"
    SPECIAL_ZONE = "special-zone"

    @property
    def level(self) -> Level:
        """The level this kind of unit belongs to."""
        return _LEVEL_OF[self]


_LEVEL_OF_TABLE = {
    UnitKind.PROVINCE: Level.PROVINCE,
    UnitKind.CENTRAL_CITY: Level.PROVINCE,
    UnitKind.RURAL_DISTRICT: Level.DISTRICT,
    UnitKind.URBAN_DISTRICT: Level.DISTRICT,
    UnitKind.TOWN: Level.DISTRICT,
    UnitKind.PROVINCIAL_CITY: Level.DISTRICT,
    UnitKind.MUNICIPAL_CITY: Level.DISTRICT,
    UnitKind.COMMUNE: Level.COMMUNE,
    UnitKind.WARD: Level.COMMUNE,
    UnitKind.TOWNSHIP: Level.COMMUNE,
    UnitKind.SPECIAL_ZONE: Level.COMMUNE,
}
_LEVEL_OF: Mapping[UnitKind, Level] = MappingProxyType(_LEVEL_OF_TABLE)

register_labels(
    Level,
    {
        Level.PROVINCE: N_("Cấp tỉnh"),
        Level.DISTRICT: N_("Cấp huyện"),
        Level.COMMUNE: N_("Cấp xã"),
    },
)
register_labels(
    UnitKind,
    {
        UnitKind.PROVINCE: N_("Tỉnh"),
        UnitKind.CENTRAL_CITY: N_("Thành phố trực thuộc trung ương"),
        UnitKind.RURAL_DISTRICT: N_("Huyện"),
        UnitKind.URBAN_DISTRICT: N_("Quận"),
        UnitKind.TOWN: N_("Thị xã"),
        UnitKind.PROVINCIAL_CITY: N_("Thành phố thuộc tỉnh"),
        UnitKind.MUNICIPAL_CITY: N_("Thành phố thuộc thành phố trực thuộc trung ương"),
        UnitKind.COMMUNE: N_("Xã"),
        UnitKind.WARD: N_("Phường"),
        UnitKind.TOWNSHIP: N_("Thị trấn"),
        UnitKind.SPECIAL_ZONE: N_("Đặc khu"),
    },
)
