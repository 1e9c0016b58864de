from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd.councils.terms import NATIONAL_TERMS, Term, convocation_text, term_on

_ELECTION_DAYS = {
    "2011-2016": dt.date(2011, 5, 22),
    "2016-2021": dt.date(2016, 5, 22),
    "2021-2026": dt.date(2021, 5, 23),
    "2026-2031": dt.date(2026, 3, 15),
}


def test_national_terms_and_their_election_days() -> None:
    assert list(NATIONAL_TERMS) == list(_ELECTION_DAYS)
    for term_id, term in NATIONAL_TERMS.items():
        assert term.id == term_id
        assert term.election_day == _ELECTION_DAYS[term_id]
        assert term.election_day.weekday() == 6  # a Sunday
        assert term.convocation is None
        assert term.first_session is None


@pytest.mark.parametrize(
    ("term_id", "end"),
    [
        ("2011-2016", dt.date(2016, 7, 6)),
        ("2016-2021", dt.date(2021, 7, 7)),
        ("2021-2026", dt.date(2026, 4, 29)),  # LAW.md §5: first session by 29/4/2026
        ("2026-2031", None),
    ],
)
def test_a_term_ends_45_days_after_the_next_election(term_id: str, end: dt.date | None) -> None:
    assert NATIONAL_TERMS[term_id].end == end


def test_only_the_2021_term_was_shortened() -> None:
    assert NATIONAL_TERMS["2021-2026"].shortened_by == "199/2025/QH15"
    others = [t for k, t in NATIONAL_TERMS.items() if k != "2021-2026"]
    assert all(term.shortened_by is None for term in others)


@pytest.mark.parametrize(
    ("term_id", "label"),
    [("2011-2016", "2011–2016"), ("2021-2026", "2021–2026"), ("2026-2031", "2026–2031")],
)
def test_labels_use_an_en_dash(term_id: str, label: str) -> None:
    assert NATIONAL_TERMS[term_id].label == label


@pytest.mark.parametrize("term_id", ["can-tho-x", "2021-26", "21-2026", "abcd-efgh", "2021–2026"])
def test_other_ids_are_their_own_label(term_id: str) -> None:
    assert Term(id=term_id, election_day=dt.date(2021, 5, 23)).label == term_id


# --- term_on -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("day", "term_id"),
    [
        (dt.date(2011, 5, 22), "2011-2016"),
        (dt.date(2016, 5, 21), "2011-2016"),
        (dt.date(2016, 5, 22), "2016-2021"),
        (dt.date(2021, 5, 22), "2016-2021"),
        (dt.date(2021, 5, 23), "2021-2026"),
        (dt.date(2024, 1, 1), "2021-2026"),
        (dt.date(2026, 3, 14), "2021-2026"),
        (dt.date(2026, 3, 15), "2026-2031"),
        (dt.date(2026, 4, 29), "2026-2031"),
        (dt.date(2040, 1, 1), "2026-2031"),
    ],
)
def test_term_on_changes_on_election_day(day: dt.date, term_id: str) -> None:
    assert term_on(day) is NATIONAL_TERMS[term_id]


@pytest.mark.parametrize("day", [dt.date(2011, 5, 21), dt.date(2000, 1, 1)])
def test_term_on_before_2011_is_unknown(day: dt.date) -> None:
    with pytest.raises(LookupError, match=f"hdnd knows no People's Council term before {day}"):
        term_on(day)


# --- covers --------------------------------------------------------------------------------


def test_covers_from_election_day_to_end() -> None:
    term = NATIONAL_TERMS["2021-2026"]
    assert not term.covers(dt.date(2021, 5, 22))
    assert term.covers(dt.date(2021, 5, 23))
    assert term.covers(dt.date(2026, 4, 29))
    assert not term.covers(dt.date(2026, 4, 30))


def test_an_open_term_covers_the_future() -> None:
    term = NATIONAL_TERMS["2026-2031"]
    assert not term.covers(dt.date(2026, 3, 14))
    assert term.covers(dt.date(2026, 3, 15))
    assert term.covers(dt.date(2100, 1, 1))


def test_terms_overlap_only_between_election_and_first_session() -> None:
    old, new = NATIONAL_TERMS["2021-2026"], NATIONAL_TERMS["2026-2031"]
    both = [
        d for d in (dt.date(2026, 3, 15), dt.date(2026, 4, 29)) if old.covers(d) and new.covers(d)
    ]
    assert len(both) == 2
    assert not old.covers(dt.date(2026, 4, 30))


# --- convocations (khóa) -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("number", "vi", "en"),
    [
        (1, "khóa I", "convocation I"),
        (2, "khóa II", "convocation II"),
        (9, "khóa IX", "convocation IX"),
        (10, "khóa X", "convocation X"),
        (11, "khóa XI", "convocation XI"),
        (14, "khóa XIV", "convocation XIV"),
        (15, "khóa XV", "convocation XV"),
        (16, "khóa XVI", "convocation XVI"),
        (100, "khóa C", "convocation C"),
    ],
)
def test_convocation_text(number: int, vi: str, en: str) -> None:
    assert convocation_text(number) == vi
    assert convocation_text(number, "en") == en
    term = Term(id="hdnd-x", election_day=dt.date(2026, 3, 15), convocation=number)
    assert term.convocation_label == vi
    assert term.convocation_text("en") == en


def test_no_convocation() -> None:
    assert convocation_text(None) is None
    assert convocation_text(None, "en") is None
    assert NATIONAL_TERMS["2026-2031"].convocation_label is None


@pytest.mark.parametrize("number", [0, 101, -1, True, "10", 10.0])
def test_bad_convocations(number: Any) -> None:
    with pytest.raises(ValidationError):
        Term(id="x", election_day=dt.date(2026, 3, 15), convocation=number)


# --- validation ----------------------------------------------------------------------------


def test_term_ending_before_its_election_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"the term ends \(2021-05-22\) before its election"):
        Term(id="x", election_day=dt.date(2021, 5, 23), end=dt.date(2021, 5, 22))
    assert Term(id="x", election_day=dt.date(2021, 5, 23), end=dt.date(2021, 5, 23)).end


def test_first_session_before_the_election_is_refused() -> None:
    with pytest.raises(ValidationError, match=r"first session \(2021-05-22\) before election day"):
        Term(id="x", election_day=dt.date(2021, 5, 23), first_session=dt.date(2021, 5, 22))


def test_term_from_json_refuses_numbers_as_dates() -> None:
    term = Term.model_validate_json('{"id": " 2021-2026 ", "election_day": "2021-05-23"}')
    assert term.id == "2021-2026"
    with pytest.raises(ValidationError, match="YYYY-MM-DD"):
        Term.model_validate_json('{"id": "x", "election_day": 1621728000}')
