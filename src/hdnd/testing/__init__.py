"""Tools for testing with hdnd: synthetic datasets (and, later, Hypothesis strategies)."""

from hdnd.testing.synthetic import (
    national_dataset,
    synthetic_council,
    with_confidence,
    with_petitions,
    with_voter_contact,
)

__all__ = [
    "national_dataset",
    "synthetic_council",
    "with_confidence",
    "with_petitions",
    "with_voter_contact",
]
