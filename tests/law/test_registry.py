from __future__ import annotations

import datetime as dt
import itertools
from collections import defaultdict

import pytest

from hdnd.law.instrument import Domain, Instrument
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.registry import INSTRUMENTS, instrument


def test_registry_holds_the_encoded_instruments() -> None:
    assert LocalGovernmentLaw2025 in INSTRUMENTS
    domains = {cls.domain for cls in INSTRUMENTS}
    assert domains <= set(Domain)
    assert domains >= set(Domain) - {Domain.PETITION_HANDLING}


def test_keys_are_unique() -> None:
    keys = [cls.key for cls in INSTRUMENTS]
    assert len(keys) == len(set(keys))


def test_numbers_are_unique_within_a_domain() -> None:
    # Law 136/2025/QH15 amends three laws: one amendment class per domain.
    numbers = [(cls.domain, cls.number) for cls in INSTRUMENTS]
    assert len(numbers) == len(set(numbers))


def test_an_amendment_subclasses_what_it_amends() -> None:
    for cls in INSTRUMENTS:
        if cls.amends is not None:
            parents = [c for c in cls.__mro__[1:] if getattr(c, "number", None) == cls.amends]
            assert parents, cls


def test_within_a_domain_effective_dates_strictly_increase() -> None:
    by_domain: dict[Domain, list[dt.date]] = defaultdict(list)
    for cls in INSTRUMENTS:
        by_domain[cls.domain].append(cls.effective)
    for days in by_domain.values():
        assert all(a < b for a, b in itertools.pairwise(days))


@pytest.mark.parametrize("cls", INSTRUMENTS, ids=lambda c: c.key)
def test_every_instrument_declares_its_identity(cls: type[Instrument]) -> None:
    assert issubclass(cls, Instrument)
    assert cls.key == cls.key.strip().lower()
    assert cls.key
    assert cls.number
    assert cls.title
    assert isinstance(cls.domain, Domain)
    assert isinstance(cls.promulgated, dt.date)
    assert isinstance(cls.effective, dt.date)
    assert cls.promulgated <= cls.effective
    assert isinstance(cls.replaces, tuple)
    assert cls.number not in cls.replaces


@pytest.mark.parametrize("key", ["lg2025", "72/2025/QH15"])
def test_instrument_by_key_or_number(key: str) -> None:
    assert instrument(key) is LocalGovernmentLaw2025


@pytest.mark.parametrize("key", ["nope", "LG2025", "", "72/2025", "65/2025"])
def test_unknown_instrument(key: str) -> None:
    with pytest.raises(KeyError, match=f"no instrument '{key}'; known: lg2015, lg2019, "):
        instrument(key)


def test_a_number_shared_by_several_instruments_is_an_error_listing_them() -> None:
    from hdnd._core.errors import AmbiguousInstrumentError, HdndError

    with pytest.raises(AmbiguousInstrumentError) as caught:
        instrument("136/2025/QH15")
    assert caught.value.keys == ("reception2025", "complaints2025", "denunciations2025")
    assert isinstance(caught.value, HdndError)
    assert isinstance(caught.value, KeyError)
    assert "reception2025, complaints2025, denunciations2025" in str(caught.value)


def test_a_number_of_one_instrument_and_each_key_still_find_it() -> None:
    assert instrument("42/2013/QH13").key == "reception2013"
    for key in ("reception2025", "complaints2025", "denunciations2025"):
        assert instrument(key).number == "136/2025/QH15"
