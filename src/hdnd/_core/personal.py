"""Personal data: names and addresses of petitioners, denouncers and voters.

Such fields are hidden from ``repr`` and replaced by :data:`REDACTED` when a record is
exported, unless the caller asks for them explicitly with the serialisation context
``{"personal_data": True}`` (``hdnd.dump(..., personal_data=True)``). A file written with
them withheld says so (``"redacted": true``), and reading it back never takes the
placeholder for a name. The law on
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

from typing import Annotated, Any, get_args, get_origin

from pydantic import (
    AfterValidator,
    PlainSerializer,
    SerializationInfo,
    ValidationInfo,
    WrapValidator,
)
from pydantic_core import PydanticCustomError

from hdnd._core.text import nfc

__all__ = [
    "REDACTED",
    "WITHHELD",
    "PersonalText",
    "is_personal",
    "reveal_personal_data",
]

REDACTED = "[redacted]"
"""What an exported personal-data field holds unless the caller asked for the real value."""


def reveal_personal_data(info: SerializationInfo) -> bool:
    """Whether the serialisation context asks for personal data."""
    context = info.context
    return isinstance(context, dict) and context.get("personal_data") is True


def _serialise(value: str, info: SerializationInfo) -> str:
    return value if reveal_personal_data(info) else REDACTED


WITHHELD = "withheld"
"""The validation context key that reads :data:`REDACTED` as a withheld (absent) value."""


_PLACEHOLDER = (
    "'[redacted]' stands for personal data withheld from a shared file, not for a name;"
    ' a file marked "redacted": true reads it as absent'
)


def _not_a_placeholder(value: Any, handler: Any, info: ValidationInfo) -> Any:
    """Refuse the placeholder as a name; in a file marked redacted, read it as absent."""
    if isinstance(value, str) and value.strip() == REDACTED:
        context = info.context
        if isinstance(context, dict) and context.get(WITHHELD) is True:
            return None
        kind = "personal_data_withheld"
        raise PydanticCustomError(kind, _PLACEHOLDER)
    return handler(value)


class _Personal:
    """Marks a field as personal data (see :func:`is_personal`)."""


PersonalText = Annotated[
    str,
    AfterValidator(nfc),
    WrapValidator(_not_a_placeholder),
    PlainSerializer(_serialise, return_type=str, when_used="always"),
    _Personal(),
]
"""Text that identifies a person; redacted on export unless explicitly revealed.

The placeholder :data:`REDACTED` is never taken for a name: it is refused, except in a file
that says it withheld personal data, where it reads as absent (``None``)."""


def is_personal(annotation: object) -> bool:
    """Whether a field annotation is :data:`PersonalText` (alone or in a union with ``None``)."""
    if get_origin(annotation) is Annotated:
        return any(isinstance(meta, _Personal) for meta in get_args(annotation)[1:])
    return any(is_personal(arg) for arg in get_args(annotation))
