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

import bisect
import datetime as dt
import functools
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from hdnd._core.i18n import N_, Phrase
from hdnd._core.period import Period
from hdnd.councils.council import Council
from hdnd.councils.terms import Term
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.delegates.delegate import Mandate
from hdnd.law.framework import framework_at
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.thresholds import Threshold, VoteOutcome, measure_vote
from hdnd.reports.base import Column, Report, breakdown_columns, shares
from hdnd.reports.common import COUNCIL_COLUMNS, council_name, councils_in
from hdnd.sessions.session import AttendanceStatus, ItemKind, Session, SessionKind, Sitting, Vote
from hdnd.units.names import local_name

__all__ = [
    "attendance_by_delegate",
    "councils_sessions",
    "delegate_attendance",
    "session_activity",
    "vote_margins",
]

_SYNTHETIC = N_("Dữ liệu tổng hợp, không phải số liệu thật.")
_BY_OPENING = N_("Kỳ họp tính theo ngày khai mạc; phiên họp, biểu quyết và văn bản đi theo kỳ họp.")
_OWN_MANDATE = N_(
    "Mỗi đại biểu chỉ tính các phiên họp trong thời gian làm nhiệm vụ đại biểu của mình; "
    "tỷ lệ tính trên số phiên phải dự."
)
_MARGIN = N_(
    "Số phiếu tối thiểu tính trên tổng số đại biểu theo luật, không phải số đại biểu có mặt; "
    "chênh lệch là số phiếu tán thành trừ số phiếu tối thiểu (âm: không thông qua)."
)
_TOTAL = N_("Tổng cộng")


# --- what falls in the period --------------------------------------------------------------


@attrs.frozen
class _Activity:
    """The sessions of one council in a period, and their sittings in day order."""

    council: Council
    sessions: tuple[Session, ...]
    sittings: tuple[Sitting, ...]

    @property
    def days(self) -> list[dt.date]:
        return [s.day for s in self.sittings]


def _activity(index: DatasetIndex, council: Council, period: Period | None) -> _Activity:
    sessions = tuple(
        s for s in index.sessions_of(council.id) if period is None or s.opening in period
    )
    sittings = sorted(
        (sitting for session in sessions for sitting in index.sittings_of(session.id)),
        key=lambda s: s.day,
    )
    return _Activity(council, sessions, tuple(sittings))


def _when(
    index: DatasetIndex, council: Council, period: Period | None
) -> tuple[str, dict[str, object]]:
    """The subtitle and its values: the whole term, a calendar year, or the days of *period*."""
    if period is None:
        term = index.terms.get(council.term)
        return N_("Nhiệm kỳ {when}"), {"when": term.label if term else council.term}
    if period == Period.year(period.start.year):
        return N_("Năm {when}"), {"when": str(period.start.year)}
    return N_("Từ ngày {start} đến ngày {end}"), {"start": period.start, "end": period.end}


def _notes(dataset: Dataset, *notes: str) -> tuple[str, ...]:
    return (*notes, _SYNTHETIC) if dataset.synthetic else notes


# --- attendance ----------------------------------------------------------------------------

_MAX_DAY = dt.date.max


def _spans(mandates: Iterable[Mandate]) -> list[tuple[dt.date, dt.date]]:
    """The days of *mandates* as disjoint (first, last) spans, in order."""
    spans: list[tuple[dt.date, dt.date]] = []
    for start, end in sorted((m.start, m.end or _MAX_DAY) for m in mandates):
        if spans and start <= spans[-1][1]:
            spans[-1] = (spans[-1][0], max(spans[-1][1], end))
        else:
            spans.append((start, end))
    return spans


def _within(spans: Sequence[tuple[dt.date, dt.date]], day: dt.date) -> bool:
    for first, last in spans:  # noqa: SIM110 - a loop is faster: called once per record
        if first <= day <= last:
            return True
    return False


def _due(spans: Sequence[tuple[dt.date, dt.date]], days: Sequence[dt.date]) -> int:
    """How many of the sorted *days* fall within *spans*."""
    return sum(
        bisect.bisect_right(days, last) - bisect.bisect_left(days, first) for first, last in spans
    )


_STATUSES = tuple(AttendanceStatus)


@attrs.define
class _Tally:
    """Sittings due from one delegate (or several), and what the records say of them.

    ``recorded`` holds the counts of :data:`_STATUSES`, in that order.
    """

    due: int = 0
    recorded: list[int] = attrs.field(factory=lambda: [0] * len(_STATUSES))

    def add(self, other: _Tally) -> None:
        self.due += other.due
        self.recorded = [a + b for a, b in zip(self.recorded, other.recorded, strict=True)]

    def count(self, status: AttendanceStatus) -> int:
        return self.recorded[_STATUSES.index(status)]

    @property
    def not_recorded(self) -> int:
        return self.due - sum(self.recorded)

    def values(self) -> tuple[object, ...]:
        """The values of :data:`_ATTENDANCE_COLUMNS`."""
        present = self.count(AttendanceStatus.PRESENT)
        return (
            self.due,
            present,
            self.count(AttendanceStatus.ABSENT_WITH_LEAVE),
            self.count(AttendanceStatus.ABSENT_WITHOUT_LEAVE),
            self.not_recorded,
            shares(present, self.due),
        )


_ATTENDANCE_COLUMNS = (
    Column("due", N_("Số phiên phải dự"), "number"),
    Column("present", N_("Có mặt"), "number"),
    Column("absent_with_leave", N_("Vắng có lý do"), "number"),
    Column("absent_without_leave", N_("Vắng không lý do"), "number"),
    Column("not_recorded", N_("Chưa ghi nhận"), "number"),
    Column("rate", N_("Tỷ lệ có mặt"), "share"),
)


def _tally(
    spans: Sequence[tuple[dt.date, dt.date]], sittings: Sequence[Sitting], delegate: str
) -> _Tally:
    """One delegate's attendance at the sorted *sittings* within *spans* of service."""
    tally = _Tally(_due(spans, [s.day for s in sittings]))
    for sitting in sittings:
        if _within(spans, sitting.day):
            status = next((a.status for a in sitting.attendance if a.delegate == delegate), None)
            if status is not None:
                tally.recorded[_STATUSES.index(status)] += 1
    return tally


def _attendance(index: DatasetIndex, activity: _Activity) -> tuple[dict[str, _Tally], int]:
    """Each delegate's tally, in the dataset's order; and the records outside any mandate."""
    mandates: dict[str, list[Mandate]] = {}
    for person, mandate in index.mandates_of(activity.council.id):
        mandates.setdefault(person.id, []).append(mandate)
    spans = {delegate: _spans(held) for delegate, held in mandates.items()}
    days = activity.days
    # most delegates serve through every sitting of the period: no need to look at the day
    always = {
        delegate
        for delegate, held in spans.items()
        if days and len(held) == 1 and held[0][0] <= days[0] and days[-1] <= held[0][1]
    }
    counts: Counter[tuple[str, AttendanceStatus]] = Counter()
    outside = 0
    for sitting in activity.sittings:
        for record in sitting.attendance:
            delegate = record.delegate
            if delegate in always or (delegate in spans and _within(spans[delegate], sitting.day)):
                counts[delegate, record.status] += 1
            else:
                outside += 1
    tallies: dict[str, _Tally] = {}
    for delegate, held in spans.items():
        due = _due(held, days)
        if due:
            tallies[delegate] = _Tally(due, [counts[delegate, status] for status in _STATUSES])
    return tallies, outside


# --- votes ---------------------------------------------------------------------------------


@attrs.frozen
class _Counted:
    """A vote measured against the law (:func:`hdnd.law.thresholds.measure_vote`)."""

    vote: Vote
    sitting: Sitting
    outcome: VoteOutcome

    @property
    def base(self) -> int | None:
        return self.outcome.base

    @property
    def threshold(self) -> Threshold | None:
        return self.outcome.threshold

    @property
    def minimum(self) -> int | None:
        return self.outcome.minimum

    @property
    def margin(self) -> int | None:
        return self.outcome.margin

    @property
    def passed(self) -> bool | None:
        return self.outcome.passed

    @property
    def differs(self) -> bool:
        """Whether the minutes record another outcome than the law gives."""
        passed = self.passed
        return passed is not None and self.vote.passed is not None and passed != self.vote.passed


def _counted(index: DatasetIndex, activity: _Activity) -> list[_Counted]:
    found: list[_Counted] = []
    for sitting in activity.sittings:
        day = sitting.day
        members = functools.cache(functools.partial(index.vote_base, activity.council.id, day))
        for vote in index.votes_of(sitting.id):
            rule = framework_at(sitting.day).threshold(vote.decision)
            outcome = measure_vote(
                None if isinstance(rule, NotApplicable) else rule,
                vote.in_favour,
                stated_base=vote.base,
                membership=members,
            )
            found.append(_Counted(vote, sitting, outcome))
    return found


def _subject(counted: _Counted) -> object:
    """What was voted on: the agenda item's title or kind, else the kind of decision."""
    vote = counted.vote
    item = next((i for i in counted.sitting.items if i.id == vote.item), None)
    if item is not None:
        return item.title or item.kind
    return vote.decision


# --- documents -----------------------------------------------------------------------------


def _documents(
    index: DatasetIndex, activity: _Activity, period: Period | None, votes: Iterable[Vote]
) -> Counter[str]:
    """Documents adopted at the sessions (or by the votes) of the period, by category.

    A document that names no session of the council nor a vote of the period counts by its
    signing day.
    """
    chosen = {s.id for s in activity.sessions}
    known = {s.id for s in index.sessions_of(activity.council.id)}
    voted = {v.id for v in votes}
    counts: Counter[str] = Counter()
    for doc in index.documents_of(activity.council.id):
        if doc.session in known:
            adopted = doc.session in chosen
        else:
            adopted = doc.vote in voted or period is None or doc.signed in period
        if not adopted:
            continue
        if not doc.is_resolution:
            counts["other"] += 1
            continue
        normative = doc.is_normative
        counts["resolutions"] += 1
        counts[{True: "normative", False: "non-normative", None: "unknown"}[normative]] += 1
    return counts


# --- one council over a period -------------------------------------------------------------


def _questioning(sittings: Iterable[Sitting]) -> int:
    return sum(any(i.kind is ItemKind.QUESTIONING for i in s.items) for s in sittings)


@attrs.frozen
class _Measured:
    """Everything :func:`session_activity` and :func:`councils_sessions` count of a council."""

    activity: _Activity
    kinds: Counter[SessionKind]
    attendance: _Tally
    outside: int
    counted: list[_Counted]
    documents: Counter[str]

    @property
    def questioning(self) -> int:
        return _questioning(self.activity.sittings)


def _measure(index: DatasetIndex, council: Council, period: Period | None) -> _Measured:
    activity = _activity(index, council, period)
    tallies, outside = _attendance(index, activity)
    total = _Tally()
    for tally in tallies.values():
        total.add(tally)
    counted = _counted(index, activity)
    documents = _documents(index, activity, period, (c.vote for c in counted))
    kinds = Counter(s.kind for s in activity.sessions)
    return _Measured(activity, kinds, total, outside, counted, documents)


def _council_report(
    dataset: Dataset,
    council: Council,
    period: Period | None,
    *,
    title: str,
    columns: tuple[Column, ...],
    rows: Iterable[tuple[object, ...]],
    notes: tuple[str, ...],
) -> Report:
    """A report on one council over *period*, with the period as its subtitle."""
    index = dataset.index
    subtitle, when = _when(index, council, period)
    return Report(
        title=title,
        subtitle=subtitle,
        columns=columns,
        data=tuple(rows),
        params={"council": council_name(index, council), **when},
        notes=_notes(dataset, *notes),
    )


def session_activity(dataset: Dataset, council: str, *, period: Period | None = None) -> Report:
    """What one council did in its sessions over *period* (default: its whole term).

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
        KeyError: The dataset has no council *council*.
    """
    record = dataset.index.council(council)
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
    return _council_report(
        dataset,
        record,
        period,
        title=N_("Hoạt động kỳ họp của {council}"),
        columns=breakdown_columns(),
        rows=rows,
        notes=(_BY_OPENING, _OWN_MANDATE, _MARGIN),
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


_VOTE_COLUMNS = (
    Column("vote", N_("Mã biểu quyết"), "code", shown=False),
    Column("session", N_("Mã kỳ họp"), "code", shown=False),
    Column("day", N_("Ngày")),
    Column("subject", N_("Nội dung biểu quyết")),
    Column("in_favour", N_("Tán thành"), "number"),
    Column("against", N_("Không tán thành"), "number"),
    Column("not_voting", N_("Không biểu quyết"), "number"),
    Column("base", N_("Tổng số đại biểu"), "number"),
    Column("rule", N_("Điều kiện thông qua")),
    Column("minimum", N_("Số phiếu tối thiểu"), "number"),
    Column("margin", N_("Chênh lệch"), "number"),
    Column("passed", N_("Thông qua theo luật")),
    Column("recorded", N_("Biên bản ghi thông qua")),
)


def vote_margins(dataset: Dataset, council: str, *, period: Period | None = None) -> Report:
    """Every vote of *council* at the sittings of *period*, with its margin under the law.

    One row per vote in sitting order: the tallies, the ``base`` (``Vote.base``, else the
    delegates in office that day), the ``rule`` in force, the ``minimum`` votes in favour it
    requires, the ``margin`` (in favour less the minimum), whether the vote ``passed`` by the
    law and what the minutes ``recorded``. Base, minimum, margin and outcome are empty where
    hdnd encodes no threshold for the day, where the dataset records no delegates, and where
    the law counts another base (the standing committee's members, for the conclusions of
    an explanation session) that the vote does not state.

    Raises:
        KeyError: The dataset has no council *council*.
    """
    index = dataset.index
    record = index.council(council)
    rows: list[tuple[object, ...]] = []
    for counted in _counted(index, _activity(index, record, period)):
        vote = counted.vote
        rows.append(
            (
                vote.id,
                counted.sitting.session,
                counted.sitting.day,
                _subject(counted),
                vote.in_favour,
                vote.against,
                vote.not_voting,
                counted.base,
                counted.threshold,
                counted.minimum,
                counted.margin,
                counted.passed,
                vote.passed,
            )
        )
    return _council_report(
        dataset,
        record,
        period,
        title=N_("Kết quả biểu quyết của {council}"),
        columns=_VOTE_COLUMNS,
        rows=rows,
        notes=(_BY_OPENING, _MARGIN),
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


def councils_sessions(dataset: Dataset, *, year: int, province: str | None = None) -> Report:
    """One row per council: its session activity over the calendar year *year*.

    The councils are those whose term overlaps the year and, when *province* (a unit code)
    is given, whose unit is that province or lies in it, as for
    :func:`~hdnd.reports.composition.councils_composition`. Columns: sessions (all, regular,
    thematic or unscheduled), sittings, sitting days, sittings with questioning, attendance
    (``present / due`` with the counts in hidden columns, each delegate counted only within
    the mandate), resolutions and normative ones, votes, votes that failed by the law and the
    narrowest margin. Rows are in the dataset's order.

    Raises:
        KeyError: *province* is not a province-level unit the dataset or register knows.
    """
    period = Period.year(year)

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
    where = local_name(index.unit(province).name, index.unit(province).kind) if province else None
    return Report(
        title=N_("Hoạt động kỳ họp của các Hội đồng nhân dân {where}") if where else _ALL_TITLE,
        subtitle=N_("Năm {when}"),
        columns=_COUNCILS_COLUMNS,
        data=tuple(rows),
        params={"when": str(year), "where": where or ""},
        notes=_notes(dataset, _BY_OPENING, _OWN_MANDATE),
    )


_ALL_TITLE = N_("Hoạt động kỳ họp của các Hội đồng nhân dân")
