"""The national benchmark runs, reports every stage and baseline; it never asserts a time."""

from __future__ import annotations

import datetime as dt
import importlib.util
import inspect
import json
import math
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from hdnd import Dataset, dumps, load_example
from hdnd.reports.confidence import confidence_results
from hdnd.reports.register import petition_register
from hdnd.reports.voter_contact import voter_contact_summary
from hdnd.testing import national_dataset, with_confidence, with_voter_contact

UNTIL = dt.date(2029, 12, 31)
"""Sessions up to the end of 2029: the synthetic term's rating year (2028) and the next."""
ROOT = Path(__file__).resolve().parent.parent
STAGES = {"dumps", "loads", "index", "validate", "overview", "render", "sessions"}
PETITION_STAGES = {"petitions", "register"}
VOTER_CONTACT_STAGES = {"voter-contact"}
CONFIDENCE_STAGES = {"confidence"}


@pytest.fixture(scope="module")
def benchmark() -> ModuleType:
    """benchmarks/ is not a package: load national.py from its path."""
    path = ROOT / "benchmarks" / "national.py"
    spec = importlib.util.spec_from_file_location("hdnd_national_benchmark", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def quick(
    benchmark: ModuleType, tmp_path_factory: pytest.TempPathFactory
) -> tuple[dict[str, Any], Path]:
    out = tmp_path_factory.mktemp("bench") / "bench.json"
    results: dict[str, Any] = benchmark.main(["--quick", "--json", str(out)])
    return results, out


def _positive_finite(value: object) -> bool:
    return isinstance(value, float) and math.isfinite(value) and value > 0


def test_every_stage_and_baseline_is_measured(quick: tuple[dict[str, Any], Path]) -> None:
    results, _ = quick
    # --quick adds the petitions, voter contact and confidence ratings
    assert set(results["stages"]) == (
        STAGES | PETITION_STAGES | VOTER_CONTACT_STAGES | CONFIDENCE_STAGES
    )
    assert results["repeat"] == 1
    for name, stage in results["stages"].items():
        assert stage["baselines"], name
        assert stage["baseline"] == next(iter(stage["baselines"]))
        assert stage["ratio"] == stage["baselines"][stage["baseline"]]["ratio"]
        assert len(stage["runs"]) == results["repeat"]
        for key in ("seconds", "median_seconds", "microseconds_per_record", "ratio"):
            assert _positive_finite(stage[key]), (name, key)
        for base in stage["baselines"].values():
            assert len(base["runs"]) == results["repeat"]
            for key in ("seconds", "median_seconds", "ratio", "median_ratio"):
                assert _positive_finite(base[key]), (name, key)
    assert set(results["stages"]["loads"]["baselines"]) == {"pydantic", "json.loads"}
    assert set(results["stages"]["petitions"]["baselines"]) == {"pydantic", "msgspec"}
    assert set(results["stages"]["register"]["baselines"]) == {"loop", "polars"}
    assert set(results["stages"]["voter-contact"]["baselines"]) == {"one pass"}
    assert set(results["stages"]["confidence"]["baselines"]) == {"one pass"}


def test_counts_match_the_generated_dataset(
    benchmark: ModuleType, quick: tuple[dict[str, Any], Path]
) -> None:
    results, _ = quick
    assert 0 < results["actual_scale"] < 1
    dataset, _ = benchmark.generate(results["scale"], results["seed"])
    counts = results["counts"]
    assert counts["units"] == len(dataset.units)
    assert counts["councils"] == len(dataset.councils)
    assert counts["delegates"] == len(dataset.delegates)
    assert counts["mandates"] == sum(len(d.mandates) for d in dataset.delegates)
    for name in ("sessions", "sittings", "votes", "documents"):
        assert counts[name] == len(getattr(dataset, name)) > 0, name
    assert counts["attendance"] == sum(len(s.attendance) for s in dataset.sittings)
    assert counts["attendance"] > counts["delegates"]
    assert counts["records"] == sum(v for k, v in counts.items() if k != "records")
    assert counts["delegates"] > counts["councils"] > 0
    assert results["stages"]["overview"]["items"] == counts["councils"]
    assert results["stages"]["sessions"]["items"] == counts["councils"]
    assert results["round_trip"] is True
    assert results["findings"] == 0  # the synthetic data is valid


def test_a_scale_keeps_whole_councils_and_their_delegates(benchmark: ModuleType) -> None:
    national, _ = benchmark.generate(1.0, 0)
    part, _ = benchmark.generate(0.01, 0)
    assert len(part.councils) == round(0.01 * len(national.councils))
    kept = {c.id for c in part.councils}
    units = {u.code: u for u in part.units}
    assert {c.unit for c in part.councils} == set(units)
    assert all(u.parent is None or u.parent in units for u in units.values())
    assert all(m.council in kept for d in part.delegates for m in d.mandates)
    assert len(part.delegates) == sum(
        1 for d in national.delegates if d.mandates[0].council in kept
    )
    # Sessions and documents follow their council, sittings their session, votes their sitting.
    sessions = {s.id for s in national.sessions if s.council in kept}
    sittings = {s.id for s in national.sittings if s.session in sessions}
    assert {s.id for s in part.sessions} == sessions
    assert {s.id for s in part.sittings} == sittings
    assert {v.id for v in part.votes} == {v.id for v in national.votes if v.sitting in sittings}
    assert len(part.documents) == sum(1 for d in national.documents if d.council in kept)
    assert part.sessions
    assert part.votes


def test_memory_is_measured(quick: tuple[dict[str, Any], Path]) -> None:
    memory = quick[0]["memory"]
    for key in ("loads_peak_bytes_per_record", "dataset_bytes_per_record"):
        assert _positive_finite(memory[key]), key
    assert memory["loads_peak_bytes"] >= memory["dataset_bytes"] > 0


def test_the_json_file_holds_the_results(quick: tuple[dict[str, Any], Path]) -> None:
    results, out = quick
    assert json.loads(out.read_text(encoding="utf-8")) == results


def test_the_table_names_every_stage(
    benchmark: ModuleType, quick: tuple[dict[str, Any], Path]
) -> None:
    text: str = benchmark.table(quick[0])
    lines = text.splitlines()
    for name in STAGES | PETITION_STAGES | VOTER_CONTACT_STAGES | CONFIDENCE_STAGES:
        assert any(line.startswith(name) for line in lines), name
    assert "ratio" in text
    assert "bytes kept per petition" in text
    assert "timed:" in text
    assert "same voter-contact counts as hdnd: one pass yes" in text
    assert "same confidence figures as hdnd: one pass yes" in text


# --- the petitions stages ---------------------------------------------------------------------


def test_the_petitions_stages_ran_on_a_register(quick: tuple[dict[str, Any], Path]) -> None:
    results, _ = quick
    found = results["petitions"]
    counts = found["counts"]
    assert counts["petitions"] > counts["citizen_visits"] > counts["reception_sessions"] > 0
    assert counts["steps"] > 2 * counts["petitions"]
    for name in PETITION_STAGES:
        stage = results["stages"][name]
        assert stage["items"] == counts["petitions"]
        assert stage["item"] == "petition"
    assert results["findings"] == 0  # the other stages run on the data without the register
    assert found["same_fields"] == {"pydantic": True, "msgspec": True}
    assert found["same_counts"] == {"loop": True, "polars": True}
    assert found["agreement"]["pydantic"] == found["bad_inputs"]  # refuses what hdnd refuses
    assert found["disagreements"]["pydantic"] == []
    assert 0 < found["memory_petitions"] <= counts["petitions"]
    per = found["bytes_per_petition"]
    assert set(per) == {"hdnd", "pydantic", "msgspec", "json.loads", "polars"}
    assert all(_positive_finite(value) for value in per.values())


def test_the_petitions_stages_are_off_unless_asked(benchmark: ModuleType) -> None:
    assert benchmark.parser().parse_args([]).petitions is False
    assert benchmark.parser().parse_args(["--petitions"]).petitions is True
    assert inspect.signature(benchmark.run).parameters["petitions"].default is False


# --- the voter-contact stage ---------------------------------------------------------------


def test_the_voter_contact_stage_ran_on_every_council(quick: tuple[dict[str, Any], Path]) -> None:
    results, _ = quick
    found = results["voter_contact"]
    counts = found["counts"]
    assert counts["voter_meetings"] > counts["voter_petitions"] > counts["merged"] >= 0
    stage = results["stages"]["voter-contact"]
    assert stage["items"] == results["counts"]["councils"]
    assert stage["item"] == "council"
    assert found["same_counts"] == {"one pass": True}  # checked before timing
    assert results["findings"] == 0  # the other stages run on the data without it


def test_the_voter_contact_stage_is_off_unless_asked(benchmark: ModuleType) -> None:
    assert benchmark.parser().parse_args([]).voter_contact is False
    assert benchmark.parser().parse_args(["--voter-contact"]).voter_contact is True
    assert inspect.signature(benchmark.run).parameters["voter_contact"].default is False


def test_the_voter_contact_loop_counts_what_hdnd_counts(benchmark: ModuleType) -> None:
    data = load_example("can-tho-register")  # no council: everything counted together
    expected = benchmark.voter_contact_counts(voter_contact_summary(data))
    assert benchmark._voter_contact_floor(data) == {"": expected}
    assert expected["merged"] == 1
    assert expected["repeated"] == 1
    synthetic = with_voter_contact(national_dataset(seed=0, provinces=("46",)))
    floor = benchmark._voter_contact_floor(synthetic)
    for council in synthetic.councils:
        summary = voter_contact_summary(synthetic, council.id)
        assert benchmark.voter_contact_counts(summary) == floor[council.id], council.id


# --- the confidence stage --------------------------------------------------------------------


def test_the_confidence_stage_ran_on_every_council_that_rates(
    quick: tuple[dict[str, Any], Path],
) -> None:
    results, _ = quick
    found = results["confidence"]
    counts = found["counts"]
    assert counts["confidence_ratings"] > counts["councils"] > 0  # provincial councils rate
    stage = results["stages"]["confidence"]
    assert stage["items"] == counts["councils"]
    assert stage["item"] == "council"
    assert found["same_counts"] == {"one pass": True}  # checked before timing
    assert results["findings"] == 0  # the other stages run on the data without it


def test_the_confidence_stage_is_off_unless_asked(benchmark: ModuleType) -> None:
    assert benchmark.parser().parse_args([]).confidence is False
    assert benchmark.parser().parse_args(["--confidence"]).confidence is True
    assert inspect.signature(benchmark.run).parameters["confidence"].default is False


def test_the_confidence_loop_gives_what_hdnd_gives(benchmark: ModuleType) -> None:
    # both resolutions: the delegates as base before 1 July 2023, the ballots after
    data = Dataset.model_validate({
        "councils": [{"id": "c", "unit": "92", "term": "2021-2026"},
                     {"id": "d", "unit": "92", "term": "2016-2021"}],
        "confidence_ratings": [
            {"id": "r1", "council": "c", "day": "2023-12-08", "person": "p",
             "posts": ["peoples-committee-chair"], "ballots": 50, "high": 10,
             "confidence": 6, "low": 34, "delegates": 60},
            {"id": "r2", "council": "d", "day": "2018-12-08", "person": "q",
             "posts": ["chair"], "ballots": 50, "high": 10, "confidence": 6, "low": 34,
             "delegates": 60},
        ],
    })  # fmt: skip
    floor = benchmark._confidence_floor(data)
    assert floor["c"]["p"][2] == "dismissal-proposal"
    assert floor["d"]["q"][2] == "may-resign"
    for council in ("c", "d"):
        assert benchmark.confidence_counts(confidence_results(data, council)) == floor[council]
    synthetic = with_confidence(national_dataset(seed=0, provinces=("44",), until=UNTIL))
    floor = benchmark._confidence_floor(synthetic)
    assert floor
    for council, people in floor.items():
        assert benchmark.confidence_counts(confidence_results(synthetic, council)) == people


def _edge_cases() -> Dataset:
    """Outcomes recorded or read from steps (ties by order), chains of follow-ups, refusals."""
    step = {"kind": "received", "day": "2027-03-01"}

    def petition(pid: str, **fields: Any) -> dict[str, Any]:
        return {"id": pid, "unit": "46", "received": "2027-03-01", **fields}

    return Dataset.model_validate(
        {
            "citizen_visits": [
                {"id": "v1", "unit": "46", "day": "2027-03-01", "kind": "individual"},
                {"id": "v2", "unit": "46", "day": "2027-03-01", "kind": "group", "visitors": 3},
                {
                    "id": "v3",
                    "unit": "46",
                    "day": "2027-03-01",
                    "kind": "individual",
                    "visitors": 1,
                    "refused": "disruptive",
                },
            ],
            "petitions": [
                petition("p1", kind="complaint", channel="post", steps=[step]),
                petition(
                    "p2",
                    kind="complaint",
                    outcome="answered",
                    follow_up_of="p1",
                    steps=[step, {"kind": "stored", "day": "2027-03-02"}],
                ),
                petition(
                    "p3",
                    follow_up_of="p2",
                    steps=[
                        {"kind": "forwarded", "day": "2027-03-03", "to": "UBND"},
                        {"kind": "guided", "day": "2027-03-03"},
                        {"kind": "stored", "day": "2027-03-02"},
                    ],
                ),
                petition("p4", kind="mixed", duplicate_of="p1", follow_up_of="p3"),
                petition("p5", kind="denunciation", channel="online", follow_up_of="p9"),
                petition("p6", follow_up_of="p7"),
                petition("p7", follow_up_of="p6"),
            ],
        }
    )


@pytest.mark.parametrize(
    "dataset",
    [pytest.param(_edge_cases, id="edge-cases"), pytest.param(None, id="can-tho-register")],
)
def test_the_register_baselines_count_what_hdnd_counts(benchmark: ModuleType, dataset: Any) -> None:
    data = dataset() if dataset is not None else load_example("can-tho-register")
    expected = benchmark.register_counts(petition_register(data))
    text = dumps(Dataset(petitions=data.petitions))
    plain = benchmark.PlainPetitions.model_validate_json(text)
    assert benchmark._register_floor(data, plain) == expected
    frames = benchmark.polars_frames(dumps(Dataset(citizen_visits=data.citizen_visits)), text)
    assert benchmark._register_polars(frames) == expected


def test_the_contenders_decode_the_same_petitions(benchmark: ModuleType) -> None:
    data = load_example("can-tho-register")
    text = dumps(Dataset(petitions=data.petitions))
    plain = benchmark.PlainPetitions.model_validate_json(text)
    structs = benchmark._msgspec_decoder().decode(text)
    for record, model, struct in zip(
        data.petitions, plain.petitions, structs.petitions, strict=True
    ):
        assert record.model_dump() == model.model_dump()
        assert record.steps[-1].day == struct.steps[-1].day
        assert (record.id, record.kind, record.received) == (
            struct.id,
            struct.kind,
            struct.received,
        )


@pytest.mark.parametrize("argv", [["--scale", "0"], ["--scale", "1.5"], ["--repeat", "0"]])
def test_bad_options_are_refused(benchmark: ModuleType, argv: list[str]) -> None:
    with pytest.raises(SystemExit) as exit_info:
        benchmark.main(argv)
    assert exit_info.value.code == 2
