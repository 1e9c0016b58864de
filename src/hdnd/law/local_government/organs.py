"""Council organs and sessions: committees, posts, who may require a session, attendance.

The vocabulary shared by the local-government laws (:mod:`hdnd.law.local_government.lg2015`,
:mod:`hdnd.law.local_government.lg2019`, :mod:`hdnd.law.local_government.lg2025_65`,
:mod:`hdnd.law.local_government.lg2025`): the committees
(Ban) a council sets up, its posts, and who may require a thematic or unscheduled session.
Which committees a council has, who may be full-time and who may require a session are
methods of :class:`hdnd.law.instrument.LocalGovernmentLaw`, so that
``framework_at(day).local_government`` answers them for any day.

Two things live here rather than on a law:

* :class:`AttendanceFloor`: neither Law 77/2015/QH13 nor Law 72/2025/QH15 sets an attendance
  quorum (a resolution needs more than half of *all* delegates, present or not). A council's
  own working rules may set a floor; hdnd models it as an option that is off by default.
* :func:`max_vice_chairs` and :func:`max_deputy_heads`: the numbers of vice-chairs and
  deputy committee heads that Resolution 106/2025/UBTVQH15 allows councils of the 2026–2031
  term (Law 72/2025/QH15 Art. 29(6) leaves them to the Standing Committee).

```pycon
>>> from hdnd.law.levels import Level, UnitKind
>>> attendance_met(20, 50)            # no floor: the law sets none
True
>>> from fractions import Fraction
>>> attendance_met(33, 50, Fraction(2, 3)), attendance_met(34, 50, Fraction(2, 3))
(False, True)
>>> max_vice_chairs(Level.PROVINCE, merged_from=3, kind=UnitKind.CENTRAL_CITY).value
4
>>> max_vice_chairs(Level.COMMUNE).value
1

```

Resolution 106/2025/UBTVQH15 (16 October 2025) was read only in secondary sources
(vietnamplus.vn and vietnamnet.vn, 30 October 2025): its rules are marked *secondary*.
Those sources give no article numbers; hdnd cites its Article 1 as a stand-in for "the
resolution", which is itself unverified. Not encoded: the draft's rule that a full-time
provincial chair reduces the number of vice-chairs by one, and Hà Nội's count under the
Capital Law (both in the draft only, per vietnamnet 14 October 2025); a newer report
(vietnamnet 17 October 2025) gives 4 vice-chairs for any province or city merged from three,
where the fuller vietnamplus summary followed here gives 4 only for cities and 3 for any
merged province.
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import attrs

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason
from hdnd.law.rules import Fact
from hdnd.law.thresholds import Base, Threshold

__all__ = [
    "NQ106_COMMUNE_VICE_CHAIRS",
    "NQ106_DEPUTY_HEADS",
    "NQ106_ETHNIC_DEPUTY_HEADS",
    "NQ106_FIRST_ELECTION",
    "NQ106_PROVINCIAL_VICE_CHAIRS",
    "NQ106_URBAN_DEPUTY_HEADS",
    "AttendanceFloor",
    "Committee",
    "CouncilPost",
    "SessionRequester",
    "attendance_met",
    "max_deputy_heads",
    "max_vice_chairs",
    "nq106_applies",
]


class Committee(LabelledEnum):
    """A committee (Ban) of a People's Council."""

    LEGAL_AFFAIRS = "legal-affairs"
    ECONOMY_BUDGET = "economy-budget"
    CULTURE_SOCIETY = "culture-society"
    URBAN_AFFAIRS = "urban-affairs"
    ETHNIC_AFFAIRS = "ethnic-affairs"
    ECONOMY_SOCIETY = "economy-society"


class CouncilPost(LabelledEnum):
    """A post within a People's Council (its chair, vice-chairs, committee members)."""

    CHAIR = "chair"
    VICE_CHAIR = "vice-chair"
    COMMITTEE_HEAD = "committee-head"
    COMMITTEE_DEPUTY_HEAD = "committee-deputy-head"
    COMMITTEE_MEMBER = "committee-member"


class SessionRequester(LabelledEnum):
    """Who may require a council to hold a thematic or unscheduled session."""

    STANDING_COMMITTEE = "standing-committee"
    PEOPLES_COMMITTEE_CHAIR = "peoples-committee-chair"
    DELEGATES = "delegates"
    VOTERS = "voters"


register_labels(
    Committee,
    {
        Committee.LEGAL_AFFAIRS: N_("Ban Pháp chế"),
        Committee.ECONOMY_BUDGET: N_("Ban Kinh tế – Ngân sách"),
        Committee.CULTURE_SOCIETY: N_("Ban Văn hóa – Xã hội"),
        Committee.URBAN_AFFAIRS: N_("Ban Đô thị"),
        Committee.ETHNIC_AFFAIRS: N_("Ban Dân tộc"),
        Committee.ECONOMY_SOCIETY: N_("Ban Kinh tế – Xã hội"),
    },
)
register_labels(
    CouncilPost,
    {
        CouncilPost.CHAIR: N_("Chủ tịch"),
        CouncilPost.VICE_CHAIR: N_("Phó Chủ tịch"),
        CouncilPost.COMMITTEE_HEAD: N_("Trưởng Ban"),
        CouncilPost.COMMITTEE_DEPUTY_HEAD: N_("Phó Trưởng Ban"),
        CouncilPost.COMMITTEE_MEMBER: N_("Ủy viên của Ban"),
    },
)
register_labels(
    SessionRequester,
    {
        SessionRequester.STANDING_COMMITTEE: N_("Thường trực Hội đồng nhân dân"),
        SessionRequester.PEOPLES_COMMITTEE_CHAIR: N_("Chủ tịch Ủy ban nhân dân cùng cấp"),
        SessionRequester.DELEGATES: N_("Đại biểu Hội đồng nhân dân"),
        SessionRequester.VOTERS: N_("Cử tri"),
    },
)


# --- attendance ----------------------------------------------------------------------------


def _check_fraction(_: object, __: attrs.Attribute[Fraction | None], value: object) -> None:
    if value is None:
        return
    if not isinstance(value, Fraction) or not 0 <= value <= 1:
        msg = f"an attendance floor is an exact Fraction between 0 and 1 or None, not {value!r}"
        raise ValueError(msg)


@attrs.frozen
class AttendanceFloor:
    """An attendance floor that a council's own working rules may set; off by default.

    No law encoded by hdnd sets a quorum (Law 72/2025/QH15 Art. 34–35; Law 77/2015/QH13
    Art. 78 as far as it was read): a resolution needs more than half of *all* delegates
    whoever is present. A council may still adopt a floor in its working rules (quy chế làm
    việc); hdnd applies it only when asked.

    Attributes:
        fraction: The share of the delegates that must be present, or ``None`` for no floor.
        strict: ``True`` for "more than" the share, ``False`` (default) for "at least".

    >>> floor = AttendanceFloor(Fraction(2, 3))
    >>> floor.minimum_present(50), floor.is_met(33, 50), floor.is_met(34, 50)
    (34, False, True)
    >>> AttendanceFloor().is_met(0, 50)
    True
    """

    fraction: Fraction | None = attrs.field(default=None, validator=_check_fraction)
    strict: bool = False

    @property
    def is_set(self) -> bool:
        """Whether the floor is on."""
        return self.fraction is not None

    def minimum_present(self, total: int) -> int:
        """The fewest delegates present that meet the floor, out of *total* (0 when off).

        Raises:
            ValueError: *total* is not a whole number of at least 0.
        """
        if self.fraction is None:
            _check_count("total", total)
            return 0
        return Threshold(self.fraction, self.strict, Base.TOTAL_DELEGATES).minimum_votes(total)

    def is_met(self, present: int, total: int) -> bool:
        """Whether *present* delegates out of *total* meet the floor (always, when off).

        Raises:
            ValueError: a count is not a whole number, or more are present than there are.
        """
        _check_count("present", present)
        _check_count("total", total)
        if present > total:
            msg = f"{present} delegates present out of {total}: more than the council has"
            raise ValueError(msg)
        return present >= self.minimum_present(total)


def attendance_met(present: int, total: int, floor: Fraction | None = None) -> bool:
    """Whether *present* delegates out of *total* meet an optional attendance *floor*.

    With no floor (the default, as in the law) the answer is always ``True``; a floor is
    "at least" that share of *total* (see :class:`AttendanceFloor` for "more than").

    >>> attendance_met(1, 31), attendance_met(20, 31, Fraction(2, 3)), attendance_met(21, 31, Fraction(2, 3))
    (True, False, True)
    """  # noqa: E501 - a doctest line
    return AttendanceFloor(floor).is_met(present, total)


def _check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{name} must be a whole number of at least 0, not {value!r}"
        raise ValueError(msg)
    return value


# --- Resolution 106/2025/UBTVQH15: numbers of vice-chairs and deputy heads -----------------


def _nq106() -> Citation:
    return Citation(
        InstrumentKind.RESOLUTION, "106/2025/UBTVQH15", 1, None, None, Confidence.SECONDARY
    )


NQ106_PROVINCIAL_VICE_CHAIRS = Fact(
    {"not-merged": 2, "province-merged": 3, "city-from-2": 3, "city-from-3": 4},
    _nq106(),
    N_("Số Phó Chủ tịch Hội đồng nhân dân cấp tỉnh tối đa (nhiệm kỳ 2026–2031)"),
)
"""Provincial vice-chairs: 2 if not merged, 3 for a merged province or a city of 2, 4 for a
city of 3 former provincial units."""

NQ106_COMMUNE_VICE_CHAIRS = Fact(
    1, _nq106(), N_("Số Phó Chủ tịch Hội đồng nhân dân cấp xã (nhiệm kỳ 2026–2031)")
)
"""A commune-level council has one vice-chair."""

NQ106_DEPUTY_HEADS = Fact(
    {"not-merged": 2, "merged-from-2": 3, "merged-from-3": 4},
    _nq106(),
    N_("Số Phó Trưởng Ban Pháp chế, Kinh tế – Ngân sách, Văn hóa – Xã hội cấp tỉnh tối đa"),
)
"""Deputy heads of each provincial legal, economy-budget and culture-society committee."""

NQ106_ETHNIC_DEPUTY_HEADS = Fact(
    {"from-1": 2, "from-2": 3, "from-3": 4},
    _nq106(),
    N_("Số Phó Trưởng Ban Dân tộc cấp tỉnh tối đa, theo số Ban Dân tộc trước sắp xếp"),
)
"""Deputy heads of an ethnic-affairs committee, by how many former ones it was built from."""

NQ106_URBAN_DEPUTY_HEADS = Fact(
    2, _nq106(), N_("Số Phó Trưởng Ban Đô thị của thành phố hình thành sau sắp xếp tối đa")
)
"""Deputy heads of the urban-affairs committee of a city formed by merger."""


NQ106_FIRST_ELECTION = dt.date(2026, 3, 15)
"""Election day of the first councils Resolution 106/2025/UBTVQH15 governs (2026–2031)."""


def nq106_applies(election_day: dt.date) -> bool:
    """Whether Resolution 106/2025's numbers govern councils elected on *election_day*.

    They apply to the 2026–2031 term and, until another resolution replaces them, to the
    councils elected after it.

    >>> nq106_applies(dt.date(2021, 5, 23)), nq106_applies(dt.date(2026, 3, 15))
    (False, True)
    """
    return election_day >= NQ106_FIRST_ELECTION


def _check_merged_from(merged_from: object) -> int:
    if (
        isinstance(merged_from, bool)
        or not isinstance(merged_from, int)
        or not 1 <= merged_from <= 3
    ):
        msg = f"merged_from is the number of former provincial units (1 to 3), not {merged_from!r}"
        raise ValueError(msg)
    return merged_from


def _value(rule: Fact, key: str) -> Fact:
    return Fact(rule.value[key], rule.citation, rule.label)


def max_vice_chairs(level: Level, merged_from: int = 1, kind: UnitKind | None = None) -> Fact:
    """The most vice-chairs a council of the 2026–2031 term may have (Res. 106/2025/UBTVQH15).

    Args:
        level: The council's level (provincial or commune).
        merged_from: For a provincial council, how many former provincial units the unit was
            formed from by the 2025 reorganisation (1 = not merged, 2 or 3).
        kind: For a provincial unit formed from three, whether it is a province or a
            centrally-run city (the number differs); not needed otherwise.

    Returns:
        A :class:`~hdnd.law.rules.Fact` holding the number and its citation (secondary).

    Raises:
        ValueError: the district level (it has no councils in that term), a *merged_from*
            outside 1–3 or given for a commune, or a unit of three whose kind is not said.

    >>> max_vice_chairs(Level.PROVINCE).value, max_vice_chairs(Level.PROVINCE, 2).value
    (2, 3)
    >>> max_vice_chairs(Level.PROVINCE, 3, UnitKind.PROVINCE).value
    3
    >>> max_vice_chairs(Level.PROVINCE, 3, UnitKind.CENTRAL_CITY).citation.render("en")
    'Resolution 106/2025/UBTVQH15, Art. 1'
    """
    merged = _check_merged_from(merged_from)
    if level is Level.COMMUNE:
        if merged != 1:
            msg = "merged_from counts former provincial units: it applies to provincial councils"
            raise ValueError(msg)
        return NQ106_COMMUNE_VICE_CHAIRS
    if level is not Level.PROVINCE:
        msg = f"no council of level {level.value!r} in the 2026–2031 term"
        raise ValueError(msg)
    if kind is not None and kind.level is not Level.PROVINCE:
        msg = f"{kind.value!r} is not a provincial kind of unit"
        raise ValueError(msg)
    if merged == 1:
        return _value(NQ106_PROVINCIAL_VICE_CHAIRS, "not-merged")
    if kind is UnitKind.CENTRAL_CITY:
        return _value(NQ106_PROVINCIAL_VICE_CHAIRS, f"city-from-{merged}")
    if kind is None and merged == 3:
        msg = "a unit formed from three: say whether it is a province or a central city (kind)"
        raise ValueError(msg)
    return _value(NQ106_PROVINCIAL_VICE_CHAIRS, "province-merged")


def max_deputy_heads(
    committee: Committee, level: Level = Level.PROVINCE, merged_from: int = 1
) -> Fact | NotApplicable:
    """The most deputy heads a committee of the 2026–2031 term may have (Res. 106/2025).

    Args:
        committee: The committee.
        level: The council's level.
        merged_from: How many former provincial units the unit was formed from (1 to 3);
            for the ethnic-affairs committee, how many former ethnic-affairs committees it
            was built from.

    Returns:
        The number with its citation, or :class:`~hdnd.law.local_government.seats.NotApplicable`
        when the
        resolution, as read, gives no maximum: at commune level it sets an *average* of two
        per committee across a province (allocated by the provincial standing committee,
        draft text); for the urban-affairs committee of a city that was not merged it says
        nothing.

    Raises:
        ValueError: a committee provincial councils of that term do not have, the district
            level, or a *merged_from* outside 1–3.

    >>> max_deputy_heads(Committee.LEGAL_AFFAIRS, merged_from=3).value
    4
    >>> max_deputy_heads(Committee.ETHNIC_AFFAIRS, merged_from=1).value
    2
    >>> max_deputy_heads(Committee.ECONOMY_BUDGET, Level.COMMUNE).reason.value
    'not-encoded'
    """
    merged = _check_merged_from(merged_from)
    if level is Level.COMMUNE:
        return NotApplicable(
            NotApplicableReason.NOT_ENCODED,
            N_("bình quân 2 Phó Trưởng Ban mỗi Ban, Thường trực Hội đồng nhân dân tỉnh phân bổ"),
            _nq106(),
        )
    if level is not Level.PROVINCE:
        msg = f"no council of level {level.value!r} in the 2026–2031 term"
        raise ValueError(msg)
    if committee is Committee.ETHNIC_AFFAIRS:
        return _value(NQ106_ETHNIC_DEPUTY_HEADS, f"from-{merged}")
    if committee is Committee.URBAN_AFFAIRS:
        if merged == 1:
            return NotApplicable(
                NotApplicableReason.NOT_ENCODED,
                N_("Nghị quyết chỉ quy định Ban Đô thị của thành phố hình thành sau sắp xếp"),
                _nq106(),
            )
        return NQ106_URBAN_DEPUTY_HEADS
    if committee is Committee.ECONOMY_SOCIETY:
        msg = "provincial councils have no economy-society committee in the 2026–2031 term"
        raise ValueError(msg)
    key = "not-merged" if merged == 1 else f"merged-from-{merged}"
    return _value(NQ106_DEPUTY_HEADS, key)
