"""Council overview: seats by quota, serving, vacancies, and the composition of delegates.

```pycon
>>> import datetime as dt
>>> from hdnd.examples import load_example
>>> ds = load_example("synthetic-council")
>>> report = council_overview(ds, "hdnd-tinh-mau-2026", as_of=dt.date(2026, 11, 1))
>>> [(r["category"], r["count"]) for r in report.rows() if r["group"] == "seats"]
[('quota', 57), ('serving', 55), ('vacant', 2)]

```
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable

from hdnd._core.i18n import N_
from hdnd.dataset import Dataset
from hdnd.delegates import Delegate, Gender, Mandate
from hdnd.law.seats import SeatQuota
from hdnd.reports.base import Report, breakdown_columns, shares

__all__ = ["AGE_BANDS", "council_overview"]

AGE_BANDS: tuple[tuple[str, str, int, int | None], ...] = (
    ("under-40", N_("Dưới 40 tuổi"), 0, 40),
    ("40-49", N_("Từ 40 đến 49 tuổi"), 40, 50),
    ("50-59", N_("Từ 50 đến 59 tuổi"), 50, 60),
    ("60-and-over", N_("Từ 60 tuổi trở lên"), 60, None),
)
"""Age bands of the overview: (code, Vietnamese label, from age, to age exclusive)."""

_UNKNOWN = ("unknown", N_("Chưa rõ"))

_COLUMNS = breakdown_columns()


def council_overview(dataset: Dataset, council: str, *, as_of: dt.date) -> Report:
    """Seats and composition of one council on day *as_of*.

    Shares are of the delegates serving that day. The quota is the one of the council's
    term (:func:`hdnd.law.framework_for_term`); where hdnd cannot compute it, the quota and
    vacancy rows are empty and a note says why.

    Raises:
        KeyError: The dataset has no council *council*.
    """
    index = dataset.index
    record = index.council(council)
    term = index.term(record.term)
    serving = list(index.serving(record.id, as_of))
    quota = index.seat_quota(record)
    seats = quota.seats if isinstance(quota, SeatQuota) else None

    rows: list[tuple[object, ...]] = [
        ("seats", "quota", N_("Số đại biểu được bầu theo luật"), seats, None),
        ("seats", "serving", N_("Số đại biểu đang hoạt động"), len(serving), None),
        (
            "seats",
            "vacant",
            N_("Số ghế khuyết"),
            None if seats is None else seats - len(serving),
            None,
        ),
    ]
    total = len(serving)

    def group(
        name: str,
        classify: Callable[[Delegate, Mandate], tuple[str, object]],
        order: Iterable[tuple[str, object]],
    ) -> None:
        counts = Counter(classify(d, m) for d, m in serving)
        for key in [*order, _UNKNOWN]:
            if key in counts or key != _UNKNOWN:
                rows.append((name, key[0], key[1], counts[key], shares(counts[key], total)))

    genders: list[tuple[str, object]] = [(g.value, g) for g in Gender]
    group("gender", lambda d, _: (d.gender.value, d.gender) if d.gender else _UNKNOWN, genders)
    group("ethnicity", lambda d, _: _ethnic(d), (_MINORITY, _KINH))
    bands = [(code, label) for code, label, _, _ in AGE_BANDS]
    group("age", lambda d, _: _age_band(d, as_of), bands)
    group("full-time", lambda _, m: _FULL if m.full_time else _PART, (_FULL, _PART))
    group("re-elected", lambda _, m: _reelected(m), (_REELECTED, _FIRST))

    notes = [N_("Tỷ lệ tính trên số đại biểu đang hoạt động.")]
    if isinstance(quota, SeatQuota):
        notes.append(N_("Số đại biểu được bầu theo {quota_basis}."))
    else:
        notes.append(N_("Chưa xác định được số đại biểu được bầu: {quota_basis}."))
    if dataset.synthetic:
        notes.append(N_("Dữ liệu tổng hợp, không phải số liệu thật."))
    name = record.name or f"HĐND {index.unit(record.unit).name}"
    return Report(
        title=N_("Tổng quan {council}"),
        subtitle=N_("Nhiệm kỳ {term}, tính đến ngày {day}"),
        columns=_COLUMNS,
        data=tuple(rows),
        params={
            "council": name,
            "term": term.label,
            "day": as_of,
            "quota_basis": quota.citation if isinstance(quota, SeatQuota) else quota,
        },
        notes=tuple(notes),
    )


_MINORITY = ("minority", N_("Dân tộc thiểu số"))
_KINH = ("kinh", N_("Dân tộc Kinh"))
_FULL = ("full-time", N_("Chuyên trách"))
_PART = ("part-time", N_("Không chuyên trách"))
_REELECTED = ("re-elected", N_("Tái cử"))
_FIRST = ("first-time", N_("Lần đầu"))


def _ethnic(delegate: Delegate) -> tuple[str, str]:
    minority = delegate.ethnic_minority
    if minority is None:
        return _UNKNOWN
    return _MINORITY if minority else _KINH


def _age_band(delegate: Delegate, day: dt.date) -> tuple[str, str]:
    age = delegate.age_on(day)
    if age is None:
        return _UNKNOWN
    for code, label, low, high in AGE_BANDS:
        if age >= low and (high is None or age < high):
            return code, label
    return _UNKNOWN


def _reelected(mandate: Mandate) -> tuple[str, str]:
    if mandate.re_elected is None:
        return _UNKNOWN
    return _REELECTED if mandate.re_elected else _FIRST
