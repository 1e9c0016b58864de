from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.confidence import ConfidenceOutcome
from hdnd.law.nq85_2014 import ConfidenceRules2014
from hdnd.law.seats import NotApplicable
from hdnd.law.thresholds import Base

_RULES = ConfidenceRules2014()


@pytest.mark.parametrize(
    ("total", "low", "outcome"),
    [
        (60, 30, ConfidenceOutcome.NONE),  # exactly half is not more than half
        (60, 31, ConfidenceOutcome.MAY_RESIGN),
        (60, 39, ConfidenceOutcome.MAY_RESIGN),
        (60, 40, ConfidenceOutcome.CONFIDENCE_VOTE),  # two thirds reached
        (61, 40, ConfidenceOutcome.MAY_RESIGN),  # 2/3 of 61 is 40.67
        (61, 41, ConfidenceOutcome.CONFIDENCE_VOTE),
        (0, 0, ConfidenceOutcome.CONFIDENCE_VOTE),  # 0 ≥ 2/3 of 0: a degenerate council
    ],
)
def test_outcomes_on_both_sides_of_each_threshold(
    total: int, low: int, outcome: ConfidenceOutcome
) -> None:
    assert _RULES.outcome(total=total, low=low) is outcome


def test_counts_on_the_total_number_of_delegates() -> None:
    assert ConfidenceRules2014.BASE is Base.TOTAL_DELEGATES
    assert _RULES.MAY_RESIGN.citation is not None
    assert _RULES.MAY_RESIGN.citation.render("en") == "Law 87/2015/QH13, Art. 63(3)"


@pytest.mark.parametrize(("total", "low"), [(10, 11), (-1, 0), (10, True)])
def test_bad_counts(total: int, low: int) -> None:
    with pytest.raises(ValueError, match=r"low|total"):
        _RULES.outcome(total=total, low=low)


def test_in_force_from_1_july_2015() -> None:
    assert isinstance(framework_at(dt.date(2015, 6, 30)).confidence_outcome(total=60, low=40),
                      NotApplicable)  # fmt: skip
    assert framework_at(dt.date(2015, 7, 1)).confidence_outcome(total=60, low=40) is (
        ConfidenceOutcome.CONFIDENCE_VOTE
    )
