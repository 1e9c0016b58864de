"""What a council's period holds, and how the session reports measure it.

The sessions opening in the period with their sittings, the attendance due from each
delegate within their own mandate, every vote measured against the law
(:func:`hdnd.law.thresholds.measure_vote`) and the documents adopted.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections import Counter
from collections.abc import Iterable, Sequence

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.councils.council import Council
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.delegates.delegate import Mandate
from hdnd.law.framework import framework_at
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.thresholds import Threshold, VoteOutcome, measure_vote
from hdnd.reports.base import Column, Report, shares
from hdnd.reports.common import council_name
from hdnd.reports.scope import Scope
from hdnd.sessions.session import AttendanceStatus, ItemKind, Session, SessionKind, Sitting, Vote

__all__ = []

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


def _covered(
    index: DatasetIndex, council: Council, as_of: dt.date | None, period: Period | None
) -> Period | None:
    """The days a report on *council* counts (:meth:`Scope.days`, from its term's start)."""
    term = index.terms.get(council.term)
    return Scope(as_of, period).days(start=None if term is None else term.election_day)


def _when(
    index: DatasetIndex, council: Council, period: Period | None
) -> tuple[str, dict[str, object]]:
    """The subtitle and its values: the whole term, a calendar year, or the days of *period*."""
    if period is None:
        term = index.terms.get(council.term)
        return N_("Nhiệm kỳ {when}"), {"when": term.label if term else council.term}
    return _days_text(period)


def _days_text(period: Period) -> tuple[str, dict[str, object]]:
    """The subtitle of a period and its values: a calendar year, or its first and last days."""
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


@attrs.define
class _Membership:
    """The delegates in office on a council on a day, counted once and only if asked."""

    index: DatasetIndex
    council: str
    day: dt.date
    _count: int | None = None

    def __call__(self) -> int:
        if self._count is None:
            self._count = self.index.vote_base(self.council, self.day)
        return self._count


def _counted(index: DatasetIndex, activity: _Activity) -> list[_Counted]:
    found: list[_Counted] = []
    council = activity.council.id
    for sitting in activity.sittings:
        votes = index.votes_of(sitting.id)
        if not votes:
            continue
        day = sitting.day
        members = _Membership(index, council, day)
        for vote in votes:
            rule = framework_at(day).threshold(vote.decision)
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
