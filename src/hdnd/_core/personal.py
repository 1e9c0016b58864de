"""Personal data: names and addresses of petitioners, denouncers and voters.

Such fields are hidden from ``repr`` and replaced by :data:`REDACTED` when a record is
exported, unless the caller asks for them explicitly with the serialisation context
``{"personal_data": True}`` (``hdnd.dump(..., personal_data=True)``). The law on
denunciations requires a denouncer's identity to be kept secret (Law 25/2018/QH14, Art. 9(1)(b)
and Art. 47).

```pycon
>>> from pydantic import Field
>>> from hdnd._core.model import Record
>>> class Letter(Record):
...     sender: PersonalText | None = Field(default=None, repr=False)
>>> letter = Letter(sender="Nguyễn Văn A")
>>> letter
Letter()
>>> letter.model_dump()
{'sender': '[redacted]'}
>>> letter.model_dump(context={"personal_data": True})
{'sender': 'Nguyễn Văn A'}

```
"""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator, PlainSerializer, SerializationInfo

from hdnd._core.text import nfc

__all__ = ["REDACTED", "PersonalText", "reveal_personal_data"]

REDACTED = "[redacted]"
"""What an exported personal-data field holds unless the caller asked for the real value."""


def reveal_personal_data(info: SerializationInfo) -> bool:
    """Whether the serialisation context asks for personal data."""
    context = info.context
    return isinstance(context, dict) and context.get("personal_data") is True


def _serialise(value: str, info: SerializationInfo) -> str:
    return value if reveal_personal_data(info) else REDACTED


PersonalText = Annotated[
    str, AfterValidator(nfc), PlainSerializer(_serialise, return_type=str, when_used="always")
]
"""Text that identifies a person; redacted on export unless explicitly revealed."""
