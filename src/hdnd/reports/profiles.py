"""Who a person is, as the reports count people: profiles, age bands, breakdowns."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING, NamedTuple

import attrs

from hdnd._core.i18n import N_
from hdnd.delegates.delegate import Delegate, Education, Gender, Mandate, age_on
from hdnd.elections.election import Candidate
from hdnd.reports.base import shares

if TYPE_CHECKING:
    pass

__all__ = ["AGE_BANDS", "COMPOSITION_GROUPS", "Profile", "breakdown_rows"]


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
