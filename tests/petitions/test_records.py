"""Petitions read back from their columns are the petitions the model made, field by field.

:func:`petition_at` makes the :class:`Petition` without validating it again, and
:func:`json_object_at` writes the JSON object :func:`hdnd.dumps` writes: both are held here
to what pydantic itself makes and writes.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import pytest
from pydantic import TypeAdapter

from hdnd import Petition
from hdnd._core.personal import REDACTED
from hdnd.petitions.columns import columns_of
from hdnd.petitions.handling import HandlingStep
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome, StepKind
from hdnd.petitions.records import json_object_at, petition_at

MODEL: TypeAdapter[tuple[Petition, ...]] = TypeAdapter(tuple[Petition, ...])
NAME, ADDRESS = "Nguyễn Thị Hồng", "Số 7 ngõ Kín, Ninh Kiều"

EVERY_FIELD = Petition(
    id="đơn-1",
    unit="92",
    received=dt.date(2026, 3, 2),
    kind=PetitionKind.COMPLAINT,
    outcome=PetitionOutcome.FORWARDED,
    petitioner=NAME,
    address=ADDRESS,
    signatories=7,
    anonymous=True,
    channel=Channel.DELEGATE,
    originals=False,
    visit="v1",
    delegate="d1",
    duplicate_of="đơn-0",
    follow_up_of="đơn-00",
    split_from="đơn-000",
    decision_known=dt.date(2026, 1, 15),
    remote=True,
    complex=True,
    steps=(
        HandlingStep(kind=StepKind.RECEIVED, day=dt.date(2026, 3, 2), by="Văn phòng"),
        HandlingStep(
            kind=StepKind.EXTENDED, day=dt.date(2026, 4, 1), reason="Vụ việc phức tạp", days=30
        ),
        HandlingStep(kind=StepKind.EXTENDED, day=dt.date(2026, 5, 1), days=0),
        HandlingStep(kind=StepKind.FORWARDED, day=dt.date(2026, 5, 4), to="UBND quận Ninh Kiều"),
    ),
)
BARE = Petition(id="p2", unit="31117", received=dt.date(2026, 3, 3))
LARGE = Petition(id="p3", unit="92", received=dt.date(2026, 3, 4), signatories=2**70)
EMPTY_NAME = Petition(id="p4", unit="92", received=dt.date(2026, 3, 5), petitioner="")
PETITIONS = (EVERY_FIELD, BARE, LARGE, EMPTY_NAME)


def test_every_field_is_set_in_the_petition_used_here() -> None:
    unset = [
        name
        for name, info in Petition.model_fields.items()
        if getattr(EVERY_FIELD, name) == info.get_default(call_default_factory=True)
    ]
    assert unset == []
    step_fields = {n for s in EVERY_FIELD.steps for n in s.model_fields_set}
    assert step_fields == set(HandlingStep.model_fields)


@pytest.mark.parametrize("petition", PETITIONS, ids=lambda p: p.id)
def test_every_field_round_trips(petition: Petition) -> None:
    made = petition_at(columns_of([petition]), 0)
    assert made == petition
    assert made.model_dump(context={"personal_data": True}) == petition.model_dump(
        context={"personal_data": True}
    )
    assert made.handled_as == petition.handled_as
    assert made.petitioner == petition.petitioner


def test_petitions_from_json_objects_round_trip() -> None:
    objects = MODEL.dump_python(PETITIONS, mode="json", context={"personal_data": True})
    columns = columns_of(objects)
    assert tuple(petition_at(columns, row) for row in range(len(objects))) == PETITIONS


def test_fields_come_in_the_models_order() -> None:
    made = petition_at(columns_of([EVERY_FIELD]), 0)
    assert list(made.__dict__) == list(Petition.model_fields)
    for step in made.steps:
        assert list(step.__dict__) == list(HandlingStep.model_fields)
        assert type(step) is HandlingStep
    assert type(made) is Petition


def test_the_petition_made_behaves_as_one_the_model_made() -> None:
    made = petition_at(columns_of([EVERY_FIELD]), 0)
    assert hash(made) == hash(EVERY_FIELD)
    assert repr(made) == repr(EVERY_FIELD)
    assert NAME not in repr(made)
    assert made.model_copy(update={"id": "đơn-9"}).id == "đơn-9"
    assert made.step(StepKind.EXTENDED) == EVERY_FIELD.steps[1]
    with pytest.raises(ValueError, match="frozen"):
        made.id = "x"  # type: ignore[misc]


@pytest.mark.parametrize("personal_data", [False, True])
def test_the_json_object_is_what_pydantic_writes(personal_data: bool) -> None:
    columns = columns_of(PETITIONS)
    written = [json_object_at(columns, row, personal_data=personal_data) for row in range(4)]
    context = {"personal_data": personal_data}
    expected = json.loads(MODEL.dump_json(PETITIONS, exclude_defaults=True, context=context))
    assert written == expected
    assert [list(o) for o in written] == [list(o) for o in expected]  # same order of keys
    steps = written[0]["steps"]
    assert [list(s) for s in steps] == [list(s) for s in expected[0]["steps"]]


def test_names_are_redacted_unless_asked_for() -> None:
    columns = columns_of([EVERY_FIELD, EMPTY_NAME])
    hidden = json_object_at(columns, 0, personal_data=False)
    assert (hidden["petitioner"], hidden["address"]) == (REDACTED, REDACTED)
    assert NAME not in json.dumps(hidden, ensure_ascii=False)
    shown = json_object_at(columns, 0, personal_data=True)
    assert (shown["petitioner"], shown["address"]) == (NAME, ADDRESS)
    assert json_object_at(columns, 1, personal_data=False)["petitioner"] == REDACTED
    assert json_object_at(columns, 1, personal_data=True)["petitioner"] == ""


def test_a_withheld_name_reads_as_absent() -> None:
    given: dict[str, Any] = {"id": "p1", "unit": "92", "received": "2026-03-02"}
    columns = columns_of([{**given, "petitioner": REDACTED, "address": ADDRESS}], withheld=True)
    made = petition_at(columns, 0)
    assert made.petitioner is None
    assert made.address == ADDRESS
    assert "petitioner" not in json_object_at(columns, 0, personal_data=True)


def test_rows_keep_their_own_steps() -> None:
    columns = columns_of([BARE, EVERY_FIELD, BARE.model_copy(update={"id": "p5"}), EVERY_FIELD])
    assert [len(petition_at(columns, row).steps) for row in range(4)] == [0, 4, 0, 4]
    assert petition_at(columns, 3).steps == EVERY_FIELD.steps
    assert "steps" not in json_object_at(columns, 2, personal_data=False)
