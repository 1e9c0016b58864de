"""Session activity: sessions, sittings, attendance, votes and documents of councils.

Five reports, all computed from the sessions, sittings, votes and documents of a dataset:

- :func:`session_activity`: one council over a period (a year, or the whole term): sessions
  by kind, sittings and sitting days, sittings with questioning, attendance overall,
  documents adopted (resolutions, normative or not) and votes by outcome;
- :func:`attendance_by_delegate`: the same period, one row per delegate;
- :func:`vote_margins`: the same period, one row per vote with its margin;
- :func:`delegate_attendance`: one delegate across the term, one row per session;
- :func:`councils_sessions`: one row per council of a province (or of the dataset) over a
  year, ready for :meth:`~hdnd.reports.base.Report.to_frame`.

A session belongs to a period when it opens in it; its sittings, their attendance and votes,
and the documents it adopted go with it. Attendance counts, for each delegate, only the
sittings inside that delegate's own mandate: a sitting before a delegate took office or after
the mandate ended is not due, and an attendance record there is left out. A due sitting with
no record for the delegate is "not recorded". Rates are exact fractions.

A vote's **margin** is the votes in favour less the smallest number the law requires
(:meth:`hdnd.law.Threshold.minimum_votes`), counted against the base the law names: the
base the minutes state (``Vote.base``), else — where the law counts the council's
delegates — the delegates in office that day (:meth:`hdnd.dataset.dataset.DatasetIndex.vote_base`),
never the delegates present. A margin of 0 is the narrowest pass; a negative margin fails.

```pycon
>>> from hdnd import Dataset, Period
>>> START = "2026-04-20"
>>> ds = Dataset.model_validate({
...     "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
...     "delegates": [
...         {"id": "a", "name": "Trần Văn An", "mandates": [{"council": "c", "start": START}]},
...         {"id": "b", "name": "Lê Thị Bình", "mandates": [{"council": "c", "start": START}]},
...         {"id": "d", "name": "Phạm Văn Dũng",
...          "mandates": [{"council": "c", "start": START, "end": "2026-07-01"}]}],
...     "sessions": [{"id": "k2", "council": "c", "number": 2, "kind": "regular",
...                   "opening": "2026-07-09", "closing": "2026-07-10"}],
...     "sittings": [
...         {"id": "p1", "session": "k2", "day": "2026-07-09", "attendance": [
...             {"delegate": "a", "status": "present"},
...             {"delegate": "b", "status": "absent-with-leave"}]},
...         {"id": "p2", "session": "k2", "day": "2026-07-10",
...          "items": [{"id": "i1", "kind": "questioning"}],
...          "attendance": [{"delegate": "a", "status": "present"},
...                         {"delegate": "b", "status": "present"}]}],
...     "votes": [{"id": "v1", "sitting": "p2", "in_favour": 2}],
...     "documents": [{"id": "nq1", "council": "c", "symbol": "05/2026/NQ-HĐND",
...                    "signed": "2026-07-10", "session": "k2", "vote": "v1"}]})
>>> summary = session_activity(ds, "c", period=Period.year(2026))
>>> for row in summary.rows("en"):
...     if row["group"] == "attendance":
...         print(row["category"], row["count"], row["share"])
due 4 None
present 3 3/4
absent-with-leave 1 1/4
absent-without-leave 0 0
not-recorded 0 0
>>> for row in attendance_by_delegate(ds, "c").rows():
...     print(row["name"], row["due"], row["present"], row["absent_with_leave"], row["rate"])
Trần Văn An 2 2 0 1
Lê Thị Bình 2 1 1 1/2
Tổng cộng 4 3 1 3/4
>>> [(r["base"], r["minimum"], r["margin"], r["passed"]) for r in vote_margins(ds, "c").rows()]
[(2, 2, 0, True)]

```

Phạm Văn Dũng's mandate ended on 1 July, before the session: no sitting is due from him,
and the vote of 10 July is measured against the two delegates then in office.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from fractions import Fraction

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.councils.terms import Term
from hdnd.dataset.dataset import Dataset
from hdnd.reports.attendance import attendance_by_delegate, delegate_attendance
from hdnd.reports.base import Column, Report, breakdown_columns, freeze, shares, typed
from hdnd.reports.common import COUNCIL_COLUMNS, _local_name, councils_in
from hdnd.reports.period import (
    _BY_OPENING,
    _MARGIN,
    _OWN_MANDATE,
    _council_report,
    _Counted,
    _covered,
    _days_text,
    _measure,
    _notes,
)
from hdnd.reports.scope import Scope
from hdnd.reports.votes import vote_margins
from hdnd.sessions.session import AttendanceStatus, SessionKind

__all__ = [
    "CouncilsSessions",
    "SessionActivity",
    "attendance_by_delegate",
    "councils_sessions",
    "delegate_attendance",
    "session_activity",
    "vote_margins",
]


@attrs.frozen(hash=False)
class SessionActivity(Report):
    """What one council did in its sessions over a period, as a table and as fields.

    Attributes:
        council: The council's id.
        period: The days counted (``None``: the whole term).
        sessions: The sessions opening in the period, by kind.
        sittings: Their sittings.
        due: Delegate-sittings due (each delegate within the mandate).
        present: Delegate-sittings attended.
        resolutions: Resolutions adopted.
        passed: Votes that reach the law's threshold.
        failed: Votes that do not.
    """

    council: str = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    sessions: Mapping[SessionKind, int] = attrs.field(kw_only=True, converter=freeze)
    sittings: int = attrs.field(kw_only=True)
    due: int = attrs.field(kw_only=True)
    present: int = attrs.field(kw_only=True)
    resolutions: int = attrs.field(kw_only=True)
    passed: int = attrs.field(kw_only=True)
    failed: int = attrs.field(kw_only=True)

    @property
    def attendance(self) -> Fraction | None:
        """``present / due``, exact; ``None`` when no sitting was due."""
        return shares(self.present, self.due)


def session_activity(
    dataset: Dataset, council: str, *, as_of: dt.date | None = None, period: Period | None = None
) -> SessionActivity:
    """What one council did in its sessions over *period* (default: its whole term).

    With *as_of*, only the sessions opening by that day count.

    Rows have a ``group`` and a ``category``:

    - ``sessions``: ``total`` and one row per :class:`~hdnd.sessions.session.SessionKind`;
    - ``sittings``: ``sittings``, ``days`` (distinct days with a sitting) and ``questioning``
      (sittings with a questioning item; its share is of the sittings);
    - ``attendance``: ``due`` (delegate-sittings inside each delegate's own mandate), then
      ``present``, ``absent-with-leave``, ``absent-without-leave`` and ``not-recorded``, each
      with its exact share of ``due``; ``outside-mandate`` (records left out) when any;
    - ``documents``: ``resolutions``, of which ``normative``, ``non-normative`` and
      ``unknown`` (shares of the resolutions), and ``other`` documents;
    - ``votes``: ``total``, ``passed`` and ``failed`` by the law (shares of the votes),
      ``undetermined`` (no threshold or base known) and ``differs`` (the minutes record
      another outcome) when any, and ``narrowest`` (the smallest margin).

    :func:`attendance_by_delegate` and :func:`vote_margins` give the detail.

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
    """
    record = dataset.index.council(council)
    period = _covered(dataset.index, record, as_of, period)
    measured = _measure(dataset.index, record, period)
    activity, documents = measured.activity, measured.documents
    rows: list[tuple[object, ...]] = []
    rows.append(("sessions", "total", N_("Số kỳ họp"), len(activity.sessions), None))
    rows += [("sessions", kind.value, kind, measured.kinds[kind], None) for kind in SessionKind]
    sittings = len(activity.sittings)
    questioning = measured.questioning
    rows += [
        ("sittings", "sittings", N_("Số phiên họp"), sittings, None),
        ("sittings", "days", N_("Số ngày họp"), len(set(activity.days)), None),
        (
            "sittings",
            "questioning",
            N_("Phiên họp có chất vấn và trả lời chất vấn"),
            questioning,
            shares(questioning, sittings),
        ),
    ]
    total = measured.attendance
    rows.append(("attendance", "due", N_("Lượt đại biểu phải dự họp"), total.due, None))
    for status in AttendanceStatus:
        count = total.count(status)
        rows.append(("attendance", status.value, status, count, shares(count, total.due)))
    label = N_("Chưa ghi nhận")
    count = total.not_recorded
    rows.append(("attendance", "not-recorded", label, count, shares(count, total.due)))
    if measured.outside:
        label = N_("Ghi nhận ngoài thời gian làm đại biểu (không tính)")
        rows.append(("attendance", "outside-mandate", label, measured.outside, None))
    resolutions = documents["resolutions"]
    rows.append(("documents", "resolutions", N_("Nghị quyết"), resolutions, None))
    for category, label in (
        ("normative", N_("Nghị quyết quy phạm pháp luật")),
        ("non-normative", N_("Nghị quyết không quy phạm pháp luật")),
        ("unknown", N_("Nghị quyết chưa rõ có quy phạm hay không")),
    ):
        if category != "unknown" or documents[category]:
            count = documents[category]
            rows.append(("documents", category, label, count, shares(count, resolutions)))
    rows.append(("documents", "other", N_("Văn bản khác"), documents["other"], None))
    rows += _vote_summary(measured.counted)
    report = _council_report(
        dataset,
        record,
        period,
        title=N_("Hoạt động kỳ họp của {council}"),
        columns=breakdown_columns(),
        rows=rows,
        notes=(_BY_OPENING, _OWN_MANDATE, _MARGIN),
    )
    return typed(
        report,
        SessionActivity,
        council=record.id,
        period=period,
        sessions={kind: measured.kinds[kind] for kind in SessionKind},
        sittings=sittings,
        due=total.due,
        present=total.count(AttendanceStatus.PRESENT),
        resolutions=resolutions,
        passed=sum(c.passed is True for c in measured.counted),
        failed=sum(c.passed is False for c in measured.counted),
    )


def _vote_summary(counted: Sequence[_Counted]) -> list[tuple[object, ...]]:
    outcomes = Counter(c.passed for c in counted)
    votes = len(counted)
    rows: list[tuple[object, ...]] = [("votes", "total", N_("Số lần biểu quyết"), votes, None)]
    for outcome, category, label in (
        (True, "passed", N_("Đạt số phiếu theo luật")),
        (False, "failed", N_("Không đạt số phiếu theo luật")),
        (None, "undetermined", N_("Chưa xác định được số phiếu tối thiểu")),
    ):
        if outcome is not None or outcomes[outcome]:
            count = outcomes[outcome]
            rows.append(("votes", category, label, count, shares(count, votes)))
    differs = sum(c.differs for c in counted)
    if differs:
        label = N_("Kết quả ghi trong biên bản khác kết quả theo luật")
        rows.append(("votes", "differs", label, differs, shares(differs, votes)))
    rows.append(("votes", "narrowest", N_("Chênh lệch nhỏ nhất"), _narrowest(counted), None))
    return rows


def _narrowest(counted: Iterable[_Counted]) -> int | None:
    return min((c.margin for c in counted if c.margin is not None), default=None)


# --- councils side by side -----------------------------------------------------------------

_COUNCILS_COLUMNS = (
    *COUNCIL_COLUMNS,
    Column("sessions", N_("Số kỳ họp"), "number"),
    Column("regular", N_("Thường lệ"), "number"),
    Column("requested", N_("Chuyên đề, đột xuất"), "number"),
    Column("sittings", N_("Số phiên họp"), "number"),
    Column("days", N_("Số ngày họp"), "number"),
    Column("questioning", N_("Phiên có chất vấn"), "number"),
    Column("due", N_("Lượt phải dự"), "number", shown=False),
    Column("present", N_("Lượt có mặt"), "number", shown=False),
    Column("attendance", N_("Tỷ lệ có mặt"), "share"),
    Column("resolutions", N_("Nghị quyết"), "number"),
    Column("normative", N_("Quy phạm pháp luật"), "number"),
    Column("votes", N_("Số lần biểu quyết"), "number"),
    Column("failed", N_("Không đạt"), "number"),
    Column("narrowest", N_("Chênh lệch nhỏ nhất"), "number"),
)


@attrs.frozen(hash=False)
class CouncilsSessions(Report):
    """The session activity of many councils over a period, as a table and as fields.

    Attributes:
        period: The days counted.
        province: The province-level unit whose councils are listed; ``None`` for all.
        sessions: The sessions opening in the period, by council id, in the table's order.
    """

    period: Period = attrs.field(kw_only=True)
    province: str | None = attrs.field(kw_only=True)
    sessions: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)

    @property
    def councils(self) -> tuple[str, ...]:
        """The ids of the councils listed, in order."""
        return tuple(self.sessions)


def councils_sessions(
    dataset: Dataset,
    province: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
    year: int | None = None,
) -> CouncilsSessions:
    """One row per council: its session activity over *period* (or the calendar *year*).

    *year* is a shorthand for ``period=Period.year(year)``; the period is cut at *as_of*.
    The councils are those whose term overlaps the period and, when *province* (a unit code)
    is given, whose unit is that province or lies in it, as for
    :func:`~hdnd.reports.composition.councils_composition`. Columns: sessions (all, regular,
    thematic or unscheduled), sittings, sitting days, sittings with questioning, attendance
    (``present / due`` with the counts in hidden columns, each delegate counted only within
    the mandate), resolutions and normative ones, votes, votes that failed by the law and the
    narrowest margin. Rows are in the dataset's order.

    Raises:
        UnknownRecordError: *province* is not a province-level unit the dataset or register
            knows (a :class:`KeyError`).
        TypeError: Neither *period* nor *year* is given, or both are.
    """
    chosen = Period.year(year) if year is not None and period is None else period
    if chosen is None or (year is not None and period is not None):
        msg = "councils_sessions() needs a period or a year (not both)"
        raise TypeError(msg)
    period = Scope(as_of, chosen).days() or chosen
    subtitle, when = _days_text(period)

    def overlaps(term: Term) -> bool:
        return term.election_day <= period.end and (term.end is None or term.end >= period.start)

    index = dataset.index
    rows: list[tuple[object, ...]] = []
    for record, names in councils_in(dataset, province, overlaps):
        measured = _measure(index, record, period)
        activity, kinds, counted = measured.activity, measured.kinds, measured.counted
        present = measured.attendance.count(AttendanceStatus.PRESENT)
        rows.append(
            (
                *names,
                len(activity.sessions),
                kinds[SessionKind.REGULAR],
                kinds[SessionKind.THEMATIC] + kinds[SessionKind.UNSCHEDULED],
                len(activity.sittings),
                len(set(activity.days)),
                measured.questioning,
                measured.attendance.due,
                present,
                shares(present, measured.attendance.due),
                measured.documents["resolutions"],
                measured.documents["normative"],
                len(counted),
                sum(c.passed is False for c in counted),
                _narrowest(counted),
            )
        )
    where = _local_name(index, province) if province else None
    report = Report(
        title=N_("Hoạt động kỳ họp của các Hội đồng nhân dân {where}") if where else _ALL_TITLE,
        subtitle=subtitle,
        columns=_COUNCILS_COLUMNS,
        data=tuple(rows),
        params={**when, "where": where or ""},
        notes=_notes(dataset, _BY_OPENING, _OWN_MANDATE),
    )
    sessions = {row[0]: row[len(COUNCIL_COLUMNS)] for row in rows}
    return typed(report, CouncilsSessions, period=period, province=province, sessions=sessions)


_ALL_TITLE = N_("Hoạt động kỳ họp của các Hội đồng nhân dân")
