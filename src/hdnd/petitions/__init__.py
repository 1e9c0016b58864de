"""Citizen reception and petitions: sessions, visits, petitions and their handling."""

from hdnd.petitions.handling import HandlingStep, outcome_of
from hdnd.petitions.kinds import (
    Channel,
    PetitionKind,
    PetitionOutcome,
    ReceiverRole,
    ReceptionPlace,
    RefusalGround,
    StepKind,
    VisitKind,
)
from hdnd.petitions.petition import Petition
from hdnd.petitions.reception import CitizenVisit
from hdnd.petitions.sessions import ReceptionSession
from hdnd.petitions.table import PetitionTable

__all__ = [
    "Channel",
    "CitizenVisit",
    "HandlingStep",
    "Petition",
    "PetitionKind",
    "PetitionOutcome",
    "PetitionTable",
    "ReceiverRole",
    "ReceptionPlace",
    "ReceptionSession",
    "RefusalGround",
    "StepKind",
    "VisitKind",
    "outcome_of",
]
