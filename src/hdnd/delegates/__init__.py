"""Delegates and their time-scoped mandates."""

from hdnd.delegates.delegate import (
    Delegate,
    Education,
    Gender,
    Mandate,
    MandateEndReason,
    NameParts,
    Suspension,
    age_on,
    serving_on,
    split_name,
)

__all__ = [
    "Delegate",
    "Education",
    "Gender",
    "Mandate",
    "MandateEndReason",
    "NameParts",
    "Suspension",
    "age_on",
    "serving_on",
    "split_name",
]
