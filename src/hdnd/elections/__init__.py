"""Elections: the count of a constituency and the winners the law gives."""

from hdnd.elections.election import (
    Candidate,
    Election,
    ElectionKind,
    election_law,
)

__all__ = ["Candidate", "Election", "ElectionKind", "election_law"]
