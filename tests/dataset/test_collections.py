"""The collections table: in step with the Dataset model; every reference it declares checked."""

from __future__ import annotations

import datetime as dt
import typing
from typing import Any

import pytest

from hdnd import Dataset, validate
from hdnd.dataset.collections import COLLECTION_TABLE, COLLECTIONS, PARTS, collection, values_at
from hdnd.petitions.table import PetitionTable

AS_OF = dt.date(2026, 12, 1)


def test_the_table_and_the_dataset_model_have_the_same_collections_in_order() -> None:
    fields = [name for name in Dataset.model_fields if name in COLLECTIONS]
    assert fields == list(COLLECTIONS)
    extra = set(Dataset.model_fields) - set(COLLECTIONS)
    assert extra == {"format", "title", "description", "synthetic", "redacted"}


@pytest.mark.parametrize("table", COLLECTION_TABLE, ids=lambda t: t.name)
def test_each_collection_holds_its_record_type(table: Any) -> None:
    annotation = typing.get_type_hints(Dataset)[table.name]
    if annotation is PetitionTable:  # a sequence of petitions kept as columns
        (base,) = PetitionTable.__orig_bases__  # type: ignore[attr-defined]
        annotation = base
    assert typing.get_args(annotation)[0] is table.record


def test_the_index_reads_the_petitions_table_by_the_key_and_group_the_table_names() -> None:
    table = collection("petitions")
    assert (table.key, table.group_by, table.order_by) == ("id", "unit", "received")


@pytest.mark.parametrize(
    ("table", "reference"),
    [(t, r) for t in COLLECTION_TABLE for r in t.references],
    ids=lambda x: getattr(x, "name", None) or getattr(x, "path", ""),
)
def test_every_reference_names_a_field_and_a_target_that_exist(table: Any, reference: Any) -> None:
    assert reference.target in COLLECTIONS or reference.target in PARTS
    assert (reference.owner is not None) == (reference.target in PARTS)
    model: Any = table.record
    for step in reference.path.split("."):
        if step == "*":
            continue
        assert step in model.model_fields, f"{table.name}: {reference.path}"
        hint = typing.get_type_hints(model)[step]
        inner = [a for a in typing.get_args(hint) if isinstance(a, type)]
        model = inner[0] if inner and hasattr(inner[0], "model_fields") else model


def test_collection_lookup() -> None:
    assert collection("units").key == "code"
    with pytest.raises(KeyError):
        collection("nope")


def test_values_at_skips_missing_values() -> None:
    ds = Dataset.model_validate({"votes": [VOTE]})
    assert [v for _, v, _ in values_at(ds.votes[0], "item")] == ["i1"]
    plain = ds.votes[0].model_copy(update={"item": None})
    assert list(values_at(plain, "item")) == []


# --- one broken link each -----------------------------------------------------------------

COUNCIL = {
    "id": "c1",
    "unit": "92",
    "term": "2026-2031",
    "constituencies": [{"id": "k1", "seats": 3}],
    "delegate_groups": [{"id": "t1", "constituencies": ["k1"]}],
}
DELEGATE = {
    "id": "d1",
    "name": "Lò Văn Páo",
    "mandates": [{"council": "c1", "start": "2026-03-15", "constituency": "k1"}],
}
SESSION = {"id": "s1", "council": "c1", "number": 1, "kind": "regular", "opening": "2026-03-30"}
SITTING = {
    "id": "p1",
    "session": "s1",
    "day": "2026-03-30",
    "items": [{"id": "i1", "kind": "draft-resolution"}],
    "attendance": [{"delegate": "d1", "status": "present"}],
}
VOTE = {"id": "v1", "sitting": "p1", "item": "i1", "in_favour": 1}
DOCUMENT = {
    "id": "nq1",
    "council": "c1",
    "symbol": "1/NQ-HĐND",
    "signed": "2026-03-30",
    "session": "s1",
    "vote": "v1",
}
RATING = {
    "id": "lp1",
    "council": "c1",
    "session": "s1",
    "day": "2026-03-30",
    "person": "d1",
    "posts": ["chair"],
    "ballots": 1,
    "high": 1,
    "confidence": 0,
    "low": 0,
}
CONFIDENCE_VOTE = {
    "id": "bp1",
    "council": "c1",
    "session": "s1",
    "day": "2026-03-30",
    "person": "d1",
    "posts": ["chair"],
    "ballots": 1,
    "confidence": 1,
    "no_confidence": 0,
    "rating": "lp1",
}
ELECTION = {
    "id": "e1",
    "council": "c1",
    "day": "2026-03-15",
    "seats": 1,
    "voters_on_list": 10,
    "voted": 9,
    "valid_ballots": 9,
    "constituency": "k1",
    "candidates": [
        {"id": "d1", "name": "Lò Văn Páo", "birth_date": "1975-05-02", "votes": 9, "delegate": "d1"}
    ],
}


def _base() -> dict[str, Any]:
    return {
        "councils": [COUNCIL],
        "delegates": [DELEGATE],
        "sessions": [SESSION],
        "sittings": [SITTING],
        "votes": [VOTE],
        "documents": [DOCUMENT],
        "elections": [ELECTION],
        "confidence_ratings": [RATING],
        "confidence_votes": [CONFIDENCE_VOTE],
    }


def _unresolved(data: dict[str, Any]) -> list[tuple[str, str | None]]:
    findings = validate(Dataset.model_validate(data), as_of=AS_OF, codes=["unresolved-reference"])
    return [(f.record, f.field) for f in findings]


def test_the_linked_base_resolves() -> None:
    assert _unresolved(_base()) == []


def _broken(collection_name: str, change: dict[str, Any]) -> dict[str, Any]:
    data = _base()
    data[collection_name] = [{**data[collection_name][0], **change}]
    return data


BROKEN = [
    ("sessions", {"council": "c9"}, "sessions/s1", "council"),
    ("councils", {"term": "1999-2004"}, "councils/c1", "term"),
    ("councils", {"formed_from": ["c0"]}, "councils/c1", "formed_from.0"),
    ("sittings", {"session": "s9"}, "sittings/p1", "session"),
    (
        "sittings",
        {"attendance": [{"delegate": "d9", "status": "present"}]},
        "sittings/p1",
        "attendance.0.delegate",
    ),
    ("votes", {"sitting": "p9", "item": None}, "votes/v1", "sitting"),
    ("votes", {"item": "i9"}, "votes/v1", "item"),
    (
        "votes",
        {"individual": [{"delegate": "d9", "choice": "in-favour"}]},
        "votes/v1",
        "individual.0.delegate",
    ),
    ("documents", {"session": "s9"}, "documents/nq1", "session"),
    ("documents", {"vote": "v9"}, "documents/nq1", "vote"),
    ("documents", {"council": "c9"}, "documents/nq1", "council"),
    (
        "delegates",
        {"mandates": [{"council": "c1", "start": "2026-03-15", "constituency": "k9"}]},
        "delegates/d1",
        "mandates.0.constituency",
    ),
    (
        "delegates",
        {"mandates": [{"council": "c1", "start": "2026-03-15", "election": "e9"}]},
        "delegates/d1",
        "mandates.0.election",
    ),
    ("elections", {"constituency": "k9"}, "elections/e1", "constituency"),
    ("elections", {"council": "c9", "constituency": None}, "elections/e1", "council"),
    ("confidence_ratings", {"council": "c9"}, "confidence_ratings/lp1", "council"),
    ("confidence_ratings", {"session": "s9"}, "confidence_ratings/lp1", "session"),
    ("confidence_votes", {"council": "c9"}, "confidence_votes/bp1", "council"),
    ("confidence_votes", {"session": "s9"}, "confidence_votes/bp1", "session"),
    ("confidence_votes", {"rating": "lp9"}, "confidence_votes/bp1", "rating"),
]


@pytest.mark.parametrize(("name", "change", "record", "field"), BROKEN)
def test_one_broken_link_is_reported_with_its_record_and_field(
    name: str, change: dict[str, Any], record: str, field: str
) -> None:
    assert _unresolved(_broken(name, change)) == [(record, field)]


def test_a_part_whose_owner_is_unknown_is_reported_once_at_the_owner() -> None:
    # the vote's sitting is unknown: its agenda item cannot be looked up, and is not reported
    assert _unresolved(_broken("votes", {"sitting": "p9"})) == [("votes/v1", "sitting")]


def test_an_unknown_council_does_not_crash_any_check() -> None:
    data = _base()
    data["sessions"] = [{**SESSION, "council": "c9"}]
    data["documents"] = [{**DOCUMENT, "council": "c9"}]
    data["elections"] = [{**ELECTION, "council": "c9", "constituency": None}]
    findings = validate(Dataset.model_validate(data), as_of=AS_OF)
    assert {("sessions/s1", "council"), ("documents/nq1", "council")} <= {
        (f.record, f.field) for f in findings if f.code == "unresolved-reference"
    }
