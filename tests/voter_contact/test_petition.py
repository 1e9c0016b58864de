"""Voter petitions: the days of each step, the answer's time limit, and the voter kept hidden."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

import pytest
from pydantic import ValidationError

import hdnd
from hdnd import Level, VoterPetition, VoterPetitionField, VoterPetitionResult
from hdnd.dataset.collections import PERSONAL_FIELDS, collection
from hdnd.errors import DatasetError
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.voter_contact import answer_rule

NAME = "Trần Thị Cửtri"
FULL: dict[str, Any] = {
    "id": "kn-1",
    "council": "hdnd-92",
    "raised_at": ["tx-1", "tx-4"],
    "voters": 6,
    "content": "Nâng cấp đường liên xã",
    "field": "infrastructure",
    "level": "province",
    "body": "Sở Xây dựng",
    "repeats": "kn-0",
    "compiled": "2026-06-24",
    "summarised": "2026-06-26",
    "forwarded": "2026-07-20",
    "forwarded_to": "UBND thành phố",
    "answered": "2026-08-14",
    "result": "resolved",
    "reported": "2026-10-30",
    "published": "2026-09-10",
    "voter": NAME,
}


def _petition(**changes: Any) -> VoterPetition:
    return VoterPetition.model_validate({"id": "kn-1", "council": "hdnd-92", **changes})


def test_a_petition_keeps_the_day_of_each_step() -> None:
    petition = VoterPetition.model_validate(FULL)
    assert petition.raised_at == ("tx-1", "tx-4")
    assert petition.field is VoterPetitionField.INFRASTRUCTURE
    assert petition.level is Level.PROVINCE
    assert petition.result is VoterPetitionResult.RESOLVED
    steps = ("compiled", "summarised", "forwarded", "answered", "reported", "published")
    assert [getattr(petition, step) for step in steps] == [
        dt.date(2026, 6, 24),
        dt.date(2026, 6, 26),
        dt.date(2026, 7, 20),
        dt.date(2026, 8, 14),
        dt.date(2026, 10, 30),
        dt.date(2026, 9, 10),
    ]


@pytest.mark.parametrize(
    "bad",
    [
        {"voters": "6"},
        {"voters": True},
        {"voters": -2},
        {"forwarded": 20260720},
        {"answered": "20/07/2026"},
        {"field": "roads"},
        {"level": "central"},
        {"result": "done"},
        {"raised_at": "tx-1"},
        {"merged": "kn-0"},  # unknown fields are refused
        {"unit": "92"},
    ],
)
def test_strict_types_and_unknown_fields(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _petition(**bad)


def test_the_answer_is_due_30_days_after_receipt_under_the_law_of_that_day() -> None:
    law = framework_at(dt.date(2026, 7, 20)).instrument(Domain.VOTER_CONTACT)
    assert law is not None
    assert answer_rule(dt.date(2026, 7, 20)) == law.VOTER_PETITION_ANSWER  # type: ignore[attr-defined]
    assert _petition(forwarded="2026-07-20").answer_due == dt.date(2026, 8, 19)
    # a last day off moves to the next working day (Civil Code): Sunday 23 August 2026 ...
    assert _petition(forwarded="2026-07-24").answer_due == dt.date(2026, 8, 24)
    # ... and Saturday 22 March 2025, the first day the joint resolution applies
    assert _petition(forwarded="2025-02-20").answer_due == dt.date(2025, 3, 24)


def test_before_the_joint_resolution_no_time_limit_is_encoded() -> None:
    assert answer_rule(dt.date(2025, 2, 19)) is None
    assert _petition(forwarded="2014-07-20").answer_due is None
    assert _petition().answer_due is None  # not forwarded


def test_petitions_of_the_national_assembly_delegation_alone_run_no_encoded_limit() -> None:
    assert _petition(forwarded="2026-07-20").answer_due == dt.date(2026, 8, 19)
    assert _petition(forwarded="2026-07-20", council=None).answer_due is None


def test_fields_and_results_have_distinct_vietnamese_labels() -> None:
    assert VoterPetitionField.LAND.label("vi") == "Đất đai, quy hoạch"
    assert len({f.label("vi") for f in VoterPetitionField}) == len(VoterPetitionField)
    assert [r.settled for r in VoterPetitionResult] == [True, True, False, False]


# --- the voter is personal data -----------------------------------------------------------


def test_the_voter_is_kept_but_never_in_repr() -> None:
    petition = VoterPetition.model_validate(FULL)
    assert petition.voter == NAME
    assert NAME not in repr(petition)
    assert NAME not in str(petition)
    assert repr(petition).startswith("VoterPetition(id='kn-1', council='hdnd-92'")


def test_the_voter_is_normalised_and_redacted_on_export() -> None:
    petition = _petition(voter=unicodedata.normalize("NFD", NAME))
    assert petition.voter == NAME
    assert petition.model_dump(mode="json")["voter"] == "[redacted]"
    revealed = petition.model_dump(mode="json", context={"personal_data": True})
    assert revealed["voter"] == NAME


@pytest.mark.parametrize(
    "bad",
    [
        {"voter": [NAME]},  # the name in the wrong shape
        {"voter": {"name": NAME}},
        {"voter": NAME, "voters": -1},  # another field wrong beside the name
        {"voter": NAME, "colour": NAME},
    ],
)
def test_errors_never_repeat_the_voter(bad: dict[str, Any]) -> None:
    with pytest.raises(ValidationError) as direct:
        _petition(**bad)
    assert NAME not in str(direct.value)
    with pytest.raises(ValidationError) as nested:
        hdnd.Dataset.model_validate({"voter_petitions": [{"id": "kn-1", **bad}]})
    assert NAME not in str(nested.value)
    text = json.dumps({"format": "hdnd/1", "voter_petitions": [{"id": "kn-1", **bad}]})
    with pytest.raises(DatasetError) as loaded:
        hdnd.loads(text)
    assert NAME not in str(loaded.value)


def test_a_dataset_stores_the_voter_and_shares_it_only_when_asked() -> None:
    ds = hdnd.Dataset(voter_petitions=(VoterPetition.model_validate(FULL),))
    assert PERSONAL_FIELDS["voter_petitions"] == ("voter",)
    assert ds.holds_personal_data
    shared = hdnd.dumps(ds)
    assert NAME not in shared
    assert hdnd.loads(shared).voter_petitions[0].voter is None  # withheld, not a name
    kept = hdnd.dumps(ds, personal_data=True)
    assert hdnd.loads(kept) == ds
    assert NAME not in repr(ds)


def test_the_placeholder_is_never_taken_for_a_name() -> None:
    with pytest.raises(ValidationError):
        _petition(voter="[redacted]")


def test_the_collection() -> None:
    table = collection("voter_petitions")
    assert (table.key, table.group_by) == ("id", "council")
    assert {r.path: r.target for r in table.references} == {
        "council": "councils",
        "raised_at": "voter_meetings",
        "merged_into": "voter_petitions",
        "repeats": "voter_petitions",
    }


def test_unknown_references_are_reported() -> None:
    ds = hdnd.Dataset.model_validate(
        {
            "voter_meetings": [{"id": "tx-1", "unit": "31120", "day": "2026-06-20"}],
            "voter_petitions": [
                {"id": "a", "raised_at": ["tx-1", "tx-9"], "merged_into": "b", "repeats": "a"}
            ],
        }
    )
    findings = hdnd.validate(ds, as_of=dt.date(2026, 7, 1), codes=["unresolved-reference"])
    assert sorted((f.record, f.field) for f in findings) == [
        ("voter_petitions/a", "merged_into"),
        ("voter_petitions/a", "raised_at.1"),
    ]
