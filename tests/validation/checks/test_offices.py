from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from hdnd import Dataset, Severity, load_example, validate

AS_OF = dt.date(2026, 6, 1)
FIRST_SESSION = "2026-04-20"


def _office(person: str, post: str, start: str = FIRST_SESSION, **fields: Any) -> dict[str, Any]:
    return {"person": person, "council": "c", "post": post, "start": start, **fields}


def _delegate(id_: str, *mandates: dict[str, Any], name: str = "Lê Văn A") -> dict[str, Any]:
    return {"id": id_, "name": name, "mandates": list(mandates)}


def _mandate(start: str = FIRST_SESSION, end: str | None = None) -> dict[str, Any]:
    mandate: dict[str, Any] = {"council": "c", "start": start}
    if end is not None:
        mandate.update(end=end, end_reason="resigned")
    return mandate


def _dataset(
    offices: list[dict[str, Any]],
    delegates: list[dict[str, Any]] | None = None,
    unit: str = "92",
    term: str = "2026-2031",
) -> Dataset:
    if delegates is None:
        people = sorted({o["person"] for o in offices})
        delegates = [_delegate(p, _mandate()) for p in people]
    return Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": unit, "term": term}],
            "delegates": delegates,
            "offices": offices,
        }
    )


def _found(dataset: Dataset, code: str, as_of: dt.date = AS_OF) -> list[tuple[str, str | None]]:
    return [(f.record, f.field) for f in validate(dataset, as_of=as_of, codes=[code])]


# --- office-holder-not-delegate ------------------------------------------------------------


@pytest.mark.parametrize(
    ("start", "severity"),
    [
        pytest.param("2025-06-15", Severity.WARNING, id="day-before-law-72"),
        pytest.param("2025-06-16", Severity.ERROR, id="law-72-in-force"),
    ],
)
def test_office_holder_not_delegate_is_an_error_only_under_an_encoded_rule(
    start: str, severity: Severity
) -> None:
    # Under Law 72/2025/QH15 Art. 38(7) the rule is cited; before it hdnd encodes none.
    dataset = _dataset(
        [_office("d", "vice-chair", start=start, end=start)],
        [_delegate("d", _mandate("2026-05-01"))],
    )
    (finding,) = validate(dataset, as_of=AS_OF, codes=["office-holder-not-delegate"])
    assert finding.severity is severity
    assert (finding.citation is None) is (severity is Severity.WARNING)


def test_office_holder_not_delegate_details() -> None:
    dataset = _dataset(
        [_office("d", "vice-chair")], [_delegate("d", _mandate("2026-05-01"), name="Lò Thị Mai")]
    )
    (finding,) = validate(dataset, as_of=AS_OF, codes=["office-holder-not-delegate"])
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("offices[0]", "person")
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 72/2025/QH15, Art. 38(7)"
    assert finding.message("vi") == (
        "Lò Thị Mai giữ chức Phó Chủ tịch Hội đồng nhân dân của c ngày 20/04/2026 nhưng không"
        " có nhiệm vụ đại biểu tại Hội đồng đó vào ngày này."
    )
    assert finding.message("en") == (
        "Lò Thị Mai holds the post of Vice-chair of the People's Council of c on Apr 20, 2026"
        " without a mandate on that council on that day."
    )


@pytest.mark.parametrize(
    ("mandates", "office", "day"),
    [
        pytest.param([(FIRST_SESSION, None)], {}, None, id="open-mandate"),
        pytest.param([("2026-04-21", None)], {}, "2026-04-20", id="mandate-a-day-late"),
        pytest.param(
            [(FIRST_SESSION, "2026-05-31")], {}, "2026-06-01", id="mandate-ends-before-as-of"
        ),
        pytest.param([(FIRST_SESSION, "2026-06-01")], {}, None, id="mandate-ends-on-as-of"),
        pytest.param(
            [(FIRST_SESSION, "2026-05-10")],
            {"end": "2026-05-10", "end_reason": "mandate-ended"},
            None,
            id="office-ends-with-mandate",
        ),
        pytest.param(
            [(FIRST_SESSION, "2026-05-10"), ("2026-05-12", None)],
            {},
            "2026-05-11",
            id="gap-between-mandates",
        ),
        pytest.param([(FIRST_SESSION, "2026-05-10"), ("2026-05-11", None)], {}, None, id="no-gap"),
        pytest.param([], {}, "2026-04-20", id="no-mandate"),
    ],
)
def test_every_day_of_the_office_needs_a_mandate(
    mandates: list[tuple[str, str | None]], office: dict[str, Any], day: str | None
) -> None:
    dataset = _dataset(
        [_office("d", "chair", **office)], [_delegate("d", *(_mandate(*m) for m in mandates))]
    )
    findings = validate(dataset, as_of=AS_OF, codes=["office-holder-not-delegate"])
    assert [f.params["day"].isoformat() for f in findings] == ([day] if day else [])


def test_a_mandate_on_another_council_does_not_count() -> None:
    delegate = _delegate("d", {"council": "other", "start": FIRST_SESSION})
    dataset = _dataset([_office("d", "committee-head", committee="legal-affairs")], [delegate])
    assert _found(dataset, "office-holder-not-delegate") == [("offices[0]", "person")]


def test_a_person_unknown_to_the_dataset_is_no_delegate() -> None:
    dataset = _dataset([_office("nobody", "group-leader", group="g1")], [])
    (finding,) = validate(dataset, as_of=AS_OF, codes=["office-holder-not-delegate"])
    assert finding.params["person"] == "nobody"


@pytest.mark.parametrize("post", ["peoples-committee-chair", "agency-head", "office-chief"])
def test_posts_outside_the_council_need_no_mandate(post: str) -> None:
    assert _found(_dataset([_office("p", post)], []), "office-holder-not-delegate") == []


def test_an_office_starting_after_as_of_is_judged_on_its_first_day() -> None:
    delegate = _delegate("d", _mandate("2026-07-01"))
    dataset = _dataset([_office("d", "chair", start="2026-07-01")], [delegate])
    assert _found(dataset, "office-holder-not-delegate") == []


# --- office-held-by-two --------------------------------------------------------------------


def test_office_held_by_two_details() -> None:
    offices = [_office("a", "chair"), _office("b", "chair", start="2026-05-01")]
    delegates = [
        _delegate("a", _mandate(), name="Trần Văn An"),
        _delegate("b", _mandate(), name="Lê Thị Bình"),
    ]
    (finding,) = validate(_dataset(offices, delegates), as_of=AS_OF, codes=["office-held-by-two"])
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("offices[1]", "start")
    assert finding.message("vi") == (
        "Chức vụ Chủ tịch Hội đồng nhân dân của c do Trần Văn An và Lê Thị Bình cùng giữ"
        " từ ngày 01/05/2026."
    )
    assert finding.message("en") == (
        "The post of Chair of the People's Council of c is held by both Trần Văn An and"
        " Lê Thị Bình from May 1, 2026."
    )


@pytest.mark.parametrize(
    ("first_end", "second_start", "overlap"),
    [
        pytest.param("2026-04-30", "2026-05-01", False, id="consecutive"),
        pytest.param("2026-05-01", "2026-05-01", True, id="same-day"),
        pytest.param(None, "2026-05-01", True, id="first-open"),
        pytest.param(None, "2027-01-01", True, id="first-open-second-after-as-of"),
    ],
)
def test_one_chair_at_a_time(first_end: str | None, second_start: str, overlap: bool) -> None:
    ended = {"end": first_end, "end_reason": "moved"} if first_end else {}
    offices = [_office("a", "chair", **ended), _office("b", "chair", start=second_start)]
    assert _found(_dataset(offices), "office-held-by-two") == (
        [("offices[1]", "start")] if overlap else []
    )


def test_the_committee_or_group_makes_the_post() -> None:
    offices = [
        _office("a", "committee-head", committee="legal-affairs"),
        _office("b", "committee-head", committee="economy-budget"),
        _office("c", "group-leader", group="g1"),
        _office("d", "group-leader", group="g2"),
    ]
    assert _found(_dataset(offices), "office-held-by-two") == []
    offices.append(_office("e", "committee-head", committee="legal-affairs"))
    assert _found(_dataset(offices), "office-held-by-two") == [("offices[4]", "start")]


def test_posts_with_several_holders_are_not_checked() -> None:
    offices = [_office("a", "vice-chair"), _office("b", "vice-chair")]
    assert _found(_dataset(offices), "office-held-by-two") == []


def test_the_same_person_twice_is_not_two_holders() -> None:
    offices = [_office("a", "chair"), _office("a", "chair", start="2026-05-01")]
    assert _found(_dataset(offices), "office-held-by-two") == []


# --- standing-committee-member-in-executive ------------------------------------------------


def test_standing_committee_member_in_executive_details() -> None:
    offices = [
        _office("a", "vice-chair"),
        _office("a", "peoples-committee-member", start="2026-05-01"),
    ]
    delegates = [_delegate("a", _mandate(), name="Trần Văn An")]
    (finding,) = validate(
        _dataset(offices, delegates),
        as_of=AS_OF,
        codes=["standing-committee-member-in-executive"],
    )
    assert finding.severity is Severity.ERROR
    assert (finding.record, finding.field) == ("offices[1]", "post")
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 72/2025/QH15, Art. 29(2)"
    assert finding.message("vi") == (
        "Trần Văn An giữ chức Phó Chủ tịch Hội đồng nhân dân của c, đồng thời là Ủy viên"
        " Ủy ban nhân dân, từ ngày 01/05/2026."
    )
    assert finding.message("en").startswith(
        "Trần Văn An holds the post of Vice-chair of the People's Council of c and is also"
    )


@pytest.mark.parametrize(
    ("standing", "executive", "reported"),
    [
        pytest.param(
            ("chair", {"end": "2026-04-30", "end_reason": "moved"}),
            ("peoples-committee-chair", {"start": "2026-05-01"}),
            False,
            id="one-after-the-other",
        ),
        pytest.param(
            ("chair", {"end": "2026-05-01", "end_reason": "moved"}),
            ("peoples-committee-chair", {"start": "2026-05-01"}),
            True,
            id="one-day-in-common",
        ),
        pytest.param(
            ("committee-head", {"committee": "legal-affairs"}),
            ("peoples-committee-vice-chair", {}),
            True,
            id="committee-head",
        ),
        pytest.param(
            ("committee-deputy-head", {"committee": "legal-affairs"}),
            ("peoples-committee-member", {}),
            False,
            id="deputy-head-is-not-standing",
        ),
        pytest.param(("chair", {}), ("agency-head", {}), False, id="agency-head"),
    ],
)
def test_standing_committee_and_peoples_committee(
    standing: tuple[str, dict[str, Any]], executive: tuple[str, dict[str, Any]], reported: bool
) -> None:
    offices = [_office("a", standing[0], **standing[1]), _office("a", executive[0], **executive[1])]
    found = _found(_dataset(offices), "standing-committee-member-in-executive")
    assert found == ([("offices[1]", "post")] if reported else [])


def test_the_rule_before_2025_is_unverified_so_a_warning() -> None:
    offices = [
        _office("a", "chair", start="2021-06-25"),
        _office("a", "peoples-committee-member", start="2021-06-25"),
    ]
    delegates = [_delegate("a", _mandate("2021-06-25"))]
    dataset = _dataset(offices, delegates, term="2021-2026")
    (finding,) = validate(
        dataset, as_of=dt.date(2022, 1, 1), codes=["standing-committee-member-in-executive"]
    )
    assert finding.severity is Severity.WARNING
    assert finding.citation is not None
    assert finding.citation.number == "77/2015/QH13"


def test_different_people_are_fine() -> None:
    offices = [_office("a", "chair"), _office("b", "peoples-committee-chair")]
    assert _found(_dataset(offices), "standing-committee-member-in-executive") == []


# --- full-time-post-not-allowed ------------------------------------------------------------


def _commune_unit() -> dict[str, Any]:
    return {"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "92"}


def _full_time_dataset(post: str, unit: str = "92", **fields: Any) -> Dataset:
    data = _dataset([_office("a", post, full_time=True, **fields)], unit=unit)
    return data.model_copy(
        update={"units": Dataset.model_validate({"units": [_commune_unit()]}).units}
    )


@pytest.mark.parametrize(
    ("unit", "post", "fields", "allowed"),
    [
        pytest.param("92", "committee-member", {"committee": "legal-affairs"}, True, id="city"),
        pytest.param(
            "99001", "committee-member", {"committee": "economy-budget"}, False, id="commune"
        ),
        pytest.param(
            "99001", "committee-deputy-head", {"committee": "economy-budget"}, True, id="deputy"
        ),
        pytest.param("99001", "vice-chair", {}, True, id="commune-vice-chair"),
    ],
)
def test_full_time_posts_under_law_72(
    unit: str, post: str, fields: dict[str, Any], allowed: bool
) -> None:
    found = _found(_full_time_dataset(post, unit, **fields), "full-time-post-not-allowed")
    assert found == ([] if allowed else [("offices[0]", "full_time")])


def test_full_time_post_not_allowed_details() -> None:
    dataset = _full_time_dataset("committee-member", "99001", committee="culture-society")
    (finding,) = validate(dataset, as_of=AS_OF, codes=["full-time-post-not-allowed"])
    assert finding.severity is Severity.ERROR
    assert finding.citation is not None
    assert finding.citation.render("en") == "Law 72/2025/QH15, Art. 29(2)"
    assert finding.message("vi") == (
        "Lê Văn A giữ chức Ủy viên của Ban, Ban Văn hóa – Xã hội của c theo chế độ chuyên"
        " trách, nhưng luật không quy định chức vụ này được hoạt động chuyên trách"
        " (loại đơn vị: Xã)."
    )
    assert finding.message("en").endswith("(kind of unit: Commune).")


def test_a_part_time_office_is_not_checked() -> None:
    data = _dataset([_office("a", "committee-member", committee="culture-society")], unit="99001")
    data = data.model_copy(
        update={"units": Dataset.model_validate({"units": [_commune_unit()]}).units}
    )
    assert _found(data, "full-time-post-not-allowed") == []


def test_where_the_law_does_not_say_nothing_is_reported() -> None:
    # Law 77/2015/QH13 encodes full-time posts only for towns and provincial cities.
    offices = [
        _office(
            "a", "committee-member", committee="legal-affairs", start="2021-06-25", full_time=True
        )
    ]
    dataset = _dataset(offices, [_delegate("a", _mandate("2021-06-25"))], term="2021-2026")
    assert _found(dataset, "full-time-post-not-allowed", dt.date(2022, 1, 1)) == []


# --- the examples ---------------------------------------------------------------------------


def test_the_synthetic_council_is_silent() -> None:
    codes = [
        "office-holder-not-delegate",
        "office-held-by-two",
        "standing-committee-member-in-executive",
        "full-time-post-not-allowed",
    ]
    assert list(validate(load_example("synthetic-council"), as_of=AS_OF, codes=codes)) == []
