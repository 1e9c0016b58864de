"""The public error classes (re-exported from :mod:`hdnd._core.errors`)."""

from hdnd._core.errors import (
    DatasetError,
    HdndError,
    MissingExtraError,
    NotApplicableError,
    Problem,
    UnknownUnitError,
)

__all__ = [
    "DatasetError",
    "HdndError",
    "MissingExtraError",
    "NotApplicableError",
    "Problem",
    "UnknownUnitError",
]
