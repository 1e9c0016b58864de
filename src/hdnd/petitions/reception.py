"""Citizen reception (tiếp công dân) and petitions (đơn, thư): individual records.

Names and addresses of citizens are personal data: hidden from ``repr`` and redacted on
export unless asked for (see :mod:`hdnd._core.personal`).

```pycon
>>> p = Petition(id="p1", unit="92", received="2014-03-02", kind="complaint",
...              outcome="forwarded", petitioner="Trần Văn B")
>>> "Trần" in repr(p), repr(p)[:45]
(False, "Petition(id='p1', unit='92', received=datetim")
>>> p.petitioner
'Trần Văn B'

```
"""

from __future__ import annotations

from pydantic import Field

from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd._core.model import Record
from hdnd._core.personal import PersonalText
from hdnd._core.types import Count, Day, Identifier
from hdnd.units.unit import UnitCode

__all__ = ["CitizenVisit", "Petition", "PetitionKind", "PetitionOutcome", "VisitKind"]


class VisitKind(LabelledEnum):
    """Who came: one citizen or a group (Law 42/2013/QH13, Art. 29 for crowds)."""

    INDIVIDUAL = "individual"
    GROUP = "group"


class PetitionKind(LabelledEnum):
    """Content of a petition (classification of Circular 07/2014/TT-TTCP, Art. 6)."""

    COMPLAINT = "complaint"
    DENUNCIATION = "denunciation"
    RECOMMENDATION = "recommendation"
    MIXED = "mixed"


class PetitionOutcome(LabelledEnum):
    """How the office handled a petition."""

    GUIDED = "guided"
    ANSWERED = "answered"
    STORED = "stored"
    FORWARDED = "forwarded"


register_labels(
    VisitKind, {VisitKind.INDIVIDUAL: N_("Cá nhân"), VisitKind.GROUP: N_("Tập thể (đoàn)")}
)
register_labels(
    PetitionKind,
    {
        PetitionKind.COMPLAINT: N_("Khiếu nại"),
        PetitionKind.DENUNCIATION: N_("Tố cáo"),
        PetitionKind.RECOMMENDATION: N_("Kiến nghị, phản ánh"),
        PetitionKind.MIXED: N_("Nhiều nội dung"),
    },
)
register_labels(
    PetitionOutcome,
    {
        # TRANSLATORS: a petition's outcome: the petitioner was guided to the right body.
        PetitionOutcome.GUIDED: N_("Hướng dẫn"),
        PetitionOutcome.ANSWERED: N_("Trả lời"),
        # TRANSLATORS: a petition filed without further action (not a storage place).
        PetitionOutcome.STORED: N_("Lưu đơn"),
        PetitionOutcome.FORWARDED: N_("Chuyển cơ quan có thẩm quyền"),
    },
)


class CitizenVisit(Record):
    """One reception of a citizen or a group of citizens (một lượt tiếp)."""

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit whose council or office received the visit."""
    day: Day
    """Day of the visit."""
    kind: VisitKind
    """Individual or group."""
    visitors: Count | None = None
    """Number of people who came."""
    citizen: PersonalText | None = Field(default=None, repr=False)
    """Name of the citizen or group representative (personal data)."""


class Petition(Record):
    """A petition (đơn, thư) received by a council or its office."""

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit whose council or office received it."""
    received: Day
    """Day of receipt."""
    kind: PetitionKind | None = None
    """Complaint, denunciation, recommendation."""
    outcome: PetitionOutcome | None = None
    """How it was handled, once handled."""
    petitioner: PersonalText | None = Field(default=None, repr=False)
    """Name of the petitioner (personal data; for a denunciation, secret by law)."""
    address: PersonalText | None = Field(default=None, repr=False)
    """Address of the petitioner (personal data)."""
    signatories: Count | None = None
    """Number of people who signed it."""
