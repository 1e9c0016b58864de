"""Petitions through JSON: read into columns, written from them, as the model reads and writes.

``loads`` decodes a file's petitions with msgspec and fills the columns; ``dumps`` writes them
straight from the columns. Both are held to what the model does: the round trip is lossless,
the text written is what pydantic writes for the same petitions, every error is named as
JSON validation names it, and a placeholder for a withheld name never becomes a name.
"""

from __future__ import annotations

import json
from typing import Any

import pytest
from pydantic import TypeAdapter, ValidationError

from hdnd import Dataset, DatasetError, Petition, dumps, loads
from hdnd._core.personal import REDACTED
from hdnd.testing.synthetic import national_dataset

MODEL: TypeAdapter[tuple[Petition, ...]] = TypeAdapter(tuple[Petition, ...])
NAMES = ("Trần Thị Khiếunại", "Số 7 ngõ Kín, Ninh Kiều", "Lê Văn Đoànđông")


def _p(id: str, received: str = "2014-03-02", **fields: Any) -> dict[str, Any]:
    return {"id": id, "unit": "92", "received": received, **fields}


SMALL: dict[str, Any] = {
    "format": "hdnd/1",
    "petitions": [
        _p("p1", kind="complaint", petitioner=NAMES[0], address=NAMES[1], signatories=1,
           channel="in-person", originals=False, visit="v1", decision_known="2014-02-01",
           remote=True, complex=True,
           steps=[{"kind": "received", "day": "2014-03-02", "by": "Văn phòng"},
                  {"kind": "accepted", "day": "2014-03-05"},
                  {"kind": "extended", "day": "2014-04-01", "reason": "Vụ việc phức tạp",
                   "days": 30},
                  {"kind": "extended", "day": "2014-05-01", "days": 0},
                  {"kind": "forwarded", "day": "2014-05-04", "to": "UBND quận Ninh Kiều"}]),
        _p("p2", "2014-03-09", kind="denunciation", petitioner=NAMES[2], anonymous=True,
           channel="delegate", delegate="d1", signatories=2**70, duplicate_of="p1"),
        _p("p3", "2014-04-01", kind="mixed", outcome="guided", follow_up_of="p1",
           originals=True),
        _p("p4", "2014-04-01", kind="complaint", split_from="p3", signatories=0,
           steps=[{"kind": "ineligible", "day": "2014-04-02", "reason": "Quá thời hiệu"}]),
        _p("p5", "2014-04-02"),
    ],
}  # fmt: skip


@pytest.fixture(scope="module")
def national() -> Dataset:
    return national_dataset(seed=0, provinces=("92",), sessions=False, petitions=True)


@pytest.fixture(scope="module")
def small() -> Dataset:
    return Dataset.model_validate(SMALL)


def _written_by_model(ds: Dataset, personal_data: bool) -> list[dict[str, Any]]:
    text = MODEL.dump_json(
        tuple(ds.petitions), exclude_defaults=True, context={"personal_data": personal_data}
    )
    found: list[dict[str, Any]] = json.loads(text)
    return found


# --- round trip --------------------------------------------------------------------------------


def test_the_synthetic_dataset_round_trips(national: Dataset) -> None:
    again = loads(dumps(national, personal_data=True))
    assert again == national
    assert again.petitions == tuple(national.petitions)
    assert loads(dumps(national, indent=None)) == national  # nothing personal to redact


def test_every_field_round_trips_with_personal_data(small: Dataset) -> None:
    again = loads(dumps(small, personal_data=True))
    assert again == small
    assert [p.petitioner for p in again.petitions] == [NAMES[0], NAMES[2], None, None, None]
    assert again.petitions[1].signatories == 2**70
    assert loads(dumps(small, personal_data=True).encode()) == small


@pytest.mark.parametrize("personal_data", [False, True])
def test_dumps_writes_the_petitions_as_the_model_does(
    small: Dataset, national: Dataset, personal_data: bool
) -> None:
    for ds in (small, national):
        written = json.loads(dumps(ds, personal_data=personal_data))["petitions"]
        expected = _written_by_model(ds, personal_data)
        assert written == expected
        assert [list(p) for p in written] == [list(p) for p in expected]  # the order of keys
        steps = [list(s) for p in written for s in p.get("steps", ())]
        assert steps == [list(s) for p in expected for s in p.get("steps", ())]


def test_other_dumps_go_through_the_model(small: Dataset) -> None:
    context = {"personal_data": True}
    dumped = small.model_dump(context=context)["petitions"]
    assert dumped == MODEL.dump_python(tuple(small.petitions), context=context)
    as_json = json.loads(small.model_dump_json(context=context))["petitions"]
    assert as_json == json.loads(MODEL.dump_json(tuple(small.petitions), context=context))
    trimmed = json.loads(small.model_dump_json(exclude_defaults=True, exclude_none=True))
    assert trimmed["petitions"] == _written_by_model(small, personal_data=False)


def test_a_view_of_petitions_is_written_as_its_petitions(small: Dataset) -> None:
    part = small.model_copy(update={"petitions": small.petitions[1:3]})
    written = json.loads(dumps(part, personal_data=True))["petitions"]
    assert [p["id"] for p in written] == ["p2", "p3"]
    assert loads(dumps(part, personal_data=True)).petitions == tuple(small.petitions)[1:3]


# --- errors are JSON validation's ------------------------------------------------------------


@pytest.mark.parametrize(
    "record",
    [
        _p("p1", steps="abc"),
        _p("p1", steps=[{"kind": "received"}]),
        _p("p1", signatories=5.0),
        _p("p1", received="2014-02-30", anonymous=1, colour="red"),
        _p("", unit="9a"),
        _p("p1", petitioner=REDACTED),
    ],
    ids=["steps-text", "step-without-day", "float", "three", "id-and-unit", "placeholder"],
)
def test_errors_are_named_as_json_validation_names_them(record: dict[str, Any]) -> None:
    text = json.dumps({"format": "hdnd/1", "petitions": [_p("p0"), record]})
    with pytest.raises(ValidationError) as raised:
        Dataset.model_validate_json(text)
    with pytest.raises(DatasetError) as caught:
        loads(text)
    problems = [(p.field, p.message) for p in caught.value.problems]
    expected = [(".".join(map(str, e["loc"][2:])), e["msg"]) for e in raised.value.errors()]
    assert problems == expected
    assert all(p.record.startswith("petitions[1]") for p in caught.value.problems)


def test_a_repeated_key_reads_as_json_reads_it() -> None:
    text = (
        '{"format": "hdnd/1", "petitions": [{"id": "p1", "unit": "92", '
        '"received": "2014-03-02", "id": "p2", "kind": "bogus", "kind": "mixed"}]}'
    )
    assert loads(text).petitions == tuple(Dataset.model_validate_json(text).petitions)


# --- personal data ---------------------------------------------------------------------------


def _file(petition: dict[str, Any], *, redacted: bool) -> str:
    document: dict[str, Any] = {"format": "hdnd/1", "petitions": [_p("p0"), petition]}
    if redacted:
        document["redacted"] = True
    return json.dumps(document, ensure_ascii=False)


def test_a_redacted_file_reads_the_placeholder_as_absent() -> None:
    petition = _p("p1", petitioner=REDACTED, address=NAMES[1])
    ds = loads(_file(petition, redacted=True))
    assert ds.redacted
    assert ds.petitions[1].petitioner is None
    assert ds.petitions[1].address == NAMES[1]
    assert dumps(ds).count(REDACTED) == 1  # the address, redacted again


def test_files_are_read_into_columns_without_json_mode(
    small: Dataset, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[object] = []
    original = Dataset.model_validate_json

    def counted(*args: Any, **kwargs: Any) -> Dataset:
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(Dataset, "model_validate_json", counted)
    assert loads(dumps(small, personal_data=True)) == small
    assert calls == []
    ds = loads(_file(_p("p1", petitioner=REDACTED), redacted=True))
    assert ds.petitions[1].petitioner is None
    assert len(calls) == 1  # the first reading, unaware of the mark; not the second
    with pytest.raises(DatasetError):
        loads(_file(_p("p1", signatories=-1), redacted=False))
    assert len(calls) == 2  # an error is named by JSON validation


def test_dumps_without_names_writes_a_file_that_reads_back(small: Dataset) -> None:
    text = dumps(small)
    for name in NAMES:
        assert name not in text
    again = loads(text)
    assert again.redacted
    assert [p.petitioner for p in again.petitions] == [None] * 5
    assert again.petitions == tuple(
        p.model_copy(update={"petitioner": None, "address": None}) for p in small.petitions
    )


@pytest.mark.parametrize("placeholder", [REDACTED, f" {REDACTED} "])
def test_the_placeholder_is_refused_in_a_file_not_marked(placeholder: str) -> None:
    petition = _p("p1", petitioner=placeholder, address=NAMES[1])  # a name beside it
    with pytest.raises(DatasetError) as caught:
        loads(_file(petition, redacted=False))
    message = str(caught.value)
    assert "petitions[1]" in message
    assert "petitioner" in message
    for name in NAMES:
        assert name not in message
        assert name not in repr(caught.value.problems)


def test_a_name_in_the_wrong_shape_is_not_repeated() -> None:
    petition = _p("p1", petitioner=[NAMES[0]], address={"street": NAMES[1]})
    with pytest.raises(DatasetError) as caught:
        loads(_file(petition, redacted=True))
    assert [p.field for p in caught.value.problems] == ["petitioner", "address"]
    for name in NAMES:
        assert name not in str(caught.value)
