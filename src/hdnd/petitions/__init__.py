"""Citizen reception and petitions."""

from hdnd.petitions.reception import (
    CitizenVisit,
    Petition,
    PetitionKind,
    PetitionOutcome,
    VisitKind,
)

__all__ = ["CitizenVisit", "Petition", "PetitionKind", "PetitionOutcome", "VisitKind"]
