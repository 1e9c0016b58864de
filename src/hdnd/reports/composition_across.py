"""Composition across councils: one row per council on a day, and the same by province.

:func:`councils_composition` lists the councils of a province (or of the whole dataset)
with their seats and the shares of :data:`~hdnd.reports.indicators.INDICATORS`, ready for
:meth:`~hdnd.reports.base.Report.to_frame`; :func:`composition_by_province` adds the councils
of each province up, recomputing each share exactly from the sums.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Mapping

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.reports.base import Column, Report, freeze, shares, typed
from hdnd.reports.common import COUNCIL_COLUMNS, _local_name, councils_in
from hdnd.reports.indicators import INDICATORS, SEAT_COLUMNS, indicator_columns, indicator_values
from hdnd.reports.profiles import Profile
from hdnd.reports.scope import Scope
from hdnd.reports.seats import _seats

__all__ = ["CouncilsComposition", "composition_by_province", "councils_composition"]


_COUNCIL_COLUMNS = (*COUNCIL_COLUMNS, *SEAT_COLUMNS, *indicator_columns())


@attrs.frozen(hash=False)
class CouncilsComposition(Report):
    """The composition of many councils on a day, as a table and as fields.

    Attributes:
        as_of: The day.
        province: The province-level unit whose councils are listed; ``None`` for all.
        serving: The delegates serving on the day, by council id, in the table's order.
    """

    as_of: dt.date = attrs.field(kw_only=True)
    province: str | None = attrs.field(kw_only=True)
    serving: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)

    @property
    def councils(self) -> tuple[str, ...]:
        """The ids of the councils listed, in order."""
        return tuple(self.serving)


def councils_composition(
    dataset: Dataset,
    province: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
) -> CouncilsComposition:
    """One row per council: seats and the shares of :data:`INDICATORS` on day *as_of*.

    The councils are those whose term covers *as_of* (else the last day of *period*) and,
    when *province* (a unit code) is given, whose unit is that province or lies in it (its
    parent, or its parent's parent). Rows are in the dataset's order; ``to_frame()`` turns
    them into a DataFrame with one row per council. A council whose unit the dataset does
    not know is left out.

    Raises:
        UnknownRecordError: *province* is not a province-level unit the dataset or register
            knows (a :class:`KeyError`).
        TypeError: Neither *as_of* nor *period* is given.
    """
    as_of = Scope(as_of, period).require_day("councils_composition")
    index = dataset.index
    rows: list[tuple[object, ...]] = []
    for record, names in councils_in(dataset, province, lambda term: term.covers(as_of)):
        found = _seats(index, record, as_of)
        profiles = [Profile.of_delegate(d, m, as_of) for d, m in found.serving]
        rows.append(
            (
                *names,
                found.seats,
                len(found.serving),
                found.vacant,
                *indicator_values(profiles),
            )
        )
    notes: list[str] = [N_("Tỷ lệ tính trên số đại biểu đang hoạt động.")]
    if dataset.synthetic:
        notes.append(N_("Dữ liệu tổng hợp, không phải số liệu thật."))
    where = _local_name(index, province) if province else None
    report = Report(
        title=N_("Cơ cấu đại biểu Hội đồng nhân dân {where}") if where else _ALL_TITLE,
        subtitle=N_("Tính đến ngày {day}"),
        columns=_COUNCIL_COLUMNS,
        data=tuple(rows),
        params={"day": as_of, "where": where or ""},
        notes=tuple(notes),
    )
    serving = {row[0]: row[len(COUNCIL_COLUMNS) + 1] for row in rows}
    return typed(report, CouncilsComposition, as_of=as_of, province=province, serving=serving)


_ALL_TITLE = N_("Cơ cấu đại biểu các Hội đồng nhân dân")

_PROVINCE_COLUMNS = (
    Column("province", N_("Mã tỉnh"), "code", shown=False),
    Column("province_name", N_("Tỉnh, thành phố")),
    Column("councils", N_("Số Hội đồng"), "number"),
    Column("serving", N_("Đang hoạt động"), "number"),
    *indicator_columns(),
)


def composition_by_province(report: Report) -> Report:
    """The rows of :func:`councils_composition` added up by province.

    Counts are summed and shares recomputed exactly from the sums (never averaged).
    Councils outside any known province are left out.
    """
    check = [c.key for c in report.columns]
    if check != [c.key for c in _COUNCIL_COLUMNS]:
        msg = "composition_by_province() takes the report of councils_composition()"
        raise ValueError(msg)
    councils: Counter[str] = Counter()
    serving: Counter[str] = Counter()
    counts: dict[tuple[str, str], int | None] = {}
    names: dict[str, str] = {}
    for row in report.rows():
        code = row["province"]
        if code is None:
            continue
        names[code] = row["province_name"]
        councils[code] += 1
        serving[code] += row["serving"]
        for indicator in INDICATORS:
            known = counts.get((code, indicator.key))
            value = row[indicator.key]
            counts[code, indicator.key] = known if value is None else (known or 0) + value
    rows: list[tuple[object, ...]] = []
    for code, name in names.items():
        values: list[object] = []
        for indicator in INDICATORS:
            count = counts[code, indicator.key]
            values += [count, None if count is None else shares(count, serving[code])]
        rows.append((code, name, councils[code], serving[code], *values))
    return Report(
        title=N_("Cơ cấu đại biểu theo tỉnh, thành phố"),
        subtitle=report.subtitle,
        columns=_PROVINCE_COLUMNS,
        data=tuple(rows),
        params=report.params,
        notes=report.notes,
    )
