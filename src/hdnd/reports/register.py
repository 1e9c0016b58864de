"""The register of citizen reception and petitions, counted from its records.

:func:`petition_register` counts what a register holds — visits by kind, people received,
petitions by outcome, kind and channel, duplicates and matters followed up — and, where the
dataset also has the figures the office published for the same unit and period
(``citizen-visits``, ``petitions-received``), sets each published number beside the counted
one with the difference. :func:`~hdnd.reports.registry.registry_rows` lists the petitions
themselves. Neither shows a petitioner's or citizen's name or address.

The synthetic companion of the Cần Thơ example reproduces the office's 2014 figures from
its records, difference 0 everywhere:

```pycon
>>> from hdnd.examples import load_example
>>> register = petition_register(load_example("can-tho-register"), "92")
>>> dict(register.visits)
{'total': 105, 'individual': 100, 'group': 5, 'crowd': 0}
>>> register.petitions, dict(register.by_outcome)
(191, {'guided': 36, 'answered': 4, 'stored': 70, 'forwarded': 81, 'unknown': 0})
>>> for row in register.rows()[:3]:
...     print(row["category"], row["count"], row["published"], row["difference"])
total 105 105 0
individual 100 100 0
group 5 5 0
>>> set(register.differences.values())
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
from hdnd.figures.reported import INDICATORS, ReportedFigure, category_label
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome, VisitKind
from hdnd.reports.base import Report, breakdown_columns, freeze, shares, typed
from hdnd.reports.counted import counted, headings
from hdnd.reports.figures import SourceRef
from hdnd.reports.period import _notes
from hdnd.reports.published import (
    COMPARED_COLUMNS,
    PUBLISHED_NOTE,
    FiguresUsed,
    longest_figures,
)
from hdnd.reports.scope import Scope

__all__ = ["PetitionRegister", "petition_register"]

_VISITS, _PETITIONS = "citizen-visits", "petitions-received"
_TOTALS = MappingProxyType({_VISITS: "visits", _PETITIONS: "petitions"})
"""The group of rows each published indicator's total goes to."""
_DIMENSIONS = MappingProxyType(
    {
        (_VISITS, "kind"): "visits",
        (_PETITIONS, "outcome"): "petitions",
        (_PETITIONS, "kind"): "kind",
        (_PETITIONS, "channel"): "channel",
    }
)
"""The group of rows each published breakdown goes to."""
_UNKNOWN = "unknown"

_COLUMNS = breakdown_columns()
_COMPARED = breakdown_columns(*COMPARED_COLUMNS)
_TITLES = (
    N_("Sổ theo dõi tiếp công dân và đơn, thư"),
    N_("Sổ theo dõi tiếp công dân và đơn, thư: {name}"),
)
_SHARES = N_("Tỷ lệ tính trên tổng số lượt tiếp hoặc tổng số đơn.")
_OUTCOMES = N_("Kết quả xử lý lấy từ hồ sơ, nếu không thì từ các bước xử lý của từng đơn.")
_DUPLICATES = N_(  # a note, always: the totals leave duplicates out
    "Đơn trùng (cùng người gửi, cùng nội dung với đơn đã nhận) chỉ tính một lần: "
    "không cộng vào tổng số đơn và các nhóm."
)


@attrs.frozen(hash=False)
class PetitionRegister(Report):
    """What a register of reception and petitions holds, as a table and as fields.

    Attributes:
        unit: The unit whose records are counted; ``None`` for all.
        period: The days counted; ``None`` for all.
        visits: Visits received by kind (every :class:`~hdnd.petitions.kinds.VisitKind`,
            and ``total``); a visit refused reception is not one.
        people: People received at those visits, where the records say how many came;
            ``None`` when none does.
        refused: Visits refused reception (not in ``visits``).
        petitions: Petitions received, each counted once (duplicates left out).
        by_kind: Petitions by :class:`~hdnd.petitions.kinds.PetitionKind`, and ``unknown``.
        by_channel: Petitions by :class:`~hdnd.petitions.kinds.Channel`, and ``unknown``.
        by_outcome: Petitions by :attr:`~hdnd.petitions.petition.Petition.handled_as`, and
            ``unknown`` (no outcome yet).
        duplicates: Petitions marked ``duplicate_of`` (not in the totals).
        repeat_matters: Matters with at least one follow-up petition (``follow_up_of``).
        published: The published figures set beside the counts, keyed ``group/category``
            like the rows (``visits/total``, ``petitions/guided``); empty when none.
        differences: Counted less published, for the same keys.
    """

    unit: str | None = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    visits: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    people: int | None = attrs.field(kw_only=True)
    refused: int = attrs.field(kw_only=True)
    petitions: int = attrs.field(kw_only=True)
    by_kind: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    by_channel: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    by_outcome: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    duplicates: int = attrs.field(kw_only=True)
    repeat_matters: int = attrs.field(kw_only=True)
    published: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)
    differences: Mapping[str, int] = attrs.field(kw_only=True, converter=freeze)


def petition_register(
    dataset: Dataset,
    unit: str | None = None,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
) -> PetitionRegister:
    """Count the register of *unit* (all units when omitted) over *period*.

    A visit counts when its day is in the period, a petition when the day it was received
    is; with *as_of*, nothing after that day counts. Shares are exact fractions of the
    visits or of the petitions.

    Rows have a ``group`` and a ``category``: ``visits`` (``total`` and each kind),
    ``people`` (``received``, where recorded), ``refused`` (when any), ``petitions``
    (``total`` and each outcome), ``kind``, ``channel`` (``unknown`` where the record does
    not say), and ``links`` (``duplicates``, ``repeat-matters``). Categories with nothing
    counted or published are left out.

    Where the dataset has published figures (``citizen-visits``, ``petitions-received``) of
    *unit* — or, without a unit, of every unit counted — whose period overlaps the one
    counted, the table gains ``published`` and ``difference`` (counted − published)
    columns. Figures of one unit that overlap each other are not added up: the longest is
    taken.

    ```pycon
    >>> from hdnd import Dataset, Period
    >>> ds = Dataset.model_validate({"petitions": [
    ...     {"id": "p1", "unit": "92", "received": "2014-03-03", "kind": "complaint",
    ...      "petitioner": "Trần Văn B", "steps": [{"kind": "stored", "day": "2014-03-07"}]},
    ...     {"id": "p2", "unit": "92", "received": "2014-04-01", "kind": "complaint",
    ...      "duplicate_of": "p1"}]})
    >>> register = petition_register(ds, "92", period=Period.year(2014))
    >>> register.petitions, register.duplicates, dict(register.by_outcome)["stored"]
    (1, 1, 1)
    >>> "Trần" in register.render("vi")
    False

    ```
    """
    days = Scope(as_of, period).days()
    found = counted(dataset, unit, days)  # petitions counted from the columns: none is made
    visits, received, kept, petitions = found.visits, found.received, found.kept, found.petitions

    counts = {
        "visits": _tally(Counter(v.kind for v in received), VisitKind, unknown=False),
        "petitions": _tally(petitions.tally("handled"), PetitionOutcome),
        "kind": _tally(petitions.tally("kind"), PetitionKind),
        "channel": _tally(petitions.tally("channel"), Channel),
    }
    recorded = [v.visitors for v in received if v.visitors is not None]
    people = sum(recorded) if recorded else None
    links = {
        "duplicates": len(kept) - len(petitions),
        "repeat-matters": len(petitions.roots("follow_up_of")),
    }
    units = {"visits": {v.unit for v in received}, "petitions": set(petitions.tally("unit"))}
    figures = _figures(dataset, unit, days, units)
    published = _published_values(figures)

    rows = _rows(counts, people, len(visits) - len(received), links, published)
    notes = [_SHARES, _OUTCOMES, _DUPLICATES]
    params: dict[str, Any] = {}
    if figures:
        index = dataset.index.sources
        used = tuple((SourceRef(index.get(f.source), f.source), f.period) for f in figures)
        params["figures"] = FiguresUsed(used)
        notes.append(PUBLISHED_NOTE)
    (title, named), (subtitle, when) = headings(dataset, unit, days, _TITLES)
    report = Report(
        title=title,
        subtitle=subtitle,
        columns=_COMPARED if figures else _COLUMNS,
        data=tuple(row if figures else row[: len(_COLUMNS)] for row in rows),
        params=params | named | when,
        notes=_notes(dataset, *notes),
    )
    tallied = {(group, key): n for group, tally in counts.items() for key, n in tally.items()}
    return typed(
        report,
        PetitionRegister,
        unit=unit,
        period=days,
        visits={"total": counts["visits"]["total"], **_parts(counts["visits"])},
        people=people,
        refused=len(visits) - len(received),
        petitions=len(petitions),
        by_kind=_parts(counts["kind"]),
        by_channel=_parts(counts["channel"]),
        by_outcome=_parts(counts["petitions"]),
        duplicates=links["duplicates"],
        repeat_matters=links["repeat-matters"],
        published={f"{g}/{c}": value for (g, c), value in published.items()},
        differences={f"{g}/{c}": tallied.get((g, c), 0) - v for (g, c), v in published.items()},
    )


def _tally(found: Counter[Any], enum: type[Enum], *, unknown: bool = True) -> Counter[str]:
    """Counts by member value (every member, zeros included), ``unknown`` and ``total``.

    *found* counts members (and ``None``).
    """
    counts: Counter[str] = Counter({"total": found.total()})
    for member in enum:
        counts[str(member.value)] = found[member]
    if unknown:
        counts[_UNKNOWN] = found[None]
    return counts


def _parts(counts: Mapping[str, int]) -> dict[str, int]:
    return {key: value for key, value in counts.items() if key != "total"}


def _figures(
    dataset: Dataset, unit: str | None, days: Period | None, units: Mapping[str, set[str]]
) -> tuple[ReportedFigure, ...]:
    """The figures to compare with, of *unit* (or covering every unit counted).

    They overlap *days*; of the figures of one unit and indicator that overlap each other,
    the longest is taken.
    """
    wanted = [f for f in dataset.figures if f.indicator in _TOTALS and unit in (None, f.unit)]
    chosen = longest_figures(wanted, days)
    covered = {
        indicator: units[group] <= {f.unit for f in chosen if f.indicator == indicator}
        for indicator, group in _TOTALS.items()
    }
    kept = [f for f in chosen if covered[f.indicator]]
    return tuple(sorted(kept, key=lambda f: (f.indicator, f.unit, f.period.start)))


def _published_values(figures: Iterable[ReportedFigure]) -> dict[tuple[str, str], int]:
    values: Counter[tuple[str, str]] = Counter()
    for figure in figures:
        values[_TOTALS[figure.indicator], "total"] += figure.value
        for breakdown in figure.breakdowns:
            group = _DIMENSIONS.get((figure.indicator, breakdown.dimension))
            if group is not None:
                for category, count in breakdown.parts.items():
                    values[group, category] += count
    return dict(values)


_Row = tuple[object, ...]
_GROUPS: tuple[tuple[str, str, type[Enum]], ...] = (
    ("visits", _VISITS, VisitKind),
    ("petitions", _PETITIONS, PetitionOutcome),
    ("kind", _PETITIONS, PetitionKind),
    ("channel", _PETITIONS, Channel),
)


def _row(
    group: str,
    category: str,
    label: object,
    count: int,
    *,
    total: int | None = None,
    published: Mapping[tuple[str, str], int],
) -> _Row:
    share = None if total is None else shares(count, total)
    value = published.get((group, category))
    return (group, category, label, count, share, value, None if value is None else count - value)


def _rows(
    counts: Mapping[str, Counter[str]],
    people: int | None,
    refused: int,
    links: Mapping[str, int],
    published: Mapping[tuple[str, str], int],
) -> list[_Row]:
    rows: list[_Row] = []
    for group, indicator, enum in _GROUPS:
        if group == "petitions":  # the people received close the visits
            if people is not None:
                label = N_("Số người được tiếp (nơi có ghi)")
                rows.append(_row("people", "received", label, people, published=published))
            if refused:
                label = N_("Lượt không được tiếp (từ chối)")
                rows.append(_row("refused", "total", label, refused, published=published))
        rows += _group_rows(group, indicator, enum, counts[group], published)
    duplicates, repeats = links["duplicates"], links["repeat-matters"]
    rows += [
        ("links", "duplicates", N_("Đơn trùng (không tính vào tổng số)"), duplicates, None),
        ("links", "repeat-matters", N_("Vụ việc có đơn gửi tiếp"), repeats, None),
    ]
    return [(*row, None, None) if len(row) == len(_COLUMNS) else row for row in rows]


def _group_rows(
    group: str,
    indicator: str,
    enum: type[Enum],
    tally: Counter[str],
    published: Mapping[tuple[str, str], int],
) -> list[_Row]:
    """The rows of one group: its total, then what is counted or published, in order."""
    total = tally["total"]
    rows: list[_Row] = []
    if group in _TOTALS.values():
        label = INDICATORS[indicator].label
        rows.append(_row(group, "total", label, total, published=published))
    members = {str(m.value): m for m in enum}
    extra = [c for (g, c) in published if g == group and c != "total" and c not in tally]
    for category in [*_parts(tally), *extra]:
        count = tally.get(category, 0)
        if not count and not published.get((group, category)):
            continue
        shown: object = members.get(category) or (
            N_("Chưa rõ") if category == _UNKNOWN else category_label(indicator, category)
        )
        rows.append(_row(group, category, shown, count, total=total, published=published))
    return rows
