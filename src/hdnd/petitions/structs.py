"""A petition as a file gives it: decoded by msgspec, its values not yet checked.

Reading a file's petitions into :mod:`~hdnd.petitions.columns` goes through these structs:
:mod:`msgspec` decodes the JSON into them about three times faster than pydantic's JSON mode
hands over Python objects, and the columns check each value as the model would. The structs
are made from the models' own fields (names, order, defaults), so they cannot drift from
them; values are left as JSON gives them.

```pycon
>>> import msgspec
>>> given = msgspec.json.decode(b'{"id": "p1", "unit": "92", "received": "2014-03-02"}',
...                             type=PetitionStruct)
>>> given.id, given.kind, given.steps
('p1', None, ())
>>> msgspec.json.decode(b'{"id": "p1", "colour": "red"}', type=PetitionStruct)
Traceback (most recent call last):
...
msgspec.ValidationError: Object contains unknown field `colour`

```
"""

from __future__ import annotations

from typing import Any

import msgspec

from hdnd.petitions.handling import HandlingStep
from hdnd.petitions.petition import Petition

__all__ = ["PetitionStruct", "StepStruct", "as_struct"]


def _struct(name: str, model: Any, **types: Any) -> Any:
    """A msgspec Struct of *model*'s fields, in its order, with its defaults.

    Values are left as JSON gives them (``Any``) unless *types* says otherwise: the columns
    check them, as the model would. Unknown fields are refused, as the model refuses them.
    """
    fields = [
        (field, types.get(field, Any))
        if info.is_required()
        else (field, types.get(field, Any), info.default)
        for field, info in model.model_fields.items()
    ]
    return msgspec.defstruct(
        name, fields, module=__name__, forbid_unknown_fields=True, omit_defaults=True, gc=False
    )


StepStruct: Any = _struct("StepStruct", HandlingStep)
"""A :class:`HandlingStep` as a file gives it (its values unchecked)."""
PetitionStruct: Any = _struct("PetitionStruct", Petition, steps=tuple[StepStruct, ...])
"""A :class:`Petition` as a file gives it: decoded by msgspec, its values not yet checked."""


def as_struct(record: Any) -> Any:
    """*record* as a :data:`PetitionStruct`: a petition made already, or a JSON object.

    Raises:
        msgspec.ValidationError: A dict that is not shaped as a petition is.
        TypeError: Anything else.
    """
    if type(record) is PetitionStruct:
        return record
    if isinstance(record, Petition):
        values = dict(record.__dict__)
        values["steps"] = tuple(StepStruct(**step.__dict__) for step in record.steps)
        return PetitionStruct(**values)
    if type(record) is dict:
        return msgspec.convert(record, PetitionStruct, strict=True)
    msg = "not a petition"
    raise TypeError(msg)
