"""Exact-fraction voting thresholds ("more than half", "at least two thirds").

Thresholds are never floats. "More than half of 85" needs 43 votes; "at least two thirds of
85" needs 57; both are computed exactly:

```pycon
>>> from fractions import Fraction
>>> majority = Threshold(Fraction(1, 2), strict=True, base=Base.TOTAL_DELEGATES)
>>> majority.minimum_votes(85), majority.minimum_votes(84)
(43, 43)
>>> majority.is_met(42, 84), majority.is_met(43, 84)
(False, True)
>>> two_thirds = Threshold(Fraction(2, 3), strict=False, base=Base.TOTAL_DELEGATES)
>>> two_thirds.minimum_votes(85), two_thirds.minimum_votes(84)
(57, 56)
>>> majority.describe("vi"), two_thirds.describe("en")
('quá 1/2 tổng số đại biểu', 'at least 2/3 of the total number of delegates')

```

:func:`measure_vote` is the one rule every calculator applies to a vote (the check of
recorded outcomes, the session reports, the synthetic generator): which base counts, the
votes needed, the margin and the outcome.
"""

from __future__ import annotations

from collections.abc import Callable
from fractions import Fraction
from typing import Any

import attrs

from hdnd._core.i18n import Language, translate
from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.law.citation import Citation

__all__ = ["Base", "Decision", "Threshold", "VoteOutcome", "measure_vote"]


class Base(LabelledEnum):
    """What a threshold is counted against. Never the delegates present."""

    TOTAL_DELEGATES = "total-delegates"
    DELEGATES_IN_OFFICE = "delegates-in-office"
    BALLOTS = "ballots"
    VALID_BALLOTS = "valid-ballots"
    STANDING_COMMITTEE_MEMBERS = "standing-committee-members"
    VOTERS_ON_LIST = "voters-on-list"

    @property
    def counts_membership(self) -> bool:
        """Whether the base is the council's membership on the day.

        All delegates or those in office, which hdnd counts from mandates; any other base
        (the members of the standing committee, the ballots) only the record of a vote can
        state.
        """
        return self in (Base.TOTAL_DELEGATES, Base.DELEGATES_IN_OFFICE)


register_labels(
    Base,
    {
        Base.TOTAL_DELEGATES: N_("tổng số đại biểu"),
        Base.DELEGATES_IN_OFFICE: N_("tổng số đại biểu hiện có"),
        Base.BALLOTS: N_("tổng số phiếu"),
        Base.VALID_BALLOTS: N_("tổng số phiếu hợp lệ"),
        Base.STANDING_COMMITTEE_MEMBERS: N_("tổng số thành viên Thường trực"),
        Base.VOTERS_ON_LIST: N_("tổng số cử tri trong danh sách"),
    },
)


class Decision(LabelledEnum):
    """Kinds of council decision whose passing threshold the law fixes."""

    RESOLUTION = "resolution"
    RECALL = "recall"
    REDUCED_COUNCIL = "reduced-council"
    EXPLANATION_CONCLUSION = "explanation-conclusion"


register_labels(
    Decision,
    {
        Decision.RESOLUTION: N_("Thông qua nghị quyết"),
        Decision.RECALL: N_("Bãi nhiệm đại biểu"),
        Decision.REDUCED_COUNCIL: N_("Quyết định của Hội đồng nhân dân chỉ còn dưới hai phần ba"),
        Decision.EXPLANATION_CONCLUSION: N_("Kết luận phiên giải trình của Thường trực"),
    },
)


def _check_count(name: str, value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        msg = f"{name} must be a whole number of at least 0, not {value!r}"
        raise ValueError(msg)
    return value


def _check_fraction(_: object, __: attrs.Attribute[Fraction], value: Fraction) -> None:
    if not isinstance(value, Fraction) or not 0 <= value <= 1:
        msg = f"a threshold is an exact Fraction between 0 and 1, not {value!r}"
        raise ValueError(msg)


@attrs.frozen
class Threshold:
    """A share of a base that a count must exceed (``strict``) or reach.

    Attributes:
        fraction: The share, as an exact :class:`~fractions.Fraction`.
        strict: ``True`` for "more than" (quá, trên), ``False`` for "at least" (ít nhất, từ).
        base: What the share is taken of.
        citation: Where the rule is written.
        decision: The council decision it governs, if any: an instrument answers
            :meth:`~hdnd.law.Instrument.threshold` for that decision with this rule (declared
            once, found among the instrument's attributes).
    """

    fraction: Fraction = attrs.field(validator=_check_fraction)
    strict: bool
    base: Base
    citation: Citation | None = None
    decision: Decision | None = attrs.field(default=None, kw_only=True)

    def minimum_votes(self, base: int) -> int:
        """The smallest count that meets the threshold for a base of *base*."""
        size = _check_count("base", base)
        # floor/ceil of fraction × base in integers (exact, and much cheaper than Fraction)
        product, denominator = self.fraction.numerator * size, self.fraction.denominator
        return product // denominator + 1 if self.strict else -(-product // denominator)

    def is_met(self, votes: int, base: int) -> bool:
        """Whether *votes* out of *base* meet the threshold."""
        return _check_count("votes", votes) >= self.minimum_votes(base)

    def snapshot(self) -> dict[str, Any]:
        """The rule's parameters as plain data (for the golden snapshot and the docs)."""
        return {
            "fraction": f"{self.fraction.numerator}/{self.fraction.denominator}",
            "strict": self.strict,
            "base": self.base.value,
            "decision": self.decision.value if self.decision else None,
            "citation": self.citation.render("en") if self.citation else None,
            "confidence": self.citation.confidence.value if self.citation else None,
        }

    def describe(self, language: Language = "vi") -> str:
        """The rule in words: ``quá 1/2 tổng số đại biểu``."""
        template = N_("quá {share} {base}") if self.strict else N_("ít nhất {share} {base}")
        share = f"{self.fraction.numerator}/{self.fraction.denominator}"
        return translate(template, language, share=share, base=self.base.label(language))

    def localize(self, language: Language) -> str:
        """Same as :meth:`describe`: a threshold shows itself in words in reports."""
        return self.describe(language)


@attrs.frozen
class VoteOutcome:
    """A vote measured against the law: the base, the votes needed, the margin, the outcome.

    Attributes:
        threshold: The threshold in force for the decision, ``None`` when hdnd encodes none.
        base: What the threshold is counted against, ``None`` when it is not known.
        minimum: Votes in favour needed, ``None`` without a threshold or a base.
        margin: Votes in favour less the minimum, ``None`` likewise.
    """

    threshold: Threshold | None
    base: int | None
    minimum: int | None
    margin: int | None

    @property
    def passed(self) -> bool | None:
        """Whether the vote passes by the law; ``None`` when the law or the base is unknown."""
        return None if self.margin is None else self.margin >= 0


def measure_vote(
    threshold: Threshold | None,
    in_favour: int,
    *,
    stated_base: int | None = None,
    membership: Callable[[], int] | None = None,
) -> VoteOutcome:
    """Measure *in_favour* votes against *threshold*.

    The base is the one the minutes state (*stated_base*), else — when the threshold counts
    the council's membership — the membership on the day, asked of *membership* only then
    (a council with no delegates recorded has no base, and a base of 0 decides nothing). A
    threshold counted against another body (the standing committee's members) has no base
    unless the minutes state it.

    ```pycon
    >>> from fractions import Fraction
    >>> rule = Threshold(Fraction(1, 2), strict=True, base=Base.TOTAL_DELEGATES)
    >>> measure_vote(rule, 43, membership=lambda: 85).passed
    True
    >>> outcome = measure_vote(rule, 42, stated_base=85)
    >>> outcome.minimum, outcome.margin, outcome.passed
    (43, -1, False)
    >>> measure_vote(None, 42, stated_base=85).passed is None
    True
    >>> measure_vote(rule, 1, membership=lambda: 0).base is None
    True

    ```
    """
    _check_count("in_favour", in_favour)
    base = stated_base
    if base is None and threshold is not None and threshold.base.counts_membership:
        base = (membership() if membership is not None else 0) or None
    if threshold is None or not base:  # nothing to count against
        return VoteOutcome(threshold, base, None, None)
    minimum = threshold.minimum_votes(base)
    return VoteOutcome(threshold, base, minimum, in_favour - minimum)
