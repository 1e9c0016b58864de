"""merge_councils: the 2025 transfer of delegates to the council of a merged unit."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, validate
from hdnd.councils.council import Council
from hdnd.councils.mergers import merge_councils
from hdnd.delegates.delegate import Delegate, MandateEndReason

_ON = dt.date(2025, 7, 1)
_OLD = [Council(id="a", unit="92", term="2021-2026"), Council(id="b", unit="92", term="2021-2026")]
_NEW = Council(id="ab", unit="92", term="2021-2026")


def _delegate(did: str, *mandates: dict[str, Any]) -> Delegate:
    return Delegate.model_validate({"id": did, "name": "Trần Văn An", "mandates": list(mandates)})


def test_serving_delegates_move_and_the_links_are_kept() -> None:
    d1 = _delegate(
        "d1", {"council": "a", "start": "2021-06-25", "full_time": True, "re_elected": True}
    )
    merged, (moved,) = merge_councils(_NEW, _OLD, [d1], on=_ON)
    assert merged.formed_from == ("a", "b")
    old, new = moved.mandates
    assert (old.council, old.end, old.end_reason) == (
        "a",
        dt.date(2025, 6, 30),
        MandateEndReason.TRANSFERRED,
    )
    assert (new.council, new.start, new.end, new.transferred_from) == ("ab", _ON, None, "a")
    assert new.full_time is True
    assert new.re_elected is True


def test_others_are_returned_unchanged_and_in_order() -> None:
    ended = _delegate(
        "d2", {"council": "a", "start": "2021-06-25", "end": "2024-01-31", "end_reason": "resigned"}
    )
    elsewhere = _delegate("d3", {"council": "z", "start": "2021-06-25"})
    ends_on_eve = _delegate("d4", {"council": "b", "start": "2021-06-25", "end": "2025-06-30"})
    _, moved = merge_councils(_NEW, _OLD, [ended, elsewhere, ends_on_eve], on=_ON)
    assert moved == (ended, elsewhere, ends_on_eve)
    assert moved[0] is ended


def test_a_mandate_ending_later_keeps_its_end_on_the_new_council() -> None:
    d = _delegate(
        "d", {"council": "b", "start": "2021-06-25", "end": "2025-09-30", "end_reason": "died"}
    )
    _, (moved,) = merge_councils(_NEW, _OLD, [d], on=_ON)
    assert moved.mandates[1].end == dt.date(2025, 9, 30)
    assert moved.mandates[1].end_reason is MandateEndReason.DIED


def test_a_suspension_across_the_merger_is_split() -> None:
    d = _delegate(
        "d",
        {
            "council": "a",
            "start": "2021-06-25",
            "suspensions": [
                {"start": "2025-05-01", "end": "2025-08-01"},
                {"start": "2022-01-01", "end": "2022-02-01"},
            ],
        },
    )
    _, (moved,) = merge_councils(_NEW, _OLD, [d], on=_ON)
    old, new = moved.mandates
    assert [str(s.start) for s in old.suspensions] == ["2025-05-01", "2022-01-01"]
    assert [(str(s.start), str(s.end)) for s in new.suspensions] == [("2025-07-01", "2025-08-01")]
    assert new.suspended_on(dt.date(2025, 7, 15))
    assert not new.suspended_on(dt.date(2025, 8, 1))


@pytest.mark.parametrize("predecessors", [[_NEW], [_OLD[0], _OLD[0]]])
def test_refuses_itself_or_a_repeated_predecessor(predecessors: list[Council]) -> None:
    with pytest.raises(ValueError, match="cannot be formed from itself"):
        merge_councils(_NEW, predecessors, [], on=_ON)


def test_the_merged_dataset_validates_without_overlaps() -> None:
    d1 = _delegate("d1", {"council": "a", "start": "2021-06-25"})
    merged, moved = merge_councils(_NEW, _OLD, [d1], on=_ON)
    dataset = Dataset(councils=(*_OLD, merged), delegates=moved)
    codes = validate(dataset, as_of=dt.date(2025, 12, 1)).codes()
    assert "mandate-overlap" not in codes
    assert "unresolved-reference" not in codes
    assert [c.id for c in dataset.index.predecessors("ab")] == ["a", "b"]
