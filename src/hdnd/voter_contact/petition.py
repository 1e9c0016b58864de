"""A voter petition (kiến nghị cử tri): what voters raised, and the days of its handling.

After a round of meetings the delegate group (province) or the standing committee
(commune) compiles and classifies what voters raised — by field, by the level and body
competent to settle it — merging the same matter raised at several meetings into one, with
the meetings and voters behind it (Joint resolution 72/2025, Art. 41(2)). The summary goes to
the People's Committee before the session (Art. 42(2)); the petition is forwarded to the
competent body, which answers within the time limit (Art. 50(1)); the results are reported
before the next session (Art. 50(2)) and published (Art. 51). A petition keeps the day of
each step, so that each time limit can be judged under the law in force that day.

A record merged into another (``merged_into``) is counted once, in the petition it was
merged into; a petition raised again at a later round names the earlier one (``repeats``).

The voter who raised it is personal data, like a petitioner: kept, hidden from ``repr`` and
errors, redacted on export unless asked for (:mod:`hdnd._core.personal`).

```pycon
>>> p = VoterPetition(id="kn-1", council="hdnd-92", raised_at=["tx-1", "tx-4"], voters=6,
...                   field="infrastructure", level="province", body="Sở Xây dựng",
...                   forwarded="2026-07-20", answered="2026-08-14", voter="Trần Văn B")
>>> "Trần" in repr(p), p.field.label("vi"), p.level.label("vi")
(False, 'Giao thông, hạ tầng', 'Cấp tỉnh')
>>> p.answer_due  # 30 days from the day the competent body received it
datetime.date(2026, 8, 19)
>>> VoterPetition(id="kn-2", council="hdnd-92", forwarded="2014-07-20").answer_due is None  # 2014
True

```
"""

from __future__ import annotations

import datetime as dt

from pydantic import ConfigDict, Field

from hdnd._core.model import Record
from hdnd._core.personal import PersonalText
from hdnd._core.text import NonEmptyText
from hdnd._core.types import Count, Day, Identifier
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Domain
from hdnd.law.levels import Level
from hdnd.voter_contact.kinds import VoterPetitionField, VoterPetitionResult

__all__ = ["VoterPetition", "answer_rule"]


def answer_rule(received: dt.date) -> Deadline | None:
    """The time limit for answering a voter petition the competent body received that day.

    ``None`` when hdnd encodes no voter-contact instrument for the day (before Joint
    resolution 72/2025 took effect on 20 February 2025).

    ```pycon
    >>> answer_rule(dt.date(2026, 3, 2)).describe("vi")
    '30 ngày'
    >>> answer_rule(dt.date(2025, 2, 19)) is None
    True

    ```
    """
    law = framework_at(received).instrument(Domain.VOTER_CONTACT)
    return None if law is None else law.deadline(DeadlineKind.VOTER_PETITION_ANSWER)


class VoterPetition(Record):
    """A petition of voters, compiled from what they raised at one or more meetings."""

    model_config = ConfigDict(hide_input_in_errors=True)  # personal data never in an error

    id: Identifier
    """Stable identifier within the dataset."""
    council: Identifier | None = None
    """Id of the council whose delegates compiled it; empty for petitions compiled by the
    National Assembly delegation alone."""
    raised_at: tuple[Identifier, ...] = ()
    """Ids of the voter meetings at which it was raised."""
    voters: Count | None = None
    """How many voters raised it at those meetings, where the record says."""
    content: NonEmptyText | None = None
    """The matter, as the summary puts it (never a voter's name)."""
    field: VoterPetitionField | None = None
    """The field it belongs to (land, environment, infrastructure ...)."""
    level: Level | None = None
    """The level of local government competent to settle it; empty when unknown, or when a
    central body (a ministry, the Government) is competent."""
    body: NonEmptyText | None = None
    """The body competent to settle it (``UBND thành phố``, ``Sở Xây dựng``)."""
    merged_into: Identifier | None = None
    """Id of the petition it was merged into (the same matter raised elsewhere): counted
    there, not here."""
    repeats: Identifier | None = None
    """Id of an earlier voter petition on the same matter, raised at an earlier round."""
    compiled: Day | None = None
    """The day it was compiled and classified after the meetings."""
    summarised: Day | None = None
    """The day the summary report holding it was sent before the session."""
    forwarded: Day | None = None
    """The day it was forwarded to the competent body (its receipt starts the answer's
    time limit)."""
    forwarded_to: NonEmptyText | None = None
    """The body it was forwarded to."""
    answered: Day | None = None
    """The day the competent body answered."""
    result: VoterPetitionResult | None = None
    """What became of it: resolved, explained, in progress or unresolved."""
    reported: Day | None = None
    """The day the report on the results of its handling was sent before the next session."""
    published: Day | None = None
    """The day the results were published."""
    voter: PersonalText | None = Field(default=None, repr=False)
    """Name of the voter who raised it, where the minutes give one (personal data)."""

    @property
    def answer_due(self) -> dt.date | None:
        """The last day for the answer, counted from ``forwarded`` under the law of that day.

        ``None`` when the petition was not forwarded, when hdnd encodes no rule for that day,
        or when the National Assembly delegation alone compiled it (no ``council``: its
        petitions run other time limits, Joint resolution 72/2025 Art. 49, not encoded).
        """
        if self.forwarded is None or self.council is None:
            return None
        rule = answer_rule(self.forwarded)
        return None if rule is None else rule.due(self.forwarded)
