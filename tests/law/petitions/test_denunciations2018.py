from __future__ import annotations

import datetime as dt

import pytest

from hdnd.law import framework_at
from hdnd.law.deadlines import Deadline, DeadlineKind
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.petitions.denunciations2018 import DenunciationLaw2018

_LAW = DenunciationLaw2018()


def test_in_force_from_1_january_2019() -> None:
    assert isinstance(
        framework_at(dt.date(2018, 12, 31)).deadline(DeadlineKind.DENUNCIATION), NotApplicable
    )
    assert isinstance(framework_at(dt.date(2019, 1, 1)).deadline(DeadlineKind.DENUNCIATION),
                      Deadline)  # fmt: skip


@pytest.mark.parametrize(
    ("start", "complex_", "due"),
    [
        (dt.date(2026, 2, 11), False, dt.date(2026, 2, 27)),  # 7 working days across Tết
        (dt.date(2026, 2, 11), True, dt.date(2026, 3, 4)),  # 10 when verification spreads
    ],
)
def test_initial_processing(start: dt.date, complex_: bool, due: dt.date) -> None:
    assert _LAW.DENUNCIATION_INITIAL.due(start, complex=complex_) == due


@pytest.mark.parametrize(("extensions", "days"), [(0, 30), (1, 60), (2, 90)])
def test_extensions(extensions: int, days: int) -> None:
    assert _LAW.resolution_days(extensions) == days


@pytest.mark.parametrize("extensions", [-1, 3])
def test_at_most_two_extensions(extensions: int) -> None:
    with pytest.raises(ValueError, match="0, 1 or 2"):
        _LAW.resolution_days(extensions)
