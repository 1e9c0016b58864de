"""Attendance of delegates: one council over a period by delegate, one delegate over the term.

See :mod:`hdnd.reports.sessions` for how sittings due are counted.
"""

from __future__ import annotations

from hdnd._core.i18n import N_, Phrase
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import Mandate
from hdnd.reports.base import Column, Report
from hdnd.reports.common import council_name
from hdnd.reports.period import (
    _ATTENDANCE_COLUMNS,
    _BY_OPENING,
    _OWN_MANDATE,
    _TOTAL,
    _activity,
    _attendance,
    _council_report,
    _notes,
    _spans,
    _Tally,
    _tally,
)

__all__ = ["attendance_by_delegate", "delegate_attendance"]

_DELEGATE_COLUMNS = (
    Column("delegate", N_("Mã đại biểu"), "code", shown=False),
    Column("name", N_("Đại biểu")),
    *_ATTENDANCE_COLUMNS,
)


def attendance_by_delegate(
    dataset: Dataset, council: str, *, period: Period | None = None
) -> Report:
    """Attendance of each delegate of *council* at the sittings of *period*, and the total.

    One row per delegate from whom at least one sitting was due, in the dataset's order,
    then a total row (``delegate`` empty). Only the sittings inside the delegate's own
    mandate are due; ``rate`` is ``present / due``, exact.

    Raises:
        KeyError: The dataset has no council *council*.
    """
    index = dataset.index
    record = index.council(council)
    tallies, _ = _attendance(index, _activity(index, record, period))
    total = _Tally()
    rows: list[tuple[object, ...]] = []
    for delegate, tally in tallies.items():
        total.add(tally)
        rows.append((delegate, index.delegates[delegate].name, *tally.values()))
    rows.append((None, _TOTAL, *total.values()))
    return _council_report(
        dataset,
        record,
        period,
        title=N_("Tình hình dự họp của đại biểu {council}"),
        columns=_DELEGATE_COLUMNS,
        rows=rows,
        notes=(_BY_OPENING, _OWN_MANDATE),
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
    dataset: Dataset, delegate: str, *, council: str | None = None, period: Period | None = None
) -> Report:
    """Attendance of one delegate across the term: a row per session, and the total.

    Only the sittings inside the delegate's mandate count: a session held before the
    delegate took office or after the mandate ended has no row. With several mandates (on
    councils merged in 2025, say), every council's sessions are listed unless *council*
    names one; *period* keeps the sessions opening in it.

    Raises:
        KeyError: The dataset has no delegate *delegate*, or the delegate holds no mandate
            on *council*.
    """
    index = dataset.index
    person = index.delegates[delegate]
    mandates: dict[str, list[Mandate]] = {}
    for mandate in person.mandates:
        if council is None or mandate.council == council:
            mandates.setdefault(mandate.council, []).append(mandate)
    if not mandates:
        msg = f"delegate {delegate!r} holds no mandate on council {council!r}"
        raise KeyError(msg)
    total = _Tally()
    rows: list[tuple[object, ...]] = []
    for council_id, held in mandates.items():
        spans = _spans(held)
        for session in index.sessions_of(council_id):
            if period is not None and session.opening not in period:
                continue
            tally = _tally(spans, index.sittings_of(session.id), delegate)
            if tally.due:
                total.add(tally)
                name = session.name or Phrase(N_("Kỳ họp thứ {number}"), number=session.number)
                rows.append((council_id, session.id, name, session.opening, *tally.values()))
    rows.append((None, None, _TOTAL, None, *total.values()))
    councils = [index.councils[c] for c in mandates if c in index.councils]
    where = ", ".join(council_name(index, c) for c in councils)
    return Report(
        title=N_("Tình hình dự họp của đại biểu {delegate}"),
        subtitle=N_("Đại biểu {council}") if where else None,
        columns=_SESSION_COLUMNS,
        data=tuple(rows),
        params={"delegate": person.name, "council": where},
        notes=_notes(dataset, _OWN_MANDATE),
    )
