from __future__ import annotations

import datetime as dt
import sys
from fractions import Fraction
from typing import Any

import pytest

from hdnd import Dataset, MissingExtraError
from hdnd.law.citation import Confidence
from hdnd.reports.composition import (
    COMPOSITION_GROUPS,
    DEFAULT_TARGETS,
    INDICATORS,
    Target,
    composition_by_province,
    composition_over_term,
    council_composition,
    councils_composition,
    targets_for,
)
from hdnd.reports.plots import plot_age_pyramid, plot_shares_by_province

DAY = dt.date(2026, 11, 1)


def _mandate(council: str = "c", **fields: Any) -> dict[str, Any]:
    return {"council": council, "start": "2026-04-20", **fields}


def _person(number: int, council: str = "c", mandate: dict[str, Any] | None = None,
            **fields: Any) -> dict[str, Any]:  # fmt: skip
    return {
        "id": f"d{number}",
        "name": "Lò Văn Páo",
        "mandates": [_mandate(council, **(mandate or {}))],
        **fields,
    }


# Five delegates of a commune council of 15 seats (population 10,000), hand-counted:
# women d1, d2 (2); minority d1 (Thái), d3 (Tày) (2), Kinh d2, d4 (2), unknown d5;
# ages on 1 Nov 2026: d1 36, d2 40, d3 55, d4 61, d5 unknown;
# education d1 university, d2 master, d3 upper-secondary, d4 and d5 unknown;
# Party d1, d2, d3 members, d4 not, d5 unknown; re-elected d1, d3; first-time d2, d4;
# full-time d1. d5's mandate ends on 31 Aug 2026, d6 starts on 1 Oct 2026.
PEOPLE = [
    _person(1, gender="female", ethnicity="Thái", birth_date="1990-01-15",
            education="university", party_member=True,
            mandate={"re_elected": True, "full_time": True}),
    _person(2, gender="female", ethnicity="Kinh", birth_date="1986-11-01",
            education="master", party_member=True, mandate={"re_elected": False}),
    _person(3, gender="male", ethnicity="Tày", birth_date="1971-03-03",
            education="upper-secondary", party_member=True, mandate={"re_elected": True}),
    _person(4, gender="male", ethnicity="Kinh", birth_date="1965-06-30",
            party_member=False, mandate={"re_elected": False}),
    _person(5, gender="male", mandate={"end": "2026-08-31", "end_reason": "resigned"}),
    _person(6, gender="female", ethnicity="Kinh", birth_date="2000-02-02",
            mandate={"start": "2026-10-01"}),
]  # fmt: skip

CANDIDATES = [
    {"id": "a", "name": "Lò Thị A", "birth_date": "1990-01-15", "votes": 600, "gender": "female"},
    {"id": "b", "name": "Lò Văn B", "birth_date": "1980-01-15", "votes": 550, "gender": "male"},
    {"id": "c", "name": "Lò Văn C", "birth_date": "1970-01-15", "votes": 300},
]


def _dataset(people: list[dict[str, Any]] = PEOPLE, **extra: Any) -> Dataset:
    return Dataset.model_validate(
        {
            "units": [
                {"code": "99", "name": "Tỉnh Mẫu", "kind": "province", "population": 900_000},
                {"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "99",
                 "population": 10_000},
                {"code": "99002", "name": "Xã Khác", "kind": "commune", "parent": "99",
                 "population": 10_000},
                {"code": "98", "name": "Tỉnh Kia", "kind": "province", "population": 900_000},
            ],
            "councils": [
                {"id": "c", "unit": "99001", "term": "2026-2031"},
                {"id": "p", "unit": "99", "term": "2026-2031", "name": "HĐND tỉnh Mẫu"},
                {"id": "k", "unit": "98", "term": "2026-2031"},
                {"id": "old", "unit": "99002", "term": "2021-2026"},
            ],
            "delegates": people,
            **extra,
        }
    )  # fmt: skip


def _found(report: Any, language: str = "vi") -> dict[tuple[str, str], dict[str, Any]]:
    return {(r["group"], r["category"]): r for r in report.rows(language)}


def test_seats_and_every_group_on_a_day() -> None:
    report = council_composition(_dataset(), "c", as_of=DAY, targets=())
    found = _found(report)
    counts = {key: (row["count"], row["share"]) for key, row in found.items()}
    fifth = Fraction(1, 5)
    # On 1 Nov 2026: d1-d4 and d6 serve (d5 left on 31 Aug): 5 of 15 seats.
    assert counts["seats", "quota"] == (15, None)
    assert counts["seats", "serving"] == (5, None)
    assert counts["seats", "vacant"] == (10, None)
    assert counts["gender", "female"] == (3, Fraction(3, 5))
    assert counts["gender", "male"] == (2, Fraction(2, 5))
    assert ("gender", "unknown") not in counts
    assert counts["ethnicity", "minority"] == (2, Fraction(2, 5))
    assert counts["ethnicity", "kinh"] == (3, Fraction(3, 5))
    assert counts["age", "under-40"] == (2, Fraction(2, 5))  # d1 36, d6 26
    assert counts["age", "40-49"] == (1, fifth)  # d2: 40 on the day
    assert counts["age", "50-59"] == (1, fifth)
    assert counts["age", "60-and-over"] == (1, fifth)
    assert counts["education", "university"] == (1, fifth)
    assert counts["education", "master"] == (1, fifth)
    assert counts["education", "upper-secondary"] == (1, fifth)
    assert counts["education", "doctorate"] == (0, Fraction(0))
    assert counts["education", "unknown"] == (2, Fraction(2, 5))
    assert counts["party", "member"] == (3, Fraction(3, 5))
    assert counts["party", "non-member"] == (1, fifth)
    assert counts["party", "unknown"] == (1, fifth)
    assert counts["re-elected", "re-elected"] == (2, Fraction(2, 5))
    assert counts["re-elected", "first-time"] == (2, Fraction(2, 5))
    assert counts["re-elected", "unknown"] == (1, fifth)
    assert counts["full-time", "full-time"] == (1, fifth)
    assert counts["full-time", "part-time"] == (4, Fraction(4, 5))
    groups = list(dict.fromkeys(r["group"] for r in report.rows()))
    assert groups == ["seats", *COMPOSITION_GROUPS]


def test_each_group_adds_up_to_the_delegates_serving() -> None:
    rows = council_composition(_dataset(), "c", as_of=DAY).rows()
    for group in COMPOSITION_GROUPS:
        assert sum(r["count"] for r in rows if r["group"] == group) == 5
        assert sum(r["share"] for r in rows if r["group"] == group) == 1


def test_default_targets_of_the_term() -> None:
    ds = _dataset(
        elections=[
            {"id": "e1", "council": "c", "day": "2026-03-15", "seats": 2, "constituency": "1",
             "voters_on_list": 1000, "voted": 900, "valid_ballots": 900,
             "candidates": CANDIDATES},
        ]
    )  # fmt: skip
    report = council_composition(ds, "c", as_of=DAY)
    targets = {k[1]: r for k, r in _found(report, "en").items() if k[0] == "targets"}
    assert list(targets) == [t.code for t in DEFAULT_TARGETS["2026-2031"]]
    women_listed = targets["candidates/gender/female"]
    # 1 woman among 3 candidates (c's gender is not recorded): 1/3 < 35%.
    assert (women_listed["count"], women_listed["share"]) == (1, Fraction(1, 3))
    assert (women_listed["target"], women_listed["met"]) == (Fraction(35, 100), False)
    assert women_listed["source"] == "Law 85/2015/QH13, Art. 9"
    women = targets["delegates/gender/female"]
    assert (women["count"], women["share"], women["met"]) == (3, Fraction(3, 5), True)
    assert women["source"] == "Resolution 107/2025/UBTVQH15 (secondary)"
    outside = targets["delegates/party/non-member"]
    assert (outside["count"], outside["share"], outside["met"]) == (1, Fraction(1, 5), True)
    young = targets["delegates/age/under-40"]
    assert (young["share"], young["met"]) == (Fraction(2, 5), True)
    again = targets["delegates/re-elected/re-elected"]
    assert (again["share"], again["met"]) == (Fraction(2, 5), True)
    assert women_listed["label"] == "Women on the official candidate lists (at least 35%)"


def test_a_target_is_met_at_exactly_its_share() -> None:
    half = Target("gender", "male", Fraction(2, 5), "Nam")
    more = Target("gender", "male", Fraction(41, 100), "Nam", confidence=Confidence.UNVERIFIED)
    rows = council_composition(_dataset(), "c", as_of=DAY, targets=[half, more]).rows()
    assert [(r["met"], r["source"]) for r in rows if r["group"] == "targets"] == [
        (True, ""),
        (False, "(chưa kiểm chứng)"),
    ]


def test_targets_without_people_are_not_judged() -> None:
    rows = council_composition(_dataset(), "c", as_of=DAY).rows()
    listed = next(r for r in rows if r["category"] == "candidates/gender/female")
    assert (listed["count"], listed["share"], listed["met"]) == (0, None, None)


def test_targets_of_other_terms_and_bad_targets() -> None:
    assert targets_for("2021-2026") == ()
    assert len(targets_for("2026-2031")) == 5
    with pytest.raises(ValueError, match="unknown group 'colour'"):
        Target("colour", "red", Fraction(1, 2), "Đỏ")


def test_rendered_in_both_languages() -> None:
    report = council_composition(_dataset(), "c", as_of=DAY)
    vi = report.render("vi")
    assert vi.startswith("## Cơ cấu HĐND xã Mẫu\n\nNhiệm kỳ 2026–2031, tính đến ngày 01/11/2026")
    assert "| Đảng viên | 3 | 60,00% | — |  |  |" in vi
    assert "| Người dưới 40 tuổi (không dưới 15%) | 2 | 40,00% | 15,00% | có |" in vi
    en = report.render("en")
    assert en.startswith("## Composition of HĐND xã Mẫu\n\nTerm 2026–2031, as of Nov 1, 2026")
    assert "| Indicator | Count | Share | Target | Met | Basis |" in en
    assert "- A target is met when the share is at least the target." in en


def test_unknown_council() -> None:
    with pytest.raises(KeyError):
        council_composition(_dataset(), "nowhere", as_of=DAY)


# --- over the term -------------------------------------------------------------------------


def test_one_row_per_change_of_membership() -> None:
    rows = composition_over_term(_dataset(), "c").rows()
    assert [(r["day"], r["joined"], r["left"], r["serving"], r["vacant"]) for r in rows] == [
        (dt.date(2026, 4, 20), 5, 0, 5, 10),
        (dt.date(2026, 9, 1), 0, 1, 4, 11),  # d5's last day was 31 August
        (dt.date(2026, 10, 1), 1, 0, 5, 10),
    ]
    first, after, last = rows
    # 20 Apr: d1-d5 serve, women d1, d2; after d5 left 2 of 4; with d6 3 of 5.
    assert (first["female"], first["female_share"]) == (2, Fraction(2, 5))
    assert (after["female"], after["female_share"]) == (2, Fraction(1, 2))
    assert (last["female"], last["female_share"]) == (3, Fraction(3, 5))
    # Ages on 20 Apr 2026: d1 36, d2 39 (40 only on 1 Nov): two under 40; on 1 Oct d6 (26)
    # joins them: three of five.
    assert (first["under_40"], first["under_40_share"]) == (2, Fraction(2, 5))
    assert (last["under_40"], last["under_40_share"]) == (3, Fraction(3, 5))
    assert (first["higher_education"], first["higher_education_share"]) == (2, Fraction(2, 5))
    assert (after["party_member"], after["party_member_share"]) == (3, Fraction(3, 4))
    assert (last["re_elected"], last["full_time"], last["minority"]) == (2, 1, 2)


def test_a_share_nobody_recorded_is_empty() -> None:
    ds = _dataset([_person(1), _person(2, gender="male")])
    row = composition_over_term(ds, "c").rows()[0]
    assert (row["female"], row["female_share"]) == (0, Fraction(0))
    assert (row["party_member"], row["party_member_share"]) == (None, None)
    assert (row["full_time"], row["full_time_share"]) == (0, Fraction(0))


def test_a_council_without_mandates_has_no_rows() -> None:
    report = composition_over_term(_dataset([]), "c")
    assert report.rows() == []
    assert report.render("en").startswith("## Changes in the composition of HĐND xã Mẫu")


# --- across councils -----------------------------------------------------------------------

ACROSS = [
    *PEOPLE,
    _person(7, "p", gender="female", ethnicity="Kinh", party_member=True),
    _person(8, "p", gender="male", ethnicity="Kinh", party_member=True),
    _person(9, "k", gender="female", ethnicity="Khmer", party_member=False),
    _person(10, "old", gender="female", mandate={"start": "2021-06-25"}),
]


def test_one_row_per_council_of_a_province() -> None:
    report = councils_composition(_dataset(ACROSS), as_of=DAY, province="99")
    rows = report.rows()
    # "old" belongs to the 2021-2026 term, which ended before 1 Nov 2026.
    assert [(r["council"], r["province"], r["level"]) for r in rows] == [
        ("c", "99", "commune"),
        ("p", "99", "province"),
    ]
    commune, province = rows
    assert (commune["quota"], commune["serving"], commune["vacant"]) == (15, 5, 10)
    assert (commune["female"], commune["female_share"]) == (3, Fraction(3, 5))
    assert (province["quota"], province["serving"], province["vacant"]) == (50, 2, 48)
    assert (province["female_share"], province["party_member_share"]) == (Fraction(1, 2), 1)
    assert (province["under_40"], province["under_40_share"]) == (None, None)
    assert province["name"] == "HĐND tỉnh Mẫu"
    assert report.heading("en") == "Composition of the People's Councils of tỉnh Mẫu"


def test_every_council_of_the_dataset_by_province() -> None:
    report = councils_composition(_dataset(ACROSS), as_of=DAY)
    assert [r["council"] for r in report.rows()] == ["c", "p", "k"]
    assert report.heading() == "Cơ cấu đại biểu các Hội đồng nhân dân"
    totals = {r["province"]: r for r in composition_by_province(report).rows()}
    mau, kia = totals["99"], totals["98"]
    # Tỉnh Mẫu: 5 + 2 serving, women 3 + 1, minority 2 + 0, Party 3 + 2.
    assert (mau["councils"], mau["serving"]) == (2, 7)
    assert (mau["female"], mau["female_share"]) == (4, Fraction(4, 7))
    assert (mau["minority"], mau["minority_share"]) == (2, Fraction(2, 7))
    assert (mau["party_member"], mau["party_member_share"]) == (5, Fraction(5, 7))
    assert (mau["under_40"], mau["under_40_share"]) == (2, Fraction(2, 7))
    assert (kia["councils"], kia["serving"], kia["female_share"]) == (1, 1, 1)
    assert (kia["party_member"], kia["under_40"]) == (0, None)


def test_across_councils_goes_into_a_data_frame() -> None:
    frame = councils_composition(_dataset(ACROSS), as_of=DAY).to_frame("en")
    assert list(frame["council"]) == ["c", "p", "k"]
    assert frame.loc[0, "female_share"] == pytest.approx(0.6)
    assert {f"{i.key}_share" for i in INDICATORS} <= set(frame.columns)


def test_bad_province_and_bad_report() -> None:
    with pytest.raises(KeyError, match="no province-level unit '99001'"):
        councils_composition(_dataset(), as_of=DAY, province="99001")
    with pytest.raises(ValueError, match="takes the report of councils_composition"):
        composition_by_province(council_composition(_dataset(), "c", as_of=DAY))


# --- plots ---------------------------------------------------------------------------------


@pytest.fixture
def plt() -> Any:
    pytest.importorskip("matplotlib").use("Agg")
    return pytest.importorskip("matplotlib.pyplot")


def test_age_pyramid(plt: Any) -> None:
    ax = plot_age_pyramid(_dataset(), "c", as_of=DAY, language="en")
    men, women = ax.containers
    # Men: d3 (50-59), d4 (60+); women: d1 and d6 under 40, d2 40-49.
    assert [bar.get_width() for bar in men] == [0, 0, -1, -1]
    assert [bar.get_width() for bar in women] == [2, 1, 0, 0]
    assert ax.get_title() == "Composition of HĐND xã Mẫu"
    plt.close("all")


def test_shares_by_province_plot(plt: Any) -> None:
    report = councils_composition(_dataset(ACROSS), as_of=DAY)
    ax = plot_shares_by_province(report, "female", language="en")
    heights = [bar.get_height() for bar in ax.containers[0]]
    assert heights == pytest.approx([400 / 7, 100])
    assert ax.get_title() == "Female share"
    with pytest.raises(ValueError, match="unknown indicator 'height'"):
        plot_shares_by_province(report, "height")
    plt.close("all")


def test_plots_explain_the_missing_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib.pyplot", None)
    with pytest.raises(MissingExtraError, match=r"pip install 'hdnd\[plot\]'"):
        plot_age_pyramid(_dataset(), "c", as_of=DAY)
