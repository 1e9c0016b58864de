from __future__ import annotations

import copy
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import hdnd
from hdnd import Dataset, DatasetError, HdndError, Petition, dump, dumps, load, load_example, loads
from hdnd.examples import example_path

CAN_THO: dict[str, Any] = json.loads(Path(example_path("can-tho")).read_text(encoding="utf-8"))

PERSONAL: dict[str, Any] = {
    "title": "Tiếp công dân tại phường Ninh Kiều",
    "citizen_visits": [
        {
            "id": "v1",
            "unit": "31135",
            "day": "2026-05-04",
            "kind": "individual",
            "citizen": "Nguyễn Văn An",
        },
        {"id": "v2", "unit": "31135", "day": "2026-05-05", "kind": "group", "visitors": 12},
    ],
    "petitions": [
        {
            "id": "p1",
            "unit": "31135",
            "received": "2026-05-06",
            "kind": "denunciation",
            "outcome": "forwarded",
            "petitioner": "Trần Thị Bích",
            "address": "12 Hòa Bình, Ninh Kiều",
            "signatories": 1,
        }
    ],
}
NAMES = ("Nguyễn Văn An", "Trần Thị Bích", "12 Hòa Bình, Ninh Kiều")


def _personal() -> Dataset:
    return Dataset.model_validate(PERSONAL)


# --- round trip ----------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["can-tho", "synthetic-council"])
def test_round_trip_of_the_shipped_examples(name: str) -> None:
    dataset = load_example(name)
    assert loads(dumps(dataset, personal_data=True)) == dataset
    assert loads(dumps(dataset)) == dataset  # nothing personal to redact
    assert loads(dumps(dataset, indent=None)) == dataset


def test_round_trip_with_personal_data() -> None:
    dataset = _personal()
    text = dumps(dataset, personal_data=True)
    assert loads(text) == dataset
    for name in NAMES:
        assert name in text
    assert loads(text).petitions[0].petitioner == "Trần Thị Bích"


def test_personal_data_is_redacted_by_default() -> None:
    dataset = _personal()
    text = dumps(dataset)
    assert "[redacted]" in text
    for name in NAMES:
        assert name not in text
    assert text.startswith('{\n  "format": "hdnd/1",\n  "redacted": true,\n')
    redacted = loads(text)
    # the placeholder is never taken for a name: the file says the names were withheld
    assert redacted.redacted is True
    assert redacted.citizen_visits[0].citizen is None
    assert redacted.petitions[0].petitioner is None
    assert redacted.petitions[0].address is None
    assert redacted.petitions[0].signatories == 1
    assert redacted != dataset
    marked = '{\n  "format": "hdnd/1",\n  "redacted": true,\n'
    assert dumps(redacted).startswith(marked)  # and stays marked
    assert dumps(redacted, personal_data=True).startswith(marked)  # the names are gone


def test_a_placeholder_is_never_a_name() -> None:
    text = dumps(_personal()).replace('  "redacted": true,\n', "")  # the mark removed
    with pytest.raises(DatasetError, match="stands for personal data withheld"):
        loads(text)
    with pytest.raises(ValueError, match="stands for personal data withheld"):
        Petition(id="p", unit="92", received=dt.date(2026, 1, 1), petitioner=" [redacted] ")


def test_nothing_to_withhold_marks_nothing() -> None:
    assert '"redacted"' not in dumps(Dataset(title="Không có ai"))
    assert '"redacted"' not in dumps(_personal(), personal_data=True)


def test_personal_data_stays_out_of_repr() -> None:
    dataset = _personal()
    for name in NAMES:
        assert name not in repr(dataset)


def test_dumps_leaves_out_default_values() -> None:
    data = json.loads(dumps(load_example("can-tho")))
    assert data["figures"][0]["value"] == 105
    assert "qualifier" not in data["figures"][0]  # exact, the default
    assert data["figures"][4]["qualifier"] == "approximately"
    assert "synthetic" not in data
    assert "complete" not in data["figures"][0]["breakdowns"][0]
    assert "terms" not in data


def test_dumps_indent() -> None:
    compact = dumps(Dataset(title="Thử"), indent=None)
    assert "\n" not in compact
    assert '"title":"Thử"' in compact
    assert '\n  "title": "Thử"' in dumps(Dataset(title="Thử"))


def test_dumps_always_writes_the_format_marker() -> None:
    assert json.loads(dumps(Dataset(title="Thử")))["format"] == "hdnd/1"


def test_dumps_keeps_vietnamese_readable() -> None:
    assert "Cần Thơ" in dumps(load_example("can-tho"))


def test_dump_and_load_a_file(tmp_path: Path) -> None:
    dataset = _personal()
    path = tmp_path / "tiep-cong-dan.json"
    dump(dataset, path, personal_data=True)
    text = path.read_text(encoding="utf-8")
    assert text.endswith("}\n")
    assert load(path) == dataset
    assert load(str(path)) == dataset
    dump(dataset, path)
    assert "Trần Thị Bích" not in path.read_text(encoding="utf-8")


def test_load_reads_the_shipped_example_file() -> None:
    assert load(example_path("can-tho")) == load_example("can-tho")


# --- NFC -----------------------------------------------------------------------------------


def test_a_dataset_written_in_nfd_loads_as_nfc() -> None:
    text = Path(example_path("can-tho")).read_text(encoding="utf-8")
    decomposed = unicodedata.normalize("NFD", text)
    assert decomposed != text
    dataset = loads(decomposed)
    assert dataset == load_example("can-tho")
    assert dataset.title is not None
    assert unicodedata.is_normalized("NFC", dataset.title)
    assert dataset.title.startswith("Thành phố Cần Thơ")
    assert dataset.units[0].name == "Thành phố Cần Thơ"


def test_nfd_identifiers_and_personal_data_become_nfc() -> None:
    nfd = unicodedata.normalize("NFD", json.dumps(PERSONAL, ensure_ascii=False))
    raw = json.loads(nfd)
    raw["petitions"][0]["id"] = unicodedata.normalize("NFD", "đơn-tố-cáo")
    dataset = loads(json.dumps(raw, ensure_ascii=False).encode())
    assert dataset.petitions[0].id == "đơn-tố-cáo"
    assert dataset.petitions[0].petitioner == "Trần Thị Bích"
    assert dataset.citizen_visits[0].citizen == "Nguyễn Văn An"


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("{not json", id="not-json"),
        pytest.param("", id="empty"),
        pytest.param('{"title": "x"} trailing', id="trailing"),
        pytest.param(b"\xff\xfe\x00", id="not-utf8"),
        pytest.param("[" * 10_000, id="deeply-nested"),
    ],
)
def test_not_json(text: str | bytes) -> None:
    with pytest.raises(DatasetError, match=r"^the data is not JSON: ") as caught:
        loads(text)
    assert caught.value.problems == ()
    assert caught.value.__cause__ is None
    assert caught.value.__suppress_context__


def test_the_error_classes() -> None:
    with pytest.raises(DatasetError) as caught:
        loads("{")
    assert isinstance(caught.value, HdndError)
    assert isinstance(caught.value, ValueError)
    assert hdnd.DatasetError is DatasetError


def _broken(change: Callable[[dict[str, Any]], object]) -> str:
    data = copy.deepcopy(CAN_THO)
    change(data)
    return json.dumps(data, ensure_ascii=False)


WRONG: list[tuple[str, Callable[[dict[str, Any]], object], str, str, str]] = [
    (
        "count-as-string",
        lambda d: d["figures"][0].update(value="105"),
        'figures[0] (id "can-tho-2014-citizen-visits")',
        "value",
        "valid integer",
    ),
    (
        "count-as-boolean",
        lambda d: d["figures"][0].update(value=True),
        'figures[0] (id "can-tho-2014-citizen-visits")',
        "value",
        "valid integer",
    ),
    (
        "count-as-float",
        lambda d: d["figures"][1].update(value=191.0),
        'figures[1] (id "can-tho-2014-petitions")',
        "value",
        "valid integer",
    ),
    (
        "negative-count",
        lambda d: d["figures"][1].update(value=-1),
        'figures[1] (id "can-tho-2014-petitions")',
        "value",
        "greater than or equal to 0",
    ),
    (
        "date-as-number",
        lambda d: d["sources"][1].update(published=20160621),
        'sources[1] (id "bao-can-tho-2016-06-21")',
        "published",
        "a date must be written as YYYY-MM-DD, not as a number",
    ),
    (
        "impossible-date",
        lambda d: d["figures"][2]["period"].update(end="2014-02-30"),
        'figures[2] (id "can-tho-2014-law-consultations")',
        "period.end",
        "valid date",
    ),
    (
        "unknown-field",
        lambda d: d["figures"][3].update(colour="red"),
        'figures[3] (id "can-tho-2014-voter-meetings")',
        "colour",
        "Extra inputs are not permitted",
    ),
    (
        "missing-field",
        lambda d: d["figures"][4].pop("source"),
        'figures[4] (id "can-tho-2014-voter-attendances")',
        "source",
        "Field required",
    ),
    (
        "breakdown-part",
        lambda d: d["figures"][0]["breakdowns"][0]["parts"].update(group="5"),
        'figures[0] (id "can-tho-2014-citizen-visits")',
        "breakdowns.0.parts.group",
        "valid integer",
    ),
    (
        "unknown-qualifier",
        lambda d: d["figures"][4].update(qualifier="about"),
        'figures[4] (id "can-tho-2014-voter-attendances")',
        "qualifier",
        "Input should be 'exact'",
    ),
    (
        "unit-code",
        lambda d: d["units"][0].update(kind="city"),
        'units[0] (id "92")',
        "kind",
        "Input should be 'province'",
    ),
    (
        "share-above-100",
        lambda d: d["figures"][8].update(share="192.20"),
        'figures[8] (id "can-tho-2012-2015-trained")',
        "share",
        "less than or equal to 100",
    ),
    (
        "top-level-unknown-field",
        lambda d: d.update(author="me"),
        "dataset",
        "author",
        "Extra inputs are not permitted",
    ),
    (
        "wrong-format",
        lambda d: d.update(format="hdnd/2"),
        "dataset",
        "format",
        "Input should be 'hdnd/1'",
    ),
    (
        "synthetic-as-number",
        lambda d: d.update(synthetic=1),
        "dataset",
        "synthetic",
        "valid boolean",
    ),
]


@pytest.mark.parametrize(
    ("text", "record", "field", "message"),
    [pytest.param(_broken(change), *rest, id=name) for name, change, *rest in WRONG],
)
def test_wrong_types_name_the_record_and_the_field(
    text: str, record: str, field: str, message: str
) -> None:
    pattern = r"^the data is not a valid hdnd dataset \(1 problem\)"
    with pytest.raises(DatasetError, match=pattern) as caught:
        loads(text)
    (problem,) = caught.value.problems
    assert problem.record == record
    assert problem.field == field
    assert message in problem.message
    assert str(caught.value).endswith(f"\n  - {problem}")


def test_a_record_without_an_id_is_named_by_position() -> None:
    text = json.dumps({"councils": [{"unit": "92", "term": "2026-2031"}]})
    with pytest.raises(DatasetError) as caught:
        loads(text)
    (problem,) = caught.value.problems
    assert (problem.record, problem.field, problem.message) == (
        "councils[0]",
        "id",
        "Field required",
    )
    assert str(problem) == "councils[0], field 'id': Field required"


def test_a_model_rule_names_the_record() -> None:
    delegate = {
        "id": "d1",
        "name": "Nguyễn Thị Lan",
        "mandates": [{"council": "c", "start": "2026-05-01", "end": "2026-04-01"}],
    }
    with pytest.raises(DatasetError) as caught:
        loads(json.dumps({"delegates": [delegate]}))
    (problem,) = caught.value.problems
    assert problem.record == 'delegates[0] (id "d1")'
    assert problem.field == "mandates.0"
    assert "the mandate ends (2026-04-01) before it starts (2026-05-01)" in problem.message


@pytest.mark.parametrize(
    ("text", "field", "message"),
    [
        ("[1, 2]", "", "Input should be an object"),
        ("null", "", "Input should be an object"),
        ('{"councils": {"id": "c"}}', "councils", "valid array"),
    ],
)
def test_a_document_of_the_wrong_shape(text: str, field: str, message: str) -> None:
    with pytest.raises(DatasetError) as caught:
        loads(text)
    (problem,) = caught.value.problems
    assert (problem.record, problem.field) == ("dataset", field)
    assert message in problem.message


def test_every_problem_is_listed() -> None:
    data = copy.deepcopy(CAN_THO)
    for figure in data["figures"]:
        figure["value"] = str(figure["value"])
    with pytest.raises(DatasetError, match=r"\(9 problems\)") as caught:
        loads(json.dumps(data))
    assert [p.record.split(" ")[0] for p in caught.value.problems] == [
        f"figures[{i}]" for i in range(9)
    ]


def test_a_long_list_of_problems_is_cut_at_twenty() -> None:
    councils = [{"id": f"c{i}", "unit": "92"} for i in range(25)]
    with pytest.raises(DatasetError) as caught:
        loads(json.dumps({"councils": councils}))
    assert len(caught.value.problems) == 25
    text = str(caught.value)
    assert text.count("\n  - ") == 20
    assert text.endswith("\n  … and 5 more")


def test_load_a_missing_file(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        load(tmp_path / "missing.json")


def test_load_a_directory(tmp_path: Path) -> None:
    with pytest.raises(OSError, match=re.escape(tmp_path.name)):
        load(tmp_path)


def test_load_a_malformed_file(tmp_path: Path) -> None:
    path = tmp_path / "bad.json"
    path.write_text('{"figures": [{"id": "f", "value": "105"}]}', encoding="utf-8")
    with pytest.raises(DatasetError) as caught:
        load(path)
    assert {p.field for p in caught.value.problems} >= {"value", "unit", "source"}
    assert all(p.record == 'figures[0] (id "f")' for p in caught.value.problems)


@pytest.mark.parametrize("indent", [None, 2])
@pytest.mark.parametrize("dataset", [Dataset(), Dataset(title="Ví dụ")], ids=["empty", "titled"])
def test_the_format_marker_comes_first(dataset: Dataset, indent: int | None) -> None:
    text = dumps(dataset, indent=indent)
    assert next(iter(json.loads(text))) == "format"
    assert loads(text) == dataset


@pytest.mark.parametrize("as_bytes", [True, False])
def test_a_byte_order_mark_is_accepted(as_bytes: bool) -> None:
    text = "\ufeff" + dumps(load_example("can-tho"))
    assert loads(text.encode() if as_bytes else text) == load_example("can-tho")
