"""The register of petitions as a table: one row per petition, never a name.

:func:`registry_rows` lists the petitions of a unit received in a period — with their kind,
channel, outcome, the bodies they were forwarded to, signatories and the petition each
duplicates — for filtering and for export with :meth:`~hdnd.reports.base.Report.to_frame`.
:func:`hdnd.reports.register.petition_register` counts the same records.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.petitions.kinds import StepKind
from hdnd.petitions.petition import Petition
from hdnd.reports.base import Column, Report, typed
from hdnd.reports.counted import headings, records_of, within
from hdnd.reports.period import _notes
from hdnd.reports.scope import Scope

__all__ = ["RegistryRows", "registry_rows"]


@attrs.frozen(hash=False)
class RegistryRows(Report):
    """The register, one row per petition (duplicates included, marked), never a name.

    Attributes:
        unit: The unit whose petitions are listed; ``None`` for all.
        period: The days listed; ``None`` for all.
        ids: The petitions' ids, in the order of the rows.
    """

    unit: str | None = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    ids: tuple[str, ...] = attrs.field(kw_only=True)


_TITLES = (N_("Danh sách đơn, thư"), N_("Danh sách đơn, thư: {name}"))
_COLUMNS = (
    Column("id", N_("Mã"), "code"),
    Column("received", N_("Ngày nhận")),
    Column("kind", N_("Loại đơn"), "code", shown=False),
    Column("kind_label", N_("Loại đơn")),
    Column("channel", N_("Hình thức tiếp nhận"), "code", shown=False),
    Column("channel_label", N_("Hình thức tiếp nhận")),
    Column("outcome", N_("Kết quả xử lý"), "code", shown=False),
    Column("outcome_label", N_("Kết quả xử lý")),
    Column("forwarded_to", N_("Chuyển đến")),
    Column("signatories", N_("Số người ký"), "number"),
    Column("duplicate_of", N_("Trùng với đơn"), "code"),
)


def registry_rows(
    dataset: Dataset,
    unit: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
) -> RegistryRows:
    """The petitions of *unit* (all when omitted) received in *period*, one row each.

    Columns: ``id``, ``received``, ``kind``, ``channel``, ``outcome`` (codes, for filtering;
    the ``*_label`` columns say them in words), ``forwarded_to`` (the bodies of the
    forwarding steps), ``signatories`` and ``duplicate_of``. With *as_of*, nothing received
    after that day is listed. Rows come in the order petitions were received. Petitioners'
    names and addresses are never shown.

    ```pycon
    >>> from hdnd.examples import load_example
    >>> table = registry_rows(load_example("can-tho-register"), "92")
    >>> forwarded = [r for r in table.rows() if r["outcome"] == "forwarded"]
    >>> len(table.ids), len(forwarded)
    (191, 81)
    >>> first = forwarded[0]
    >>> first["id"], first["received"], first["kind"], first["forwarded_to"]
    ('don-2014-003', datetime.date(2014, 1, 2), 'complaint', 'UBND quận Thốt Nốt')
    >>> table.rows("en")[2]["outcome_label"]
    'Forwarded to the competent body'

    ```
    """
    days = Scope(as_of, period).days()
    petitions = sorted(
        (p for p in records_of(dataset, "petitions", unit) if within(p.received, days)),
        key=lambda p: p.received,
    )
    (title, named), (subtitle, when) = headings(dataset, unit, days, _TITLES)
    report = Report(
        title=title,
        subtitle=subtitle,
        columns=_COLUMNS,
        data=tuple(_row(p) for p in petitions),
        params=named | when,
        notes=_notes(dataset, N_("Không ghi họ tên, địa chỉ của người gửi đơn (dữ liệu cá nhân).")),
    )
    ids = tuple(p.id for p in petitions)
    return typed(report, RegistryRows, unit=unit, period=days, ids=ids)


def _row(petition: Petition) -> tuple[object, ...]:
    outcome = petition.handled_as
    steps = sorted(petition.steps, key=lambda s: s.day)
    bodies = dict.fromkeys(s.to for s in steps if s.kind is StepKind.FORWARDED and s.to)
    return (
        petition.id,
        petition.received,
        _code(petition.kind),
        petition.kind,
        _code(petition.channel),
        petition.channel,
        _code(outcome),
        outcome,
        "; ".join(bodies) or None,
        petition.signatories,
        petition.duplicate_of,
    )


def _code(value: Enum | None) -> str | None:
    return None if value is None else str(value.value)
