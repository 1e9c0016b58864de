"""Composition of councils: who serves, in which proportions, against the targets of the term.

Four reports and two plots, all computed from the delegates and their mandates:

- :func:`council_composition`: seats by quota, serving and vacant on a day; counts and exact
  shares by gender, ethnic minority, age band, education, Party membership, re-election and
  full-time work; and the targets of the term with whether they are reached;
- :func:`composition_over_term`: one row per day on which the membership changed;
- :func:`councils_composition`: one row per council of a province or of the whole dataset,
  ready for :meth:`~hdnd.reports.base.Report.to_frame`; :func:`composition_by_province`
  adds the councils of each province up;
- :func:`plot_age_pyramid` and :func:`plot_shares_by_province` (the ``plot`` extra).

Shares are exact fractions of the delegates serving (of the candidates, for targets set on
candidate lists); a delegate whose gender, age ... is not recorded counts in an "unknown"
row and never in the share of a category.

```pycon
>>> import datetime as dt
>>> from hdnd.examples import load_example
>>> ds = load_example("synthetic-council")
>>> report = council_composition(ds, "hdnd-tinh-mau-2026", as_of=dt.date(2026, 11, 1))
>>> [(r["category"], r["count"]) for r in report.rows() if r["group"] == "seats"]
[('quota', 57), ('serving', 55), ('vacant', 2)]
>>> [(r["day"], r["joined"], r["left"], r["serving"])
...  for r in composition_over_term(ds, "hdnd-tinh-mau-2026").rows()][:2]
[(datetime.date(2026, 4, 20), 57, 0, 57), (datetime.date(2026, 7, 16), 0, 1, 56)]

```
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

import attrs

from hdnd._core.i18n import N_, Language, Msg, check_language, translate
from hdnd._core.optional import require
from hdnd.councils.council import Council
from hdnd.councils.terms import Term
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.delegates.delegate import Delegate, Education, Gender, Mandate, age_on
from hdnd.elections.election import Candidate, ElectionKind
from hdnd.law.citation import Citation, Confidence
from hdnd.law.elections.base import cite_election_law
from hdnd.law.levels import Level
from hdnd.law.local_government.seats import NotApplicable, SeatQuota
from hdnd.reports.base import Column, Report, breakdown_columns, shares
from hdnd.units.names import council_title, local_name

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # noqa: TID251 - type annotations only

__all__ = [
    "AGE_BANDS",
    "COMPOSITION_GROUPS",
    "COUNCIL_COLUMNS",
    "DEFAULT_TARGETS",
    "INDICATORS",
    "Indicator",
    "Profile",
    "Target",
    "breakdown_rows",
    "composition_by_province",
    "composition_over_term",
    "council_composition",
    "council_name",
    "councils_composition",
    "councils_in",
    "plot_age_pyramid",
    "plot_shares_by_province",
    "quota_basis",
    "seat_notes",
    "seat_rows",
    "targets_for",
]

AGE_BANDS: tuple[tuple[str, str, int, int | None], ...] = (
    ("under-40", N_("Dưới 40 tuổi"), 0, 40),
    ("40-49", N_("Từ 40 đến 49 tuổi"), 40, 50),
    ("50-59", N_("Từ 50 đến 59 tuổi"), 50, 60),
    ("60-and-over", N_("Từ 60 tuổi trở lên"), 60, None),
)
"""Age bands of the reports: (code, Vietnamese label, from age, to age exclusive)."""


# --- who a person is, as the reports count people ------------------------------------------


class Profile(NamedTuple):
    """What the composition reports count about one person (``None`` where not recorded)."""

    gender: Gender | None = None
    minority: bool | None = None
    age: int | None = None
    education: Education | None = None
    party_member: bool | None = None
    re_elected: bool | None = None
    full_time: bool | None = None

    @classmethod
    def of_delegate(cls, delegate: Delegate, mandate: Mandate, day: dt.date) -> Profile:
        """A delegate holding *mandate*, with the age on *day*."""
        return cls(
            delegate.gender,
            delegate.ethnic_minority,
            delegate.age_on(day),
            delegate.education,
            delegate.party_member,
            mandate.re_elected,
            mandate.full_time,
        )

    @classmethod
    def of_candidate(cls, candidate: Candidate, delegate: Delegate | None, day: dt.date) -> Profile:
        """A candidate on election day *day*; what the list lacks comes from the delegate."""
        age = age_on(candidate.birth_date, day)
        return cls(
            candidate.gender or (delegate.gender if delegate else None),
            delegate.ethnic_minority if delegate else None,
            age,
            delegate.education if delegate else None,
            delegate.party_member if delegate else None,
        )


_Key = tuple[str, object]
_UNKNOWN: _Key = ("unknown", N_("Chưa rõ"))
_MINORITY: _Key = ("minority", N_("Dân tộc thiểu số"))
_KINH: _Key = ("kinh", N_("Dân tộc Kinh"))
_MEMBER: _Key = ("member", N_("Đảng viên"))
_NON_MEMBER: _Key = ("non-member", N_("Ngoài Đảng"))
_REELECTED: _Key = ("re-elected", N_("Tái cử"))
_FIRST: _Key = ("first-time", N_("Lần đầu"))
_FULL: _Key = ("full-time", N_("Chuyên trách"))
_PART: _Key = ("part-time", N_("Không chuyên trách"))


def _yes_no(value: bool | None, yes: _Key, no: _Key) -> _Key:
    if value is None:
        return _UNKNOWN
    return yes if value else no


def _enum(value: Gender | Education | None) -> _Key:
    return _UNKNOWN if value is None else (value.value, value)


def _age_band(age: int | None) -> _Key:
    for code, label, low, high in AGE_BANDS:
        if age is not None and age >= low and (high is None or age < high):
            return code, label
    return _UNKNOWN


@attrs.frozen
class _Group:
    name: str
    order: tuple[_Key, ...]
    classify: Callable[[Profile], _Key]


_GROUPS_TABLE = {
    group.name: group
    for group in (
        _Group("gender", tuple(_enum(g) for g in Gender), lambda p: _enum(p.gender)),
        _Group("ethnicity", (_MINORITY, _KINH), lambda p: _yes_no(p.minority, _MINORITY, _KINH)),
        _Group(
            "age",
            tuple((code, label) for code, label, _, _ in AGE_BANDS),
            lambda p: _age_band(p.age),
        ),
        _Group("education", tuple(_enum(e) for e in Education), lambda p: _enum(p.education)),
        _Group(
            "party",
            (_MEMBER, _NON_MEMBER),
            lambda p: _yes_no(p.party_member, _MEMBER, _NON_MEMBER),
        ),
        _Group(
            "re-elected",
            (_REELECTED, _FIRST),
            lambda p: _yes_no(p.re_elected, _REELECTED, _FIRST),
        ),
        _Group("full-time", (_FULL, _PART), lambda p: _yes_no(p.full_time, _FULL, _PART)),
    )
}
_GROUPS: Mapping[str, _Group] = MappingProxyType(_GROUPS_TABLE)

COMPOSITION_GROUPS = ("gender", "ethnicity", "age", "education", "party", "re-elected", "full-time")
"""The groups of :func:`council_composition`, in order."""


def breakdown_rows(
    profiles: Sequence[Profile], groups: Iterable[str], *extra: object
) -> list[tuple[object, ...]]:
    """Rows ``(group, category, label, count, share, *extra)`` of *profiles* by *groups*.

    Every category of a group has a row (zero counts included); the "unknown" row only when
    someone is unknown. Shares are of all *profiles*.
    """
    total = len(profiles)
    rows: list[tuple[object, ...]] = []
    for name in groups:
        group = _GROUPS[name]
        counts = Counter(group.classify(p)[0] for p in profiles)
        for code, label in [*group.order, _UNKNOWN]:
            if code in counts or code != _UNKNOWN[0]:
                rows.append((name, code, label, counts[code], shares(counts[code], total), *extra))
    return rows


# --- seats ---------------------------------------------------------------------------------


def _local_name(index: DatasetIndex, code: str) -> str:
    unit = index.unit(code)
    return local_name(unit.name, unit.kind)


def council_name(index: DatasetIndex, council: Council) -> str:
    """The council's name as it writes it, or ``HĐND`` and its unit's name (``HĐND xã …``)."""
    if council.name:
        return council.name
    unit = index.unit(council.unit)
    return council_title(unit.name, unit.kind)


class _Seats(NamedTuple):
    quota: SeatQuota | NotApplicable
    seats: int | None
    serving: list[tuple[Delegate, Mandate]]

    @property
    def vacant(self) -> int | None:
        return None if self.seats is None else self.seats - len(self.serving)


def _seats(index: DatasetIndex, council: Council, day: dt.date) -> _Seats:
    quota = index.seat_quota(council)
    seats = quota.seats if isinstance(quota, SeatQuota) else None
    return _Seats(quota, seats, list(index.serving(council.id, day)))


def seat_rows(
    index: DatasetIndex, council: Council, day: dt.date, *extra: object
) -> tuple[list[tuple[object, ...]], _Seats]:
    """The seat rows (quota, serving, vacant) of *council* on *day*, and the seat figures."""
    found = _seats(index, council, day)
    rows: list[tuple[object, ...]] = [
        ("seats", "quota", N_("Số đại biểu được bầu theo luật"), found.seats, None, *extra),
        ("seats", "serving", N_("Số đại biểu đang hoạt động"), len(found.serving), None, *extra),
        ("seats", "vacant", N_("Số ghế khuyết"), found.vacant, None, *extra),
    ]
    return rows, found


def seat_notes(dataset: Dataset, quota: SeatQuota | NotApplicable) -> list[str]:
    """The notes every composition table carries: the base of shares, the quota, synthetic."""
    notes: list[str] = [N_("Tỷ lệ tính trên số đại biểu đang hoạt động.")]
    if isinstance(quota, SeatQuota):
        notes.append(N_("Số đại biểu được bầu theo {quota_basis}."))
    else:
        notes.append(N_("Chưa xác định được số đại biểu được bầu: {quota_basis}."))
    if dataset.synthetic:
        notes.append(N_("Dữ liệu tổng hợp, không phải số liệu thật."))
    return notes


def quota_basis(quota: SeatQuota | NotApplicable) -> object:
    """What the quota note cites: the rule, or why there is no quota."""
    return quota.citation if isinstance(quota, SeatQuota) else quota


# --- targets -------------------------------------------------------------------------------


@attrs.frozen
class Target:
    """A share of a category a term aims at, e.g. at least 35% women on the candidate lists.

    Attributes:
        group: The group of the category (``gender``, ``party``, ``age`` ...).
        category: The category whose share is counted (``female``, ``non-member`` ...).
        share: The share aimed at, as an exact fraction; reached when the share is at least it.
        label: What the target says, in Vietnamese (marked with ``N_``).
        basis: ``delegates`` (those serving on the day) or ``candidates`` (every candidate on
            the official lists of the council's general elections).
        source: Where the target is written: a citation, or the instrument's name.
        confidence: How well the target is established.
    """

    group: str = attrs.field()
    category: str
    share: Fraction
    label: str
    basis: Literal["delegates", "candidates"] = "delegates"
    source: Citation | str | None = None
    confidence: Confidence = Confidence.VERIFIED

    @group.validator
    def _known(self, _: attrs.Attribute[str], value: str) -> None:
        if value not in _GROUPS:
            msg = f"unknown group {value!r}: choose one of {sorted(_GROUPS)}"
            raise ValueError(msg)

    @property
    def code(self) -> str:
        """``candidates/gender/female``: the target's category code in reports."""
        return f"{self.basis}/{self.group}/{self.category}"


_NQ107 = N_("Nghị quyết 107/2025/UBTVQH15")

_DEFAULT_TARGETS_TABLE = {
    "2026-2031": (
        Target(
            "gender",
            "female",
            Fraction(35, 100),
            N_("Nữ trong danh sách chính thức người ứng cử (ít nhất 35%)"),
            basis="candidates",
            source=cite_election_law(9),
        ),
        Target(
            "gender",
            "female",
            Fraction(30, 100),
            N_("Nữ trúng cử (phấn đấu khoảng 30%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
        Target(
            "party",
            "non-member",
            Fraction(10, 100),
            N_("Người ngoài Đảng (không dưới 10%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
        Target(
            "age",
            "under-40",
            Fraction(15, 100),
            N_("Người dưới 40 tuổi (không dưới 15%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
        Target(
            "re-elected",
            "re-elected",
            Fraction(30, 100),
            N_("Đại biểu tái cử (không dưới 30%)"),
            source=_NQ107,
            confidence=Confidence.SECONDARY,
        ),
    ),
}
DEFAULT_TARGETS: Mapping[str, tuple[Target, ...]] = MappingProxyType(_DEFAULT_TARGETS_TABLE)
"""Targets by term id. For 2026–2031: at least 35% women on every council's official
candidate list (Law 85/2015/QH13 Art. 9 as amended by Law 83/2025/QH15, verified), and the
aims of Resolution 107/2025/UBTVQH15 as official sources summarise it (secondary): about 30%
women elected, at least 10% outside the Party, 15% under 40 and 30% re-elected. Earlier terms
have no default: pass your own :class:`Target` values."""


def targets_for(term: str) -> tuple[Target, ...]:
    """The default targets of the term *term* (none for terms hdnd has no targets of)."""
    return DEFAULT_TARGETS.get(term, ())


def _candidate_profiles(dataset: Dataset, council: Council) -> list[Profile]:
    index = dataset.index
    return [
        Profile.of_candidate(c, index.delegates.get(c.delegate or ""), election.day)
        for election in index.elections_of(council.id)
        if election.kind is ElectionKind.GENERAL
        for c in election.candidates
    ]


def _target_rows(
    targets: Iterable[Target], delegates: Sequence[Profile], candidates: Sequence[Profile]
) -> list[tuple[object, ...]]:
    rows: list[tuple[object, ...]] = []
    for target in targets:
        people = candidates if target.basis == "candidates" else delegates
        group = _GROUPS[target.group]
        count = sum(group.classify(p)[0] == target.category for p in people)
        share = shares(count, len(people))
        met = None if share is None else share >= target.share
        source = _source_text(target)
        rows.append(
            ("targets", target.code, Msg(target.label), count, share, target.share, met, source)
        )
    return rows


@attrs.frozen
class _Source:
    """A target's source and confidence, rendered late: ``Luật ... (theo nguồn thứ cấp)``."""

    source: Citation | str | None
    confidence: Confidence

    def localize(self, language: Language) -> str:
        if isinstance(self.source, Citation):
            text = self.source.render(language)
        elif isinstance(self.source, Msg):
            text = self.source.localize(language)
        else:
            text = self.source or ""
        if self.confidence is Confidence.VERIFIED:
            return text
        return f"{text} ({self.confidence.label(language)})".strip()


def _source_text(target: Target) -> _Source:
    return _Source(target.source, target.confidence)


# --- one council on one day ----------------------------------------------------------------

_COMPOSITION_COLUMNS = breakdown_columns(
    Column("target", N_("Mục tiêu"), "share"),
    Column("met", N_("Đạt")),
    Column("source", N_("Căn cứ")),
)


def council_composition(
    dataset: Dataset,
    council: str,
    *,
    as_of: dt.date,
    targets: Iterable[Target] | None = None,
) -> Report:
    """Seats, composition and targets of one council on day *as_of*.

    Args:
        dataset: The dataset.
        council: Id of the council.
        as_of: The day.
        targets: The targets to compare with; by default those of the council's term
            (:data:`DEFAULT_TARGETS`). Pass ``()`` for none.

    Rows have a ``group``: ``seats``; the composition groups of :data:`COMPOSITION_GROUPS`
    (count and share of each category); ``targets`` (count and share reached, the ``target``
    share, whether it is ``met``, and its ``source``). Targets on candidates count the
    candidates of the council's general elections in the dataset.

    Raises:
        KeyError: The dataset has no council *council*.
    """
    index = dataset.index
    record = index.council(council)
    chosen = targets_for(record.term) if targets is None else tuple(targets)
    seats, found = seat_rows(index, record, as_of, None, None, None)
    delegates = [Profile.of_delegate(d, m, as_of) for d, m in found.serving]
    rows = seats + breakdown_rows(delegates, COMPOSITION_GROUPS, None, None, None)
    rows += _target_rows(chosen, delegates, _candidate_profiles(dataset, record))
    notes = seat_notes(dataset, found.quota)
    if chosen:
        notes.insert(1, N_("Mục tiêu đạt khi tỷ lệ ít nhất bằng mục tiêu."))
    return Report(
        title=N_("Cơ cấu {council}"),
        subtitle=N_("Nhiệm kỳ {term}, tính đến ngày {day}"),
        columns=_COMPOSITION_COLUMNS,
        data=tuple(rows),
        params={
            "council": council_name(index, record),
            "term": index.term(record.term).label,
            "day": as_of,
            "quota_basis": quota_basis(found.quota),
        },
        notes=tuple(notes),
    )


# --- one row per council or per day --------------------------------------------------------


@attrs.frozen
class Indicator:
    """A share shown in one-row-per-council tables: the categories of a group it counts.

    Attributes:
        key: The column key of the count; the share is ``{key}_share``.
        group: The group (one of :data:`COMPOSITION_GROUPS`).
        categories: The categories of the group counted.
        label: Heading of the count, in Vietnamese.
        share_label: Heading of the share, in Vietnamese.
    """

    key: str
    group: str
    categories: frozenset[str]
    label: str
    share_label: str

    def count(self, profiles: Sequence[Profile]) -> int | None:
        """How many of *profiles* are in the categories (``None`` if nobody's is recorded)."""
        codes = [_GROUPS[self.group].classify(p)[0] for p in profiles]
        if profiles and all(code == _UNKNOWN[0] for code in codes):
            return None
        return sum(code in self.categories for code in codes)


def _indicator(key: str, group: str, label: str, share_label: str, *codes: str) -> Indicator:
    return Indicator(key, group, frozenset(codes or (key.replace("_", "-"),)), label, share_label)


INDICATORS: tuple[Indicator, ...] = (
    _indicator("female", "gender", N_("Nữ"), N_("Tỷ lệ nữ")),
    _indicator("minority", "ethnicity", N_("Dân tộc thiểu số"), N_("Tỷ lệ dân tộc thiểu số")),
    _indicator("under_40", "age", N_("Dưới 40 tuổi"), N_("Tỷ lệ dưới 40 tuổi")),
    _indicator(
        "higher_education",
        "education",
        N_("Đại học trở lên"),
        N_("Tỷ lệ đại học trở lên"),
        *(e.value for e in (Education.UNIVERSITY, Education.MASTER, Education.DOCTORATE)),
    ),
    _indicator("party_member", "party", N_("Đảng viên"), N_("Tỷ lệ đảng viên"), "member"),
    _indicator("re_elected", "re-elected", N_("Tái cử"), N_("Tỷ lệ tái cử")),
    _indicator("full_time", "full-time", N_("Chuyên trách"), N_("Tỷ lệ chuyên trách")),
)
"""The shares of :func:`composition_over_term` and :func:`councils_composition`, in order:
each has a count column ``key`` (hidden in rendered tables) and a share column
``{key}_share``, of all delegates serving, as in :func:`council_composition`. A delegate whose
value is not recorded is not in the category; when nobody's is, count and share are empty."""


def _indicator_columns() -> tuple[Column, ...]:
    columns: list[Column] = []
    for indicator in INDICATORS:
        columns.append(Column(indicator.key, indicator.label, "number", shown=False))
        columns.append(Column(f"{indicator.key}_share", indicator.share_label, "share"))
    return tuple(columns)


def _indicator_values(profiles: Sequence[Profile]) -> tuple[object, ...]:
    values: list[object] = []
    for indicator in INDICATORS:
        count = indicator.count(profiles)
        values += [count, None if count is None else shares(count, len(profiles))]
    return tuple(values)


_SEAT_COLUMNS = (
    Column("quota", N_("Số đại biểu theo luật"), "number"),
    Column("serving", N_("Đang hoạt động"), "number"),
    Column("vacant", N_("Ghế khuyết"), "number"),
)

_TERM_COLUMNS = (
    Column("day", N_("Ngày")),
    Column("joined", N_("Bắt đầu"), "number"),
    Column("left", N_("Chấm dứt"), "number"),
    *_SEAT_COLUMNS,
    *_indicator_columns(),
)


def composition_over_term(dataset: Dataset, council: str) -> Report:
    """How the membership of one council changed: a row per day on which it changed.

    A day is a change when a mandate starts on it (``joined``) or when a mandate ended the
    day before (``left``: a mandate's end is its last day). Each row gives the seats and the
    shares of :data:`INDICATORS` from that day on, ages counted on that day.

    Raises:
        KeyError: The dataset has no council *council*.
    """
    index = dataset.index
    record = index.council(council)
    pairs = index.mandates_of(record.id)
    joined = Counter(m.start for _, m in pairs)
    left = Counter(m.end + dt.timedelta(days=1) for _, m in pairs if m.end is not None)
    rows: list[tuple[object, ...]] = []
    quota = index.seat_quota(record)
    for day in sorted(set(joined) | set(left)):
        found = _seats(index, record, day)
        profiles = [Profile.of_delegate(d, m, day) for d, m in found.serving]
        rows.append(
            (
                day,
                joined[day],
                left[day],
                found.seats,
                len(found.serving),
                found.vacant,
                *_indicator_values(profiles),
            )
        )
    return Report(
        title=N_("Biến động cơ cấu {council}"),
        subtitle=N_("Nhiệm kỳ {term}"),
        columns=_TERM_COLUMNS,
        data=tuple(rows),
        params={
            "council": council_name(index, record),
            "term": index.term(record.term).label,
            "quota_basis": quota_basis(quota),
        },
        notes=(
            N_("Mỗi dòng là một ngày có đại biểu bắt đầu hoặc chấm dứt nhiệm vụ."),
            *seat_notes(dataset, quota),
        ),
    )


COUNCIL_COLUMNS = (
    Column("council", N_("Mã Hội đồng"), "code", shown=False),
    Column("name", N_("Hội đồng nhân dân")),
    Column("unit", N_("Mã đơn vị"), "code", shown=False),
    Column("level", N_("Cấp"), "code", shown=False),
    Column("province", N_("Mã tỉnh"), "code", shown=False),
    Column("province_name", N_("Tỉnh, thành phố")),
)
"""The columns that name a council in one-row-per-council tables; see :func:`councils_in`."""

_COUNCIL_COLUMNS = (*COUNCIL_COLUMNS, *_SEAT_COLUMNS, *_indicator_columns())


def _province_of(index: DatasetIndex, code: str) -> str | None:
    """The code of the province-level unit *code* lies in (itself for a province)."""
    seen: set[str] = set()
    current: str | None = code
    while current is not None and current not in seen and index.has_unit(current):
        seen.add(current)
        unit = index.unit(current)
        if unit.level is Level.PROVINCE:
            return unit.code
        current = unit.parent
    return None


def councils_in(
    dataset: Dataset, province: str | None, when: Callable[[Term], bool]
) -> list[tuple[Council, tuple[object, ...]]]:
    """The councils of a one-row-per-council table, each with its :data:`COUNCIL_COLUMNS` values.

    Those whose term the dataset knows and satisfies *when*, whose unit is known and, when
    *province* (a unit code) is given, is that province or lies in it. In dataset order.

    Raises:
        KeyError: *province* is not a province-level unit the dataset or register knows.
    """
    index = dataset.index
    if province is not None and _province_of(index, province) != province:
        msg = f"no province-level unit {province!r}"
        raise KeyError(msg)
    found: list[tuple[Council, tuple[object, ...]]] = []
    for record in dataset.councils:
        term = index.terms.get(record.term)
        if term is None or not when(term) or not index.has_unit(record.unit):
            continue
        home = _province_of(index, record.unit)
        if province is not None and home != province:
            continue
        names = (
            record.id,
            council_name(index, record),
            record.unit,
            index.unit(record.unit).level.value,
            home,
            index.unit(home).name if home else None,
        )
        found.append((record, names))
    return found


def councils_composition(
    dataset: Dataset, *, as_of: dt.date, province: str | None = None
) -> Report:
    """One row per council: seats and the shares of :data:`INDICATORS` on day *as_of*.

    The councils are those whose term covers *as_of* and, when *province* (a unit code) is
    given, whose unit is that province or lies in it (its parent, or its parent's parent).
    Rows are in the dataset's order; ``to_frame()`` turns them into a DataFrame with one
    row per council. A council whose unit the dataset does not know is left out.

    Raises:
        KeyError: *province* is not a province-level unit the dataset or register knows.
    """
    index = dataset.index
    rows: list[tuple[object, ...]] = []
    for record, names in councils_in(dataset, province, lambda term: term.covers(as_of)):
        found = _seats(index, record, as_of)
        profiles = [Profile.of_delegate(d, m, as_of) for d, m in found.serving]
        rows.append(
            (
                *names,
                found.seats,
                len(found.serving),
                found.vacant,
                *_indicator_values(profiles),
            )
        )
    notes: list[str] = [N_("Tỷ lệ tính trên số đại biểu đang hoạt động.")]
    if dataset.synthetic:
        notes.append(N_("Dữ liệu tổng hợp, không phải số liệu thật."))
    where = _local_name(index, province) if province else None
    return Report(
        title=N_("Cơ cấu đại biểu Hội đồng nhân dân {where}") if where else _ALL_TITLE,
        subtitle=N_("Tính đến ngày {day}"),
        columns=_COUNCIL_COLUMNS,
        data=tuple(rows),
        params={"day": as_of, "where": where or ""},
        notes=tuple(notes),
    )


_ALL_TITLE = N_("Cơ cấu đại biểu các Hội đồng nhân dân")

_PROVINCE_COLUMNS = (
    Column("province", N_("Mã tỉnh"), "code", shown=False),
    Column("province_name", N_("Tỉnh, thành phố")),
    Column("councils", N_("Số Hội đồng"), "number"),
    Column("serving", N_("Đang hoạt động"), "number"),
    *_indicator_columns(),
)


def composition_by_province(report: Report) -> Report:
    """The rows of :func:`councils_composition` added up by province.

    Counts are summed and shares recomputed exactly from the sums (never averaged).
    Councils outside any known province are left out.
    """
    check = [c.key for c in report.columns]
    if check != [c.key for c in _COUNCIL_COLUMNS]:
        msg = "composition_by_province() takes the report of councils_composition()"
        raise ValueError(msg)
    councils: Counter[str] = Counter()
    serving: Counter[str] = Counter()
    counts: dict[tuple[str, str], int | None] = {}
    names: dict[str, str] = {}
    for row in report.rows():
        code = row["province"]
        if code is None:
            continue
        names[code] = row["province_name"]
        councils[code] += 1
        serving[code] += row["serving"]
        for indicator in INDICATORS:
            known = counts.get((code, indicator.key))
            value = row[indicator.key]
            counts[code, indicator.key] = known if value is None else (known or 0) + value
    rows: list[tuple[object, ...]] = []
    for code, name in names.items():
        values: list[object] = []
        for indicator in INDICATORS:
            count = counts[code, indicator.key]
            values += [count, None if count is None else shares(count, serving[code])]
        rows.append((code, name, councils[code], serving[code], *values))
    return Report(
        title=N_("Cơ cấu đại biểu theo tỉnh, thành phố"),
        subtitle=report.subtitle,
        columns=_PROVINCE_COLUMNS,
        data=tuple(rows),
        params=report.params,
        notes=report.notes,
    )


# --- plots ---------------------------------------------------------------------------------


def _pyplot(feature: str) -> Any:
    return require("matplotlib.pyplot", feature)


def plot_age_pyramid(
    dataset: Dataset,
    council: str,
    *,
    as_of: dt.date,
    language: Language = "vi",
    ax: Axes | None = None,
) -> Axes:
    """An age–gender pyramid of the delegates serving on *as_of* (needs the ``plot`` extra).

    Men to the left, women to the right, one bar per band of :data:`AGE_BANDS`; delegates
    with no recorded gender or birth date are left out (the composition report counts them).

    Raises:
        MissingExtraError: matplotlib is not installed.
        KeyError: The dataset has no council *council*.
    """
    check_language(language)
    plt = _pyplot("plot_age_pyramid()")
    index = dataset.index
    record = index.council(council)
    counts: defaultdict[tuple[str, Gender], int] = defaultdict(int)
    for delegate, mandate in index.serving(record.id, as_of):
        profile = Profile.of_delegate(delegate, mandate, as_of)
        band = _age_band(profile.age)[0]
        if profile.gender is not None and band != _UNKNOWN[0]:
            counts[band, profile.gender] += 1
    codes = [code for code, _, _, _ in AGE_BANDS]
    labels = [translate(label, language) for _, label, _, _ in AGE_BANDS]
    if ax is None:
        _, ax = plt.subplots()
    men = [-counts[code, Gender.MALE] for code in codes]
    women = [counts[code, Gender.FEMALE] for code in codes]
    ax.barh(labels, men, label=translate(N_("Nam"), language))
    ax.barh(labels, women, label=translate(N_("Nữ"), language))
    ax.axvline(0, color="black", linewidth=0.5)
    ax.set_title(translate(N_("Cơ cấu {council}"), language, council=council_name(index, record)))
    ax.set_xlabel(translate(N_("Số đại biểu"), language))
    ax.legend()
    return ax


def plot_shares_by_province(
    report: Report, indicator: str = "female", *, language: Language = "vi", ax: Axes | None = None
) -> Axes:
    """A bar per province: the share of *indicator* (a key of :data:`INDICATORS`).

    *report* is :func:`councils_composition` (added up by :func:`composition_by_province`) or
    already :func:`composition_by_province`. Needs the ``plot`` extra.

    Raises:
        MissingExtraError: matplotlib is not installed.
        ValueError: *indicator* is not a key of :data:`INDICATORS`.
    """
    check_language(language)
    chosen = next((i for i in INDICATORS if i.key == indicator), None)
    if chosen is None:
        msg = f"unknown indicator {indicator!r}: choose one of {[i.key for i in INDICATORS]}"
        raise ValueError(msg)
    plt = _pyplot("plot_shares_by_province()")
    if [c.key for c in report.columns] != [c.key for c in _PROVINCE_COLUMNS]:
        report = composition_by_province(report)
    rows = report.rows(language)
    if ax is None:
        _, ax = plt.subplots()
    names = [row["province_name"] for row in rows]
    values = [float(row[f"{indicator}_share"] or 0) * 100 for row in rows]
    ax.bar(names, values)
    ax.set_title(translate(chosen.share_label, language))
    ax.set_ylabel("%")
    return ax
