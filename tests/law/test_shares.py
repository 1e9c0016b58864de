"""Shares of people a rule requires or aims at: exact fractions, cited, found on instruments."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

import pytest

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.rules import CitedRule, rules_of, snapshot
from hdnd.law.shares import Share

_CITE = Citation(InstrumentKind.LAW, "85/2015/QH13", 9)


def test_a_share_is_an_exact_fraction() -> None:
    share = Share(Fraction(35, 100), _CITE, "Phụ nữ")
    assert share.fraction == Fraction(7, 20)
    assert share.percent == 35
    assert isinstance(share.percent, Fraction)
    assert (share.aim, share.about) == (False, False)


@pytest.mark.parametrize("bad", [0.35, Fraction(3, 2), Fraction(-1, 10), 35])
def test_anything_but_a_fraction_between_0_and_1_is_refused(bad: object) -> None:
    with pytest.raises(ValueError, match="exact Fraction between 0 and 1"):
        Share(bad, _CITE)  # type: ignore[arg-type]


def test_a_share_is_reached_at_exactly_its_fraction() -> None:
    share = Share(Fraction(35, 100), _CITE)
    assert not share.reached(Fraction(34, 100))
    assert share.reached(Fraction(7, 20))
    assert share.reached(Fraction(1, 1))


def test_snapshot_and_description() -> None:
    share = Share(
        Fraction(30, 100), _CITE, "Phụ nữ trúng cử đại biểu Hội đồng nhân dân", aim=True, about=True
    )
    assert share.snapshot() == {
        "fraction": "3/10",
        "percent": "30",
        "aim": True,
        "about": True,
        "citation": "Law 85/2015/QH13, Art. 9",
        "confidence": "verified",
    }
    assert (
        share.describe("vi") == "Phụ nữ trúng cử đại biểu Hội đồng nhân dân: khoảng 30% (phấn đấu)"
    )
    assert share.describe("en") == "Women elected People's Council delegates: about 30% (aim)"
    assert Share(Fraction(1, 10), _CITE).describe("vi") == "ít nhất 10%"
    assert Share(Fraction(1, 10), _CITE).describe("en") == "at least 10%"
    assert Share(Fraction(1, 8), _CITE).snapshot()["percent"] == "25/2"


def test_a_share_on_an_instrument_is_one_of_its_rules() -> None:
    share = Share(Fraction(35, 100), _CITE)
    assert isinstance(share, CitedRule)

    class Sample(Instrument):
        key: ClassVar[str] = "sample"
        kind: ClassVar[InstrumentKind] = InstrumentKind.LAW
        number: ClassVar[str] = "1/2026/QH15"
        title: ClassVar[str] = "Mẫu"
        domain: ClassVar[Domain] = Domain.ELECTIONS
        promulgated: ClassVar[dt.date] = dt.date(2026, 1, 1)
        effective: ClassVar[dt.date] = dt.date(2026, 1, 1)
        WOMEN: ClassVar[Share] = share

    assert rules_of(Sample) == {"WOMEN": share}
    assert snapshot(Sample)["WOMEN"]["fraction"] == "7/20"
