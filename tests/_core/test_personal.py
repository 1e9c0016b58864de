from __future__ import annotations

import json
import unicodedata

import pytest
from pydantic import Field

from hdnd._core.model import Record
from hdnd._core.personal import REDACTED, WITHHELD, PersonalText, is_personal

_NAME = "Nguyễn Văn A"


class _Letter(Record):
    sender: PersonalText | None = Field(default=None, repr=False)
    subject: str = ""


def test_redacted_marker() -> None:
    assert REDACTED == "[redacted]"


def test_repr_and_str_hide_personal_data() -> None:
    letter = _Letter(sender=_NAME, subject="đất đai")
    assert repr(letter) == "_Letter(subject='đất đai')"
    assert _NAME not in str(letter)
    assert "Nguyễn" not in repr(letter)


def test_the_value_is_kept_in_memory_and_nfc_normalised() -> None:
    letter = _Letter(sender=unicodedata.normalize("NFD", f"  {_NAME} "))
    assert letter.sender == _NAME


def test_dump_redacts() -> None:
    letter = _Letter(sender=_NAME, subject="x")
    assert letter.model_dump() == {"sender": REDACTED, "subject": "x"}
    assert json.loads(letter.model_dump_json()) == {"sender": REDACTED, "subject": "x"}
    assert _NAME not in letter.model_dump_json()


def test_context_reveals() -> None:
    letter = _Letter(sender=_NAME)
    context = {"personal_data": True}
    assert letter.model_dump(context=context)["sender"] == _NAME
    assert json.loads(letter.model_dump_json(context=context))["sender"] == _NAME


@pytest.mark.parametrize(
    "context", [None, {}, {"personal_data": False}, {"personal_data": "yes"}, {"personal_data": 1}]
)
def test_only_an_explicit_true_reveals(context: dict[str, object] | None) -> None:
    assert _Letter(sender=_NAME).model_dump(context=context)["sender"] == REDACTED


def test_a_missing_value_stays_none() -> None:
    assert _Letter().model_dump() == {"sender": None, "subject": ""}


def test_a_dump_that_was_redacted_does_not_round_trip_the_name() -> None:
    dumped = _Letter(sender=_NAME).model_dump()
    assert dumped["sender"] == REDACTED
    with pytest.raises(ValueError, match="withheld"):
        _Letter.model_validate(dumped)  # the placeholder is not a name
    withheld = _Letter.model_validate(dumped, context={WITHHELD: True})
    assert withheld.sender is None  # absent, as the file said


def test_personal_fields_are_recognised() -> None:
    assert is_personal(_Letter.model_fields["sender"].annotation)
    assert not is_personal(_Letter.model_fields["subject"].annotation)
