"""The shares of one-row-per-council and one-row-per-day tables (women, minority, under 40 …).

:data:`INDICATORS` lists them in order; each counts the categories of a composition group
(:mod:`hdnd.reports.profiles`) among the delegates serving, with an exact share.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from hdnd._core.i18n import N_
from hdnd.delegates.delegate import Education
from hdnd.reports.base import Column, shares
from hdnd.reports.profiles import _GROUPS, _UNKNOWN, Profile

__all__ = ["INDICATORS", "SEAT_COLUMNS", "Indicator", "indicator_columns", "indicator_values"]


@attrs.frozen
class Indicator:
    """A share shown in one-row-per-council tables: the categories of a group it counts.

    Attributes:
        key: The column key of the count; the share is ``{key}_share``.
        group: The group (one of :data:`COMPOSITION_GROUPS`).
        categories: The categories of the group counted.
        label: Heading of the count, in Vietnamese.
        share_label: Heading of the share, in Vietnamese.
    """

    key: str
    group: str
    categories: frozenset[str]
    label: str
    share_label: str

    def count(self, profiles: Sequence[Profile]) -> int | None:
        """How many of *profiles* are in the categories (``None`` if nobody's is recorded)."""
        codes = [_GROUPS[self.group].classify(p)[0] for p in profiles]
        if profiles and all(code == _UNKNOWN[0] for code in codes):
            return None
        return sum(code in self.categories for code in codes)


def _indicator(key: str, group: str, label: str, share_label: str, *codes: str) -> Indicator:
    return Indicator(key, group, frozenset(codes or (key.replace("_", "-"),)), label, share_label)


INDICATORS: tuple[Indicator, ...] = (
    _indicator("female", "gender", N_("Nữ"), N_("Tỷ lệ nữ")),
    _indicator("minority", "ethnicity", N_("Dân tộc thiểu số"), N_("Tỷ lệ dân tộc thiểu số")),
    _indicator("under_40", "age", N_("Dưới 40 tuổi"), N_("Tỷ lệ dưới 40 tuổi")),
    _indicator(
        "higher_education",
        "education",
        N_("Đại học trở lên"),
        N_("Tỷ lệ đại học trở lên"),
        *(e.value for e in (Education.UNIVERSITY, Education.MASTER, Education.DOCTORATE)),
    ),
    _indicator("party_member", "party", N_("Đảng viên"), N_("Tỷ lệ đảng viên"), "member"),
    _indicator("re_elected", "re-elected", N_("Tái cử"), N_("Tỷ lệ tái cử")),
    _indicator("full_time", "full-time", N_("Chuyên trách"), N_("Tỷ lệ chuyên trách")),
)
"""The shares of :func:`~hdnd.reports.composition.composition_over_term` and
:func:`~hdnd.reports.composition.councils_composition`, in order:
each has a count column ``key`` (hidden in rendered tables) and a share column
``{key}_share``, of all delegates serving, as in :func:`council_composition`. A delegate whose
value is not recorded is not in the category; when nobody's is, count and share are empty."""


def indicator_columns() -> tuple[Column, ...]:
    """A hidden count column and a shown share column for each of :data:`INDICATORS`."""
    columns: list[Column] = []
    for indicator in INDICATORS:
        columns.append(Column(indicator.key, indicator.label, "number", shown=False))
        columns.append(Column(f"{indicator.key}_share", indicator.share_label, "share"))
    return tuple(columns)


def indicator_values(profiles: Sequence[Profile]) -> tuple[object, ...]:
    """The values of :func:`indicator_columns` for the delegates *profiles*."""
    values: list[object] = []
    for indicator in INDICATORS:
        count = indicator.count(profiles)
        values += [count, None if count is None else shares(count, len(profiles))]
    return tuple(values)


SEAT_COLUMNS = (
    Column("quota", N_("Số đại biểu theo luật"), "number"),
    Column("serving", N_("Đang hoạt động"), "number"),
    Column("vacant", N_("Ghế khuyết"), "number"),
)
"""Seats by law, serving and vacant, in one-row-per-council and one-row-per-day tables."""
