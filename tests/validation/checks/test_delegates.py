from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, load_example, validate

# Term 2021-2026: election day 2021-05-23, last day 2026-04-29 (45 days after 2026-03-15).
ELECTION_2021 = "2021-05-23"
END_2021 = "2026-04-29"


def _mandate(start: str, end: str | None = None, council: str = "c") -> dict[str, Any]:
    mandate: dict[str, Any] = {"council": council, "start": start}
    if end is not None:
        mandate["end"] = end
    return mandate


def _dataset(*mandates: dict[str, Any], term: str = "2021-2026") -> Dataset:
    return Dataset.model_validate(
        {
            "councils": [
                {"id": "c", "unit": "92", "term": term},
                {"id": "c2", "unit": "31135", "term": term},
            ],
            "delegates": [{"id": "d", "name": "Trần Văn Hùng", "mandates": list(mandates)}],
        }
    )


def _outside(dataset: Dataset, as_of: str) -> list[str | None]:
    findings = validate(dataset, as_of=dt.date.fromisoformat(as_of), codes=["mandate-outside-term"])
    return [f.field for f in findings]


def _overlap(dataset: Dataset, as_of: str = "2026-12-31") -> list[str | None]:
    findings = validate(dataset, as_of=dt.date.fromisoformat(as_of), codes=["mandate-overlap"])
    return [f.field for f in findings]


# --- mandate-outside-term ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "end", "as_of", "outside"),
    [
        pytest.param("2021-05-22", "2021-12-31", "2022-01-01", True, id="starts-before-election"),
        pytest.param(ELECTION_2021, "2021-12-31", "2022-01-01", False, id="starts-on-election"),
        pytest.param("2021-06-25", "2026-04-30", "2022-01-01", True, id="ends-after-term"),
        pytest.param("2021-06-25", END_2021, "2022-01-01", False, id="ends-on-last-day"),
        pytest.param("2021-06-25", None, "2026-04-30", True, id="open-after-term"),
        pytest.param("2021-06-25", None, END_2021, False, id="open-on-last-day"),
        pytest.param("2021-06-25", None, "2022-01-01", False, id="open-during-term"),
        pytest.param(ELECTION_2021, END_2021, "2030-01-01", False, id="whole-term"),
    ],
)
def test_mandate_outside_term(start: str, end: str | None, as_of: str, outside: bool) -> None:
    dataset = _dataset(_mandate(start, end))
    assert _outside(dataset, as_of) == (["mandates.0"] if outside else [])


def test_mandate_outside_term_details() -> None:
    dataset = _dataset(_mandate("2021-06-25", END_2021), _mandate("2021-05-22"))
    (finding,) = validate(dataset, as_of=dt.date(2022, 1, 1), codes=["mandate-outside-term"])
    assert finding.code == "mandate-outside-term"
    assert finding.severity is Severity.ERROR
    assert finding.record == "delegates/d"
    assert finding.field == "mandates.1"
    # the mandate contradicts its own council's term: consistency, no law cited on any date
    assert finding.citation is None
    assert finding.message("vi") == (
        "Nhiệm vụ đại biểu tại c (22/05/2021 – …) nằm ngoài nhiệm kỳ 2021–2026"
        " (23/05/2021 – 29/04/2026)."
    )
    assert finding.message("en") == (
        "The mandate on c (May 22, 2021 – …) lies outside the term 2021–2026"
        " (May 23, 2021 – Apr 29, 2026)."
    )


def test_open_ended_term_has_no_end_to_exceed() -> None:
    dataset = _dataset(_mandate("2026-04-20"), term="2026-2031")
    assert _outside(dataset, "2040-01-01") == []
    (finding,) = validate(
        _dataset(_mandate("2026-03-14"), term="2026-2031"),
        as_of=dt.date(2026, 6, 1),
        codes=["mandate-outside-term"],
    )
    assert finding.message("en") == (
        "The mandate on c (Mar 14, 2026 – …) lies outside the term 2026–2031 (Mar 15, 2026 – …)."
    )


def test_terms_declared_by_the_dataset_are_used() -> None:
    dataset = Dataset.model_validate(
        {
            "terms": [{"id": "ct-x", "election_day": "2021-05-23", "end": "2021-12-31"}],
            "councils": [{"id": "c", "unit": "92", "term": "ct-x"}],
            "delegates": [
                {"id": "d", "name": "Trần Văn Hùng", "mandates": [_mandate("2021-06-01")]}
            ],
        }
    )
    assert _outside(dataset, "2021-12-31") == []
    assert _outside(dataset, "2022-01-01") == ["mandates.0"]


def test_unknown_council_is_left_to_the_reference_check() -> None:
    dataset = _dataset(_mandate("2001-01-01", council="nowhere"))
    assert validate(dataset, as_of=dt.date(2022, 1, 1)).codes() == ("unresolved-reference",)


def test_synthetic_example_mandates_are_inside_their_term() -> None:
    assert _outside(load_example("synthetic-council"), "2030-01-01") == []


# --- mandate-overlap -----------------------------------------------------------------------


def test_mandate_overlap_on_the_same_council() -> None:
    dataset = _dataset(_mandate("2021-06-25", "2023-12-31"), _mandate("2023-07-01"))
    (finding,) = validate(dataset, as_of=dt.date(2024, 1, 1), codes=["mandate-overlap"])
    assert finding.code == "mandate-overlap"
    assert finding.severity is Severity.ERROR
    assert finding.record == "delegates/d"
    assert finding.field == "mandates.1"
    assert finding.citation is None
    assert dict(finding.params) == {"council": "c", "start": dt.date(2023, 7, 1)}
    assert finding.message("vi") == (
        "Đại biểu có hai nhiệm vụ tại c trùng thời gian, từ 01/07/2023."
    )
    assert finding.message("en") == (
        "The delegate holds two overlapping mandates on c, from Jul 1, 2023."
    )


@pytest.mark.parametrize(
    ("first", "second", "overlap"),
    [
        pytest.param(("2021-06-25", "2023-06-30"), ("2023-07-01", None), False, id="consecutive"),
        pytest.param(("2021-06-25", "2023-06-30"), ("2023-06-30", None), True, id="same-day"),
        pytest.param(("2021-06-25", None), ("2023-07-01", None), True, id="both-open"),
        pytest.param(("2021-06-25", None), ("2022-01-01", "2022-02-01"), True, id="inside"),
        pytest.param(("2023-07-01", None), ("2021-06-25", "2023-06-30"), False, id="reversed"),
    ],
)
def test_mandate_overlap_cases(
    first: tuple[str, str | None], second: tuple[str, str | None], overlap: bool
) -> None:
    dataset = _dataset(_mandate(*first), _mandate(*second))
    assert _overlap(dataset, "2024-01-01") == (["mandates.1"] if overlap else [])


def test_overlapping_mandates_on_different_councils_are_fine() -> None:
    dataset = _dataset(_mandate("2021-06-25"), _mandate("2021-06-25", council="c2"))
    assert _overlap(dataset) == []


def test_overlap_is_per_delegate() -> None:
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2021-2026"}],
            "delegates": [
                {"id": f"d{i}", "name": "Trần Văn Hùng", "mandates": [_mandate("2021-06-25")]}
                for i in range(2)
            ],
        }
    )
    assert _overlap(dataset) == []


def test_three_overlapping_mandates_give_one_finding_per_pair() -> None:
    dataset = _dataset(_mandate("2021-06-25"), _mandate("2022-01-01"), _mandate("2023-01-01"))
    assert _overlap(dataset, "2024-01-01") == ["mandates.1", "mandates.2", "mandates.2"]


def test_synthetic_example_has_no_overlap() -> None:
    assert _overlap(load_example("synthetic-council")) == []


def test_an_open_mandate_overlaps_a_mandate_that_starts_after_the_day_checked() -> None:
    # The open mandate runs on: a second mandate from 2027 overlaps it even judged in 2026.
    dataset = _dataset(_mandate("2021-06-25"), _mandate("2027-01-01", "2027-06-30"))
    assert _overlap(dataset, "2026-01-01") == ["mandates.1"]
    dataset = _dataset(_mandate("2027-01-01", "2027-06-30"), _mandate("2021-06-25"))
    assert _overlap(dataset, "2026-01-01") == ["mandates.1"]
