from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, load_example, validate
from hdnd.validation import CheckContext
from hdnd.validation.checks.councils import seats_within_quota

CODES = ["seats-serving-exceed-quota", "seat-quota-unavailable"]
FIRST_SESSION = "2026-04-20"


def _commune(population: int | None = 10_000, **terrain: bool) -> dict[str, Any]:
    unit: dict[str, Any] = {"code": "99001", "name": "Xã Mẫu", "kind": "commune", **terrain}
    if population is not None:
        unit["population"] = population
    return unit


def _dataset(
    serving: int,
    *,
    unit: dict[str, Any] | None = None,
    term: str = "2026-2031",
    start: str = FIRST_SESSION,
    ended: dict[str, str] | None = None,
) -> Dataset:
    """A commune council with *serving* delegates; *ended* ends the first one's mandate."""
    delegates = []
    for number in range(serving):
        mandate: dict[str, Any] = {"council": "c", "start": start}
        if number == 0 and ended:
            mandate.update(ended)
        delegates.append({"id": f"d{number:02d}", "name": "Lò Thị Mai", "mandates": [mandate]})
    return Dataset.model_validate(
        {
            "units": [unit if unit is not None else _commune()],
            "councils": [{"id": "c", "unit": "99001", "term": term}],
            "delegates": delegates,
        }
    )


def _findings(dataset: Dataset, as_of: dt.date = dt.date(2026, 6, 1)) -> list[tuple[str, Any]]:
    return [(f.code, f.params.get("quota")) for f in validate(dataset, as_of=as_of, codes=CODES)]


# --- seats-serving-exceed-quota ------------------------------------------------------------


def test_sixteen_serving_on_a_commune_of_ten_thousand_exceed_the_quota_of_15() -> None:
    findings = validate(_dataset(16), as_of=dt.date(2026, 6, 1))
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "seats-serving-exceed-quota"
    assert finding.severity is Severity.ERROR
    assert finding.record == "councils/c"
    assert finding.field is None
    assert dict(finding.params) == {
        "council": "c",
        "day": dt.date(2026, 6, 1),
        "serving": 16,
        "quota": 15,
    }
    assert finding.citation is not None
    assert finding.citation.render("vi") == "Luật 72/2025/QH15, Điều 30, khoản 2, điểm b"
    assert finding.citation.render("en") == "Law 72/2025/QH15, Art. 30(2)(b)"
    assert finding.message("vi") == (
        "Ngày 01/06/2026, c có 16 đại biểu đang hoạt động,"
        " vượt số đại biểu được bầu theo luật là 15."
    )
    assert finding.message("en") == (
        "On Jun 1, 2026, c has 16 delegates serving, more than its statutory number of 15."
    )


def test_fifteen_serving_is_within_the_quota() -> None:
    assert _findings(_dataset(15)) == []


@pytest.mark.parametrize(
    ("population", "terrain", "quota"),
    [
        pytest.param(10_000, {}, 15, id="10000"),
        pytest.param(11_999, {}, 15, id="11999-no-full-step"),
        pytest.param(12_000, {}, 16, id="12000"),
        pytest.param(10_000, {"mountainous": True}, 20, id="10000-mountainous"),
    ],
)
def test_the_quota_follows_population_and_terrain(
    population: int, terrain: dict[str, bool], quota: int
) -> None:
    unit = _commune(population, **terrain)
    assert _findings(_dataset(quota, unit=unit)) == []
    assert _findings(_dataset(quota + 1, unit=unit)) == [("seats-serving-exceed-quota", quota)]


@pytest.mark.parametrize(
    "as_of", [dt.date(2026, 3, 15), dt.date(2026, 6, 1), dt.date(2031, 12, 31)]
)
def test_the_quota_is_the_one_of_the_term_whatever_the_day(as_of: dt.date) -> None:
    dataset = _dataset(16, start="2026-03-15")
    assert _findings(dataset, as_of) == [("seats-serving-exceed-quota", 15)]


def test_the_day_matters_only_through_who_is_serving() -> None:
    dataset = _dataset(16, ended={"end": "2026-07-15", "end_reason": "resigned"})
    assert _findings(dataset, dt.date(2026, 7, 15)) == [("seats-serving-exceed-quota", 15)]
    assert _findings(dataset, dt.date(2026, 7, 16)) == []


def test_delegates_not_yet_serving_are_not_counted() -> None:
    assert _findings(_dataset(16), dt.date(2026, 4, 19)) == []


def test_councils_whose_term_does_not_cover_the_day_are_not_checked() -> None:
    # 2021-2026 ends on 2026-04-29; a council of a past term is not judged on its seats.
    dataset = _dataset(16, term="2021-2026", start="2021-06-25")
    assert _findings(dataset, dt.date(2026, 6, 1)) == []


def test_the_synthetic_council_is_within_its_quota() -> None:
    dataset = load_example("synthetic-council")
    assert _findings(dataset, dt.date(2026, 5, 1)) == []


def test_the_check_function_alone() -> None:
    context = CheckContext(_dataset(17), dt.date(2026, 6, 1))
    assert [f.params["serving"] for f in seats_within_quota(context)] == [17]


# --- seat-quota-unavailable ----------------------------------------------------------------


def test_a_unit_without_population_has_no_quota() -> None:
    findings = validate(_dataset(3, unit=_commune(None)), as_of=dt.date(2026, 6, 1))
    assert len(findings) == 1
    finding = findings[0]
    assert finding.code == "seat-quota-unavailable"
    assert finding.severity is Severity.INFO
    assert finding.record == "councils/c"
    assert finding.field is None
    assert finding.citation is None
    assert finding.message("vi") == (
        "Chưa xác định được số đại biểu được bầu của c: thiếu thông tin để xác định: số dân."
    )
    assert finding.message("en") == (
        "The statutory number of delegates of c cannot be determined:"
        " information missing: population."
    )
    assert not findings.has_errors


def test_a_council_of_term_2011_2016_has_no_encoded_quota() -> None:
    dataset = _dataset(3, term="2011-2016", start="2011-06-25")
    (finding,) = validate(dataset, as_of=dt.date(2012, 1, 1))
    assert finding.code == "seat-quota-unavailable"
    assert finding.severity is Severity.INFO
    assert finding.params["reason"].reason.value == "not-encoded"
    assert finding.message("vi") == (
        "Chưa xác định được số đại biểu được bầu của c:"
        " hdnd chưa mã hóa quy định của thời điểm đó: 2011-05-22."
    )
    assert finding.message("en") == (
        "The statutory number of delegates of c cannot be determined:"
        " hdnd does not yet encode the rules of that date: 2011-05-22."
    )


def test_no_quota_finding_for_a_council_nobody_serves_on() -> None:
    assert _findings(_dataset(0, unit=_commune(None)), dt.date(2026, 6, 1)) == []


def test_no_quota_finding_when_the_unit_is_unknown() -> None:
    dataset = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "99001", "term": "2026-2031"}],
            "delegates": [
                {"id": "d", "name": "A", "mandates": [{"council": "c", "start": FIRST_SESSION}]}
            ],
        }
    )
    assert validate(dataset, as_of=dt.date(2026, 6, 1)).codes() == ("unresolved-reference",)


def test_a_2021_term_council_over_an_unverified_quota_gives_a_warning() -> None:
    # Law 47/2019/QH14: 25 up to 5,000, one more per full 2,500 (steps unverified): 26 seats.
    dataset = _dataset(27, unit=_commune(9_000), term="2021-2026", start="2021-06-25")
    (finding,) = validate(dataset, as_of=dt.date(2022, 1, 1), codes=CODES)
    assert finding.code == "seats-serving-exceed-quota"
    assert finding.params["quota"] == 26
    assert finding.severity is Severity.WARNING
    assert finding.citation is not None
    assert finding.citation.number == "47/2019/QH14"
    assert not validate(
        _dataset(26, unit=_commune(9_000), term="2021-2026", start="2021-06-25"),
        as_of=dt.date(2022, 1, 1),
        codes=CODES,
    )


# --- vacancies-over-one-third --------------------------------------------------------------


def _vacancies(dataset: Dataset, as_of: dt.date = dt.date(2026, 6, 1)) -> list[tuple[int, int]]:
    findings = validate(dataset, as_of=as_of, codes=["vacancies-over-one-third"])
    return [(f.params["serving"], f.params["seats"]) for f in findings]


@pytest.mark.parametrize(
    ("serving", "short"),
    [
        pytest.param(10, False, id="10-of-15-is-two-thirds"),
        pytest.param(9, True, id="9-of-15-is-less"),
        pytest.param(15, False, id="full"),
    ],
)
def test_a_council_below_two_thirds_of_its_seats(serving: int, short: bool) -> None:
    # A commune of 10,000 has 15 seats (Law 72/2025/QH15 Art. 30(2)(b)).
    assert _vacancies(_dataset(serving)) == ([(serving, 15)] if short else [])


def test_vacancies_over_one_third_details() -> None:
    (finding,) = validate(
        _dataset(9), as_of=dt.date(2026, 6, 1), codes=["vacancies-over-one-third"]
    )
    assert finding.severity is Severity.WARNING
    assert finding.record == "councils/c"
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 72/2025/QH15, Art. 49(2)"
    assert (
        finding.message("vi") == "Ngày 01/06/2026, c chỉ còn 9 trên 15 đại biểu, dưới hai phần ba."
    )
    assert finding.message("en") == (
        "On Jun 1, 2026, c has only 9 of its 15 delegates, fewer than two thirds."
    )


@pytest.mark.parametrize(("serving", "short"), [(13, True), (14, False)])
def test_the_declared_seats_come_first(serving: int, short: bool) -> None:
    # 20 declared: two thirds is 13 1/3, so 13 is short and 14 is not.
    dataset = _dataset(serving)
    council = dataset.councils[0].model_copy(update={"declared_seats": 20})
    dataset = dataset.model_copy(update={"councils": (council,)})
    assert _vacancies(dataset) == ([(serving, 20)] if short else [])


def test_a_mandate_that_ended_leaves_a_vacancy() -> None:
    dataset = _dataset(10, ended={"end": "2026-07-15", "end_reason": "died"})
    assert _vacancies(dataset, dt.date(2026, 7, 15)) == []
    assert _vacancies(dataset, dt.date(2026, 7, 16)) == [(9, 15)]


def test_a_council_not_yet_constituted_is_not_short() -> None:
    assert _vacancies(_dataset(9), dt.date(2026, 4, 19)) == []
    assert _vacancies(_dataset(0)) == []


def test_before_law_72_the_by_election_rule_is_cited() -> None:
    dataset = _dataset(2, term="2021-2026", start="2021-06-25")
    council = dataset.councils[0].model_copy(update={"declared_seats": 25})
    dataset = dataset.model_copy(update={"councils": (council,)})
    (finding,) = validate(dataset, as_of=dt.date(2022, 1, 1), codes=["vacancies-over-one-third"])
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 85/2015/QH13, Art. 89"


def test_without_seats_nothing_is_judged() -> None:
    assert _vacancies(_dataset(1, unit=_commune(None))) == []
