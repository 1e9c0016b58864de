from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import CitizenVisit, Petition
from hdnd.io import json_schema
from hdnd.petitions.reception import PetitionKind, PetitionOutcome, VisitKind


def _petition(**changes: Any) -> Petition:
    data = {"id": "p1", "unit": "92", "received": "2014-03-02"}
    return Petition.model_validate({**data, **changes})


def test_labels() -> None:
    assert [k.label("vi") for k in VisitKind] == ["Cá nhân", "Tập thể (đoàn)", "Đông người"]
    assert [k.label("en") for k in VisitKind] == ["Individual", "Group (delegation)", "Crowd"]
    assert [k.value for k in PetitionKind] == [
        "complaint",
        "denunciation",
        "recommendation",
        "mixed",
    ]
    assert PetitionKind.DENUNCIATION.label("vi") == "Tố cáo"
    assert [o.value for o in PetitionOutcome] == ["guided", "answered", "stored", "forwarded"]
    assert PetitionOutcome.FORWARDED.label("vi") == "Chuyển cơ quan có thẩm quyền"
    for enum in (VisitKind, PetitionKind, PetitionOutcome):
        for member in enum:
            assert member.label("en") != member.label("vi")


def test_a_petition() -> None:
    petition = _petition(kind="complaint", outcome="forwarded", signatories=3)
    assert petition.received == dt.date(2014, 3, 2)
    assert petition.kind is PetitionKind.COMPLAINT
    assert petition.outcome is PetitionOutcome.FORWARDED
    assert petition.petitioner is None


def test_personal_data_is_kept_but_hidden_from_repr() -> None:
    petition = _petition(petitioner="Trần Văn Bình", address="Ninh Kiều")
    assert petition.petitioner == "Trần Văn Bình"
    assert petition.address == "Ninh Kiều"
    assert "Trần" not in repr(petition)
    assert "Ninh Kiều" not in repr(petition)
    assert repr(petition).startswith("Petition(id='p1', unit='92', received=datetime.date")


def test_personal_data_is_redacted_on_export() -> None:
    petition = _petition(petitioner="Trần Văn Bình", address="Ninh Kiều")
    assert petition.model_dump(mode="json")["petitioner"] == "[redacted]"
    assert petition.model_dump(mode="json")["address"] == "[redacted]"
    revealed = petition.model_dump(mode="json", context={"personal_data": True})
    assert revealed["petitioner"] == "Trần Văn Bình"


def test_personal_data_is_normalised() -> None:
    petition = _petition(petitioner=unicodedata.normalize("NFD", "Trần Văn Bình"))
    assert petition.petitioner == "Trần Văn Bình"


def test_a_citizen_visit() -> None:
    visit = CitizenVisit.model_validate(
        {
            "id": "v1",
            "unit": "92",
            "day": "2014-03-02",
            "kind": "group",
            "visitors": 12,
            "citizen": "Lê Thị Hoa",
        }
    )
    assert visit.kind is VisitKind.GROUP
    assert visit.visitors == 12
    assert "Lê Thị Hoa" not in repr(visit)
    assert visit.model_dump(mode="json")["citizen"] == "[redacted]"


@pytest.mark.parametrize(
    "changes",
    [
        {"kind": "petition"},
        {"outcome": "lost"},
        {"signatories": "3"},
        {"signatories": -1},
        {"received": 20140302},
        {"unit": "Cần Thơ"},
        {"name": "Trần Văn Bình"},
    ],
)
def test_invalid_petitions(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _petition(**changes)


def test_a_visit_needs_a_kind() -> None:
    with pytest.raises(ValidationError, match="kind"):
        CitizenVisit.model_validate({"id": "v1", "unit": "92", "day": "2014-03-02"})


def test_a_refused_visit_records_the_day_of_its_written_notice() -> None:
    data = {"id": "v1", "unit": "92", "day": "2026-07-03", "kind": "individual"}
    refused = CitizenVisit.model_validate(
        {**data, "refused": "disruptive", "refusal_notice": "2026-07-06"}
    )
    assert refused.refusal_notice == dt.date(2026, 7, 6)
    assert CitizenVisit.model_validate(data).refusal_notice is None
    with pytest.raises(ValidationError, match="refusal_notice"):
        CitizenVisit.model_validate({**data, "refusal_notice": 20260706})
    field = json_schema()["$defs"]["CitizenVisit"]["properties"]["refusal_notice"]
    assert field["anyOf"][0] == {"format": "date", "type": "string"}
    assert field["description"].startswith("The day the written notice refusing reception")
