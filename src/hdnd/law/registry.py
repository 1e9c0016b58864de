"""Every legal instrument hdnd encodes, in one table (the ``holidays`` registry pattern).

Adding an instrument means writing its module and adding its class here; a test checks that
the keys are unique and that, within a domain, effective dates strictly increase.
"""

from __future__ import annotations

import datetime as dt

from hdnd._core.errors import AmbiguousInstrumentError, UnknownInstrumentError
from hdnd.law.confidence.nq85_2014 import ConfidenceRules2014
from hdnd.law.confidence.nq96_2023 import ConfidenceRules2023
from hdnd.law.elections.elections2015 import ElectionLaw2015
from hdnd.law.elections.elections2025 import ElectionLaw2025
from hdnd.law.elections.nq107_2025 import CandidateStructureResolution2025
from hdnd.law.instrument import Instrument
from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
from hdnd.law.local_government.lg2019 import LocalGovernmentLaw2019
from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
from hdnd.law.local_government.lg2025_65 import LocalGovernmentLaw2025March
from hdnd.law.petitions.amendments136_2025 import (
    ComplaintsAmendment2025,
    DenunciationAmendment2025,
    ReceptionAmendment2025,
)
from hdnd.law.petitions.complaints2011 import ComplaintsLaw2011
from hdnd.law.petitions.denunciations2018 import DenunciationLaw2018
from hdnd.law.petitions.petitions2021 import PetitionHandlingCircular2021
from hdnd.law.petitions.reception2013 import CitizenReceptionLaw2013
from hdnd.law.supervision.supervision2015 import SupervisionLaw2015
from hdnd.law.supervision.supervision2025 import SupervisionLaw2025
from hdnd.law.voter_contact.voter_contact2025 import VoterContactResolution2025

__all__ = ["INSTRUMENTS", "in_force_until", "instrument"]

INSTRUMENTS: tuple[type[Instrument], ...] = (
    LocalGovernmentLaw2015,
    LocalGovernmentLaw2019,
    LocalGovernmentLaw2025March,
    LocalGovernmentLaw2025,
    SupervisionLaw2015,
    SupervisionLaw2025,
    ElectionLaw2015,
    ElectionLaw2025,
    CandidateStructureResolution2025,
    ConfidenceRules2014,
    ConfidenceRules2023,
    CitizenReceptionLaw2013,
    ReceptionAmendment2025,
    ComplaintsLaw2011,
    ComplaintsAmendment2025,
    DenunciationLaw2018,
    DenunciationAmendment2025,
    PetitionHandlingCircular2021,
    VoterContactResolution2025,
)
"""All encoded instruments, oldest first within each domain."""


def instrument(key: str) -> type[Instrument]:
    """The instrument class with *key* (``lg2025``) or its number (``72/2025/QH15``).

    A number that several encoded instruments share (Law 136/2025/QH15 amends three laws,
    each encoded as an instrument of its domain) names none of them alone.

    >>> instrument("72/2025/QH15").key
    'lg2025'
    >>> instrument("136/2025/QH15")
    Traceback (most recent call last):
    ...
    hdnd._core.errors.AmbiguousInstrumentError: 136/2025/QH15 names 3 instruments: ...
    >>> instrument("complaints2025").number
    '136/2025/QH15'
    >>> instrument("nope")
    Traceback (most recent call last):
    ...
    hdnd._core.errors.UnknownInstrumentError: no instrument 'nope'; known: lg2015, lg2019, ...

    Raises:
        AmbiguousInstrumentError: *key* is a number shared by several instruments (a
            :class:`KeyError`); its ``keys`` list them.
        UnknownInstrumentError: no instrument has that key or number (a :class:`KeyError`).
    """
    for cls in INSTRUMENTS:
        if key == cls.key:
            return cls
    numbered = [cls for cls in INSTRUMENTS if key == cls.number]
    if len(numbered) > 1:
        raise AmbiguousInstrumentError(key, [cls.key for cls in numbered])
    if numbered:
        return numbered[0]
    known = ", ".join(cls.key for cls in INSTRUMENTS)
    msg = f"no instrument {key!r}; known: {known}"
    raise UnknownInstrumentError(msg)


def in_force_until(cls: type[Instrument]) -> dt.date | None:
    """The last day *cls* is in force: the day before a later instrument of its domain.

    ``None`` while nothing later replaces or amends it.
    """
    later = [c.effective for c in INSTRUMENTS if c.domain is cls.domain]
    later = [day for day in later if day > cls.effective]
    return min(later) - dt.timedelta(days=1) if later else None
