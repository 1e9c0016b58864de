"""Circular 05/2021/TT-TTCP (LAW.md §8.4, LAW-ADDENDUM §4)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd.law.citation import Confidence, InstrumentKind
from hdnd.law.deadlines import DayCount, DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.petitions2021 import PetitionHandlingCircular2021

_RULES = PetitionHandlingCircular2021()


def test_identity() -> None:
    assert _RULES.key == "petitions2021"
    assert _RULES.kind is InstrumentKind.CIRCULAR
    assert _RULES.domain is Domain.PETITION_HANDLING
    assert _RULES.promulgated == dt.date(2021, 10, 1)
    assert _RULES.replaces == ("07/2014/TT-TTCP",)
    assert _RULES.name("en") == "Circular 05/2021/TT-TTCP"


def test_in_force_from_15_november_2021() -> None:
    before = framework_at(dt.date(2021, 11, 14)).deadline(DeadlineKind.PETITION_PROCESSING)
    on = framework_at(dt.date(2021, 11, 15)).deadline(DeadlineKind.PETITION_PROCESSING)
    assert isinstance(before, NotApplicable)
    assert on is _RULES.PETITION_PROCESSING


def test_processing_is_10_working_days_and_unverified() -> None:
    deadline = _RULES.PETITION_PROCESSING
    assert deadline.days == 10
    assert deadline.count is DayCount.WORKING
    assert deadline.citation.confidence is Confidence.UNVERIFIED


@pytest.mark.parametrize(
    ("received", "due"),
    [
        (dt.date(2026, 11, 2), dt.date(2026, 11, 16)),  # Monday: two working weeks
        (dt.date(2026, 11, 6), dt.date(2026, 11, 20)),  # Friday
        (dt.date(2026, 2, 10), dt.date(2026, 3, 3)),  # across the Tết holiday of 2026
    ],
)
def test_processing_due_date(received: dt.date, due: dt.date) -> None:
    assert _RULES.PETITION_PROCESSING.due(received) == due


@pytest.mark.parametrize(("signers", "multi"), [(1, False), (4, False), (5, True), (40, True)])
def test_multi_signature_from_5_signers(signers: int, multi: bool) -> None:
    assert _RULES.is_multi_signature(signers) is multi


@pytest.mark.parametrize("bad", [0, -1, True, 2.5, "5", None])
def test_multi_signature_refuses_bad_counts(bad: Any) -> None:
    with pytest.raises(ValueError, match="signers must be a whole number"):
        _RULES.is_multi_signature(bad)


def test_denunciations_are_forwarded_once_verified() -> None:
    rule = _RULES.DENUNCIATION_FORWARDED_ONCE
    assert rule.value is True
    assert rule.citation.confidence is Confidence.VERIFIED
    assert rule.citation.article == 14
    assert _RULES.CONTENT_CLASSES.value == ("complaint", "denunciation", "recommendation", "mixed")
