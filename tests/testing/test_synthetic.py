from __future__ import annotations

import datetime as dt
from collections import Counter
from pathlib import Path

import pytest

from hdnd import Dataset, dumps, load_example, validate
from hdnd.examples import example_path
from hdnd.law.seats import SeatQuota
from hdnd.levels import Level
from hdnd.testing import national_dataset, synthetic_council


@pytest.fixture(scope="module")
def national() -> Dataset:
    return national_dataset(delegates=False)


def test_the_same_seed_gives_equal_datasets() -> None:
    assert synthetic_council(seed=7) == synthetic_council(seed=7)
    assert national_dataset(seed=3, delegates=False) == national_dataset(seed=3, delegates=False)


def test_different_seeds_differ() -> None:
    first, second = synthetic_council(seed=1), synthetic_council(seed=2)
    assert first != second
    assert [d.name for d in first.delegates] != [d.name for d in second.delegates]
    # What the seed does not touch stays the same.
    assert first.councils == second.councils
    assert first.units == second.units
    assert national_dataset(seed=1, delegates=False) != national_dataset(seed=2, delegates=False)


def test_the_shipped_example_is_the_generator_output() -> None:
    shipped = Path(example_path("synthetic-council")).read_text(encoding="utf-8")
    assert shipped == dumps(synthetic_council()) + "\n"  # regenerate: scripts/make_examples.py
    assert load_example("synthetic-council") == synthetic_council()


def test_the_synthetic_council() -> None:
    dataset = synthetic_council()
    assert dataset.synthetic is True
    (unit,) = dataset.units
    assert (unit.code, unit.name, unit.population) == ("99", "Tỉnh Mẫu", 1_500_000)
    (council,) = dataset.councils
    assert council.declared_seats == 57
    assert council.term == "2026-2031"
    assert council.first_session == dt.date(2026, 4, 20)
    assert len(dataset.delegates) == 57
    assert len({d.id for d in dataset.delegates}) == 57
    ended = {
        d.id: (d.mandates[0].end, d.mandates[0].end_reason)
        for d in dataset.delegates
        if d.mandates[0].end is not None
    }
    assert ended == {
        "dbm-004": (dt.date(2026, 7, 15), "resigned"),
        "dbm-011": (dt.date(2026, 8, 2), "died"),
    }
    assert "seed=2026" in (dataset.description or "")
    assert "seed=9" in (synthetic_council(seed=9).description or "")


@pytest.mark.parametrize("seed", [0, 1, 2026])
def test_every_seed_gives_a_clean_council(seed: int) -> None:
    assert list(validate(synthetic_council(seed), as_of=dt.date(2026, 11, 1))) == []


def test_the_national_dataset_has_every_current_council(national: Dataset) -> None:
    assert national.synthetic is True
    assert len(national.councils) == 3_355
    assert len(national.units) == 3_355
    assert national.delegates == ()
    levels = Counter(national.index.unit(c.unit).level for c in national.councils)
    assert levels == {Level.PROVINCE: 34, Level.COMMUNE: 3_321}
    assert len({c.id for c in national.councils}) == 3_355


def test_every_national_council_declares_its_quota(national: Dataset) -> None:
    index = national.index
    mismatched = []
    for council in national.councils:
        quota = index.seat_quota(council)
        if not isinstance(quota, SeatQuota) or quota.seats != council.declared_seats:
            mismatched.append(council.id)
    assert mismatched == []
    seats = [c.declared_seats or 0 for c in national.councils]
    assert min(seats) >= 15
    assert max(seats) <= 125


def test_national_units_have_invented_populations(national: Dataset) -> None:
    assert all(u.population is not None and u.population > 0 for u in national.units)
    assert all(u.population_date == dt.date(2025, 8, 31) for u in national.units)


def test_the_national_dataset_with_delegates_is_clean() -> None:
    dataset = national_dataset(seed=0)
    seats = sum(c.declared_seats or 0 for c in dataset.councils)
    # Up to two vacancies per council.
    assert seats - 2 * len(dataset.councils) <= len(dataset.delegates) <= seats
    assert len({d.id for d in dataset.delegates}) == len(dataset.delegates)
    assert list(validate(dataset, as_of=dt.date(2026, 6, 1))) == []
