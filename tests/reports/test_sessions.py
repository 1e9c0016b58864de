from __future__ import annotations

import datetime as dt
import random
from fractions import Fraction
from typing import Any

import pytest

import hdnd
from hdnd import Dataset, Period
from hdnd.reports.sessions import (
    attendance_by_delegate,
    councils_sessions,
    delegate_attendance,
    session_activity,
    vote_margins,
)

P, WL, WOL = "present", "absent-with-leave", "absent-without-leave"


def _attend(**statuses: str) -> list[dict[str, str]]:
    return [{"delegate": d, "status": s} for d, s in statuses.items()]


def _mandate(start: str = "2026-04-20", **fields: str) -> list[dict[str, str]]:
    return [{"council": "c", "start": start, **fields}]


# A commune council (term 2026–2031) of five delegates, hand-counted below.
# d3's mandate ends on 31 Dec 2026; d4's starts on 1 Mar 2027. Sittings p1 … p5:
#   p1 2026-04-25 (k1, first)        d1 P   d2 P   d3 P    d5 WOL  [d4 P: before the mandate]
#   p2 2026-07-10 (k2, questioning)  d1 P   d2 WL  d3 P    d5 P
#   p3 2026-07-11 morning (k2)       d1 P   d2 P   d3 WOL  [d5 not recorded]
#   p4 2026-07-11 afternoon (k2)     d1 P   d2 P   d3 P    d5 P
#   p5 2027-04-15 (k3, thematic, questioning)  d1 P  d2 P  d4 P  d5 WL  [d3 P: after]
# Due: d1 5, d2 5, d3 4 (p1–p4), d4 1 (p5), d5 5 = 20; present 5 + 4 + 3 + 1 + 2 = 15,
# with leave 2 (d2, d5), without leave 2 (d3, d5), not recorded 1 (d5), outside 2.
# Votes: membership is 4 on 10 July 2026 (d1, d2, d3, d5) and 4 on 15 April 2027 (d1, d2,
# d4, d5): more than half of 4 needs 3. v1 3 in favour: margin 0, passes; v2 2: margin -1,
# fails although the minutes say passed; v3 states a base of 6 (needs 4): 3 is margin -1.
DATA: dict[str, Any] = {
    "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "population": 9000}],
    "councils": [{"id": "c", "unit": "99001", "term": "2026-2031"}],
    "delegates": [
        {"id": "d1", "name": "Lò Văn Một", "mandates": _mandate()},
        {"id": "d2", "name": "Lò Thị Hai", "mandates": _mandate()},
        {"id": "d3", "name": "Lò Văn Ba",
         "mandates": _mandate(end="2026-12-31", end_reason="resigned")},
        {"id": "d4", "name": "Lò Thị Bốn", "mandates": _mandate("2027-03-01")},
        {"id": "d5", "name": "Lò Văn Năm", "mandates": _mandate()},
    ],
    "sessions": [
        {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": "2026-04-25"},
        {"id": "k2", "council": "c", "number": 2, "kind": "regular", "opening": "2026-07-10",
         "closing": "2026-07-11"},
        {"id": "k3", "council": "c", "number": 3, "kind": "thematic", "opening": "2027-04-15",
         "requested_by": ["standing-committee"], "name": "Kỳ họp chuyên đề"},
    ],
    "sittings": [
        {"id": "p1", "session": "k1", "day": "2026-04-25",
         "attendance": _attend(d1=P, d2=P, d3=P, d5=WOL, d4=P)},
        {"id": "p2", "session": "k2", "day": "2026-07-10",
         "items": [{"id": "i1", "kind": "questioning"},
                   {"id": "i2", "kind": "draft-resolution", "title": "Dự toán ngân sách"}],
         "attendance": _attend(d1=P, d2=WL, d3=P, d5=P)},
        {"id": "p3", "session": "k2", "day": "2026-07-11", "part": "morning",
         "attendance": _attend(d1=P, d2=P, d3=WOL)},
        {"id": "p4", "session": "k2", "day": "2026-07-11", "part": "afternoon",
         "attendance": _attend(d1=P, d2=P, d3=P, d5=P)},
        {"id": "p5", "session": "k3", "day": "2027-04-15",
         "items": [{"id": "i1", "kind": "questioning"}],
         "attendance": _attend(d1=P, d2=P, d4=P, d5=WL, d3=P)},
    ],
    "votes": [
        {"id": "v1", "sitting": "p2", "item": "i2", "in_favour": 3, "against": 1},
        {"id": "v2", "sitting": "p2", "in_favour": 2, "against": 1, "not_voting": 1,
         "passed": True},
        {"id": "v3", "sitting": "p5", "in_favour": 3, "base": 6, "passed": False},
    ],
    "documents": [
        {"id": "n1", "council": "c", "symbol": "01/2026/NQ-HĐND", "signed": "2026-07-10",
         "session": "k2", "vote": "v1"},
        {"id": "n2", "council": "c", "symbol": "02/NQ-HĐND", "signed": "2026-07-10",
         "session": "k2"},
        {"id": "n3", "council": "c", "symbol": "15/KH-HĐND", "signed": "2026-07-11",
         "session": "k2"},
        {"id": "n4", "council": "c", "symbol": "03/NQ-HĐND", "signed": "2027-04-15",
         "session": "k3", "normative": True},
        {"id": "n5", "council": "c", "symbol": "04/NQ-HĐND", "signed": "2026-09-01"},
        {"id": "n6", "council": "c", "symbol": "05/2027/NQ-HĐND", "signed": "2027-05-01"},
    ],
}  # fmt: skip

YEAR_2026 = Period.year(2026)


@pytest.fixture(scope="module")
def ds() -> Dataset:
    return Dataset.model_validate(DATA)


def _found(report: hdnd.Report) -> dict[tuple[str, str], tuple[Any, Any]]:
    return {(r["group"], r["category"]): (r["count"], r["share"]) for r in report.rows()}


# --- session_activity ----------------------------------------------------------------------


def test_sessions_by_kind_over_the_term(ds: Dataset) -> None:
    found = _found(session_activity(ds, "c"))
    assert found["sessions", "total"] == (3, None)
    kinds = ("first", "regular", "thematic", "unscheduled")
    assert [found["sessions", kind][0] for kind in kinds] == [1, 1, 1, 0]


def test_sittings_days_and_questioning_over_the_term(ds: Dataset) -> None:
    found = _found(session_activity(ds, "c"))
    assert found["sittings", "sittings"] == (5, None)
    assert found["sittings", "days"] == (4, None)  # two sittings on 11 July 2026
    assert found["sittings", "questioning"] == (2, Fraction(2, 5))


def test_attendance_over_the_term_counts_each_mandate_only(ds: Dataset) -> None:
    found = _found(session_activity(ds, "c"))
    assert found["attendance", "due"] == (20, None)
    assert found["attendance", "present"] == (15, Fraction(3, 4))
    assert found["attendance", "absent-with-leave"] == (2, Fraction(1, 10))
    assert found["attendance", "absent-without-leave"] == (2, Fraction(1, 10))
    assert found["attendance", "not-recorded"] == (1, Fraction(1, 20))
    assert found["attendance", "outside-mandate"] == (2, None)


def test_a_year_keeps_the_sessions_opening_in_it(ds: Dataset) -> None:
    found = _found(session_activity(ds, "c", period=YEAR_2026))
    assert found["sessions", "total"] == (2, None)
    assert found["sittings", "sittings"] == (4, None)
    assert found["sittings", "days"] == (3, None)
    assert found["sittings", "questioning"] == (1, Fraction(1, 4))
    # d4 serves from 2027: nothing due; d1 4, d2 4, d3 4, d5 4 = 16
    assert found["attendance", "due"] == (16, None)
    assert found["attendance", "present"] == (12, Fraction(3, 4))
    assert found["attendance", "absent-with-leave"] == (1, Fraction(1, 16))
    assert found["attendance", "absent-without-leave"] == (2, Fraction(1, 8))
    assert found["attendance", "not-recorded"] == (1, Fraction(1, 16))
    assert found["attendance", "outside-mandate"] == (1, None)


def test_documents_adopted_over_the_term(ds: Dataset) -> None:
    found = _found(session_activity(ds, "c"))
    # n1 normative by its year, n2 not, n4 normative as recorded, n5 and n6 by signing day
    assert found["documents", "resolutions"] == (5, None)
    assert found["documents", "normative"] == (3, Fraction(3, 5))
    assert found["documents", "non-normative"] == (2, Fraction(2, 5))
    assert ("documents", "unknown") not in found
    assert found["documents", "other"] == (1, None)


def test_documents_adopted_in_a_year(ds: Dataset) -> None:
    found = _found(session_activity(ds, "c", period=YEAR_2026))
    # n1, n2 (session k2) and n5 (signed in 2026, no session); n3 is a plan
    assert found["documents", "resolutions"] == (3, None)
    assert found["documents", "normative"] == (1, Fraction(1, 3))
    assert found["documents", "other"] == (1, None)


def test_votes_by_outcome(ds: Dataset) -> None:
    found = _found(session_activity(ds, "c"))
    assert found["votes", "total"] == (3, None)
    assert found["votes", "passed"] == (1, Fraction(1, 3))
    assert found["votes", "failed"] == (2, Fraction(2, 3))
    assert found["votes", "differs"] == (1, Fraction(1, 3))  # v2
    assert found["votes", "narrowest"] == (-1, None)
    assert ("votes", "undetermined") not in found


def test_the_summary_renders_in_both_languages(ds: Dataset) -> None:
    report = session_activity(ds, "c", period=YEAR_2026)
    vi = report.render("vi")
    assert vi.startswith("## Hoạt động kỳ họp của HĐND xã Mẫu\n\nNăm 2026\n")
    assert "| Có mặt | 12 | 75,00% |" in vi
    assert "| Phiên họp có chất vấn và trả lời chất vấn | 1 | 25,00% |" in vi
    en = report.render("en")
    assert en.startswith("## Session activity of HĐND xã Mẫu\n\nYear 2026\n")
    assert "| Present | 12 | 75.00% |" in en
    assert "| Not recorded | 1 | 6.25% |" in en
    assert session_activity(ds, "c").render("en").splitlines()[2] == "Term 2026–2031"
    days = Period(start=dt.date(2026, 7, 1), end=dt.date(2026, 7, 31))
    assert session_activity(ds, "c", period=days).render("en").splitlines()[2] == (
        "From Jul 1, 2026 to Jul 31, 2026"
    )
    assert session_activity(ds, "c", period=days).render("vi").splitlines()[2] == (
        "Từ ngày 01/07/2026 đến ngày 31/07/2026"
    )


def test_an_unknown_council(ds: Dataset) -> None:
    with pytest.raises(KeyError):
        session_activity(ds, "nowhere")


def test_a_council_without_sessions() -> None:
    ds = Dataset.model_validate({"councils": DATA["councils"], "units": DATA["units"]})
    found = _found(session_activity(ds, "c"))
    assert found["sessions", "total"] == (0, None)
    assert found["attendance", "due"] == (0, None)
    assert found["attendance", "present"] == (0, None)  # no share of nothing
    assert found["votes", "narrowest"] == (None, None)
    assert attendance_by_delegate(ds, "c").rows()[-1]["rate"] is None


# --- attendance_by_delegate ----------------------------------------------------------------


def test_attendance_of_each_delegate(ds: Dataset) -> None:
    rows = attendance_by_delegate(ds, "c").rows()
    got = [
        (r["delegate"], r["due"], r["present"], r["absent_with_leave"],
         r["absent_without_leave"], r["not_recorded"], r["rate"])
        for r in rows
    ]  # fmt: skip
    assert got == [
        ("d1", 5, 5, 0, 0, 0, Fraction(1)),
        ("d2", 5, 4, 1, 0, 0, Fraction(4, 5)),
        ("d3", 4, 3, 0, 1, 0, Fraction(3, 4)),
        ("d4", 1, 1, 0, 0, 0, Fraction(1)),
        ("d5", 5, 2, 1, 1, 1, Fraction(2, 5)),
        (None, 20, 15, 2, 2, 1, Fraction(3, 4)),
    ]
    assert rows[-1]["name"] == "Tổng cộng"
    assert attendance_by_delegate(ds, "c").rows("en")[-1]["name"] == "Total"


def test_a_delegate_with_nothing_due_in_the_year_has_no_row(ds: Dataset) -> None:
    rows = attendance_by_delegate(ds, "c", period=YEAR_2026).rows()
    assert [r["delegate"] for r in rows] == ["d1", "d2", "d3", "d5", None]


def test_the_total_row_agrees_with_the_summary(ds: Dataset) -> None:
    for period in (None, YEAR_2026, Period.year(2027)):
        total = attendance_by_delegate(ds, "c", period=period).rows()[-1]
        found = _found(session_activity(ds, "c", period=period))
        assert total["due"] == found["attendance", "due"][0]
        assert total["present"] == found["attendance", "present"][0]
        assert total["rate"] == found["attendance", "present"][1]


def test_two_mandates_of_one_delegate_on_the_council() -> None:
    data = {
        **DATA,
        "delegates": [{"id": "d1", "name": "Lò Văn Một", "mandates": [
            {"council": "c", "start": "2026-04-20", "end": "2026-07-10"},
            {"council": "c", "start": "2027-01-01"},
        ]}],
    }  # fmt: skip
    ds = Dataset.model_validate(data)
    rows = attendance_by_delegate(ds, "c").rows()
    # p1, p2 inside the first mandate, p5 inside the second; p3, p4 in the gap
    assert (rows[0]["due"], rows[0]["present"], rows[0]["rate"]) == (3, 3, Fraction(1))
    # 21 records, of which d1's at p1, p2 and p5 count
    assert _found(session_activity(ds, "c"))["attendance", "outside-mandate"][0] == 18


# --- vote_margins --------------------------------------------------------------------------


def test_margins_of_each_vote(ds: Dataset) -> None:
    rows = vote_margins(ds, "c").rows("en")
    got = [
        (r["vote"], r["base"], r["minimum"], r["margin"], r["passed"], r["recorded"]) for r in rows
    ]
    assert got == [
        ("v1", 4, 3, 0, True, None),  # 3 of 4: the narrowest pass
        ("v2", 4, 3, -1, False, True),  # 2 of 4 is not more than half
        ("v3", 6, 4, -1, False, False),  # the base the minutes state wins
    ]
    assert [r["subject"] for r in rows] == [
        "Dự toán ngân sách",
        "Adoption of a resolution",
        "Adoption of a resolution",
    ]
    assert rows[0]["rule"] == "more than 1/2 of the total number of delegates"
    assert rows[0]["day"] == dt.date(2026, 7, 10)


@pytest.mark.parametrize(
    ("decision", "base", "in_favour", "expected"),
    [
        ("resolution", 85, 42, (43, -1, False)),
        ("resolution", 85, 43, (43, 0, True)),
        ("resolution", 84, 42, (43, -1, False)),  # exactly half is not more than half
        ("resolution", 84, 43, (43, 0, True)),
        ("recall", 85, 56, (57, -1, False)),
        ("recall", 85, 57, (57, 0, True)),
        ("recall", 84, 55, (56, -1, False)),
        ("recall", 84, 56, (56, 0, True)),  # at least two thirds: 56 of 84 is exactly 2/3
        ("reduced-council", 60, 40, (41, -1, False)),  # more than two thirds of 60
        ("reduced-council", 60, 41, (41, 0, True)),
    ],
)
def test_margins_on_both_sides_of_the_threshold(
    decision: str, base: int, in_favour: int, expected: tuple[int, int, bool]
) -> None:
    data = {
        **DATA,
        "votes": [{"id": "v", "sitting": "p2", "decision": decision, "in_favour": in_favour,
                   "base": base}],
    }  # fmt: skip
    row = vote_margins(Dataset.model_validate(data), "c").rows()[0]
    assert (row["minimum"], row["margin"], row["passed"]) == expected


def test_the_base_follows_the_membership_of_the_day() -> None:
    # on 15 April 2027 d3 has left and d4 joined: 4 in office; a sixth delegate for 2027 only
    data = {
        **DATA,
        "delegates": [*DATA["delegates"],
                      {"id": "d6", "name": "Lò Văn Sáu", "mandates": _mandate("2027-01-01")}],
        "votes": [{"id": "v", "sitting": "p5", "in_favour": 3}],
    }  # fmt: skip
    ds = Dataset.model_validate(data)
    row = vote_margins(ds, "c").rows()[0]
    assert row["base"] == ds.index.vote_base("c", dt.date(2027, 4, 15)) == 5
    assert (row["minimum"], row["margin"], row["passed"]) == (3, 0, True)


def test_no_base_where_the_law_counts_another_body(ds: Dataset) -> None:
    # the conclusions of an explanation session count the standing committee's members
    data = {**DATA, "votes": [{"id": "v", "sitting": "p2", "decision": "explanation-conclusion",
                               "in_favour": 2}]}  # fmt: skip
    row = vote_margins(Dataset.model_validate(data), "c").rows()[0]
    assert (row["base"], row["minimum"], row["margin"], row["passed"]) == (None, None, None, None)
    stated = {**data, "votes": [{**data["votes"][0], "base": 3}]}
    row = vote_margins(Dataset.model_validate(stated), "c").rows()[0]
    assert (row["base"], row["minimum"], row["margin"], row["passed"]) == (3, 2, 0, True)


def test_no_threshold_before_the_law_hdnd_encodes() -> None:
    data = {
        "units": DATA["units"],
        "councils": [{"id": "c", "unit": "99001", "term": "2011-2016"}],
        "delegates": [{"id": "d1", "name": "Lò Văn Một", "mandates": _mandate("2011-06-01")}],
        "sessions": [{"id": "k", "council": "c", "number": 5, "kind": "regular",
                      "opening": "2013-07-10"}],
        "sittings": [{"id": "p", "session": "k", "day": "2013-07-10"}],
        "votes": [{"id": "v", "sitting": "p", "in_favour": 1}],
    }  # fmt: skip
    ds = Dataset.model_validate(data)
    row = vote_margins(ds, "c").rows()[0]
    assert (row["rule"], row["minimum"], row["margin"], row["passed"]) == (None, None, None, None)
    assert _found(session_activity(ds, "c"))["votes", "undetermined"] == (1, Fraction(1))
    assert session_activity(ds, "c").render("vi").splitlines()[2] == "Nhiệm kỳ 2011–2016"


def test_no_base_without_delegates() -> None:
    data = {**DATA, "delegates": []}
    row = vote_margins(Dataset.model_validate(data), "c").rows()[0]
    assert (row["base"], row["margin"]) == (None, None)


# --- delegate_attendance -------------------------------------------------------------------


def test_one_delegate_across_the_term(ds: Dataset) -> None:
    rows = delegate_attendance(ds, "d5").rows("en")
    got = [(r["session"], r["name"], r["due"], r["present"], r["not_recorded"], r["rate"])
           for r in rows]  # fmt: skip
    assert got == [
        ("k1", "Session no. 1", 1, 0, 0, Fraction(0)),
        ("k2", "Session no. 2", 3, 2, 1, Fraction(2, 3)),
        ("k3", "Kỳ họp chuyên đề", 1, 0, 0, Fraction(0)),
        (None, "Total", 5, 2, 1, Fraction(2, 5)),
    ]


def test_only_the_sessions_inside_the_mandate(ds: Dataset) -> None:
    assert [r["session"] for r in delegate_attendance(ds, "d3").rows()] == ["k1", "k2", None]
    rows = delegate_attendance(ds, "d4").rows()
    assert [(r["session"], r["due"], r["present"]) for r in rows] == [("k3", 1, 1), (None, 1, 1)]
    rows = delegate_attendance(ds, "d1", period=Period.year(2027)).rows()
    assert [(r["session"], r["due"]) for r in rows] == [("k3", 1), (None, 1)]


def test_a_delegate_agrees_with_the_council_table(ds: Dataset) -> None:
    by_delegate = {r["delegate"]: r for r in attendance_by_delegate(ds, "c").rows()}
    for delegate in ("d1", "d2", "d3", "d4", "d5"):
        total = delegate_attendance(ds, delegate).rows()[-1]
        mine = by_delegate[delegate]
        keys = ("due", "present", "absent_with_leave", "absent_without_leave", "not_recorded")
        assert [total[k] for k in keys] == [mine[k] for k in keys]


def test_the_delegate_report_renders(ds: Dataset) -> None:
    text = delegate_attendance(ds, "d2").render("vi")
    assert text.startswith("## Tình hình dự họp của đại biểu Lò Thị Hai\n\nĐại biểu HĐND xã Mẫu\n")
    assert "| Kỳ họp thứ 2 | 10/07/2026 | 3 | 2 | 1 | 0 | 0 | 66,67% |" in text


def test_an_unknown_delegate_or_council(ds: Dataset) -> None:
    with pytest.raises(KeyError):
        delegate_attendance(ds, "nobody")
    with pytest.raises(KeyError, match="no mandate on council 'other'"):
        delegate_attendance(ds, "d1", council="other")


# --- councils_sessions ---------------------------------------------------------------------


def _two_councils() -> Dataset:
    other = [{"id": "c2", "unit": "99002", "term": "2026-2031"}]
    units = [
        {"code": "99", "name": "Tỉnh Mẫu", "kind": "province", "population": 1_000_000},
        {**DATA["units"][0], "parent": "99"},
        {"code": "99002", "name": "Xã Khác", "kind": "commune", "population": 9000,
         "parent": "99"},
        {"code": "98", "name": "Tỉnh Khác", "kind": "province", "population": 900_000},
        {"code": "98001", "name": "Xã Xa", "kind": "commune", "population": 9000,
         "parent": "98"},
    ]  # fmt: skip
    elsewhere = [{"id": "c3", "unit": "98001", "term": "2026-2031"}]
    old = [{"id": "c0", "unit": "99001", "term": "2021-2026"}]
    data = {**DATA, "units": units, "councils": [*DATA["councils"], *other, *elsewhere, *old]}
    return Dataset.model_validate(data)


def test_one_row_per_council_of_the_province() -> None:
    ds = _two_councils()
    rows = councils_sessions(ds, year=2026, province="99").rows()
    assert [r["council"] for r in rows] == ["c", "c2", "c0"]  # c0's term ends in 2026
    first = rows[0]
    assert (first["sessions"], first["regular"], first["requested"]) == (2, 1, 0)
    assert (first["sittings"], first["days"], first["questioning"]) == (4, 3, 1)
    assert (first["due"], first["present"], first["attendance"]) == (16, 12, Fraction(3, 4))
    assert (first["resolutions"], first["normative"]) == (3, 1)
    assert (first["votes"], first["failed"], first["narrowest"]) == (2, 1, -1)
    assert (first["province"], first["province_name"], first["level"]) == (
        "99",
        "Tỉnh Mẫu",
        "commune",
    )
    empty = rows[1]
    assert (empty["sessions"], empty["attendance"], empty["narrowest"]) == (0, None, None)


def test_the_next_year_and_every_province() -> None:
    ds = _two_councils()
    rows = councils_sessions(ds, year=2027).rows()
    assert [r["council"] for r in rows] == ["c", "c2", "c3"]
    first = rows[0]
    assert (first["sessions"], first["requested"], first["questioning"]) == (1, 1, 1)
    assert (first["due"], first["present"], first["attendance"]) == (4, 3, Fraction(3, 4))
    assert (first["votes"], first["failed"], first["resolutions"]) == (1, 1, 2)


def test_the_comparison_renders_and_frames() -> None:
    ds = _two_councils()
    report = councils_sessions(ds, year=2026, province="99")
    text = report.render("vi")
    assert text.startswith("## Hoạt động kỳ họp của các Hội đồng nhân dân tỉnh Mẫu\n\nNăm 2026\n")
    assert (
        "| HĐND xã Mẫu | Tỉnh Mẫu | 2 | 1 | 0 | 4 | 3 | 1 | 75,00% | 3 | 1 | 2 | 1 | -1 |" in text
    )
    assert councils_sessions(ds, year=2026).heading("en") == "Session activity of People's Councils"
    pytest.importorskip("pandas")
    frame = report.to_frame("en")
    assert list(frame["council"]) == ["c", "c2", "c0"]
    assert frame.loc[0, "attendance"] == 0.75


def test_an_unknown_province() -> None:
    with pytest.raises(KeyError, match="no province-level unit"):
        councils_sessions(_two_councils(), year=2026, province="99001")


# --- scale ---------------------------------------------------------------------------------


def test_the_vote_base_by_bisection_is_the_membership_count() -> None:
    rng = random.Random(5)
    delegates = []
    for number in range(60):
        start = dt.date(2026, 4, 20) + dt.timedelta(days=rng.randint(0, 900))
        mandate: dict[str, Any] = {"council": "c", "start": start.isoformat()}
        if rng.random() < 0.5:
            mandate["end"] = (start + dt.timedelta(days=rng.randint(0, 700))).isoformat()
        delegates.append({"id": f"d{number}", "name": "Lò Văn Páo", "mandates": [mandate]})
    ds = Dataset.model_validate({**DATA, "delegates": delegates})
    index = ds.index
    for offset in range(0, 1800, 7):
        day = dt.date(2026, 4, 1) + dt.timedelta(days=offset)
        assert index.vote_base("c", day) == sum(1 for _ in index.serving("c", day))


# --- typed results and as_of ---------------------------------------------------------------


def test_the_activity_fields_agree_with_the_hand_count(ds: Dataset) -> None:
    activity = session_activity(ds, "c")
    assert activity.council == "c"
    assert activity.period is None
    assert dict(activity.sessions) == {
        hdnd.SessionKind.FIRST: 1,
        hdnd.SessionKind.REGULAR: 1,
        hdnd.SessionKind.THEMATIC: 1,
        hdnd.SessionKind.UNSCHEDULED: 0,
    }
    assert (activity.sittings, activity.due, activity.present) == (5, 20, 15)
    assert activity.attendance == Fraction(3, 4)
    assert (activity.passed, activity.failed) == (1, 2)


def test_as_of_cuts_the_term_where_the_report_is_made(ds: Dataset) -> None:
    # as of 31 Dec 2026: k1 and k2 (2026), not k3 (15 April 2027)
    cut = session_activity(ds, "c", as_of=dt.date(2026, 12, 31))
    assert str(cut.period) == "2026-03-15/2026-12-31"  # from the election day of the term
    assert (cut.sittings, cut.due, cut.present) == (4, 16, 12)
    # the day before k3 opens and the day it opens
    assert sum(session_activity(ds, "c", as_of=dt.date(2027, 4, 14)).sessions.values()) == 2
    assert sum(session_activity(ds, "c", as_of=dt.date(2027, 4, 15)).sessions.values()) == 3
    # a period cut at as_of
    july = session_activity(ds, "c", as_of=dt.date(2026, 7, 9), period=YEAR_2026)
    assert sum(july.sessions.values()) == 1
    assert july.render("en").splitlines()[2] == "From Jan 1, 2026 to Jul 9, 2026"


def test_as_of_reaches_every_report_over_a_period(ds: Dataset) -> None:
    day = dt.date(2026, 12, 31)
    assert dict(attendance_by_delegate(ds, "c", as_of=day).due) == {
        "d1": 4,
        "d2": 4,
        "d3": 4,
        "d5": 4,
    }
    assert [r["vote"] for r in vote_margins(ds, "c", as_of=day).rows()] == ["v1", "v2"]
    assert list(delegate_attendance(ds, "d1", as_of=day).due) == ["k1", "k2"]
    with pytest.raises(ValueError, match="before the records start"):
        session_activity(ds, "c", as_of=dt.date(2026, 1, 1))


def test_the_attendance_fields_agree_with_the_rows(ds: Dataset) -> None:
    table = attendance_by_delegate(ds, "c")
    rows = {r["delegate"]: r for r in table.rows()}
    for delegate, rate in table.rates.items():
        assert (table.due[delegate], table.present[delegate], rate) == (
            rows[delegate]["due"],
            rows[delegate]["present"],
            rows[delegate]["rate"],
        )
    assert table.rate == rows[None]["rate"] == Fraction(15, 20)
    one = delegate_attendance(ds, "d5")
    assert (sum(one.due.values()), sum(one.present.values()), one.rate) == (5, 2, Fraction(2, 5))


def test_the_comparison_takes_a_period_or_a_year() -> None:
    ds = _two_councils()
    by_year = councils_sessions(ds, "99", year=2026)
    by_period = councils_sessions(ds, "99", period=Period.year(2026))
    assert by_year.rows() == by_period.rows()
    assert by_year.councils == ("c", "c2", "c0")
    assert dict(by_year.sessions) == {"c": 2, "c2": 0, "c0": 0}
    assert councils_sessions(ds, "99", year=2026, as_of=dt.date(2026, 6, 30)).sessions["c"] == 1
    with pytest.raises(TypeError, match="a period or a year"):
        councils_sessions(ds)
    with pytest.raises(TypeError, match="not both"):
        councils_sessions(ds, year=2026, period=Period.year(2026))


def test_unknown_records_are_named(ds: Dataset) -> None:
    with pytest.raises(hdnd.UnknownRecordError, match="the dataset has no delegate 'nobody'"):
        delegate_attendance(ds, "nobody")
    with pytest.raises(hdnd.UnknownRecordError, match="no province-level unit '99001'"):
        councils_sessions(_two_councils(), year=2026, province="99001")
    with pytest.raises(hdnd.UnknownRecordError):  # a council is a record too
        session_activity(ds, "nowhere")
