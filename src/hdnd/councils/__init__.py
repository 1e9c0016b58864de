"""Councils: terms, councils with their organs, offices over time, and mergers."""

from hdnd.councils.council import (
    Constituency,
    Council,
    DelegateGroup,
    WorkingRules,
)
from hdnd.councils.mergers import (
    merge_councils,
)
from hdnd.councils.offices import (
    Office,
    OfficeEndReason,
    Post,
    holders,
    offices_of,
    standing_committee,
)
from hdnd.councils.terms import (
    NATIONAL_TERMS,
    Term,
    convocation_text,
    term_on,
)

__all__ = [
    "NATIONAL_TERMS",
    "Constituency",
    "Council",
    "DelegateGroup",
    "Office",
    "OfficeEndReason",
    "Post",
    "Term",
    "WorkingRules",
    "convocation_text",
    "holders",
    "merge_councils",
    "offices_of",
    "standing_committee",
    "term_on",
]
