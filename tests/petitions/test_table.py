"""A table of petitions behaves as the tuple it replaces, and counts what the petitions count.

Every answer read from the columns (``where``, ``tally``, ``keyed``, ``grouped``, ``roots``
and the register built on them) is checked against the same answer worked out from the
petitions themselves.
"""

from __future__ import annotations

import copy
import datetime as dt
import pickle
from collections import Counter
from typing import Any

import pytest

from hdnd import Dataset, Period, Petition
from hdnd.petitions.columns import Unsure
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome
from hdnd.petitions.table import PetitionTable
from hdnd.reports.register import petition_register
from hdnd.testing.synthetic import national_dataset

NAME = "Nguyễn Thị Hồng"


def _p(id: str, received: str = "2014-03-02", unit: str = "92", **fields: Any) -> dict[str, Any]:
    return {"id": id, "unit": unit, "received": received, **fields}


SMALL = [
    _p("p1", "2014-01-10", kind="complaint", petitioner=NAME, steps=[
        {"kind": "stored", "day": "2014-01-12"}]),
    _p("p2", "2014-02-10", "916", kind="denunciation", channel="post", follow_up_of="p1"),
    _p("p3", "2015-01-05", follow_up_of="p2", duplicate_of="p2"),
    _p("p4", "2014-01-10", "916", follow_up_of="p5", outcome="guided"),
    _p("p5", "2014-01-10", follow_up_of="p4", kind="mixed"),
    _p("p6", "2014-03-01", follow_up_of="nowhere"),
    _p("p7", "2014-03-02", "94", follow_up_of="p6"),
    _p("p8", "2014-03-03", follow_up_of="p7"),
    _p("p1", "2014-01-01", "94", kind="recommendation"),  # a repeated id
]  # fmt: skip


@pytest.fixture
def table() -> PetitionTable:
    return Dataset.model_validate({"petitions": SMALL}).petitions


@pytest.fixture(scope="module")
def national() -> Dataset:
    return national_dataset(seed=0, provinces=("92",), sessions=False, petitions=True)


@pytest.fixture(scope="module")
def made(national: Dataset) -> tuple[Petition, ...]:
    """The synthetic dataset's petitions, each made."""
    return tuple(national.petitions)


# --- the sequence ----------------------------------------------------------------------------


def test_length_indexing_and_iteration(table: PetitionTable) -> None:
    made = tuple(Petition.model_validate(p) for p in SMALL)
    assert len(table) == len(SMALL)
    assert table[0] == made[0]
    assert table[-1] == made[-1]
    assert table[-len(SMALL)] == made[0]
    assert list(table) == list(made)
    assert table.ids == [p.id for p in made]
    for index in (len(SMALL), -len(SMALL) - 1):
        with pytest.raises(IndexError):
            table[index]


def test_a_slice_is_a_table_of_the_same_petitions(table: PetitionTable) -> None:
    made = tuple(table)
    for part in (slice(1, 4), slice(None, None, -1), slice(0, 9, 3), slice(5, 2)):
        view = table[part]
        assert isinstance(view, PetitionTable)
        assert view == made[part]
        assert view.ids == [p.id for p in made[part]]
    assert table[2:6][1:3].ids == ["p4", "p5"]
    assert table[2:6][-1] == made[5]


def test_equality_with_tuples_lists_and_tables(table: PetitionTable) -> None:
    made = tuple(table)
    assert table == made
    assert made == table
    assert table == list(made)
    assert table == PetitionTable.of(made)
    assert table == table[:]
    assert table != made[:-1]
    assert table != PetitionTable.of(made[::-1])
    assert table != "p1"
    assert table != 5
    assert table[:0] == ()
    assert hash(table) == hash(PetitionTable.of(made)) == hash(made)
    assert hash(table[1:3]) == hash(PetitionTable.of(made[1:3]))


def test_views_of_equal_petitions_at_different_rows_are_equal() -> None:
    twice = Dataset.model_validate({"petitions": [_p("p1"), _p("p1")]}).petitions
    assert tuple(twice[:1]) == tuple(twice[1:])
    assert twice[:1] == twice[1:]


def test_repr_shows_no_content(table: PetitionTable) -> None:
    assert repr(table) == "PetitionTable(9 petitions)"
    assert NAME not in repr(table)
    assert NAME not in str(table[:2])
    assert "p1" not in repr(table)


def test_pickling_and_copying_keep_the_petitions(table: PetitionTable) -> None:
    for copied in (pickle.loads(pickle.dumps(table)), copy.deepcopy(table), copy.copy(table)):
        assert isinstance(copied, PetitionTable)
        assert copied == table
        assert copied[0].petitioner == NAME
    assert pickle.loads(pickle.dumps(table[2:4])) == tuple(table)[2:4]


def test_of_takes_petitions_and_keeps_a_table(table: PetitionTable) -> None:
    made = tuple(table)
    assert PetitionTable.of(made) == made
    assert PetitionTable.of(table) is table
    assert PetitionTable.of(iter(made)) == made
    assert PetitionTable.of(()) == ()
    assert len(PetitionTable()) == 0


def test_any_petition_the_model_makes_goes_into_a_table() -> None:
    petitions = tuple(
        Petition.model_validate(_p(id, petitioner=f"{NAME}\x1c", steps=[step]))
        for id, step in (
            ("p1\x1f", {"kind": "forwarded", "day": "2014-03-03", "to": "UBND\x1d"}),
            ("p2", {"kind": "ineligible", "day": "2014-03-03", "reason": "\x1e"}),
        )
    )  # texts the model keeps, though str.isspace() holds of their last character
    assert PetitionTable.of(petitions) == petitions
    assert Dataset.model_validate({"petitions": petitions}).petitions == petitions


def test_a_table_is_a_dataset_field(table: PetitionTable) -> None:
    ds = Dataset.model_validate({"petitions": tuple(table)})
    assert isinstance(ds.petitions, PetitionTable)
    assert ds.petitions == table
    assert Dataset(petitions=table).petitions is table
    with pytest.raises(Unsure):
        PetitionTable([_p(" p1")])  # type: ignore[list-item]  # a table takes petitions


# --- reading the columns ---------------------------------------------------------------------


def test_where_selects_by_unit_days_and_duplicates(table: PetitionTable) -> None:
    made = tuple(table)
    in_2014 = Period.year(2014).__contains__
    assert table.where("92") == tuple(p for p in made if p.unit == "92")
    assert table.where("99") == ()
    assert table.where(days=in_2014) == tuple(p for p in made if in_2014(p.received))
    assert table.where("916", in_2014).ids == ["p2", "p4"]
    assert table.where(duplicates=False) == tuple(p for p in made if p.duplicate_of is None)
    assert table[2:].where("92", duplicates=False).ids == ["p5", "p6", "p8"]


def test_tally_counts_coded_fields(table: PetitionTable) -> None:
    made = tuple(table)
    assert table.tally("kind") == Counter(p.kind for p in made)
    assert table.tally("channel") == Counter(p.channel for p in made)
    assert table.tally("outcome") == Counter(p.outcome for p in made)
    assert table.tally("handled") == Counter(p.handled_as for p in made)
    assert table.tally("unit") == Counter(p.unit for p in made)
    assert table[1:3].tally("kind") == Counter({PetitionKind.DENUNCIATION: 1, None: 1})
    assert table.where("92").tally("handled")[PetitionOutcome.STORED] == 1


def test_tally_on_the_synthetic_dataset(national: Dataset, made: tuple[Petition, ...]) -> None:
    for field, value in (("handled", "handled_as"), ("kind", "kind"), ("channel", "channel")):
        assert national.petitions.tally(field) == Counter(getattr(p, value) for p in made)
    assert national.petitions.tally("unit") == Counter(p.unit for p in made)
    view = national.petitions.where("92", duplicates=False)
    assert view.tally("handled") == Counter(
        p.handled_as for p in made if p.unit == "92" and p.duplicate_of is None
    )


def test_values_of_sparse_fields(table: PetitionTable) -> None:
    made = tuple(table)
    expected = [(p.id, p.follow_up_of) for p in made if p.follow_up_of is not None]
    assert list(table.values("follow_up_of")) == expected
    assert list(table.values("petitioner")) == [("p1", NAME)]
    assert list(table.where("916").values("follow_up_of")) == [("p2", "p1"), ("p4", "p5")]
    assert list(table[::-1].values("follow_up_of")) == expected[::-1]  # in the view's order
    assert list(table.values("decision_known")) == []
    dated = Dataset.model_validate({"petitions": [_p("p1", decision_known="2014-02-01")]})
    assert list(dated.petitions.values("decision_known")) == [("p1", dt.date(2014, 2, 1))]


def test_keyed_finds_the_first_of_repeated_ids(table: PetitionTable) -> None:
    keyed = table.keyed()
    assert len(keyed) == 8
    assert keyed["p1"] == table[0]
    assert keyed["p1"].unit == "92"
    assert "p9" not in keyed
    assert list(keyed) == list(dict.fromkeys(table.ids))
    assert table[1:].keyed()["p1"] == table[8]
    with pytest.raises(KeyError):
        table.keyed()["p9"]


def test_grouped_by_unit_in_received_order(table: PetitionTable) -> None:
    made = tuple(table)
    expected: dict[str, list[str]] = {}
    for p in sorted(made, key=lambda p: p.received):  # stable: ties keep the table's order
        expected.setdefault(p.unit, []).append(p.id)
    grouped = table.grouped()
    assert {unit: group.ids for unit, group in grouped.items()} == expected
    assert list(grouped) == list(expected)
    assert grouped["916"].ids == ["p4", "p2"]
    assert all(isinstance(g, PetitionTable) for g in grouped.values())
    assert table[:3].grouped().keys() == {"92", "916"}


def _roots(petitions: tuple[Petition, ...], of: tuple[Petition, ...]) -> set[str]:
    """The first petition of each chain of ``follow_up_of``, walked through *petitions*."""
    keyed: dict[str, Petition] = {}
    for p in petitions:
        keyed.setdefault(p.id, p)
    found = set()
    for petition in of:
        if petition.follow_up_of is None:
            continue
        root, seen = petition.follow_up_of, {petition.id}
        while root not in seen and (up := keyed.get(root)) and up.follow_up_of:
            seen.add(root)
            root = up.follow_up_of
        found.add(root)
    return found


def test_roots_of_chains_loops_and_unknown_ids(table: PetitionTable) -> None:
    made = tuple(table)
    roots = table.roots()
    assert roots == _roots(made, made)
    assert {"p1", "nowhere"} <= roots  # p3 -> p2 -> p1; p8 -> p7 -> p6 -> an unknown id
    assert roots - {"p1", "nowhere"} <= {"p4", "p5"}  # the loop p4 <-> p5 ends
    assert table[1:3].roots() == {"p1"}
    view = table.where("92")  # p8 follows p7 (unit 94), p3 follows p2 (unit 916)
    assert view.roots() >= {"p1", "nowhere"}
    assert not view.roots() & {"p2", "p7"}  # walked on through the whole table
    assert view.roots() == _roots(made, tuple(view))
    assert table.where("94").roots() == {"nowhere"}


# --- the register, counted from the columns --------------------------------------------------


def _by_value(counts: Counter[Any], members: Any) -> dict[str, int]:
    return {str(m.value): counts[m] for m in members} | {"unknown": counts[None]}


@pytest.mark.parametrize(
    ("unit", "period"),
    [
        (None, None),
        ("92", None),
        (None, Period(start=dt.date(2027, 1, 1), end=dt.date(2027, 6, 30))),
        ("31570", Period(start=dt.date(2027, 3, 1), end=dt.date(2027, 9, 30))),
    ],
)
def test_the_register_counts_what_the_petitions_count(
    national: Dataset, made: tuple[Petition, ...], unit: str | None, period: Period | None
) -> None:
    register = petition_register(national, unit, period=period)
    kept = tuple(
        p for p in made if unit in (None, p.unit) and (period is None or p.received in period)
    )
    counted = tuple(p for p in kept if p.duplicate_of is None)
    assert register.petitions == len(counted)
    assert register.duplicates == len(kept) - len(counted)
    assert dict(register.by_outcome) == _by_value(
        Counter(p.handled_as for p in counted), PetitionOutcome
    )
    assert dict(register.by_kind) == _by_value(Counter(p.kind for p in counted), PetitionKind)
    assert dict(register.by_channel) == _by_value(Counter(p.channel for p in counted), Channel)
    keyed = national.index.keyed["petitions"]
    assert register.repeat_matters == len(_roots(tuple(keyed.values()), counted))
    assert register.repeat_matters > 0


def test_the_synthetic_dataset_has_what_the_register_counts(national: Dataset) -> None:
    register = petition_register(national)
    assert register.duplicates > 0
    assert register.petitions > 10_000
    assert len(set(dict(register.by_outcome).values())) > 1
