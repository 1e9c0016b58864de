from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.citation import Confidence
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.petitions.amendments136_2025 import (
    ComplaintsAmendment2025,
    DenunciationAmendment2025,
    ReceptionAmendment2025,
)
from hdnd.law.petitions.complaints2011 import ComplaintsLaw2011
from hdnd.law.petitions.denunciations2018 import DenunciationLaw2018
from hdnd.law.petitions.reception2013 import CitizenReceptionLaw2013
from hdnd.law.rules import rules_of

_BEFORE, _FROM = dt.date(2026, 6, 30), dt.date(2026, 7, 1)


@pytest.mark.parametrize(
    ("domain", "old", "new"),
    [
        (Domain.CITIZEN_RECEPTION, CitizenReceptionLaw2013, ReceptionAmendment2025),
        (Domain.COMPLAINTS, ComplaintsLaw2011, ComplaintsAmendment2025),
        (Domain.DENUNCIATIONS, DenunciationLaw2018, DenunciationAmendment2025),
    ],
)
def test_the_amendments_take_effect_on_1_july_2026(
    domain: Domain, old: type[Instrument], new: type[Instrument]
) -> None:
    assert type(framework_at(_BEFORE).instrument(domain)) is old
    assert type(framework_at(_FROM).instrument(domain)) is new
    assert issubclass(new, old)
    assert new.number == "136/2025/QH15"


def test_complaint_acceptance_becomes_7_working_days() -> None:
    before = framework_at(_BEFORE).deadline(DeadlineKind.COMPLAINT_ACCEPTANCE)
    after = framework_at(_FROM).deadline(DeadlineKind.COMPLAINT_ACCEPTANCE)
    assert isinstance(before, Deadline)
    assert isinstance(after, Deadline)
    assert (before.days, before.count) == (10, DayCount.CALENDAR)
    assert (after.days, after.count) == (7, DayCount.WORKING)
    assert after.citation.confidence is Confidence.SECONDARY


def test_what_is_not_known_to_change_is_inherited() -> None:
    assert rules_of(DenunciationAmendment2025) == rules_of(DenunciationLaw2018)
    first = framework_at(_FROM).deadline(DeadlineKind.COMPLAINT_FIRST)
    assert first == ComplaintsLaw2011.COMPLAINT_FIRST


def test_the_refusal_notice_is_a_time_limit_from_1_july_2026() -> None:
    before = framework_at(_BEFORE).deadline(DeadlineKind.REFUSAL_NOTICE)
    after = framework_at(_FROM).deadline(DeadlineKind.REFUSAL_NOTICE)
    assert not isinstance(before, Deadline)  # Law 42/2013/QH13 sets no such limit
    assert after is ReceptionAmendment2025.REFUSAL_NOTICE
    assert (after.days, after.count, after.before) == (3, DayCount.WORKING, False)
    assert after.citation.render("en") == "Decree 154/2026/NĐ-CP, Art. 16"
    assert after.citation.confidence is Confidence.SECONDARY
    assert CitizenReceptionLaw2013().deadline(DeadlineKind.REFUSAL_NOTICE) is None
    # a Friday: the weekend and the National Day holidays (31 August - 2 September) skipped
    assert after.due(dt.date(2026, 8, 28)) == dt.date(2026, 9, 7)


def test_online_reception_is_a_fact_of_the_amendment_only() -> None:
    assert ReceptionAmendment2025.ONLINE_RECEPTION.value is True
    assert "ONLINE_RECEPTION" not in rules_of(CitizenReceptionLaw2013)
    assert "REFUSAL_NOTICE_WORKING_DAYS" not in rules_of(ReceptionAmendment2025)
