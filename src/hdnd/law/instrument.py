"""Legal instruments: one class per instrument, amendments subclass what they amend.

An instrument declares its identity (number, title, dates, what it replaces) as class
attributes, in the style of the ``holidays`` package's country classes, and exposes its
rules as methods. :func:`hdnd.law.framework_at` composes the instruments in force on a day.
"""

from __future__ import annotations

import abc
import datetime as dt
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import ClassVar, TypeVar

from hdnd._core.i18n import Language
from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.calendar.workdays import add_months
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.organs import Committee, CouncilPost, SessionRequester
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatBasis, SeatQuota
from hdnd.law.local_government.structure import existence_citation, kind_exists
from hdnd.law.rules import Fact, rules_of
from hdnd.law.thresholds import Decision, Threshold

__all__ = ["Decision", "Domain", "Instrument", "LocalGovernmentLaw"]

_K = TypeVar("_K")
_R = TypeVar("_R")


class Domain(LabelledEnum):
    """The area of law an instrument governs; one instrument per domain is in force a day."""

    LOCAL_GOVERNMENT = "local-government"
    ELECTIONS = "elections"
    SUPERVISION = "supervision"
    CONFIDENCE_VOTES = "confidence-votes"
    CITIZEN_RECEPTION = "citizen-reception"
    COMPLAINTS = "complaints"
    DENUNCIATIONS = "denunciations"
    PETITION_HANDLING = "petition-handling"
    VOTER_CONTACT = "voter-contact"
    CANDIDATE_STRUCTURE = "candidate-structure"


register_labels(
    Domain,
    {
        Domain.LOCAL_GOVERNMENT: N_("Tổ chức chính quyền địa phương"),
        Domain.ELECTIONS: N_("Bầu cử"),
        Domain.SUPERVISION: N_("Hoạt động giám sát"),
        Domain.CONFIDENCE_VOTES: N_("Lấy phiếu tín nhiệm, bỏ phiếu tín nhiệm"),
        Domain.CITIZEN_RECEPTION: N_("Tiếp công dân"),
        Domain.COMPLAINTS: N_("Pháp luật về khiếu nại"),
        Domain.DENUNCIATIONS: N_("Pháp luật về tố cáo"),
        Domain.PETITION_HANDLING: N_("Quy trình xử lý đơn"),
        Domain.VOTER_CONTACT: N_("Tiếp xúc cử tri"),
        Domain.CANDIDATE_STRUCTURE: N_("Cơ cấu, thành phần người được giới thiệu ứng cử"),
    },
)


class Instrument(abc.ABC):
    """Base of every legal instrument class.

    Class attributes:
        key: Short stable key (``lg2025``), used by ``hdnd law show KEY``.
        kind: Law, resolution, decree ...
        number: Number and symbol, e.g. ``72/2025/QH15``.
        title: Vietnamese title.
        domain: The area of law it governs.
        promulgated: Date it was passed or signed.
        effective: First day it is in force.
        replaces: Numbers of the instruments it replaces or repeals.
        amends: Number of the instrument it amends (an amendment subclasses it).
        dates_confidence: How well the dates are established.
        source: Where hdnd's authors read the text (a stored copy, or a secondary source).

    Its rules are its upper-case class attributes that carry a citation (seat formulas,
    :class:`~hdnd.law.thresholds.Threshold`, :class:`~hdnd.law.deadlines.Deadline`,
    :class:`~hdnd.law.rules.Fact`), declared once and discovered from there
    (:func:`hdnd.law.rules.rules_of`): a threshold that names its ``decision`` answers
    :meth:`threshold`, a deadline that names its ``kind`` answers :meth:`deadline`.

    An instance is the instrument as applied on one day (``on``), for rules whose effect
    depends on the day within the instrument's life (a transitional clause).
    """

    key: ClassVar[str]
    kind: ClassVar[InstrumentKind]
    number: ClassVar[str]
    title: ClassVar[str]
    domain: ClassVar[Domain]
    promulgated: ClassVar[dt.date]
    effective: ClassVar[dt.date]
    replaces: ClassVar[tuple[str, ...]] = ()
    amends: ClassVar[str | None] = None
    dates_confidence: ClassVar[Confidence] = Confidence.VERIFIED
    source: ClassVar[str] = ""

    def __init__(self, on: dt.date | None = None) -> None:
        self.on = self.effective if on is None else on

    @classmethod
    def cite(
        cls,
        article: int,
        clause: int | None = None,
        point: str | None = None,
        confidence: Confidence = Confidence.VERIFIED,
    ) -> Citation:
        """A citation of this instrument's *article*, *clause* and *point*."""
        return Citation(cls.kind, cls.number, article, clause, point, confidence)

    @classmethod
    def name(cls, language: Language = "vi") -> str:
        """Kind and number, as in ``Luật 72/2025/QH15`` (``Law 72/2025/QH15`` in English)."""
        return f"{cls.kind.label(language)} {cls.number}"

    @classmethod
    def thresholds(cls) -> Mapping[Decision, Threshold]:
        """The thresholds it sets, by the decision each one names (inherited ones included).

        >>> from hdnd.law.local_government.lg2025 import LG2025
        >>> sorted(decision.value for decision in LG2025.thresholds())
        ['recall', 'reduced-council', 'resolution']
        """
        return _rule_index(cls)[0]

    @classmethod
    def deadlines(cls) -> Mapping[DeadlineKind, Deadline]:
        """The time limits it sets, by the kind each one names (inherited ones included).

        >>> from hdnd.law.local_government.lg2025 import LG2025
        >>> LG2025.deadlines()[DeadlineKind.FIRST_SESSION].describe("en")
        '45 days'
        """
        return _rule_index(cls)[1]

    def threshold(self, decision: Decision) -> Threshold | None:
        """The threshold this instrument sets for *decision*, if it sets one."""
        return self.thresholds().get(decision)

    def deadline(self, kind: DeadlineKind) -> Deadline | None:
        """The time limit this instrument sets for *kind*, if it sets one."""
        return self.deadlines().get(kind)

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.number}, in force from {self.effective}>"


@functools.lru_cache(maxsize=64)
def _rule_index(
    cls: type[Instrument],
) -> tuple[Mapping[Decision, Threshold], Mapping[DeadlineKind, Deadline]]:
    thresholds: dict[Decision, tuple[str, Threshold]] = {}
    deadlines: dict[DeadlineKind, tuple[str, Deadline]] = {}
    for name, rule in rules_of(cls).items():
        if isinstance(rule, Threshold) and rule.decision is not None:
            _claim(cls, thresholds, rule.decision, name, rule)
        elif isinstance(rule, Deadline) and rule.kind is not None:
            _claim(cls, deadlines, rule.kind, name, rule)
    return (
        MappingProxyType({key: rule for key, (_, rule) in thresholds.items()}),
        MappingProxyType({key: rule for key, (_, rule) in deadlines.items()}),
    )


def _claim(
    cls: type[Instrument], found: dict[_K, tuple[str, _R]], key: _K, name: str, rule: _R
) -> None:
    if key in found:
        msg = f"{cls.__name__}: {found[key][0]} and {name} both declare {key!r}"
        raise TypeError(msg)
    found[key] = (name, rule)


class LocalGovernmentLaw(Instrument):
    """Base of the laws on the organisation of local government (seat quotas, organs).

    Besides seat quotas, a local-government law says which committees a council sets up,
    which posts may be full-time and who may require a thematic or unscheduled session. A
    law declares these as cited class attributes (:class:`~hdnd.law.rules.Fact` and
    :class:`~hdnd.law.thresholds.Threshold` rules) and the generic methods here read them,
    so that ``framework_at(day).local_government`` answers for any day:

    * :attr:`COMMITTEES`: the committees of the council of each kind of unit;
      :attr:`ETHNIC_COMMITTEE_KINDS`: where an ethnic-affairs committee may be added.
    * :attr:`FULL_TIME_POSTS`: for each kind of unit, the rules naming posts that may (or
      must) be held by a full-time delegate.
    * :attr:`SESSION_REQUESTERS`, :attr:`THEMATIC_SESSION_REQUEST` (a share of the
      delegates), :attr:`COMMUNE_VOTERS_SESSION_REQUEST` (a share of a commune's voters).
    * :attr:`REGULAR_SESSIONS_PER_YEAR`, :attr:`PUBLIC_SITTINGS`,
      :attr:`CLOSED_SITTING_REQUEST`, :attr:`NO_QUORUM_CLAUSE`: the rules on sessions.
    * :attr:`STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE`: the incompatibility of the two
      posts; :attr:`TERM_YEARS`: the length of a term (:meth:`term_end`).

    Checks and reports read them by name (``law.PUBLIC_SITTINGS``), never by a string. A
    law that leaves one of them unset (``None``) answers ``NotApplicable(NOT_ENCODED)`` for
    it, or the check that needs it stands aside.
    """

    domain: ClassVar[Domain] = Domain.LOCAL_GOVERNMENT

    COMMITTEES: ClassVar[Mapping[UnitKind, Fact]] = MappingProxyType({})
    ETHNIC_COMMITTEE_KINDS: ClassVar[Fact | None] = None
    FULL_TIME_POSTS: ClassVar[Mapping[UnitKind, tuple[Fact, ...]]] = MappingProxyType({})
    SESSION_REQUESTERS: ClassVar[Fact | None] = None
    THEMATIC_SESSION_REQUEST: ClassVar[Threshold | None] = None
    COMMUNE_VOTERS_SESSION_REQUEST: ClassVar[Threshold | None] = None
    REGULAR_SESSIONS_PER_YEAR: ClassVar[Fact | None] = None
    PUBLIC_SITTINGS: ClassVar[Fact | None] = None
    CLOSED_SITTING_REQUEST: ClassVar[Threshold | None] = None
    NO_QUORUM_CLAUSE: ClassVar[Fact | None] = None
    STANDING_COMMITTEE_NOT_IN_PEOPLES_COMMITTEE: ClassVar[Fact | None] = None
    TERM_YEARS: ClassVar[Fact | None] = None
    REDUCED_COUNCIL_LIMIT: ClassVar[Threshold | None] = None

    def term_end(self, first_session: dt.date) -> dt.date | None:
        """The day a term that opened on *first_session* ends at the latest, if encoded.

        :attr:`TERM_YEARS` years later, on the corresponding day (a term runs from one first
        session to the next; the actual end is the next council's first session).

        >>> from hdnd.law.local_government.lg2025 import LG2025
        >>> LG2025().term_end(dt.date(2026, 4, 20))
        datetime.date(2031, 4, 20)
        """
        if self.TERM_YEARS is None:
            return None
        return add_months(first_session, 12 * self.TERM_YEARS.value)

    def is_reduced(self, serving: int, seats: int) -> bool | NotApplicable:
        """Whether a council with *serving* delegates out of *seats* is a reduced council.

        Under :attr:`REDUCED_COUNCIL_LIMIT` (fewer than two thirds of the seats filled,
        Law 72/2025/QH15 Art. 49(2)); ``NotApplicable`` under a law that sets none.

        >>> from hdnd.law.local_government.lg2025 import LG2025
        >>> LG2025().is_reduced(56, 85), LG2025().is_reduced(57, 85)
        (True, False)
        """
        limit = self.REDUCED_COUNCIL_LIMIT
        if limit is None:
            return NotApplicable(
                NotApplicableReason.NOT_ENCODED,
                N_("Hội đồng nhân dân có dưới hai phần ba tổng số đại biểu"),
            )
        return not limit.is_met(serving, seats)

    @abc.abstractmethod
    def seat_quota(self, basis: SeatBasis) -> SeatQuota | NotApplicable:
        """The number of delegates of the council of a unit, or why there is none."""

    def _unknown_kind(self, kind: UnitKind, what: str) -> NotApplicable:
        # A kind the law does not list, on a day units of that kind do not exist: no such
        # kind. On a day they do exist (district councils until 30 June 2025, under Law
        # 72/2025/QH15), the rule that governs them is one hdnd does not encode.
        if self.COMMITTEES and kind not in self.COMMITTEES and not kind_exists(kind, self.on):
            return NotApplicable(
                NotApplicableReason.NO_SUCH_KIND, kind.label("vi"), existence_citation(kind)
            )
        return NotApplicable(NotApplicableReason.NOT_ENCODED, what)

    def committees(
        self,
        kind: UnitKind,
        *,
        parent_kind: UnitKind | None = None,
        ethnic_committee: bool = False,
    ) -> tuple[Committee, ...] | NotApplicable:
        """The committees (Ban) of the council of a unit of *kind*.

        Args:
            kind: The kind of unit.
            parent_kind: The kind of the unit above it. Accepted for symmetry with
                :meth:`seat_quota`; no law encoded makes the committees depend on it.
            ethnic_committee: The council has set up an ethnic-affairs committee (Ban Dân
                tộc), which the law allows only at some levels, where many people of ethnic
                minorities live.

        Returns:
            The committees, in the order the law lists them (the ethnic-affairs committee
            last), or :class:`~hdnd.law.local_government.seats.NotApplicable` for a kind of unit
            the law
            does not know or rules hdnd does not encode.

        Raises:
            ValueError: *ethnic_committee* for a kind of unit whose council may not have one.
        """
        rule = self.COMMITTEES.get(kind)
        if rule is None:
            return self._unknown_kind(kind, N_("Ban của Hội đồng nhân dân"))
        found: tuple[Committee, ...] = tuple(rule.value)
        if ethnic_committee:
            allowed = self.ETHNIC_COMMITTEE_KINDS
            if allowed is None or kind not in allowed.value:
                msg = f"{self.name('en')}: a council of a {kind.value} has no ethnic committee"
                raise ValueError(msg)
            found = (*found, Committee.ETHNIC_AFFAIRS)
        return found

    def may_have_ethnic_committee(self, kind: UnitKind) -> bool:
        """Whether the council of a unit of *kind* may set up an ethnic-affairs committee."""
        allowed = self.ETHNIC_COMMITTEE_KINDS
        return allowed is not None and kind in allowed.value

    def may_be_full_time(self, post: CouncilPost, kind: UnitKind) -> bool | NotApplicable:
        """Whether *post* in the council of a unit of *kind* may be held full-time.

        ``True`` also where the law requires the post to be full-time.
        """
        rules = self.FULL_TIME_POSTS.get(kind)
        if rules is None:
            return self._unknown_kind(kind, N_("Đại biểu Hội đồng nhân dân hoạt động chuyên trách"))
        return any(post in rule.value for rule in rules)

    def may_require_session(
        self,
        requested_by: SessionRequester,
        *,
        kind: UnitKind | None = None,
        count: int | None = None,
        total: int | None = None,
    ) -> bool | NotApplicable:
        """Whether a request obliges the council to hold a thematic or unscheduled session.

        Args:
            requested_by: Who asks.
            kind: The kind of unit (needed for voters: only a commune's voters may ask).
            count: For delegates or voters, how many of them signed the request.
            total: For delegates, the total number of delegates; for voters, the voters of
                the commune (on the last voter list, under Law 77/2015/QH13).

        Raises:
            ValueError: *count* or *total* missing for delegates or voters, *kind* missing
                for voters, or more signatures than there are delegates or voters.
        """
        if requested_by is SessionRequester.VOTERS:
            voters = self.COMMUNE_VOTERS_SESSION_REQUEST
            if voters is None:
                return NotApplicable(NotApplicableReason.NOT_ENCODED, N_("Cử tri"))
            if kind is None:
                msg = "a voters' request needs the kind of unit (only a commune's voters may ask)"
                raise ValueError(msg)
            if kind.level is not Level.COMMUNE:
                return False
            return voters.is_met(*_counts(count, total))
        requesters = self.SESSION_REQUESTERS
        if requesters is None:
            return NotApplicable(NotApplicableReason.NOT_ENCODED, requested_by.label("vi"))
        if requested_by not in requesters.value:
            return False
        if requested_by is SessionRequester.DELEGATES:
            share = self.THEMATIC_SESSION_REQUEST
            if share is None:  # pragma: no cover - every law naming delegates sets the share
                return NotApplicable(NotApplicableReason.NOT_ENCODED, requested_by.label("vi"))
            return share.is_met(*_counts(count, total))
        return True


def _counts(count: int | None, total: int | None) -> tuple[int, int]:
    if count is None or total is None:
        msg = "a request by delegates or voters needs count= (signatures) and total="
        raise ValueError(msg)
    if (
        not isinstance(count, bool)
        and isinstance(count, int)
        and isinstance(total, int)
        and count > total
    ):
        msg = f"{count} signatures out of {total}: more than there are"
        raise ValueError(msg)
    return count, total
