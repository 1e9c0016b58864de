"""The checks, one module per area. Importing this package registers them all."""

from hdnd.validation.checks import (
    consistency,
    councils,
    delegates,
    election_calendar,
    elections,
    figures,
    incompatibility,
    offices,
    organs,
    petitions,
    references,
    sessions,
    statistics,
    units,
    voter_contact,
    votes,
)

__all__ = [
    "consistency",
    "councils",
    "delegates",
    "election_calendar",
    "elections",
    "figures",
    "incompatibility",
    "offices",
    "organs",
    "petitions",
    "references",
    "sessions",
    "statistics",
    "units",
    "voter_contact",
    "votes",
]
