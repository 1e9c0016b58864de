"""Seats of a council on a day: quota, serving and vacant, with the basis of the quota."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, NamedTuple

from hdnd._core.i18n import N_
from hdnd.councils.council import Council
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.delegates.delegate import Delegate, Mandate
from hdnd.law.local_government.seats import NotApplicable, SeatQuota

if TYPE_CHECKING:
    pass

__all__ = ["quota_basis", "seat_notes", "seat_rows"]


class _Seats(NamedTuple):
    quota: SeatQuota | NotApplicable
    seats: int | None
    serving: list[tuple[Delegate, Mandate]]

    @property
    def vacant(self) -> int | None:
        return None if self.seats is None else self.seats - len(self.serving)


def _seats(index: DatasetIndex, council: Council, day: dt.date) -> _Seats:
    quota = index.seat_quota(council)
    seats = quota.seats if isinstance(quota, SeatQuota) else None
    return _Seats(quota, seats, list(index.serving(council.id, day)))


def seat_rows(
    index: DatasetIndex, council: Council, day: dt.date, *extra: object
) -> tuple[list[tuple[object, ...]], _Seats]:
    """The seat rows (quota, serving, vacant) of *council* on *day*, and the seat figures."""
    found = _seats(index, council, day)
    rows: list[tuple[object, ...]] = [
        ("seats", "quota", N_("Số đại biểu được bầu theo luật"), found.seats, None, *extra),
        ("seats", "serving", N_("Số đại biểu đang hoạt động"), len(found.serving), None, *extra),
        ("seats", "vacant", N_("Số ghế khuyết"), found.vacant, None, *extra),
    ]
    return rows, found


def seat_notes(dataset: Dataset, quota: SeatQuota | NotApplicable) -> list[str]:
    """The notes every composition table carries: the base of shares, the quota, synthetic."""
    notes: list[str] = [N_("Tỷ lệ tính trên số đại biểu đang hoạt động.")]
    if isinstance(quota, SeatQuota):
        notes.append(N_("Số đại biểu được bầu theo {quota_basis}."))
    else:
        notes.append(N_("Chưa xác định được số đại biểu được bầu: {quota_basis}."))
    if dataset.synthetic:
        notes.append(N_("Dữ liệu tổng hợp, không phải số liệu thật."))
    return notes


def quota_basis(quota: SeatQuota | NotApplicable) -> object:
    """What the quota note cites: the rule, or why there is no quota."""
    return quota.citation if isinstance(quota, SeatQuota) else quota
