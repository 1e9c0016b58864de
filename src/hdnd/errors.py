"""The public error classes (re-exported from :mod:`hdnd._core.errors`).

Every error hdnd raises is an :class:`HdndError` and also the builtin it behaves like:

```pycon
>>> import hdnd
>>> from hdnd.errors import HdndError, UnknownCouncilError
>>> issubclass(UnknownCouncilError, HdndError), issubclass(UnknownCouncilError, KeyError)
(True, True)
>>> try:
...     hdnd.load_example("can-tho").index.council("no-such-council")
... except HdndError as error:
...     print(type(error).__name__, error)
UnknownCouncilError the dataset has no council 'no-such-council'

```
"""

from hdnd._core.errors import (
    AmbiguousInstrumentError,
    BadInputError,
    DatasetError,
    HdndError,
    InvalidSymbolError,
    MissingExtraError,
    NotEncodedError,
    Problem,
    UnknownCouncilError,
    UnknownExampleError,
    UnknownInstrumentError,
    UnknownRecordError,
    UnknownTermError,
    UnknownUnitError,
)

__all__ = [
    "AmbiguousInstrumentError",
    "BadInputError",
    "DatasetError",
    "HdndError",
    "InvalidSymbolError",
    "MissingExtraError",
    "NotEncodedError",
    "Problem",
    "UnknownCouncilError",
    "UnknownExampleError",
    "UnknownInstrumentError",
    "UnknownRecordError",
    "UnknownTermError",
    "UnknownUnitError",
]
