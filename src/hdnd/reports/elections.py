"""Election results: the candidates of a constituency, and the constituencies of a council.

For each candidate: votes, share of the valid ballots as an exact fraction, whether the
election law in force on the day elects them (:meth:`hdnd.elections.election.Election.count`: no
winner at all when turnout is not above half of the voters, unless the election is itself
the re-run, whose result stands whatever the turnout), and whether the record
announces them elected. Candidates are public once the official list is published; their
names are shown.

```pycon
>>> from hdnd import Dataset
>>> ds = Dataset.model_validate({"elections": [{
...     "id": "e1", "council": "c", "day": "2026-03-15", "constituency": "1", "seats": 1,
...     "voters_on_list": 1000, "voted": 900, "valid_ballots": 800, "elected": ["a"],
...     "candidates": [
...         {"id": "a", "name": "Trần Văn An", "birth_date": "1975-04-01", "votes": 500},
...         {"id": "b", "name": "Lê Thị Bình", "birth_date": "1980-09-02", "votes": 300}]}]})
>>> [(r["name"], r["share"], r["elected"]) for r in constituency_results(ds, "e1").rows()]
[('Trần Văn An', Fraction(5, 8), True), ('Lê Thị Bình', Fraction(3, 8), False)]

```
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
from hdnd.elections.election import Election, ElectionKind
from hdnd.law.elections.results import ElectionResult
from hdnd.reports.base import Column, Report, freeze, shares, typed
from hdnd.reports.common import council_name
from hdnd.reports.scope import Scope

__all__ = [
    "ConstituencyResults",
    "CouncilElectionResults",
    "constituency_results",
    "council_election_results",
]


@attrs.frozen(hash=False)
class ConstituencyResults(Report):
    """The result of one constituency election, as a table and as fields.

    Attributes:
        election: The election's id.
        council: The id of the council elected.
        day: Election day.
        kind: General election, supplementary round, re-run or by-election.
        turnout: Voters who voted, as an exact share of those on the list.
        result: The count by the law in force on the day (:meth:`Election.count`);
            ``None`` when hdnd encodes no election law for the day.
        announced: The winners as the record announces them, if it does.
    """

    election: str = attrs.field(kw_only=True)
    council: str = attrs.field(kw_only=True)
    day: dt.date = attrs.field(kw_only=True)
    kind: ElectionKind = attrs.field(kw_only=True)
    turnout: Fraction | None = attrs.field(kw_only=True)
    result: ElectionResult | None = attrs.field(kw_only=True)
    announced: tuple[str, ...] | None = attrs.field(kw_only=True)

    @property
    def elected(self) -> tuple[str, ...] | None:
        """The winners by law, most votes first; ``None`` without an encoded law."""
        return None if self.result is None else self.result.elected

    @property
    def differs(self) -> bool:
        """Whether the record announces other winners than the law gives (ties aside)."""
        if self.result is None or self.announced is None:
            return False
        return set(self.announced) != set(self.result.elected) and not self.result.tied


@attrs.frozen(hash=False)
class CouncilElectionResults(Report):
    """The constituency elections of one council, as a table and as fields.

    Attributes:
        council: The council's id.
        results: The count by law of each election listed, by election id, in date order
            (``None`` where hdnd encodes no election law for the day).
    """

    council: str = attrs.field(kw_only=True)
    results: Mapping[str, ElectionResult | None] = attrs.field(kw_only=True, converter=freeze)

    @property
    def elected(self) -> int | None:
        """Delegates elected by law across the elections; ``None`` if any is not judged."""
        counts = [None if r is None else len(r.elected) for r in self.results.values()]
        return None if None in counts else sum(c for c in counts if c is not None)

    @property
    def held_again(self) -> tuple[str, ...]:
        """Ids of the elections that elect nobody and must be held again."""
        return tuple(e for e, r in self.results.items() if r is not None and r.held_again)


_CANDIDATE_COLUMNS = (
    Column("candidate", N_("Mã người ứng cử"), "code", shown=False),
    Column("name", N_("Người ứng cử")),
    Column("votes", N_("Số phiếu"), "number"),
    Column("share", N_("Tỷ lệ trên phiếu hợp lệ"), "share"),
    Column("elected", N_("Trúng cử theo luật")),
    Column("announced", N_("Công bố trúng cử")),
    Column("remark", N_("Ghi chú")),
)

_BY_AGE = N_("Trúng cử vì nhiều tuổi hơn người bằng phiếu")
_TIED = N_("Bằng phiếu và cùng ngày sinh: luật không phân định")
_DIFFERS = N_("Kết quả công bố khác kết quả theo luật")


def _count(election: Election) -> ElectionResult | None:
    """The result by law (:meth:`Election.count`); ``None`` when no law is encoded."""
    law = election.law()
    return None if law is None else election.count(law)


def _election(dataset: Dataset, election: str) -> Election:
    found = next((e for e in dataset.elections if e.id == election), None)
    if found is None:
        msg = f"the dataset has no election {election!r}"
        raise UnknownRecordError(msg)
    return found


def constituency_results(
    dataset: Dataset, election: str, *, as_of: dt.date | None = None, period: Period | None = None
) -> ConstituencyResults:
    """Every candidate of one constituency election, most votes first.

    The election is judged under the law of its own day; *as_of* and *period*, when given,
    must include that day (a result does not exist before the vote).

    Columns: ``name``, ``votes``, ``share`` (of the valid ballots, exact), ``elected`` (by
    the election law in force on the day; empty when hdnd encodes none), ``announced`` (as
    the record announces it; empty when it does not say) and a ``remark`` for winners by age,
    unresolved ties and announcements that differ from the law. The subtitle gives the
    turnout.

    Raises:
        UnknownRecordError: The dataset has no election *election* (a :class:`KeyError`).
        ValueError: The election was held after *as_of* or outside *period*.
    """
    record = _election(dataset, election)
    within = Scope(as_of, period).days()
    if within is not None and record.day not in within:
        msg = f"election {record.id!r} was held on {record.day}, outside {within}"
        raise ValueError(msg)
    result = _count(record)
    announced = None if record.elected is None else set(record.elected)
    winners = set(result.elected) if result else set()
    rows: list[tuple[object, ...]] = []
    for candidate in sorted(record.candidates, key=lambda c: (-c.votes, c.birth_date, c.id)):
        by_law = None if result is None else candidate.id in winners
        said = None if announced is None else candidate.id in announced
        remark: str | None = None
        if result is not None and candidate.id in result.by_age:
            remark = _BY_AGE
        if result is not None and candidate.id in result.tied:
            remark = _TIED
        if by_law is not None and said is not None and by_law != said:
            remark = _DIFFERS
        share = shares(candidate.votes, record.valid_ballots)
        rows.append((candidate.id, candidate.name, candidate.votes, share, by_law, said, remark))
    notes: list[str] = []
    if result is None:
        notes.append(N_("hdnd chưa mã hóa luật bầu cử của ngày bầu cử."))
    elif result.held_again:
        notes.append(N_("Số cử tri đi bỏ phiếu không quá một nửa: cuộc bầu cử phải tổ chức lại."))
    elif result.unfilled:
        notes.append(N_("Còn {unfilled} ghế chưa có người trúng cử."))
    report = Report(
        title=N_("Kết quả bầu cử {constituency}"),
        subtitle=N_(
            "{kind}, ngày {day}: {seats} đại biểu được bầu; {voted}/{voters} cử tri "
            "đã bỏ phiếu ({turnout}), {valid} phiếu hợp lệ"
        ),
        columns=_CANDIDATE_COLUMNS,
        data=tuple(rows),
        params={
            "constituency": _constituency_name(dataset, record),
            "kind": record.kind,
            "day": record.day,
            "seats": record.seats,
            "voted": record.voted,
            "voters": record.voters_on_list,
            "turnout": record.turnout,
            "valid": record.valid_ballots,
            "unfilled": result.unfilled if result else 0,
        },
        notes=tuple(notes),
    )
    return typed(
        report,
        ConstituencyResults,
        election=record.id,
        council=record.council,
        day=record.day,
        kind=record.kind,
        turnout=record.turnout,
        result=result,
        announced=record.elected,
    )


def _constituency_name(dataset: Dataset, election: Election) -> str | Phrase:
    council = dataset.index.councils.get(election.council)
    code = election.constituency
    declared = council.constituency(code) if council and code else None
    if declared is not None and declared.name:
        return declared.name
    return Phrase(N_("Đơn vị bầu cử số {number}"), number=code or election.id)


_COUNCIL_COLUMNS = (
    Column("election", N_("Mã cuộc bầu cử"), "code", shown=False),
    Column("constituency", N_("Đơn vị bầu cử")),
    Column("day", N_("Ngày bầu cử")),
    Column("kind", N_("Loại")),
    Column("seats", N_("Số đại biểu được bầu"), "number"),
    Column("voters", N_("Cử tri trong danh sách"), "number"),
    Column("voted", N_("Cử tri đã bỏ phiếu"), "number"),
    Column("turnout", N_("Tỷ lệ cử tri đi bầu"), "share"),
    Column("valid", N_("Phiếu hợp lệ"), "number"),
    Column("candidates", N_("Số người ứng cử"), "number"),
    Column("elected", N_("Trúng cử theo luật"), "number"),
    Column("announced", N_("Công bố trúng cử"), "number"),
)


def council_election_results(
    dataset: Dataset,
    council: str,
    *,
    as_of: dt.date | None = None,
    period: Period | None = None,
    kind: ElectionKind | None = ElectionKind.GENERAL,
) -> CouncilElectionResults:
    """One row per constituency election of *council*, in date order, then a total row.

    By default only general elections are listed; pass another *kind*, or ``None`` for every
    election (the total then adds up every round). *as_of* keeps the elections held on or
    before that day, *period* those held within it. The total adds seats, voters, ballots and
    candidates, and gives the turnout of the totals; ``elected`` and ``announced`` are empty
    where any row's are.

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
    """
    index = dataset.index
    record = index.council(council)
    within = Scope(as_of, period).days()
    elections = [
        e
        for e in index.elections_of(record.id)
        if (kind is None or e.kind is kind) and (within is None or e.day in within)
    ]
    rows: list[tuple[object, ...]] = []
    results: dict[str, ElectionResult | None] = {}
    for election in elections:
        result = results[election.id] = _count(election)
        rows.append(
            (
                election.id,
                _constituency_name(dataset, election),
                election.day,
                election.kind,
                election.seats,
                election.voters_on_list,
                election.voted,
                election.turnout,
                election.valid_ballots,
                len(election.candidates),
                None if result is None else len(result.elected),
                None if election.elected is None else len(election.elected),
            )
        )
    if rows:
        rows.append(_total(rows))
    report = Report(
        title=N_("Kết quả bầu cử {council}"),
        columns=_COUNCIL_COLUMNS,
        data=tuple(rows),
        params={"council": council_name(index, record)},
        notes=(N_("Trúng cử theo luật: theo luật bầu cử có hiệu lực vào ngày bầu cử."),),
    )
    return typed(report, CouncilElectionResults, council=record.id, results=results)


def _total(rows: list[tuple[object, ...]]) -> tuple[object, ...]:
    def add(position: int) -> int | None:
        values = [row[position] for row in rows]
        if any(not isinstance(v, int) for v in values):
            return None
        return sum(v for v in values if isinstance(v, int))

    voters, voted = add(5), add(6)
    turnout = shares(voted, voters) if voters is not None and voted is not None else None
    return (
        None,
        N_("Tổng cộng"),
        None,
        None,
        add(4),
        voters,
        voted,
        turnout,
        *map(add, range(8, 12)),
    )
