"""At least 35% women on the official candidate lists: Law 85/2015/QH13 Art. 9, as amended."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from hdnd.law import Domain, framework_at
from hdnd.law.citation import Confidence, InstrumentKind
from hdnd.law.elections.base import ElectionLaw
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.elections.elections2025 import ElectionLaw2025
from hdnd.law.rules import rules_of
from hdnd.law.shares import Share


@pytest.mark.parametrize("cls", [ElectionLaw2015, ElectionLaw2025])
def test_the_share_and_its_article(cls: type[ElectionLaw]) -> None:
    rule = cls.WOMEN_ON_CANDIDATE_LISTS
    assert isinstance(rule, Share)
    assert rule.fraction == Fraction(35, 100)
    assert (rule.aim, rule.about) == (False, False)  # an obligation, a floor
    citation = rule.citation
    assert (citation.kind, citation.number, citation.article) == (
        InstrumentKind.LAW,
        "85/2015/QH13",
        9,
    )
    assert citation.render("vi") == "Luật 85/2015/QH13, Điều 9"
    assert citation.render("en") == "Law 85/2015/QH13, Art. 9"
    assert rules_of(cls)["WOMEN_ON_CANDIDATE_LISTS"] is rule


def test_the_amended_text_verifies_what_the_2015_text_is_known_by_secondary_sources() -> None:
    assert ElectionLaw2015.WOMEN_ON_CANDIDATE_LISTS.citation.confidence is Confidence.SECONDARY
    assert ElectionLaw2025.WOMEN_ON_CANDIDATE_LISTS.citation.confidence is Confidence.VERIFIED
    assert "WOMEN_ON_CANDIDATE_LISTS" in vars(ElectionLaw2025)  # restated, not only inherited
    assert (
        ElectionLaw2025.WOMEN_ON_CANDIDATE_LISTS.fraction
        == ElectionLaw2015.WOMEN_ON_CANDIDATE_LISTS.fraction
    )


@pytest.mark.parametrize(
    ("day", "confidence"),
    [
        (dt.date(2025, 6, 30), Confidence.SECONDARY),
        (dt.date(2025, 7, 1), Confidence.VERIFIED),
        (dt.date(2026, 3, 15), Confidence.VERIFIED),
    ],
)
def test_the_rule_in_force_on_each_side_of_1_july_2025(
    day: dt.date, confidence: Confidence
) -> None:
    law = framework_at(day).instrument(Domain.ELECTIONS)
    assert isinstance(law, ElectionLaw)
    assert law.WOMEN_ON_CANDIDATE_LISTS.fraction == Fraction(7, 20)
    assert law.WOMEN_ON_CANDIDATE_LISTS.citation.confidence is confidence


def test_the_label() -> None:
    rule = ElectionLaw2025.WOMEN_ON_CANDIDATE_LISTS
    assert rule.describe("vi") == (
        "Phụ nữ trong danh sách chính thức những người ứng cử đại biểu Hội đồng nhân dân:"
        " ít nhất 35%"
    )
    assert rule.describe("en") == (
        "Women on the official lists of candidates for People's Council delegate: at least 35%"
    )


def test_the_2026_2031_composition_target_reads_it() -> None:
    from hdnd.reports.targets import DEFAULT_TARGETS

    listed = DEFAULT_TARGETS["2026-2031"][0]
    rule = ElectionLaw2025.WOMEN_ON_CANDIDATE_LISTS
    assert (listed.code, listed.share, listed.source) == (
        "candidates/gender/female",
        rule.fraction,
        rule.citation,
    )
    assert listed.confidence is Confidence.VERIFIED
    assert f"{rule.percent}%" in listed.label
