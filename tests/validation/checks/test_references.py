from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, load_example, validate

AS_OF = dt.date(2026, 6, 1)
PERIOD = {"start": "2014-01-01", "end": "2014-12-31"}
SOURCE = {"id": "s", "title": "Báo cáo"}


def _dataset(**collections: Any) -> Dataset:
    return Dataset.model_validate(collections)


def _figure(**changes: Any) -> dict[str, Any]:
    figure = {
        "id": "f",
        "unit": "92",
        "period": PERIOD,
        "indicator": "law-consultations",
        "value": 31,
        "source": "s",
    }
    return {**figure, **changes}


# --- unresolved-reference ------------------------------------------------------------------

UNRESOLVED: list[tuple[str, dict[str, Any], str, str, str, str]] = [
    (
        "unit parent",
        {"units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "98"}]},
        "units/99001",
        "parent",
        "units",
        "98",
    ),
    (
        "unit predecessor",
        {
            "units": [
                {
                    "code": "99001",
                    "name": "Xã Mẫu",
                    "kind": "commune",
                    "predecessors": ["31135", "99990"],
                }
            ]
        },
        "units/99001",
        "predecessors.1",
        "units",
        "99990",
    ),
    (
        "council unit",
        {"councils": [{"id": "c", "unit": "99999", "term": "2026-2031"}]},
        "councils/c",
        "unit",
        "units",
        "99999",
    ),
    (
        "council term",
        {"councils": [{"id": "c", "unit": "92", "term": "2031-2036"}]},
        "councils/c",
        "term",
        "terms",
        "2031-2036",
    ),
    (
        "mandate council",
        {
            "delegates": [
                {
                    "id": "d",
                    "name": "Nguyễn Thị Lan",
                    "mandates": [{"council": "nowhere", "start": "2026-04-20"}],
                }
            ]
        },
        "delegates/d",
        "mandates.0.council",
        "councils",
        "nowhere",
    ),
    (
        "figure unit",
        {"sources": [SOURCE], "figures": [_figure(unit="99999")]},
        "figures/f",
        "unit",
        "units",
        "99999",
    ),
    (
        "figure source",
        {"sources": [SOURCE], "figures": [_figure(source="missing")]},
        "figures/f",
        "source",
        "sources",
        "missing",
    ),
    (
        "citizen visit unit",
        {"citizen_visits": [{"id": "v", "unit": "99999", "day": "2014-03-02", "kind": "group"}]},
        "citizen_visits/v",
        "unit",
        "units",
        "99999",
    ),
    (
        "petition unit",
        {"petitions": [{"id": "p", "unit": "99999", "received": "2014-03-02"}]},
        "petitions/p",
        "unit",
        "units",
        "99999",
    ),
]


@pytest.mark.parametrize(
    ("records", "record", "field", "target", "value"),
    [pytest.param(*case[1:], id=case[0]) for case in UNRESOLVED],
)
def test_unresolved_reference_triggers(
    records: dict[str, Any], record: str, field: str, target: str, value: str
) -> None:
    findings = validate(_dataset(**records), as_of=AS_OF)
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "unresolved-reference"
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == (record, field)
    assert dict(finding.params) == {"field": field, "target": target, "value": value}
    assert finding.citation is None


def test_unresolved_reference_messages() -> None:
    dataset = _dataset(councils=[{"id": "c", "unit": "99999", "term": "2026-2031"}])
    (finding,) = validate(dataset, as_of=AS_OF)
    assert finding.message("vi") == (
        "Trường unit trỏ tới units “99999”, nhưng không có bản ghi nào như vậy."
    )
    assert finding.message("en") == (
        "Field unit refers to units “99999”, but there is no such record."
    )


def test_every_broken_reference_of_a_record_is_reported() -> None:
    dataset = _dataset(councils=[{"id": "c", "unit": "99999", "term": "2031-2036"}])
    findings = validate(dataset, as_of=AS_OF)
    assert [(f.record, f.field) for f in findings] == [
        ("councils/c", "term"),
        ("councils/c", "unit"),
    ]


def test_references_resolve_to_declared_records() -> None:
    dataset = _dataset(
        sources=[SOURCE],
        units=[
            {"code": "99", "name": "Tỉnh Mẫu", "kind": "province"},
            {
                "code": "99001",
                "name": "Xã Mẫu",
                "kind": "commune",
                "parent": "99",
                "predecessors": ["99002"],
            },
            {"code": "99002", "name": "Xã Cũ", "kind": "commune", "valid_until": "2025-06-30"},
        ],
        terms=[{"id": "mau-1", "election_day": "2026-03-15"}],
        councils=[{"id": "c", "unit": "99001", "term": "mau-1"}],
        delegates=[
            {"id": "d", "name": "Lò Văn Sơn", "mandates": [{"council": "c", "start": "2026-04-20"}]}
        ],
        figures=[_figure(unit="99001")],
        citizen_visits=[{"id": "v", "unit": "99001", "day": "2026-05-02", "kind": "individual"}],
        petitions=[{"id": "p", "unit": "99001", "received": "2026-05-02"}],
    )
    codes = validate(dataset, as_of=AS_OF).codes()
    assert "unresolved-reference" not in codes


def test_references_resolve_to_the_national_register_and_terms() -> None:
    dataset = _dataset(
        units=[{"code": "31135", "name": "Phường Ninh Kiều", "kind": "ward", "parent": "92"}],
        councils=[{"id": "c", "unit": "31135", "term": "2026-2031"}],
        citizen_visits=[{"id": "v", "unit": "00070", "day": "2026-05-02", "kind": "individual"}],
    )
    assert list(validate(dataset, as_of=AS_OF)) == []


@pytest.mark.parametrize(
    ("name", "as_of"), [("can-tho", dt.date(2015, 1, 1)), ("synthetic-council", AS_OF)]
)
def test_silent_on_the_shipped_examples(name: str, as_of: dt.date) -> None:
    findings = validate(load_example(name), as_of=as_of, codes=["unresolved-reference"])
    assert list(findings) == []


# --- duplicate-identifier ------------------------------------------------------------------

RECORDS: dict[str, tuple[str, dict[str, Any]]] = {
    "sources": ("id", {"title": "Báo cáo"}),
    "units": ("code", {"name": "Xã Mẫu", "kind": "commune"}),
    "terms": ("id", {"election_day": "2026-03-15"}),
    "councils": ("id", {"unit": "92", "term": "2026-2031"}),
    "delegates": ("id", {"name": "Nguyễn Văn Nam"}),
    "figures": ("id", {k: v for k, v in _figure().items() if k != "id"}),
    "citizen_visits": ("id", {"unit": "92", "day": "2014-03-02", "kind": "individual"}),
    "petitions": ("id", {"unit": "92", "received": "2014-03-02"}),
}


def _records(collection: str, *keys: str) -> list[dict[str, Any]]:
    key, rest = RECORDS[collection]
    return [{key: value, **rest} for value in keys]


@pytest.mark.parametrize("collection", list(RECORDS))
def test_duplicate_identifier_triggers_in_every_collection(collection: str) -> None:
    key = RECORDS[collection][0]
    value = "99001" if collection == "units" else "x1"
    dataset = _dataset(**{collection: _records(collection, value, "99002", value)})
    findings = validate(dataset, as_of=AS_OF, codes=["duplicate-identifier"])
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "duplicate-identifier"
    assert finding.severity is Severity.ERROR
    assert finding.record == f"{collection}[2]"
    assert finding.field == key
    assert dict(finding.params) == {"id": value, "collection": collection}
    assert finding.citation is None


def test_duplicate_identifier_messages() -> None:
    councils = [{"id": "c1", "unit": "92", "term": "2026-2031"}] * 2
    (finding,) = validate(_dataset(councils=councils), as_of=AS_OF)
    assert (finding.record, finding.field) == ("councils[1]", "id")
    assert finding.message("vi") == "Mã “c1” đã được dùng cho một bản ghi khác trong councils."
    assert finding.message("en") == "The id “c1” is already used by another record in councils."


def test_every_repetition_is_reported() -> None:
    councils = [{"id": "c1", "unit": "92", "term": "2026-2031"}] * 3
    findings = validate(_dataset(councils=councils), as_of=AS_OF)
    assert [f.record for f in findings] == ["councils[1]", "councils[2]"]


def test_identifiers_are_compared_after_nfc_normalisation() -> None:
    nfc, nfd = "hđnd-cần-thơ", "hđnd-ca\u0302\u0300n-tho\u031b"
    councils = [{"id": i, "unit": "92", "term": "2026-2031"} for i in (nfc, nfd)]
    (finding,) = validate(_dataset(councils=councils), as_of=AS_OF)
    assert finding.params["id"] == nfc


def test_the_same_id_in_different_collections_is_fine() -> None:
    dataset = _dataset(
        sources=[{"id": "x", "title": "Báo cáo"}],
        councils=[{"id": "x", "unit": "92", "term": "2026-2031"}],
        delegates=[{"id": "x", "name": "Nguyễn Văn Nam"}],
        figures=[_figure(id="x", source="x")],
    )
    assert list(validate(dataset, as_of=AS_OF)) == []


@pytest.mark.parametrize("name", ["can-tho", "synthetic-council"])
def test_no_duplicates_in_the_shipped_examples(name: str) -> None:
    findings = validate(load_example(name), as_of=AS_OF, codes=["duplicate-identifier"])
    assert list(findings) == []
