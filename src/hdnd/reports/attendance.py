"""Attendance of delegates: one council over a period by delegate, one delegate over the term.

See :mod:`hdnd.reports.sessions` for how sittings due are counted.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from fractions import Fraction

import attrs

from hdnd._core.errors import UnknownRecordError
from hdnd._core.i18n import N_, Phrase
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import Mandate
from hdnd.reports.base import Column, Report, freeze, shares, typed
from hdnd.reports.common import council_name
from hdnd.reports.period import (
    _ATTENDANCE_COLUMNS,
    _BY_OPENING,
    _OWN_MANDATE,
    _TOTAL,
    _activity,
    _attendance,
    _council_report,
    _covered,
    _notes,
    _spans,
    _Tally,
    _tally,
)
from hdnd.reports.scope import Scope
from hdnd.sessions.session import AttendanceStatus

__all__ = [
    "CouncilAttendance",
    "DelegateAttendance",
    "attendance_by_delegate",
    "delegate_attendance",
]


@attrs.frozen(hash=False)
class _Attendance(Report):
    """Sittings due and attended, by row key (a delegate or a session), as fields."""

    due: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    present: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)

    @property
    def rates(self) -> Mapping[str, Fraction | None]:
        """``present / due`` of each row, exact."""
        return freeze({key: shares(self.present[key], due) for key, due in self.due.items()})

    @property
    def rate(self) -> Fraction | None:
        """``present / due`` of every row together, exact."""
        return shares(sum(self.present.values()), sum(self.due.values()))


@attrs.frozen(hash=False)
class CouncilAttendance(_Attendance):
    """The attendance of each delegate of a council over a period, as a table and as fields.

    Attributes:
        council: The council's id.
        due: Sittings due from each delegate (within the mandate), by delegate id.
        present: Sittings each delegate attended, by delegate id.
    """

    council: str = attrs.field(kw_only=True)


@attrs.frozen(hash=False)
class DelegateAttendance(_Attendance):
    """The attendance of one delegate, session by session, as a table and as fields.

    Attributes:
        delegate: The delegate's id.
        due: Sittings due from the delegate (within the mandate), by session id.
        present: Sittings the delegate attended, by session id.
    """

    delegate: str = attrs.field(kw_only=True)


_DELEGATE_COLUMNS = (
    Column("delegate", N_("Mã đại biểu"), "code", shown=False),
    Column("name", N_("Đại biểu")),
    *_ATTENDANCE_COLUMNS,
)


def attendance_by_delegate(
    dataset: Dataset, council: str, *, as_of: dt.date | None = None, period: Period | None = None
) -> CouncilAttendance:
    """Attendance of each delegate of *council* at the sittings of *period*, and the total.

    The sessions counted are those opening in *period* (the whole term by default) up to
    *as_of*.

    One row per delegate from whom at least one sitting was due, in the dataset's order,
    then a total row (``delegate`` empty). Only the sittings inside the delegate's own
    mandate are due; ``rate`` is ``present / due``, exact.

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
    """
    index = dataset.index
    record = index.council(council)
    period = _covered(index, record, as_of, period)
    tallies, _ = _attendance(index, _activity(index, record, period))
    total = _Tally()
    rows: list[tuple[object, ...]] = []
    for delegate, tally in tallies.items():
        total.add(tally)
        rows.append((delegate, index.delegates[delegate].name, *tally.values()))
    rows.append((None, _TOTAL, *total.values()))
    report = _council_report(
        dataset,
        record,
        period,
        title=N_("Tình hình dự họp của đại biểu {council}"),
        columns=_DELEGATE_COLUMNS,
        rows=rows,
        notes=(_BY_OPENING, _OWN_MANDATE),
    )
    return typed(
        report,
        CouncilAttendance,
        council=record.id,
        due={d: t.due for d, t in tallies.items()},
        present={d: t.count(AttendanceStatus.PRESENT) for d, t in tallies.items()},
    )


# --- one delegate across the term ----------------------------------------------------------


_SESSION_COLUMNS = (
    Column("council", N_("Mã Hội đồng"), "code", shown=False),
    Column("session", N_("Mã kỳ họp"), "code", shown=False),
    Column("name", N_("Kỳ họp")),
    Column("opening", N_("Ngày khai mạc")),
    *_ATTENDANCE_COLUMNS,
)


def delegate_attendance(
    dataset: Dataset,
    delegate: str,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
    council: str | None = None,
) -> DelegateAttendance:
    """Attendance of one delegate across the term: a row per session, and the total.

    Only the sittings inside the delegate's mandate count: a session held before the
    delegate took office or after the mandate ended has no row. With several mandates (on
    councils merged in 2025, say), every council's sessions are listed unless *council*
    names one; *period* keeps the sessions opening in it, *as_of* those opening by then.

    Raises:
        UnknownRecordError: The dataset has no delegate *delegate*, or the delegate holds no
            mandate on *council* (a :class:`KeyError`).
    """
    index = dataset.index
    within = Scope(as_of, period).days()
    person = index.delegates.get(delegate)
    if person is None:
        msg = f"the dataset has no delegate {delegate!r}"
        raise UnknownRecordError(msg)
    mandates: dict[str, list[Mandate]] = {}
    for mandate in person.mandates:
        if council is None or mandate.council == council:
            mandates.setdefault(mandate.council, []).append(mandate)
    if not mandates:
        msg = f"delegate {delegate!r} holds no mandate on council {council!r}"
        raise UnknownRecordError(msg)
    total = _Tally()
    rows: list[tuple[object, ...]] = []
    due: dict[str, int] = {}
    present: dict[str, int] = {}
    for council_id, held in mandates.items():
        spans = _spans(held)
        for session in index.sessions_of(council_id):
            if within is not None and session.opening not in within:
                continue
            tally = _tally(spans, index.sittings_of(session.id), delegate)
            if tally.due:
                total.add(tally)
                name = session.name or Phrase(N_("Kỳ họp thứ {number}"), number=session.number)
                rows.append((council_id, session.id, name, session.opening, *tally.values()))
                due[session.id] = tally.due
                present[session.id] = tally.count(AttendanceStatus.PRESENT)
    rows.append((None, None, _TOTAL, None, *total.values()))
    councils = [index.councils[c] for c in mandates if c in index.councils]
    where = ", ".join(council_name(index, c) for c in councils)
    report = Report(
        title=N_("Tình hình dự họp của đại biểu {delegate}"),
        subtitle=N_("Đại biểu {council}") if where else None,
        columns=_SESSION_COLUMNS,
        data=tuple(rows),
        params={"delegate": person.name, "council": where},
        notes=_notes(dataset, _OWN_MANDATE),
    )
    return typed(report, DelegateAttendance, delegate=person.id, due=due, present=present)
