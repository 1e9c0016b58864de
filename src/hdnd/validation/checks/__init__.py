"""The checks, one module per area. Importing this package registers them all."""

from hdnd.validation.checks import (
    councils,
    elections,
    figures,
    mandates,
    offices,
    organs,
    references,
    sessions,
    votes,
)

__all__ = [
    "councils",
    "elections",
    "figures",
    "mandates",
    "offices",
    "organs",
    "references",
    "sessions",
    "votes",
]
