"""The law, versioned by date: instruments, thresholds, seat quotas, citations.

```pycon
>>> import datetime as dt
>>> from hdnd.law import framework_at, Decision
>>> framework_at(dt.date(2026, 4, 1)).threshold(Decision.RECALL).minimum_votes(30)
20

```
"""

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.confidence.base import ConfidenceOutcome, RatedPost
from hdnd.law.elections.base import ElectionResult, ElectionStep
from hdnd.law.framework import Framework, framework_at, framework_for_term, in_force
from hdnd.law.instrument import Decision, Domain, Instrument
from hdnd.law.local_government.lg2025 import LG2025, LocalGovernmentLaw2025
from hdnd.law.local_government.seats import (
    NotApplicable,
    NotApplicableReason,
    SeatBasis,
    SeatFormula,
    SeatQuota,
    Step,
)
from hdnd.law.local_government.structure import TWO_LEVEL_START, kind_exists, level_exists
from hdnd.law.registry import INSTRUMENTS, instrument
from hdnd.law.thresholds import Base, Threshold, VoteOutcome, measure_vote

__all__ = [
    "INSTRUMENTS",
    "LG2025",
    "TWO_LEVEL_START",
    "Base",
    "Citation",
    "Confidence",
    "ConfidenceOutcome",
    "Decision",
    "Domain",
    "ElectionResult",
    "ElectionStep",
    "Framework",
    "Instrument",
    "InstrumentKind",
    "LocalGovernmentLaw2025",
    "NotApplicable",
    "NotApplicableReason",
    "RatedPost",
    "SeatBasis",
    "SeatFormula",
    "SeatQuota",
    "Step",
    "Threshold",
    "VoteOutcome",
    "framework_at",
    "framework_for_term",
    "in_force",
    "instrument",
    "kind_exists",
    "level_exists",
    "measure_vote",
]
