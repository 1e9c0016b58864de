"""Resolution 107/2025/UBTVQH15: the aims for the candidates of the 2026–2031 councils."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction

import pytest

from hdnd.law import Domain, InstrumentKind, framework_at, instrument
from hdnd.law.citation import Confidence
from hdnd.law.elections.elections2025 import ElectionLaw2025
from hdnd.law.elections.nq107_2025 import CandidateStructureResolution2025
from hdnd.law.registry import INSTRUMENTS, in_force_until
from hdnd.law.rules import rules_of
from hdnd.law.shares import Share

_NQ107 = CandidateStructureResolution2025


def test_identity() -> None:
    assert _NQ107 in INSTRUMENTS
    assert instrument("nq107-2025") is _NQ107
    assert instrument("107/2025/UBTVQH15") is _NQ107
    assert _NQ107.kind is InstrumentKind.RESOLUTION
    assert _NQ107.domain is Domain.CANDIDATE_STRUCTURE
    assert _NQ107.name("vi") == "Nghị quyết 107/2025/UBTVQH15"
    assert _NQ107.name("en") == "Resolution 107/2025/UBTVQH15"
    assert _NQ107.promulgated == _NQ107.effective == dt.date(2025, 10, 16)
    assert _NQ107.dates_confidence is Confidence.UNVERIFIED  # effective date inferred
    assert _NQ107.amends is None
    assert _NQ107.replaces == ()
    assert in_force_until(_NQ107) is None
    assert Domain.CANDIDATE_STRUCTURE.label("en") == "Structure and composition of candidates"


@pytest.mark.parametrize(
    ("name", "fraction", "about"),
    [
        ("WOMEN_ELECTED", Fraction(30, 100), True),
        ("OUTSIDE_PARTY", Fraction(10, 100), False),
        ("UNDER_40", Fraction(15, 100), False),
        ("RE_ELECTED", Fraction(30, 100), False),
    ],
)
def test_the_aims(name: str, fraction: Fraction, about: bool) -> None:
    rule = rules_of(_NQ107)[name]
    assert isinstance(rule, Share)
    assert rule.fraction == fraction
    assert rule.aim  # phấn đấu: an aim, not an obligation
    assert rule.about is about
    assert rule.describe("en")
    assert rule.describe("en") != rule.describe("vi")


def test_only_the_aims_are_declared() -> None:
    # the 35% of women on the candidate lists is the election law's, not restated here
    assert set(rules_of(_NQ107)) == {"WOMEN_ELECTED", "OUTSIDE_PARTY", "UNDER_40", "RE_ELECTED"}


@pytest.mark.parametrize("name", ["WOMEN_ELECTED", "OUTSIDE_PARTY", "UNDER_40", "RE_ELECTED"])
def test_the_citations_are_secondary_with_an_inferred_article(name: str) -> None:
    citation = rules_of(_NQ107)[name].citation
    assert citation.kind is InstrumentKind.RESOLUTION
    assert citation.number == "107/2025/UBTVQH15"
    assert (citation.article, citation.clause, citation.point) == (2, None, None)
    assert citation.value_confidence is Confidence.SECONDARY  # as the sources summarise it
    assert citation.number_confidence is Confidence.VERIFIED
    assert citation.article_confidence is Confidence.UNVERIFIED  # article not given by them
    assert citation.confidence is Confidence.UNVERIFIED  # the weakest link
    assert citation.render("vi") == "Nghị quyết 107/2025/UBTVQH15, Điều 2"
    assert citation.render("en") == "Resolution 107/2025/UBTVQH15, Art. 2"


@pytest.mark.parametrize(
    ("day", "in_force"),
    [
        (dt.date(2025, 10, 15), False),
        (dt.date(2025, 10, 16), True),
        (dt.date(2026, 3, 15), True),
    ],
)
def test_in_force_from_16_october_2025(day: dt.date, in_force: bool) -> None:
    framework = framework_at(day)
    guidance = framework.instrument(Domain.CANDIDATE_STRUCTURE)
    assert (type(guidance) is _NQ107) is in_force
    if not in_force:
        assert guidance is None
    # the election law in force is not displaced by the resolution
    assert type(framework.instrument(Domain.ELECTIONS)) is ElectionLaw2025


def test_it_guides_the_2026_2031_term_only() -> None:
    assert _NQ107.term == "2026-2031"
    assert _NQ107.guides("2026-2031")
    assert not _NQ107.guides("2021-2026")
    assert not _NQ107.guides("2031-2036")


def test_the_2026_2031_composition_targets_read_its_aims() -> None:
    from hdnd.reports.targets import DEFAULT_TARGETS, targets_for

    aims = [t for t in targets_for("2026-2031") if t.source is _NQ107]
    assert [t.code for t in aims] == [
        "delegates/gender/female",
        "delegates/party/non-member",
        "delegates/age/under-40",
        "delegates/re-elected/re-elected",
    ]
    rules = [_NQ107.WOMEN_ELECTED, _NQ107.OUTSIDE_PARTY, _NQ107.UNDER_40, _NQ107.RE_ELECTED]
    for target, rule in zip(aims, rules, strict=True):
        assert target.share == rule.fraction
        # the report names the resolution, not the article: value and number, secondary
        assert target.confidence is Confidence.SECONDARY
        assert f"{rule.percent}%" in target.label
    assert list(DEFAULT_TARGETS) == [_NQ107.term]
