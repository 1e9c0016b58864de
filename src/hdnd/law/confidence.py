"""Confidence votes: what a share of "low confidence" ratings leads to.

Councils rate the people they elect once a term (lấy phiếu tín nhiệm). The instrument in
force says what a given number of "tín nhiệm thấp" ratings leads to: nothing, the person
may resign, a confidence vote (bỏ phiếu tín nhiệm), or a proposal to dismiss them. The
instruments themselves are :mod:`hdnd.law.nq85_2014` and :mod:`hdnd.law.nq96_2023`.
"""

from __future__ import annotations

import abc
from typing import ClassVar

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.thresholds import Base

__all__ = ["ConfidenceOutcome", "ConfidenceVoteRules"]


class ConfidenceOutcome(LabelledEnum):
    """What the "low confidence" ratings of one person lead to."""

    NONE = "none"
    MAY_RESIGN = "may-resign"
    CONFIDENCE_VOTE = "confidence-vote"
    DISMISSAL_PROPOSAL = "dismissal-proposal"


register_labels(
    ConfidenceOutcome,
    {
        ConfidenceOutcome.NONE: N_("không có hệ quả"),
        ConfidenceOutcome.MAY_RESIGN: N_("có thể xin từ chức"),
        ConfidenceOutcome.CONFIDENCE_VOTE: N_("đưa ra bỏ phiếu tín nhiệm"),
        ConfidenceOutcome.DISMISSAL_PROPOSAL: N_("trình miễn nhiệm"),
    },
)


class ConfidenceVoteRules(Instrument):
    """Base of the instruments on confidence votes."""

    domain: ClassVar[Domain] = Domain.CONFIDENCE_VOTES
    BASE: ClassVar[Base]
    """What the shares are counted against (delegates before 2023, ballots after)."""

    @abc.abstractmethod
    def outcome(self, *, total: int, low: int) -> ConfidenceOutcome:
        """What *low* "tín nhiệm thấp" ratings out of *total* lead to.

        Args:
            total: The base the instrument counts against (:attr:`BASE`).
            low: The number of "tín nhiệm thấp" ratings.

        Raises:
            ValueError: A count is not a whole number of at least 0, or *low* exceeds
                *total*.
        """

    @staticmethod
    def check_counts(total: int, low: int) -> None:
        """Raise ``ValueError`` unless both are whole numbers and *low* ≤ *total*."""
        for name, value in (("total", total), ("low", low)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                msg = f"{name} must be a whole number of at least 0, not {value!r}"
                raise ValueError(msg)
        if low > total:
            msg = f"low ({low}) cannot exceed total ({total})"
            raise ValueError(msg)
