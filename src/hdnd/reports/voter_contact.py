"""Voter contact counted from its records: meetings, voters, and what became of their petitions.

:func:`voter_contact_summary` counts the meetings of delegates with voters (by occasion), the
voters who attended and who spoke, and the voter petitions gathered (by field and by the
level competent to settle them): those answered, answered within the time limit of the law
in force when they were forwarded, still unresolved, and raised again after an earlier
round. Where the dataset has the figures an office published for the same unit and days
(``voter-meetings``, ``voter-attendances``, ``voter-speakers``), each is set beside its
count, with the difference. No voter's name appears in it.

The synthetic companion of the Cần Thơ example reproduces the figures of the 2014 report of
the office of the National Assembly delegation and People's Council, difference 0:

```pycon
>>> from hdnd.examples import load_example
>>> summary = voter_contact_summary(load_example("can-tho-register"), "92")
>>> summary.meetings, summary.attendances, summary.speakers
(56, 7570, 431)
>>> dict(summary.published)
{'meetings/total': 56, 'attendances/total': 7570, 'speakers/total': 431}
>>> set(summary.differences.values())
{0}

```
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterable, Mapping
from enum import Enum
from types import MappingProxyType
from typing import Any

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.figures.reported import INDICATORS, ReportedFigure
from hdnd.law.levels import Level
from hdnd.reports.base import Report, breakdown_columns, freeze, shares, typed
from hdnd.reports.common import council_name
from hdnd.reports.contact_counted import answer_timing, contact_counted
from hdnd.reports.counted import headings
from hdnd.reports.figures import SourceRef
from hdnd.reports.period import _notes
from hdnd.reports.published import (
    COMPARED_COLUMNS,
    PUBLISHED_NOTE,
    FiguresUsed,
    longest_figures,
)
from hdnd.reports.scope import Scope
from hdnd.voter_contact.kinds import MeetingOccasion, VoterPetitionField

__all__ = ["VoterContactSummary", "voter_contact_summary"]

_INDICATORS = MappingProxyType(
    {"voter-meetings": "meetings", "voter-attendances": "attendances", "voter-speakers": "speakers"}
)
"""The group of rows each published indicator's total goes to."""
_UNKNOWN = "unknown"

_COLUMNS = breakdown_columns()
_COMPARED = breakdown_columns(*COMPARED_COLUMNS)
_TITLES = (
    N_("Tiếp xúc cử tri và kiến nghị cử tri"),
    N_("Tiếp xúc cử tri và kiến nghị cử tri: {name}"),
)
_RECORDED = N_("Lượt cử tri tham dự và phát biểu cộng từ các hội nghị có ghi số.")
_MERGED = N_(
    "Kiến nghị đã gộp vào kiến nghị khác (cùng nội dung, nêu ở nhiều hội nghị) chỉ tính một "
    "lần: không cộng vào tổng số kiến nghị và các nhóm."
)
_ON_TIME = N_(
    "Thời hạn trả lời tính từ ngày chuyển kiến nghị đến cơ quan có thẩm quyền, theo quy định "
    "có hiệu lực vào ngày đó; kiến nghị chuyển khi chưa có quy định được mã hóa thì không "
    "đánh giá. Kiến nghị chưa có kết quả được tính là chưa giải quyết xong."
)
_ESTIMATED = N_(
    "Có số liệu đã công bố là số ước lượng (khoảng, gần, hơn): chênh lệch chỉ để tham khảo."
)


@attrs.frozen(hash=False)
class VoterContactSummary(Report):
    """Voter meetings and voter petitions, as a table and as fields.

    Attributes:
        subject: The council id or unit code counted; ``None`` for everything.
        period: The days counted; ``None`` for all.
        meetings: Voter meetings held.
        by_occasion: Meetings by :class:`~hdnd.voter_contact.kinds.MeetingOccasion`, and
            ``unknown``.
        attendances: Voters who attended, added up over the meetings that say; ``None``
            when none does.
        speakers: Voters who spoke, likewise.
        petitions: Voter petitions raised, each matter once (records merged into another
            left out).
        merged: Records merged into another petition (not in ``petitions``).
        by_field: Petitions by :class:`~hdnd.voter_contact.kinds.VoterPetitionField`, and
            ``unknown``.
        by_level: Petitions by the competent :class:`~hdnd.law.levels.Level`, and ``unknown``.
        answered: Petitions answered (by ``as_of``, when given).
        on_time: Of those, answered within the time limit of the law in force the day they
            were forwarded.
        late: Answered after it.
        overdue: Not answered and past the limit on ``as_of``; ``None`` without ``as_of``.
        not_encoded: Forwarded on a day for which hdnd encodes no time limit (before Joint
            resolution 72/2025), so not judged.
        unresolved: Petitions not resolved nor explained (those without a result included).
        repeated: Petitions that raise again the matter of an earlier one (``repeats``).
        published: The published figures set beside the counts, keyed ``group/category``
            like the rows (``meetings/total``); empty when none.
        differences: Counted less published, for the same keys.
    """

    subject: str | None = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    meetings: int = attrs.field(kw_only=True)
    by_occasion: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    attendances: int | None = attrs.field(kw_only=True)
    speakers: int | None = attrs.field(kw_only=True)
    petitions: int = attrs.field(kw_only=True)
    merged: int = attrs.field(kw_only=True)
    by_field: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    by_level: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    answered: int = attrs.field(kw_only=True)
    on_time: int = attrs.field(kw_only=True)
    late: int = attrs.field(kw_only=True)
    overdue: int | None = attrs.field(kw_only=True)
    not_encoded: int = attrs.field(kw_only=True)
    unresolved: int = attrs.field(kw_only=True)
    repeated: int = attrs.field(kw_only=True)
    published: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    differences: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)


def voter_contact_summary(
    dataset: Dataset,
    subject: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
) -> VoterContactSummary:
    """Count the voter meetings and voter petitions of *subject* over *period*.

    *subject* is a council id of the dataset — its meetings and petitions (``council``) —
    or else a unit code: the meetings held in the unit or in a unit under it, and the
    petitions of councils of those units or raised at those meetings. ``None`` counts
    everything. A meeting counts when its day is in the period; a petition when the first
    of its meetings is (else the day it was compiled, else forwarded; a petition without
    any of these counts only when every day does). With *as_of*, nothing after that day
    counts, and a petition not answered by then whose time limit has passed is overdue.

    Rows have a ``group`` and a ``category``: ``meetings`` (``total``, then each
    occasion), ``attendances`` and ``speakers`` (``total``, where recorded), ``petitions``
    (``total``), ``field`` and ``level`` (each one counted, and ``unknown``), and
    ``handling`` (``answered``, ``on-time``, ``late``, ``overdue``, ``not-encoded``,
    ``unresolved``, ``repeated``, ``merged``). Where the dataset has published figures of
    the subject's unit (the council's unit for a council) whose period overlaps the one
    counted, the table gains ``published`` and ``difference`` (counted − published).

    ```pycon
    >>> import datetime as dt
    >>> from hdnd import Dataset
    >>> ds = Dataset.model_validate({
    ...     "voter_meetings": [
    ...         {"id": "m1", "unit": "31120", "day": "2026-06-20", "attendances": 120,
    ...          "speakers": 8, "occasion": "before-session"}],
    ...     "voter_petitions": [
    ...         {"id": "k1", "council": "c", "raised_at": ["m1"], "field": "land",
    ...          "level": "province", "forwarded": "2026-07-01", "answered": "2026-07-28",
    ...          "result": "resolved", "voter": "Trần Văn B"},
    ...         {"id": "k2", "council": "c", "raised_at": ["m1"], "field": "health",
    ...          "forwarded": "2026-07-01"}]})
    >>> summary = voter_contact_summary(ds, "92", as_of=dt.date(2026, 9, 1))
    >>> summary.meetings, summary.petitions, summary.on_time, summary.overdue, summary.unresolved
    (1, 2, 1, 1, 1)
    >>> "Trần" in summary.render("vi")
    False

    ```
    """
    days = Scope(as_of, period).days()
    index = dataset.index
    found = contact_counted(dataset, subject, days)
    meetings, kept, petitions = found.meetings, found.kept, found.petitions
    timing = answer_timing(petitions, as_of)

    counts = {
        "occasion": _tally((m.occasion for m in meetings), MeetingOccasion),
        "field": _tally((p.field for p in petitions), VoterPetitionField),
        "level": _tally((p.level for p in petitions), Level),
    }
    attendances = _sum(m.attendances for m in meetings)
    speakers = _sum(m.speakers for m in meetings)
    totals = {"meetings": len(meetings), "attendances": attendances, "speakers": speakers}
    handling: dict[str, int | None] = {
        **timing,
        "unresolved": sum(p.result is None or not p.result.settled for p in petitions),
        "repeated": sum(p.repeats is not None for p in petitions),
        "merged": len(kept) - len(petitions),
    }
    figures = _figures(dataset, found.unit, days)
    published = _published_values(figures)
    rows = _rows(totals, counts, len(petitions), handling, published)

    notes = [_RECORDED, _MERGED, _ON_TIME]
    params: dict[str, Any] = {}
    if figures:
        sources = index.sources
        used = tuple((SourceRef(sources.get(f.source), f.source), f.period) for f in figures)
        params["figures"] = FiguresUsed(used)
        notes.append(PUBLISHED_NOTE)
        if any(not f.qualifier.is_exact for f in figures):
            notes.append(_ESTIMATED)
    (title, named), (subtitle, when) = headings(dataset, found.unit, days, _TITLES)
    if found.council is not None and index.has_unit(found.council.unit):
        named = {"name": council_name(index, found.council)}
    report = Report(
        title=title,
        subtitle=subtitle,
        columns=_COMPARED if figures else _COLUMNS,
        data=tuple(row if figures else row[: len(_COLUMNS)] for row in rows),
        params=params | named | when,
        notes=_notes(dataset, *notes),
    )
    counted = {f"{g}/total": n for g, n in totals.items() if n is not None}
    return typed(
        report,
        VoterContactSummary,
        subject=subject,
        period=days,
        meetings=len(meetings),
        by_occasion=counts["occasion"],
        attendances=attendances,
        speakers=speakers,
        petitions=len(petitions),
        merged=len(kept) - len(petitions),
        by_field=counts["field"],
        by_level=counts["level"],
        answered=timing["answered"] or 0,
        on_time=timing["on-time"] or 0,
        late=timing["late"] or 0,
        overdue=timing["overdue"],
        not_encoded=timing["not-encoded"] or 0,
        unresolved=handling["unresolved"] or 0,
        repeated=handling["repeated"] or 0,
        published=published,
        differences={key: counted.get(key, 0) - value for key, value in published.items()},
    )


# --- counts --------------------------------------------------------------------------------------


def _tally(values: Iterable[Enum | None], enum: type[Enum]) -> dict[str, int]:
    """Counts by member value (every member, zeros included), then ``unknown``."""
    found = Counter(values)
    counts = {str(member.value): found[member] for member in enum}
    counts[_UNKNOWN] = found[None]
    return counts


def _sum(values: Iterable[int | None]) -> int | None:
    recorded = [value for value in values if value is not None]
    return sum(recorded) if recorded else None


# --- published figures -------------------------------------------------------------------------


def _figures(dataset: Dataset, unit: str | None, days: Period | None) -> tuple[ReportedFigure, ...]:
    """The figures of *unit* to compare with: they overlap *days*; the longest of each kind."""
    if unit is None:
        return ()
    wanted = [f for f in dataset.figures if f.indicator in _INDICATORS and f.unit == unit]
    chosen = longest_figures(wanted, days)
    order = list(_INDICATORS)
    return tuple(sorted(chosen, key=lambda f: (order.index(f.indicator), f.period.start)))


def _published_values(figures: Iterable[ReportedFigure]) -> dict[str, int]:
    values: Counter[str] = Counter()
    for figure in figures:
        values[f"{_INDICATORS[figure.indicator]}/total"] += figure.value
    return dict(values)


# --- rows --------------------------------------------------------------------------------------

_Row = tuple[object, ...]
_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "petitions": N_("Kiến nghị cử tri"),
        "answered": N_("Đã được trả lời"),
        "on-time": N_("Trả lời trong thời hạn"),
        "late": N_("Trả lời quá thời hạn"),
        "overdue": N_("Quá thời hạn mà chưa trả lời"),
        "not-encoded": N_("Không đánh giá thời hạn (quy định chưa được mã hóa)"),
        "unresolved": N_("Chưa giải quyết xong"),
        "repeated": N_("Kiến nghị lặp lại của kỳ trước"),
        "merged": N_("Kiến nghị đã gộp (không tính vào tổng số)"),
        "meetings-unknown": N_("Chưa rõ dịp tiếp xúc"),
        "field-unknown": N_("Chưa rõ lĩnh vực"),
        "level-unknown": N_("Chưa rõ cấp có thẩm quyền"),
    }
)
_SHOWN_IF_ANY = frozenset({"on-time", "late", "overdue", "not-encoded"})
"""Rows of the handling group left out when they count nothing (on time: unless judged)."""
_GROUPS: tuple[tuple[str, type[Enum]], ...] = (
    ("field", VoterPetitionField),
    ("level", Level),
)


def _row(group: str, category: str, label: object, count: int | None, **extra: Any) -> _Row:
    total: int | None = extra.get("total")
    share = None if total is None or count is None else shares(count, total)
    value = extra["published"].get(f"{group}/{category}")
    difference = None if value is None else (count or 0) - value
    return (group, category, label, count, share, value, difference)


def _rows(
    totals: Mapping[str, int | None],
    counts: Mapping[str, Mapping[str, int]],
    petitions: int,
    handling: Mapping[str, int | None],
    published: Mapping[str, int],
) -> list[_Row]:
    meetings = totals["meetings"] or 0
    label = INDICATORS["voter-meetings"].label
    rows = [_row("meetings", "total", label, meetings, published=published)]
    rows += _parts("meetings", counts["occasion"], MeetingOccasion, meetings, published)
    for group, indicator in (("attendances", "voter-attendances"), ("speakers", "voter-speakers")):
        count = totals[group]
        if count is not None or f"{group}/total" in published:
            label = INDICATORS[indicator].label
            rows.append(_row(group, "total", label, count, published=published))
    rows.append(_row("petitions", "total", _LABELS["petitions"], petitions, published=published))
    for group, enum in _GROUPS:
        rows += _parts(group, counts[group], enum, petitions, published)
    hidden = {k for k, n in handling.items() if n is None or (not n and k in _SHOWN_IF_ANY)}
    if any(handling[key] for key in ("on-time", "late", "overdue")):
        hidden.discard("on-time")  # judged: none on time is worth saying
    for key, count in handling.items():
        if key in hidden:
            continue
        total = None if key == "merged" else petitions
        rows.append(_row("handling", key, _LABELS[key], count, total=total, published=published))
    return rows


def _parts(
    group: str,
    tally: Mapping[str, int],
    enum: type[Enum],
    total: int,
    published: Mapping[str, int],
) -> list[_Row]:
    """One row per category counted (``unknown`` last), in the enum's order."""
    members: dict[str, object] = {str(m.value): m for m in enum}
    members[_UNKNOWN] = _LABELS[f"{group}-{_UNKNOWN}"]
    return [
        _row(group, category, members[category], count, total=total, published=published)
        for category, count in tally.items()
        if count
    ]
