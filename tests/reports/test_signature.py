"""One signature for every calculator, and a typed result that agrees with its rows."""

from __future__ import annotations

import datetime as dt
import inspect
import typing

import pytest

import hdnd
import hdnd.reports
from hdnd import Period
from hdnd.examples import load_example
from hdnd.reports import Report

CALCULATORS = sorted(name for name in hdnd.reports.__all__ if name[0].islower())


def test_there_are_calculators_to_check() -> None:
    assert len(CALCULATORS) == 19


@pytest.mark.parametrize("name", CALCULATORS)
def test_dataset_subject_then_as_of_and_period(name: str) -> None:
    calculator = getattr(hdnd.reports, name)
    parameters = list(inspect.signature(calculator).parameters.values())
    assert parameters[0].name == "dataset"
    assert parameters[1].kind is inspect.Parameter.POSITIONAL_OR_KEYWORD  # the subject
    for keyword in ("as_of", "period"):
        found = inspect.signature(calculator).parameters[keyword]
        assert found.kind is inspect.Parameter.KEYWORD_ONLY
        assert found.default is None


@pytest.mark.parametrize("name", CALCULATORS)
def test_a_typed_result_per_calculator(name: str) -> None:
    result = typing.get_type_hints(getattr(hdnd.reports, name))["return"]
    assert issubclass(result, Report)
    assert result is not Report
    assert result.__name__ in hdnd.reports.__all__


@pytest.mark.parametrize("name", CALCULATORS)
def test_every_calculator_is_in_hdnd(name: str) -> None:
    assert getattr(hdnd, name) is getattr(hdnd.reports, name)


def test_the_overview_fields_agree_with_its_rows() -> None:
    ds = load_example("synthetic-council")
    overview = hdnd.council_overview(ds, "hdnd-tinh-mau-2026", as_of=dt.date(2026, 11, 1))
    seats = {r["category"]: r["count"] for r in overview.rows() if r["group"] == "seats"}
    assert (overview.quota, overview.serving, overview.vacant) == (
        seats["quota"],
        seats["serving"],
        seats["vacant"],
    )
    assert overview.as_of == dt.date(2026, 11, 1)


def test_the_composition_fields_agree_with_its_rows() -> None:
    ds = load_example("synthetic-council")
    report = hdnd.council_composition(ds, "hdnd-tinh-mau-2026", period=Period.year(2026))
    assert report.as_of == dt.date(2026, 12, 31)
    for row in report.rows():
        if row["group"] not in ("seats", "targets") and row["count"] is not None:
            key = f"{row['group']}/{row['category']}"
            assert report.counts[key] == row["count"]
            assert report.share(key) == row["share"]
        if row["group"] == "targets":
            assert report.met[row["category"]] == row["met"]
    assert report.met  # the targets of the term are compared


def test_the_reception_fields_give_the_published_figures() -> None:
    summary = hdnd.reception_summary(load_example("can-tho"))
    assert (summary.visits["total"], summary.visits["individual"]) == (105, 100)
    assert summary.visits["group"] == 5
    petitions = summary.petitions
    assert petitions["total"] == 191
    assert sum(v for k, v in petitions.items() if k != "total") == 191
    nothing = hdnd.reception_summary(load_example("can-tho"), as_of=dt.date(2013, 12, 31))
    assert dict(nothing.visits) == {}


def test_figures_by_unit_and_period() -> None:
    ds = load_example("can-tho")
    every = hdnd.figures_report(ds)
    assert every.total == len(ds.figures) == len(every.rows())
    unit = ds.figures[0].unit
    assert all(f.unit == unit for f in hdnd.figures_report(ds, unit).figures)
    assert hdnd.figures_report(ds, "no-such-unit").total == 0
    assert hdnd.figures_report(ds, as_of=dt.date(2000, 1, 1)).total == 0
    with pytest.raises(TypeError, match="figures="):
        hdnd.figures_report(ds, list(ds.figures))  # type: ignore[arg-type]


def test_an_election_outside_as_of_has_no_result() -> None:
    ds = hdnd.Dataset.model_validate(
        {
            "elections": [
                {
                    "id": "e1",
                    "council": "c",
                    "day": "2026-03-15",
                    "constituency": "1",
                    "seats": 1,
                    "voters_on_list": 1000,
                    "voted": 900,
                    "valid_ballots": 800,
                    "candidates": [
                        {"id": "a", "name": "A", "birth_date": "1975-04-01", "votes": 500}
                    ],
                }
            ]
        }
    )
    assert hdnd.constituency_results(ds, "e1", as_of=dt.date(2026, 3, 15)).elected == ("a",)
    with pytest.raises(ValueError, match="outside"):
        hdnd.constituency_results(ds, "e1", as_of=dt.date(2026, 3, 14))
    with pytest.raises(ValueError, match="outside"):
        hdnd.constituency_results(ds, "e1", period=Period.year(2025))
    with pytest.raises(hdnd.UnknownRecordError, match="no election 'e2'"):
        hdnd.constituency_results(ds, "e2")
