"""Votes of a council over a period, each with its margin under the law.

See :mod:`hdnd.reports.sessions` for the base and the margin.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import attrs

from hdnd._core.i18n import N_
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.law.thresholds import VoteOutcome
from hdnd.reports.base import Column, Report, freeze, typed
from hdnd.reports.period import (
    _BY_OPENING,
    _MARGIN,
    _activity,
    _council_report,
    _counted,
    _covered,
    _subject,
)

__all__ = ["VoteMargins", "vote_margins"]


@attrs.frozen(hash=False)
class VoteMargins(Report):
    """The votes of a council over a period, as a table and as fields.

    Attributes:
        council: The council's id.
        outcomes: Each vote measured against the law (:func:`hdnd.law.thresholds.measure_vote`),
            by vote id, in sitting order.
        recorded: The outcome each vote's minutes record, by vote id (``None`` if silent).
    """

    council: str = attrs.field(kw_only=True)
    outcomes: Mapping[str, VoteOutcome] = attrs.field(kw_only=True, converter=freeze)
    recorded: Mapping[str, bool | None] = attrs.field(kw_only=True, converter=freeze)

    @property
    def differs(self) -> tuple[str, ...]:
        """Ids of the votes whose minutes record another outcome than the law gives."""
        return tuple(
            vote
            for vote, outcome in self.outcomes.items()
            if outcome.passed is not None
            and self.recorded[vote] is not None
            and outcome.passed != self.recorded[vote]
        )

    @property
    def narrowest(self) -> int | None:
        """The smallest margin of any vote the law judges; ``None`` when it judges none."""
        margins = [o.margin for o in self.outcomes.values() if o.margin is not None]
        return min(margins, default=None)


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


def vote_margins(
    dataset: Dataset, council: str, *, as_of: dt.date | None = None, period: Period | None = None
) -> VoteMargins:
    """Every vote of *council* at the sittings of *period*, with its margin under the law.

    The sessions counted are those opening in *period* (the whole term by default) up to
    *as_of*.

    One row per vote in sitting order: the tallies, the ``base`` (``Vote.base``, else the
    delegates in office that day), the ``rule`` in force, the ``minimum`` votes in favour it
    requires, the ``margin`` (in favour less the minimum), whether the vote ``passed`` by the
    law and what the minutes ``recorded``. Base, minimum, margin and outcome are empty where
    hdnd encodes no threshold for the day, where the dataset records no delegates, and where
    the law counts another base (the standing committee's members, for the conclusions of
    an explanation session) that the vote does not state.

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
    """
    index = dataset.index
    record = index.council(council)
    period = _covered(index, record, as_of, period)
    rows: list[tuple[object, ...]] = []
    counted_votes = _counted(index, _activity(index, record, period))
    for counted in counted_votes:
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
    report = _council_report(
        dataset,
        record,
        period,
        title=N_("Kết quả biểu quyết của {council}"),
        columns=_VOTE_COLUMNS,
        rows=rows,
        notes=(_BY_OPENING, _MARGIN),
    )
    outcomes = {c.vote.id: c.outcome for c in counted_votes}
    recorded = {c.vote.id: c.vote.passed for c in counted_votes}
    return typed(report, VoteMargins, council=record.id, outcomes=outcomes, recorded=recorded)
