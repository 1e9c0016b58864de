"""Elections of People's Council delegates: the steps, the count and what follows it.

One election law has been in force since 2015, Luật Bầu cử đại biểu Quốc hội và đại biểu Hội
đồng nhân dân 85/2015/QH13 (:mod:`hdnd.law.elections.elections2015`), amended by Law 83/2025/QH15
from
1 July 2025 (:mod:`hdnd.law.elections.elections2025`), which shortened most of the timetable. This
module holds what both apply: the steps of the timetable (:class:`ElectionStep`), the count
of a constituency (:meth:`ElectionLaw.winners`) and the base class that turns the cited rules
of each instrument into answers.

```pycon
>>> import datetime as dt
>>> from hdnd.law import framework_at, Domain
>>> law = framework_at(dt.date(2026, 3, 15)).instrument(Domain.ELECTIONS)
>>> law.timetable(dt.date(2026, 3, 15))[ElectionStep.CANDIDATE_DOSSIERS]
datetime.date(2026, 2, 1)
>>> law.minimum_candidates(3)
5
>>> result = law.winners([("a", 900, dt.date(1970, 1, 1)), ("b", 700, dt.date(1980, 1, 1)),
...                       ("c", 700, dt.date(1975, 6, 1))], seats=2, valid_ballots=1_000)
>>> result.elected, result.by_age
(('a', 'c'), ('c',))

```
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections.abc import Iterable, Mapping
from typing import ClassVar

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.calendar.workdays import add_months
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.deadlines import Deadline
from hdnd.law.elections.results import CandidateResult, ElectionResult, _count, _results
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.rules import Fact
from hdnd.law.shares import Share
from hdnd.law.thresholds import Threshold

__all__ = [
    "ELECTION_LAW",
    "CandidateResult",
    "ElectionLaw",
    "ElectionResult",
    "ElectionStep",
    "add_months",
    "cite_election_law",
]

ELECTION_LAW = "85/2015/QH13"
"""Number of the election law; the 2025 amendment rewrote its articles in place."""


def cite_election_law(
    article: int,
    clause: int | None = None,
    point: str | None = None,
    confidence: Confidence = Confidence.VERIFIED,
) -> Citation:
    """A citation of an article of Law 85/2015/QH13 (as amended when the rule is the 2025 one).

    >>> cite_election_law(35, 1).render("en")
    'Law 85/2015/QH13, Art. 35(1)'
    """
    return Citation(InstrumentKind.LAW, ELECTION_LAW, article, clause, point, confidence)


class ElectionStep(LabelledEnum):
    """A step of the election timetable, due a number of days before election day."""

    ELECTION_DAY_ANNOUNCED = "election-day-announced"
    CANDIDATE_STRUCTURE = "candidate-structure"
    ELECTORAL_COMMITTEES = "electoral-committees"
    FIRST_CONSULTATION = "first-consultation"
    CONSTITUENCIES_PUBLISHED = "constituencies-published"
    ELECTION_BOARDS = "election-boards"
    POLLING_TEAMS = "polling-teams"
    CANDIDATE_DOSSIERS = "candidate-dossiers"
    SECOND_CONSULTATION = "second-consultation"
    VOTER_LIST_POSTED = "voter-list-posted"
    VOTER_CONCERNS_VERIFIED = "voter-concerns-verified"
    THIRD_CONSULTATION = "third-consultation"
    FRONT_LIST_SENT = "front-list-sent"
    OFFICIAL_CANDIDATE_LIST = "official-candidate-list"
    CANDIDATE_LIST_POSTED = "candidate-list-posted"
    CANDIDATE_COMPLAINTS_CLOSED = "candidate-complaints-closed"


register_labels(
    ElectionStep,
    {
        ElectionStep.ELECTION_DAY_ANNOUNCED: N_("Công bố ngày bầu cử"),
        ElectionStep.CANDIDATE_STRUCTURE: N_(
            "Dự kiến cơ cấu, thành phần, số lượng người được giới thiệu ứng cử"
        ),
        ElectionStep.ELECTORAL_COMMITTEES: N_("Thành lập Ủy ban bầu cử"),
        ElectionStep.FIRST_CONSULTATION: N_("Hội nghị hiệp thương lần thứ nhất"),
        ElectionStep.CONSTITUENCIES_PUBLISHED: N_("Công bố đơn vị bầu cử và số đại biểu được bầu"),
        ElectionStep.ELECTION_BOARDS: N_("Thành lập Ban bầu cử"),
        ElectionStep.POLLING_TEAMS: N_("Thành lập Tổ bầu cử"),
        ElectionStep.CANDIDATE_DOSSIERS: N_("Hạn nộp hồ sơ ứng cử"),
        ElectionStep.SECOND_CONSULTATION: N_("Hội nghị hiệp thương lần thứ hai"),
        ElectionStep.VOTER_LIST_POSTED: N_("Niêm yết danh sách cử tri"),
        ElectionStep.VOTER_CONCERNS_VERIFIED: N_(
            "Xác minh, trả lời vụ việc cử tri nêu về người ứng cử"
        ),
        ElectionStep.THIRD_CONSULTATION: N_("Hội nghị hiệp thương lần thứ ba"),
        ElectionStep.FRONT_LIST_SENT: N_("Gửi danh sách người đủ tiêu chuẩn ứng cử"),
        ElectionStep.OFFICIAL_CANDIDATE_LIST: N_("Công bố danh sách chính thức người ứng cử"),
        ElectionStep.CANDIDATE_LIST_POSTED: N_("Niêm yết danh sách người ứng cử"),
        ElectionStep.CANDIDATE_COMPLAINTS_CLOSED: N_(
            "Ngừng xem xét khiếu nại, tố cáo về người ứng cử"
        ),
    },
)


class ElectionLaw(Instrument):
    """Base of the election laws: answers computed from the cited rules of each instrument.

    A subclass sets every rule below as a class attribute (with its citation); the methods
    read them, so an amendment only overrides the rules it changes. The timetable steps are
    :class:`~hdnd.law.deadlines.Deadline` attributes named after the members of
    :class:`ElectionStep` (``CANDIDATE_DOSSIERS`` ...), counted back from election day.
    """

    domain: ClassVar[Domain] = Domain.ELECTIONS

    ELECTION_DAY_SUNDAY: ClassVar[Fact]
    MINIMUM_CANDIDATE_AGE: ClassVar[Fact]
    MAX_SEATS_PER_CONSTITUENCY: ClassVar[Fact]
    CANDIDATE_MARGIN: ClassVar[Fact]
    WOMEN_ON_CANDIDATE_LISTS: ClassVar[Share]
    TURNOUT: ClassVar[Threshold]
    WINNER_MAJORITY: ClassVar[Threshold]
    RANKED_BY_VOTES: ClassVar[Fact]
    TIE_GOES_TO_OLDER: ClassVar[Fact]
    SUPPLEMENTARY_TRIGGER: ClassVar[Threshold]
    SUPPLEMENTARY_ELECTION: ClassVar[Deadline]
    RERUN_ELECTION: ClassVar[Deadline]
    RERUN_RESULT_ACCEPTED: ClassVar[Fact]
    ANNULLED_ELECTION_RERUN: ClassVar[Deadline]
    RESULTS_ANNOUNCED: ClassVar[Deadline]
    RESULT_COMPLAINT: ClassVar[Deadline]
    RESULT_COMPLAINT_DECISION: ClassVar[Deadline]
    BY_ELECTION_MONTHS_LEFT: ClassVar[Fact]
    BY_ELECTION_SHORTFALL: ClassVar[Threshold]
    BY_ELECTION_NEW_UNIT: ClassVar[Threshold]

    # --- timetable ---------------------------------------------------------------------------

    @classmethod
    def step_rule(cls, step: ElectionStep) -> Deadline:
        """The cited rule fixing how many days before election day *step* is due."""
        rule = getattr(cls, step.name)
        if not isinstance(rule, Deadline):  # pragma: no cover - a subclass forgot a step
            msg = f"{cls.__name__} sets no rule for {step.name}"
            raise TypeError(msg)
        return rule

    def check_election_day(self, day: dt.date) -> dt.date:
        """Return *day* if it may be election day (a Sunday, Art. 5), else raise ``ValueError``.

        >>> import datetime as dt
        >>> from hdnd.law.elections.elections2025 import ElectionLaw2025
        >>> ElectionLaw2025().check_election_day(dt.date(2026, 3, 14))
        Traceback (most recent call last):
        ...
        ValueError: election day must be a Sunday (...); 2026-03-14 is a Saturday
        """
        if not isinstance(day, dt.date) or isinstance(day, dt.datetime):
            msg = f"election day must be a datetime.date, not {day!r}"
            raise TypeError(msg)
        if day.isoweekday() != self.ELECTION_DAY_SUNDAY.value:
            where = self.ELECTION_DAY_SUNDAY.citation.render("en")
            msg = f"election day must be a Sunday ({where}); {day} is a {day.strftime('%A')}"
            raise ValueError(msg)
        return day

    def timetable(self, election_day: dt.date) -> dict[ElectionStep, dt.date]:
        """The last day for every step of the timetable of an election held on *election_day*.

        Each date is *election_day* minus the days the law gives ("chậm nhất là N ngày trước
        ngày bầu cử"); nothing is moved off weekends. Steps are listed in date order.

        Raises:
            ValueError: *election_day* is not a Sunday.
        """
        self.check_election_day(election_day)
        days = {step: self.step_rule(step).due(election_day) for step in ElectionStep}
        return dict(sorted(days.items(), key=lambda item: item[1]))

    def supplementary_election_by(self, election_day: dt.date) -> dt.date:
        """The latest day of a supplementary round (bầu cử thêm) after *election_day*."""
        return election_day + dt.timedelta(days=self.SUPPLEMENTARY_ELECTION.days)

    def rerun_by(self, election_day: dt.date) -> dt.date:
        """The latest day of a re-run (bầu cử lại) after low turnout on *election_day*."""
        return election_day + dt.timedelta(days=self.RERUN_ELECTION.days)

    def results_announced_by(self, election_day: dt.date) -> dt.date:
        """The latest day to announce the council election results."""
        return election_day + dt.timedelta(days=self.RESULTS_ANNOUNCED.days)

    # --- candidates and the count ------------------------------------------------------------

    def minimum_candidates(self, seats: int) -> int:
        """The fewest names the official list of a constituency electing *seats* may carry.

        Raises:
            ValueError: *seats* is not between 1 and the most a council constituency elects.
        """
        limit = self.MAX_SEATS_PER_CONSTITUENCY.value
        if _count("seats", seats, minimum=1) > limit:
            where = self.MAX_SEATS_PER_CONSTITUENCY.citation.render("en")
            msg = f"a council constituency elects at most {limit} delegates ({where}), not {seats}"
            raise ValueError(msg)
        margins: Mapping[int, int] = self.CANDIDATE_MARGIN.value
        return seats + margins[min(seats, max(margins))]

    def election_valid(self, voted: int, voters_on_list: int) -> bool:
        """Whether a turnout of *voted* out of *voters_on_list* makes the election valid."""
        if _count("voted", voted) > _count("voters_on_list", voters_on_list):
            msg = f"voted ({voted}) cannot exceed the voters on the list ({voters_on_list})"
            raise ValueError(msg)
        return self.TURNOUT.is_met(voted, voters_on_list)

    def rerun_needed(self, voted: int, voters_on_list: int, *, rerun: bool = False) -> bool:
        """Whether the election must be held again: turnout not above half (never twice)."""
        valid = self.election_valid(voted, voters_on_list)
        return not valid and not (rerun and self.RERUN_RESULT_ACCEPTED.value)

    def count(
        self,
        results: Iterable[tuple[str, int, dt.date]],
        seats: int,
        valid_ballots: int,
        *,
        voted: int,
        voters_on_list: int,
        rerun: bool = False,
    ) -> ElectionResult:
        """The result of a constituency's election: the turnout rule, then :meth:`winners`.

        An election whose turnout is not above half of the voters on the list elects nobody
        and is :attr:`~ElectionResult.held_again`, unless it is itself the re-run (*rerun*),
        whose result stands whatever the turnout. Every calculator (the checks, the reports,
        the synthetic generator) counts an election through this method.

        ```pycon
        >>> from hdnd.law.elections.elections2015 import ElectionLaw2015
        >>> law = ElectionLaw2015()
        >>> rows = [("a", 300, dt.date(1970, 1, 1)), ("b", 100, dt.date(1980, 1, 1))]
        >>> law.count(rows, 1, 400, voted=400, voters_on_list=1_000).held_again
        True
        >>> law.count(rows, 1, 400, voted=400, voters_on_list=1_000, rerun=True).elected
        ('a',)

        ```
        """
        if self.rerun_needed(voted, voters_on_list, rerun=rerun):
            return ElectionResult(_count("seats", seats, minimum=1), (), held_again=True)
        return self.winners(results, seats, valid_ballots)

    def winners(
        self, results: Iterable[tuple[str, int, dt.date]], seats: int, valid_ballots: int
    ) -> ElectionResult:
        """Who wins the *seats* of a constituency from its *results*.

        A winner needs more than half of the valid ballots; if more candidates reach it than
        there are seats, those with the most votes win; candidates tied at the cut-off are
        separated by age, the older winning. Candidates who are tied on votes *and* share a
        date of birth are returned in :attr:`ElectionResult.tied`, never chosen.

        Args:
            results: ``(candidate id, votes, date of birth)`` for every candidate.
            seats: Seats of the constituency.
            valid_ballots: Valid ballots cast in the constituency.

        Raises:
            ValueError: A count is not a whole number, a candidate appears twice or has more
                votes than there are valid ballots.
        """
        _count("seats", seats, minimum=1)
        _count("valid_ballots", valid_ballots)
        rows = _results(results, valid_ballots)
        needed = self.WINNER_MAJORITY.minimum_votes(valid_ballots)
        qualified = [r for r in rows if r.votes >= needed]
        qualified.sort(key=lambda r: (-r.votes, r.born, r.candidate))
        if len(qualified) <= seats:
            return ElectionResult(seats, tuple(r.candidate for r in qualified))
        cutoff = qualified[seats - 1].votes
        above = [r for r in qualified if r.votes > cutoff]
        at_cutoff = [r for r in qualified if r.votes == cutoff]
        left = seats - len(above)
        if len(at_cutoff) <= left:  # equal votes, but seats for all of them: no tie to break
            return ElectionResult(seats, tuple(r.candidate for r in above + at_cutoff))
        by_age: list[CandidateResult] = []
        tied: list[CandidateResult] = []
        for _, same_age in itertools.groupby(at_cutoff, key=lambda r: r.born):
            group = list(same_age)
            if left == 0:
                break
            if len(group) <= left:
                by_age += group
                left -= len(group)
            else:
                tied = group
                break
        return ElectionResult(
            seats,
            tuple(r.candidate for r in above + by_age),
            tuple(r.candidate for r in by_age),
            tuple(r.candidate for r in tied),
            left if tied else 0,
        )

    def supplementary_needed(self, elected: int, seats: int) -> bool:
        """Whether a constituency that filled *elected* of its *seats* holds a second round."""
        if _count("elected", elected) > _count("seats", seats, minimum=1):
            msg = f"elected ({elected}) cannot exceed the seats ({seats})"
            raise ValueError(msg)
        return not self.SUPPLEMENTARY_TRIGGER.is_met(elected, seats)

    # --- by-elections ------------------------------------------------------------------------

    def by_election_allowed(
        self,
        *,
        on: dt.date,
        term_end: dt.date,
        in_office: int,
        elected_at_start: int | None = None,
        statutory_seats: int | None = None,
    ) -> bool:
        """Whether a by-election (bầu cử bổ sung) to a council may be held on day *on*.

        More than 18 months of the term must remain, and either the council must be short of
        more than a third of the delegates elected at the start of the term, or a newly formed
        or merged unit must have fewer than two thirds of the seats the law gives it.

        Args:
            on: The day of the by-election.
            term_end: The expected end of the term.
            in_office: Delegates in office.
            elected_at_start: Delegates elected at the start of the term (the shortfall test).
            statutory_seats: For a newly formed or merged unit, the seats the law gives it.

        Raises:
            ValueError: Neither *elected_at_start* nor *statutory_seats* is given, or a count
                is not a whole number.
        """
        _count("in_office", in_office)
        if elected_at_start is None and statutory_seats is None:
            msg = "give elected_at_start, statutory_seats (a new or merged unit), or both"
            raise ValueError(msg)
        time_left = add_months(on, self.BY_ELECTION_MONTHS_LEFT.value) < term_end
        short = False
        if elected_at_start is not None:
            vacant = _count("elected_at_start", elected_at_start) - in_office
            short = vacant > 0 and self.BY_ELECTION_SHORTFALL.is_met(vacant, elected_at_start)
        if statutory_seats is not None:
            seats = _count("statutory_seats", statutory_seats, minimum=1)
            short = short or not self.BY_ELECTION_NEW_UNIT.is_met(in_office, seats)
        return time_left and short
