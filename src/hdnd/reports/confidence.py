"""Confidence ratings and votes of a council: each person's result and what the law makes of it.

:func:`confidence_results` gives one row per person rated — the posts, the ballots, the
three counts, the share of "tín nhiệm thấp" ratings against the ballots and against the
delegates, the outcome under the resolution in force on the day of the rating with its
citation — and the confidence vote that followed, if any, with its result. The base of the
outcome is the one that resolution counts against: the delegates under Resolution
85/2014/QH13, the ballots from 1 July 2023 under Resolution 96/2023/QH15; both shares are
shown, so that the difference shows. Votes asked for by delegates or the Fatherland Front
have rows of their own. Notes name the holders of rated posts who were exempt, and those due
a rating with no result recorded.

```pycon
>>> from hdnd import Dataset
>>> ds = Dataset.model_validate({
...     "councils": [{"id": "c", "unit": "92", "term": "2021-2026"}],
...     "confidence_ratings": [
...         {"id": "r1", "council": "c", "day": "2023-12-08", "person": "p",
...          "posts": ["peoples-committee-chair"], "ballots": 50, "high": 10,
...          "confidence": 6, "low": 34, "delegates": 60}]})
>>> results = confidence_results(ds, "c")
>>> [(r.person, r.base.value, r.share, r.other_share, r.outcome.value) for r in results.ratings]
[('p', 'ballots', Fraction(17, 25), Fraction(17, 30), 'dismissal-proposal')]
>>> results.rows("en")[0]["outcome"], results.rows("en")[0]["citation"]
('proposal to dismiss', 'Resolution 96/2023/QH15, Art. 12')

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import TypeVar

import attrs

from hdnd._core.i18n import N_, Language
from hdnd._core.period import Period
from hdnd.confidence.kinds import RatingExemption
from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.roll import RatingDue, roll_call
from hdnd.confidence.rules import confidence_rules
from hdnd.confidence.vote import ConfidenceVote
from hdnd.councils.council import Council
from hdnd.councils.offices import Post
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.law.confidence.base import ConfidenceOutcome, ConfidenceVoteRules
from hdnd.law.rules import Fact
from hdnd.reports.base import Column, Report, freeze, typed
from hdnd.reports.common import council_name
from hdnd.reports.confidence_counted import (
    RatingResult,
    VoteResult,
    follows,
    measure_rating,
    measure_vote,
)
from hdnd.reports.period import _covered, _notes, _when

__all__ = ["ConfidenceResults", "confidence_results"]

_R = TypeVar("_R", ConfidenceRating, ConfidenceVote)


@attrs.frozen(hash=False)
class ConfidenceResults(Report):
    """The confidence ratings and votes of a council, as a table and as fields.

    Attributes:
        council: The council's id.
        period: The days counted; ``None`` for all.
        ratings: Each rating measured against the law of its day, in day order, with the
            vote that followed it.
        votes: Every confidence vote counted, in day order (those that followed a rating
            included).
        exempt: The holders of rated posts not rated, and why, by person (on the days of
            the ratings).
        unrated: The holders due a rating on those days with no rating recorded.
    """

    council: str = attrs.field(kw_only=True)
    period: Period | None = attrs.field(kw_only=True)
    ratings: tuple[RatingResult, ...] = attrs.field(kw_only=True)
    votes: tuple[VoteResult, ...] = attrs.field(kw_only=True)
    exempt: Mapping[str, tuple[RatingExemption, ...]] = attrs.field(kw_only=True, converter=freeze)
    unrated: tuple[str, ...] = attrs.field(kw_only=True)

    @property
    def by_person(self) -> Mapping[str, RatingResult]:
        """Each person's rating (the latest, should a person have several)."""
        return freeze({result.person: result for result in self.ratings})


_COLUMNS = (
    Column("rating", N_("Mã kết quả lấy phiếu"), "code", shown=False),
    Column("person", N_("Mã người được lấy phiếu"), "code", shown=False),
    Column("name", N_("Người được lấy phiếu")),
    Column("posts", N_("Chức vụ")),
    Column("day", N_("Ngày")),
    Column("ballots", N_("Tổng số phiếu"), "number"),
    Column("high", N_("Tín nhiệm cao"), "number"),
    Column("confidence", N_("Tín nhiệm"), "number"),
    Column("low", N_("Tín nhiệm thấp"), "number"),
    Column("delegates", N_("Tổng số đại biểu"), "number"),
    Column("base", N_("Căn cứ tính hệ quả")),
    Column("share_of_ballots", N_("Tín nhiệm thấp / tổng số phiếu"), "share"),
    Column("share_of_delegates", N_("Tín nhiệm thấp / tổng số đại biểu"), "share"),
    Column("outcome", N_("Hệ quả theo quy định")),
    Column("citation", N_("Căn cứ pháp lý")),
    Column("vote", N_("Mã bỏ phiếu tín nhiệm"), "code", shown=False),
    Column("trigger", N_("Lý do bỏ phiếu tín nhiệm")),
    Column("no_confidence", N_("Không tín nhiệm"), "number"),
    Column("vote_outcome", N_("Hệ quả của bỏ phiếu tín nhiệm")),
)

_BASES = N_(
    "Hệ quả theo quy định có hiệu lực vào ngày lấy phiếu, tính trên căn cứ của quy định đó: "
    "{bases}. Hai cột tỷ lệ ghi tỷ lệ phiếu tín nhiệm thấp trên cả hai căn cứ, nơi biết cả hai."
)
_DELEGATES = N_(
    "Tổng số đại biểu theo hồ sơ lấy phiếu; nơi hồ sơ không ghi, là số đại biểu đang làm "
    "nhiệm vụ vào ngày đó."
)
_NO_OUTCOME = N_(
    "Để trống hệ quả khi không biết căn cứ tính (hồ sơ không ghi tổng số đại biểu và dữ liệu "
    "không có nhiệm vụ đại biểu) hoặc quy định của ngày đó chưa được mã hóa."
)
_VOTES = N_(
    "Bỏ phiếu tín nhiệm: hệ quả theo quy định có hiệu lực vào ngày bỏ phiếu; để trống khi "
    "quy định đó chưa được mã hóa."
)
_FOLLOW_UP = N_("{citation}: {rule}.")
_EXEMPT = N_("Không lấy phiếu: {exempt}.")
_UNRATED = N_("Thuộc diện lấy phiếu nhưng không có kết quả lấy phiếu: {unrated}.")


@attrs.frozen
class _Names:
    """People, each with what is said of them (the reasons of an exemption)."""

    people: tuple[tuple[str, tuple[RatingExemption, ...]], ...]

    def localize(self, language: Language) -> str:
        return "; ".join(
            f"{name} ({', '.join(reason.label(language) for reason in reasons)})"
            if reasons
            else name
            for name, reasons in self.people
        )


@attrs.frozen
class _Bases:
    """The resolutions applied, each with the base it counts against."""

    used: tuple[type[ConfidenceVoteRules], ...]

    def localize(self, language: Language) -> str:
        return "; ".join(f"{law.name(language)}: {law.BASE.label(language)}" for law in self.used)


@attrs.frozen
class _Posts:
    """The labels of several posts, in one cell."""

    posts: tuple[Post, ...]

    def localize(self, language: Language) -> str:
        return ", ".join(post.label(language) for post in self.posts)


def confidence_results(
    dataset: Dataset, council: str, *, as_of: dt.date | None = None, period: Period | None = None
) -> ConfidenceResults:
    """The confidence ratings and votes of *council* over *period* (its term by default).

    A rating or vote counts when its day is in the period, up to *as_of*. Each rating is
    measured against the resolution in force on its day
    (:func:`~hdnd.reports.confidence_counted.measure_rating`); a vote follows a rating when
    it names it, or else is the person's vote held after it and not asked for by delegates
    or the Fatherland Front. On the day of each session's ratings, the holders of the posts
    the council rates (:func:`hdnd.confidence.roll_call`) are compared with the ratings:
    those exempt, and those due a rating with none recorded, are named in notes.

    Rows: one per rating (``rating``, ``person``, ``name``, ``posts``, ``day``, ``ballots``,
    ``high``, ``confidence``, ``low``, ``delegates``, ``base``, ``share_of_ballots``,
    ``share_of_delegates``, ``outcome``, ``citation``, and for the vote that followed
    ``vote``, ``trigger``, ``no_confidence``, ``vote_outcome``), then one per vote that
    followed no rating.

    Raises:
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
    """
    index = dataset.index
    record = index.council(council)
    days = _covered(index, record, as_of, period)
    ratings = _within(index.grouped.get("confidence_ratings", {}).get(council, ()), days)
    votes = _within(index.grouped.get("confidence_votes", {}).get(council, ()), days)

    measured_votes = {vote.id: measure_vote(index, vote) for vote in votes}
    results: list[RatingResult] = []
    followed: set[str] = set()
    for rating in ratings:
        vote = next((v for v in votes if v.id not in followed and follows(v, rating)), None)
        if vote is not None:
            followed.add(vote.id)
        results.append(measure_rating(index, rating, measured_votes[vote.id] if vote else None))
    alone = [measured_votes[v.id] for v in votes if v.id not in followed]
    exempt, unrated = _roll(dataset, record, ratings)

    names = _names(index)
    rows = [_rating_row(result, names) for result in results]
    rows += [_vote_row(vote, names) for vote in alone]
    subtitle, when = _when(index, record, days)
    params, notes = _notes_of(results, votes, exempt, unrated, names)
    report = Report(
        title=N_("Lấy phiếu tín nhiệm và bỏ phiếu tín nhiệm: {council}"),
        subtitle=subtitle,
        columns=_COLUMNS,
        data=tuple(rows),
        params={"council": _name(index, record), **when, **params},
        notes=_notes(dataset, *notes),
    )
    return typed(
        report,
        ConfidenceResults,
        council=record.id,
        period=days,
        ratings=tuple(results),
        votes=tuple(measured_votes.values()),
        exempt={due.person: due.exemptions for due in exempt},
        unrated=tuple(due.person for due in unrated),
    )


def _within(records: Sequence[_R], days: Period | None) -> tuple[_R, ...]:
    return tuple(r for r in records if days is None or r.day in days)


def _roll(
    dataset: Dataset, council: Council, ratings: Sequence[ConfidenceRating]
) -> tuple[list[RatingDue], list[RatingDue]]:
    """The exempt, and the due but not rated, on the day of each session's ratings."""
    index = dataset.index
    if not ratings or not index.has_unit(council.unit):
        return [], []
    level = index.unit(council.unit).level
    sessions: dict[str, list[ConfidenceRating]] = {}
    for rating in ratings:
        sessions.setdefault(rating.session or rating.day.isoformat(), []).append(rating)
    exempt: dict[str, RatingDue] = {}
    unrated: dict[str, RatingDue] = {}
    for group in sessions.values():
        call = roll_call(dataset.offices, council.id, level, group)
        for due in call.exempt:
            exempt.setdefault(due.person, due)
        for due in call.unrated:
            unrated.setdefault(due.person, due)
    return list(exempt.values()), list(unrated.values())


def _name(index: DatasetIndex, council: Council) -> str:
    """The council's name, or its id where neither it nor its unit says more."""
    if council.name or index.has_unit(council.unit):
        return council_name(index, council)
    return council.id


def _names(index: DatasetIndex) -> Mapping[str, str]:
    return {key: delegate.name for key, delegate in index.delegates.items()}


def _row(cells: Mapping[str, object]) -> tuple[object, ...]:
    """The cells in column order; a column not given is empty."""
    return tuple(cells.get(column.key) for column in _COLUMNS)


def _rating_row(result: RatingResult, names: Mapping[str, str]) -> tuple[object, ...]:
    return _row(
        {
            "rating": result.rating,
            "person": result.person,
            "name": names.get(result.person, result.person),
            "posts": _Posts(result.posts),
            "day": result.day,
            "ballots": result.ballots,
            "high": result.high,
            "confidence": result.confidence,
            "low": result.low,
            "delegates": result.delegates,
            "base": result.base,
            "share_of_ballots": result.share_of_ballots,
            "share_of_delegates": result.share_of_delegates,
            "outcome": result.outcome,
            "citation": None if result.rule is None else result.rule.citation,
            **_vote_cells(result.vote),
        }
    )


def _vote_cells(vote: VoteResult | None) -> dict[str, object]:
    if vote is None:
        return {}
    return {
        "vote": vote.vote,
        "trigger": vote.trigger,
        "no_confidence": vote.no_confidence,
        "vote_outcome": vote.outcome,
    }


def _vote_row(vote: VoteResult, names: Mapping[str, str]) -> tuple[object, ...]:
    """A vote that followed no rating: the person, the day and ballots, and the vote's cells."""
    return _row(
        {
            "person": vote.person,
            "name": names.get(vote.person, vote.person),
            "posts": _Posts(vote.posts),
            "day": vote.day,
            "ballots": vote.ballots,
            **_vote_cells(vote),
        }
    )


def _follow_up(results: Iterable[RatingResult]) -> Fact | None:
    """The rule that puts to a vote a person who may resign and does not, where one applies."""
    for result in results:
        law = confidence_rules(result.day)
        if law is not None and result.outcome is ConfidenceOutcome.MAY_RESIGN:
            rule = law.LOW_RATING_LEADS_TO_VOTE
            if rule is not None:
                return rule
    return None


def _notes_of(
    results: Sequence[RatingResult],
    votes: Sequence[ConfidenceVote],
    exempt: Iterable[RatingDue],
    unrated: Iterable[RatingDue],
    names: Mapping[str, str],
) -> tuple[dict[str, object], list[str]]:
    params: dict[str, object] = {}
    notes: list[str] = []
    used = {type(rules) for r in results if (rules := confidence_rules(r.day)) is not None}
    if used:
        params["bases"] = _Bases(tuple(sorted(used, key=lambda cls: cls.effective)))
        notes += [_BASES, _DELEGATES]
    if any(r.outcome is None for r in results):
        notes.append(_NO_OUTCOME)
    follow_up = _follow_up(results)
    if follow_up is not None:
        params |= {"citation": follow_up.citation, "rule": follow_up.label}
        notes.append(_FOLLOW_UP)
    if votes:
        notes.append(_VOTES)
    people = tuple((names.get(d.person, d.person), d.exemptions) for d in exempt)
    if people:
        params["exempt"] = _Names(people)
        notes.append(_EXEMPT)
    missing = tuple((names.get(d.person, d.person), ()) for d in unrated)
    if missing:
        params["unrated"] = _Names(missing)
        notes.append(_UNRATED)
    return params, notes
