from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, load_example, validate
from hdnd.validation import CheckContext
from hdnd.validation.checks.figures import breakdowns_add_up

AS_OF = dt.date(2015, 1, 1)


def _figure(value: int, *breakdowns: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {
        "id": "visits",
        "unit": "92",
        "period": {"start": "2014-01-01", "end": "2014-12-31"},
        "indicator": "citizen-visits",
        "value": value,
        "source": "s",
        "breakdowns": list(breakdowns),
        **extra,
    }


def _kind(individual: int, group: int, **extra: Any) -> dict[str, Any]:
    return {"dimension": "kind", "parts": {"individual": individual, "group": group}, **extra}


def _dataset(*figures: dict[str, Any]) -> Dataset:
    return Dataset.model_validate(
        {"sources": [{"id": "s", "title": "Báo cáo năm 2014"}], "figures": list(figures)}
    )


def test_triggers_when_the_parts_fall_short_of_the_total() -> None:
    findings = validate(_dataset(_figure(105, _kind(100, 4))), as_of=AS_OF)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "breakdown-does-not-add-up"
    assert finding.severity is Severity.ERROR
    assert finding.record == "figures/visits"
    assert finding.field == "breakdowns.0"
    assert finding.citation is None
    assert dict(finding.params) == {"dimension": "kind", "parts": 104, "value": 105}
    assert finding.message("vi") == "Tổng các phần theo kind là 104, khác tổng số 105."
    assert finding.message("en") == "The parts by kind add up to 104, not to the total of 105."
    assert findings.has_errors


def test_triggers_when_the_parts_exceed_the_total() -> None:
    (finding,) = validate(_dataset(_figure(105, _kind(100, 6))), as_of=AS_OF)
    assert finding.params["parts"] == 106


def test_numbers_in_the_message_are_grouped_per_language() -> None:
    (finding,) = validate(_dataset(_figure(7570, _kind(7000, 500))), as_of=AS_OF)
    assert finding.message("vi") == "Tổng các phần theo kind là 7.500, khác tổng số 7.570."
    assert finding.message("en") == (
        "The parts by kind add up to 7,500, not to the total of 7,570."
    )


def test_each_wrong_breakdown_is_reported_with_its_position() -> None:
    outcome = {"dimension": "outcome", "parts": {"guided": 50, "stored": 50}}
    wrong_again = {"dimension": "outcome", "parts": {"guided": 1}}
    figure = _figure(105, _kind(100, 5), outcome, wrong_again)
    findings = validate(_dataset(figure), as_of=AS_OF)
    assert [(f.field, f.params["dimension"], f.params["parts"]) for f in findings] == [
        ("breakdowns.1", "outcome", 100),
        ("breakdowns.2", "outcome", 1),
    ]


def test_silent_when_the_parts_add_up() -> None:
    assert list(validate(_dataset(_figure(105, _kind(100, 5))), as_of=AS_OF)) == []


def test_silent_without_breakdowns() -> None:
    assert list(validate(_dataset(_figure(105)), as_of=AS_OF)) == []


@pytest.mark.parametrize("qualifier", ["approximately", "nearly", "more-than", "at-least"])
def test_silent_for_approximate_figures(qualifier: str) -> None:
    figure = _figure(7570, _kind(7000, 500), qualifier=qualifier)
    assert list(validate(_dataset(figure), as_of=AS_OF)) == []


def test_exact_qualifier_written_out_is_checked() -> None:
    figure = _figure(7570, _kind(7000, 500), qualifier="exact")
    assert validate(_dataset(figure), as_of=AS_OF).codes() == ("breakdown-does-not-add-up",)


def test_silent_for_incomplete_breakdowns() -> None:
    # "105 visits, of which 100 individual": a partial list, not meant to add up.
    partial = {"dimension": "kind", "parts": {"individual": 100}, "complete": False}
    assert list(validate(_dataset(_figure(105, partial)), as_of=AS_OF)) == []


def test_incomplete_breakdown_does_not_hide_a_complete_one() -> None:
    partial = {"dimension": "kind", "parts": {"individual": 100}, "complete": False}
    (finding,) = validate(_dataset(_figure(105, partial, _kind(1, 1))), as_of=AS_OF)
    assert finding.field == "breakdowns.1"


def test_silent_on_the_can_tho_example() -> None:
    assert list(validate(load_example("can-tho"), as_of=AS_OF)) == []


def test_the_check_function_does_not_depend_on_the_day() -> None:
    dataset = _dataset(_figure(105, _kind(100, 4)))
    early = list(breakdowns_add_up(CheckContext(dataset, dt.date(2000, 1, 1))))
    late = list(breakdowns_add_up(CheckContext(dataset, dt.date(2040, 1, 1))))
    assert early == late
    assert [f.code for f in early] == ["breakdown-does-not-add-up"]
