"""Confidence ratings and votes: who is rated, their ratings, and the votes that follow.

A council rates the people it elected once a term (lấy phiếu tín nhiệm,
:class:`ConfidenceRating`) and may put one of them to a confidence vote (bỏ phiếu tín
nhiệm, :class:`ConfidenceVote`). The rules — who is rated, when, against which base, and
what the ratings lead to — are the law's (:mod:`hdnd.law.confidence`), read for the day of
each record.
"""

from hdnd.confidence.kinds import ConfidenceVoteTrigger, RatingExemption
from hdnd.confidence.rating import ConfidenceRating
from hdnd.confidence.roll import RatingDue, RollCall, rated_on, rating_roll, roll_call
from hdnd.confidence.rules import base_count, confidence_rules
from hdnd.confidence.vote import ConfidenceVote

__all__ = [
    "ConfidenceRating",
    "ConfidenceVote",
    "ConfidenceVoteTrigger",
    "RatingDue",
    "RatingExemption",
    "RollCall",
    "base_count",
    "confidence_rules",
    "rated_on",
    "rating_roll",
    "roll_call",
]
