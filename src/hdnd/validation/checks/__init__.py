"""The checks, one module per area. Importing this package registers them all."""

from hdnd.validation.checks import (
    councils,
    delegates,
    elections,
    figures,
    offices,
    organs,
    references,
    sessions,
    votes,
)

__all__ = [
    "councils",
    "delegates",
    "elections",
    "figures",
    "offices",
    "organs",
    "references",
    "sessions",
    "votes",
]
