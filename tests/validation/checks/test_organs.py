from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, load_example, validate

AS_OF = dt.date(2026, 6, 1)
FIRST_SESSION = "2026-04-20"
COMMUNE = {"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "92"}
PROVINCE = {"code": "99", "name": "Tỉnh Mẫu", "kind": "province"}
CITY = {"code": "98", "name": "Thành phố Mẫu", "kind": "central-city"}


def _council(unit: str, committees: list[str], **fields: Any) -> Dataset:
    return Dataset.model_validate(
        {
            "units": [COMMUNE, PROVINCE, CITY],
            "councils": [
                {"id": "c", "unit": unit, "term": "2026-2031", "committees": committees, **fields}
            ],
        }
    )


def _found(dataset: Dataset, code: str, as_of: dt.date = AS_OF) -> list[str | None]:
    return [f.field for f in validate(dataset, as_of=as_of, codes=[code])]


# --- committee-not-allowed-for-unit --------------------------------------------------------


def test_committee_not_allowed_for_unit_details() -> None:
    dataset = _council("99001", ["legal-affairs", "economy-budget", "culture-society"])
    (finding,) = validate(dataset, as_of=AS_OF, codes=["committee-not-allowed-for-unit"])
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("councils/c", "committees.0")
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 72/2025/QH15, Art. 29(3)(a)"
    assert finding.message("vi") == (
        "c (Xã) có Ban Pháp chế, nhưng luật chỉ quy định các Ban:"
        " Ban Kinh tế – Ngân sách, Ban Văn hóa – Xã hội."
    )
    assert finding.message("en").startswith("c (Commune) has the Legal Affairs Committee, but")


@pytest.mark.parametrize(
    ("unit", "committees", "wrong"),
    [
        pytest.param("99001", ["economy-budget", "culture-society"], [], id="commune"),
        pytest.param("99001", ["ethnic-affairs"], ["committees.0"], id="commune-ethnic"),
        pytest.param(
            "99", ["legal-affairs", "economy-budget", "culture-society", "ethnic-affairs"], [],
            id="province-ethnic",
        ),
        pytest.param("99", ["urban-affairs"], ["committees.0"], id="province-urban"),
        pytest.param("98", ["urban-affairs", "ethnic-affairs"], [], id="city-urban"),
        pytest.param("98", ["economy-society"], ["committees.0"], id="city-economy-society"),
    ],
)  # fmt: skip
def test_committees_by_kind_of_unit(unit: str, committees: list[str], wrong: list[str]) -> None:
    assert _found(_council(unit, committees), "committee-not-allowed-for-unit") == wrong


def test_the_ethnic_committee_cites_where_it_is_allowed() -> None:
    (finding,) = validate(
        _council("99001", ["ethnic-affairs"]), as_of=AS_OF, codes=["committee-not-allowed-for-unit"]
    )
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 72/2025/QH15, Art. 29(3)(a)"


def test_the_law_of_the_council_s_constitution_applies() -> None:
    # A commune council of the 2021-2026 term had a legal-affairs committee (Law 77/2015/QH13,
    # unverified: a warning) ...
    council = {
        "id": "c",
        "unit": "99001",
        "term": "2021-2026",
        "committees": ["legal-affairs", "economy-budget"],
    }
    old = Dataset.model_validate({"units": [COMMUNE], "councils": [council]})
    findings = validate(old, as_of=dt.date(2022, 1, 1), codes=["committee-not-allowed-for-unit"])
    assert [(f.field, f.severity) for f in findings] == [("committees.1", Severity.WARNING)]
    # ... but a commune council formed on 1 July 2025 is constituted under Law 72/2025/QH15.
    new = Dataset.model_validate(
        {"units": [COMMUNE], "councils": [{**council, "first_session": "2025-07-01"}]}
    )
    assert _found(new, "committee-not-allowed-for-unit", dt.date(2025, 8, 1)) == ["committees.0"]


def test_a_council_without_committees_or_unit_is_not_checked() -> None:
    assert _found(_council("99001", []), "committee-not-allowed-for-unit") == []
    unknown = Dataset.model_validate(
        {
            "councils": [
                {"id": "c", "unit": "99999", "term": "2026-2031", "committees": ["legal-affairs"]}
            ]
        }
    )
    assert _found(unknown, "committee-not-allowed-for-unit") == []


# --- vice-chairs-over-limit ----------------------------------------------------------------


def _with_vice_chairs(
    unit: str, count: int, *, formed_from: list[str] | None = None, ended: bool = False
) -> Dataset:
    offices: list[dict[str, Any]] = []
    delegates = []
    for i in range(count):
        office: dict[str, Any] = {
            "person": f"d{i}",
            "council": "c",
            "post": "vice-chair",
            "start": FIRST_SESSION,
        }
        if ended and i == 0:
            office.update(end="2026-05-31", end_reason="moved")
        offices.append(office)
        delegates.append(
            {
                "id": f"d{i}",
                "name": "Lò Văn A",
                "mandates": [{"council": "c", "start": FIRST_SESSION}],
            }
        )
    council: dict[str, Any] = {"id": "c", "unit": unit, "term": "2026-2031"}
    if formed_from:
        council["formed_from"] = formed_from
    return Dataset.model_validate(
        {
            "units": [COMMUNE, PROVINCE, CITY],
            "councils": [council],
            "delegates": delegates,
            "offices": offices,
        }
    )


@pytest.mark.parametrize(
    ("unit", "formed_from", "limit"),
    [
        pytest.param("99001", 0, 1, id="commune"),
        pytest.param("99", 0, 2, id="province"),
        pytest.param("99", 2, 3, id="province-of-2"),
        pytest.param("99", 3, 3, id="province-of-3"),
        pytest.param("98", 2, 3, id="city-of-2"),
        pytest.param("98", 3, 4, id="city-of-3"),
    ],
)
def test_vice_chairs_up_to_the_limit(unit: str, formed_from: int, limit: int) -> None:
    merged = [f"old{i}" for i in range(formed_from)]
    at_limit = _with_vice_chairs(unit, limit, formed_from=merged)
    over = _with_vice_chairs(unit, limit + 1, formed_from=merged)
    assert _found(at_limit, "vice-chairs-over-limit") == []
    assert _found(over, "vice-chairs-over-limit") == [None]


def test_vice_chairs_over_limit_details() -> None:
    (finding,) = validate(
        _with_vice_chairs("99001", 2), as_of=AS_OF, codes=["vice-chairs-over-limit"]
    )
    assert finding.severity is Severity.WARNING
    assert finding.record == "councils/c"
    assert finding.citation is not None
    assert finding.citation.render("en") == "Resolution 106/2025/UBTVQH15, Art. 1"
    assert finding.message("vi") == "Ngày 01/06/2026, c có 2 Phó Chủ tịch, vượt số tối đa là 1."
    assert finding.message("en") == (
        "On Jun 1, 2026, c has 2 vice-chairs, more than the maximum of 1."
    )


def test_only_vice_chairs_in_office_on_the_day_count() -> None:
    dataset = _with_vice_chairs("99001", 2, ended=True)
    assert _found(dataset, "vice-chairs-over-limit", dt.date(2026, 5, 31)) == [None]
    assert _found(dataset, "vice-chairs-over-limit", dt.date(2026, 6, 1)) == []


def test_other_terms_are_not_checked() -> None:
    dataset = _with_vice_chairs("99001", 3)
    old = dataset.model_copy(
        update={"councils": (dataset.councils[0].model_copy(update={"term": "2021-2026"}),)}
    )
    assert _found(old, "vice-chairs-over-limit", dt.date(2026, 4, 20)) == []


def test_the_synthetic_council_is_silent() -> None:
    codes = ["committee-not-allowed-for-unit", "vice-chairs-over-limit"]
    assert list(validate(load_example("synthetic-council"), as_of=AS_OF, codes=codes)) == []
