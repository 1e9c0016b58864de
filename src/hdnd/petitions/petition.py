"""A petition (đơn, thư) and what the register knows of it.

What it is (complaint, denunciation, recommendation, or mixed), who signed it (one person, or
five or more), whether it is anonymous, how it arrived, the visit or delegate it came through,
its links to earlier petitions (a duplicate of one, a follow-up on the same matter, a part
split from a mixed petition), the facts its time limits depend on (remote area, complex
case, the day the petitioner learnt of the decision complained about) and its handling steps.

The petitioner's name and address are personal data: hidden from ``repr`` and redacted on
export unless asked for (:mod:`hdnd._core.personal`); a denouncer's identity is secret by law
(Law 25/2018/QH14, Art. 9(1)(b) and 47).

```pycon
>>> p = Petition(id="p1", unit="92", received="2014-03-02", kind="complaint",
...              petitioner="Trần Văn B", channel="post",
...              steps=[{"kind": "received", "day": "2014-03-02"},
...                     {"kind": "forwarded", "day": "2014-03-12", "to": "UBND quận"}])
>>> "Trần" in repr(p), p.handled_as
(False, <PetitionOutcome.FORWARDED: 'forwarded'>)
>>> p.step(StepKind.FORWARDED).to
'UBND quận'
>>> p.signed_by_many is None  # no count of signatories, and no circular encoded in 2014
True
>>> Petition(id="p2", unit="92", received="2026-03-02", signatories=5).signed_by_many
True

```
"""

from __future__ import annotations

from pydantic import ConfigDict, Field

from hdnd._core.model import Record
from hdnd._core.personal import PersonalText
from hdnd._core.types import Count, Day, Flag, Identifier
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.petitions.petitions2021 import PetitionHandlingCircular2021
from hdnd.petitions.handling import HandlingStep, outcome_of
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome, StepKind
from hdnd.units.unit import UnitCode

__all__ = ["Petition"]


class Petition(Record):
    """A petition (đơn, thư) received by a council or its office."""

    model_config = ConfigDict(hide_input_in_errors=True)  # personal data never in an error

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit whose council or office received it."""
    received: Day
    """Day of receipt."""
    kind: PetitionKind | None = None
    """Complaint, denunciation, recommendation, or several of these (mixed)."""
    outcome: PetitionOutcome | None = None
    """How the office reports it handled, when the record says so (else read from ``steps``)."""
    petitioner: PersonalText | None = Field(default=None, repr=False)
    """Name of the petitioner (personal data; for a denunciation, secret by law)."""
    address: PersonalText | None = Field(default=None, repr=False)
    """Address of the petitioner (personal data)."""
    signatories: Count | None = None
    """Number of people who signed it."""
    anonymous: Flag = False
    """Whether it is anonymous or under a false name (no identifiable petitioner)."""
    channel: Channel | None = None
    """How it arrived: by post, in person, online, through a delegate or another body."""
    originals: Flag | None = None
    """Whether it came with the petitioner's original documents."""
    visit: Identifier | None = None
    """Id of the citizen visit at which it was handed in."""
    delegate: Identifier | None = None
    """Id of the delegate who passed it on (``channel`` ``delegate``)."""
    duplicate_of: Identifier | None = None
    """Id of an earlier petition it repeats (same petitioner, same matter): counted once."""
    follow_up_of: Identifier | None = None
    """Id of an earlier petition on the same matter that it follows up."""
    split_from: Identifier | None = None
    """Id of the mixed petition it was split from (one content each)."""
    decision_known: Day | None = None
    """For a complaint: the day the petitioner received or learnt of the decision or act."""
    remote: Flag = False
    """Whether the matter lies in a remote or difficult area (longer time limits)."""
    complex: Flag = False
    """Whether the case is complex (longer time limits, extensions)."""
    steps: tuple[HandlingStep, ...] = ()
    """The handling steps, each with its day."""

    @property
    def handled_as(self) -> PetitionOutcome | None:
        """The outcome the record states, else the one its steps give (:func:`outcome_of`)."""
        return self.outcome if self.outcome is not None else outcome_of(self.steps)

    @property
    def signed_by_many(self) -> bool | None:
        """Whether it is signed by many under the handling rules of the day it was received.

        ``None`` when the number of signatories is not recorded, or hdnd encodes no petition
        handling rules for that day (before Circular 05/2021/TT-TTCP).
        """
        rules = framework_at(self.received).instrument(Domain.PETITION_HANDLING)
        if self.signatories is None or not isinstance(rules, PetitionHandlingCircular2021):
            return None
        return rules.is_multi_signature(self.signatories) if self.signatories else False

    def step(self, kind: StepKind) -> HandlingStep | None:
        """The first step of *kind*, by day; ``None`` when there is none."""
        found = [s for s in self.steps if s.kind is kind]
        return min(found, key=lambda s: s.day) if found else None
