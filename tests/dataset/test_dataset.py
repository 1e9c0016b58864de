from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import Council, Dataset, DatasetError, UnknownUnitError, load_example
from hdnd.councils.terms import NATIONAL_TERMS
from hdnd.dataset.dataset import COLLECTIONS, FORMAT, DatasetIndex
from hdnd.io.json import dumps, loads
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.seats import NotApplicable, NotApplicableReason, SeatQuota


def _dataset(**collections: Any) -> Dataset:
    return Dataset.model_validate(collections)


def _ward(parent: str, population: int = 21_000) -> Dataset:
    return _dataset(
        units=[
            {"code": "99", "name": "Tỉnh Mẫu", "kind": "province"},
            {
                "code": "99001",
                "name": "Phường Mẫu",
                "kind": "ward",
                "parent": parent,
                "population": population,
            },
        ],
        councils=[{"id": "c", "unit": "99001", "term": "2026-2031"}],
    )


def test_defaults() -> None:
    dataset = Dataset()
    assert FORMAT == "hdnd/1"
    assert dataset.format == "hdnd/1"
    assert dataset.title is None
    assert dataset.synthetic is False
    assert all(getattr(dataset, name) == () for name in COLLECTIONS)


def test_collections_are_the_record_fields_in_file_order() -> None:
    fields = list(Dataset.model_fields)
    assert COLLECTIONS == (
        "sources",
        "units",
        "terms",
        "councils",
        "delegates",
        "offices",
        "elections",
        "sessions",
        "sittings",
        "votes",
        "documents",
        "meetings",
        "figures",
        "reception_sessions",
        "citizen_visits",
        "petitions",
        "voter_meetings",
        "voter_petitions",
        "confidence_ratings",
        "confidence_votes",
    )
    assert [f for f in fields if f in COLLECTIONS] == list(COLLECTIONS)


def test_a_dataset_is_frozen_and_strict() -> None:
    dataset = Dataset(title="Thử")
    with pytest.raises(ValidationError, match="frozen"):
        dataset.title = "Khác"  # type: ignore[misc]
    with pytest.raises(ValidationError, match="Extra inputs are not permitted"):
        Dataset.model_validate({"title": "Thử", "author": "me"})
    with pytest.raises(ValidationError, match="hdnd/1"):
        Dataset.model_validate({"format": "hdnd/0"})


def test_text_is_stripped_and_normalised() -> None:
    decomposed = unicodedata.normalize("NFD", "Cần Thơ")
    assert decomposed != "Cần Thơ"
    dataset = Dataset(title=f"  {decomposed}  ")
    assert dataset.title == "Cần Thơ"


def test_the_index_is_built_once() -> None:
    dataset = load_example("can-tho")
    first = dataset.index
    assert isinstance(first, DatasetIndex)
    assert dataset.index is first


def test_index_look_ups() -> None:
    dataset = load_example("synthetic-council")
    index = dataset.index
    assert index.council("hdnd-tinh-mau-2026").unit == "99"
    assert index.unit("99").name == "Tỉnh Mẫu"
    assert index.term("2026-2031") is NATIONAL_TERMS["2026-2031"]
    assert set(index.terms) == set(NATIONAL_TERMS)
    assert index.delegates["dbm-001"].name == dataset.delegates[0].name
    assert index.sources == {}
    with pytest.raises(KeyError):
        index.council("nowhere")
    with pytest.raises(KeyError):
        index.term("2031-2036")


def test_units_fall_back_to_the_national_register() -> None:
    index = Dataset().index
    assert index.has_unit("92")
    assert index.unit("92").name == "Thành phố Cần Thơ"
    assert index.unit("31135").name == "Phường Ninh Kiều"
    assert not index.has_unit("99999")
    with pytest.raises(UnknownUnitError, match="'99999' is neither declared in the dataset"):
        index.unit("99999")
    with pytest.raises(LookupError):
        index.unit("99999")


def test_declared_units_come_before_the_register() -> None:
    declared = {"code": "92", "name": "Thành phố Cần Thơ", "kind": "central-city"}
    index = _dataset(units=[{**declared, "population": 1_250_000}]).index
    assert index.unit("92").population == 1_250_000


def test_dataset_terms_override_national_terms() -> None:
    index = _dataset(
        terms=[{"id": "2026-2031", "election_day": "2026-03-15", "end": "2031-04-01"}]
    ).index
    assert index.term("2026-2031").end == dt.date(2031, 4, 1)
    assert index.term("2021-2026") is NATIONAL_TERMS["2021-2026"]


def test_the_first_record_wins_where_ids_repeat() -> None:
    index = _dataset(
        councils=[
            {"id": "c", "unit": "92", "term": "2026-2031"},
            {"id": "c", "unit": "01", "term": "2026-2031"},
        ],
        units=[
            {"code": "99001", "name": "Xã Một", "kind": "commune"},
            {"code": "99001", "name": "Xã Hai", "kind": "commune"},
        ],
    ).index
    assert index.council("c").unit == "92"
    assert index.unit("99001").name == "Xã Một"


def test_a_copy_has_its_own_index() -> None:
    dataset = _dataset(councils=[{"id": "a", "unit": "92", "term": "2026-2031"}])
    assert list(dataset.index.councils) == ["a"]
    council = Council(id="b", unit="92", term="2026-2031")
    copy = dataset.model_copy(update={"councils": (*dataset.councils, council)})
    assert list(copy.index.councils) == ["a", "b"]


def test_mandates_and_serving() -> None:
    dataset = _dataset(
        councils=[
            {"id": "a", "unit": "92", "term": "2026-2031"},
            {"id": "b", "unit": "01", "term": "2026-2031"},
        ],
        delegates=[
            {
                "id": "d1",
                "name": "Nguyễn Văn Nam",
                "mandates": [
                    {"council": "a", "start": "2026-04-20", "end": "2026-06-30"},
                    {"council": "b", "start": "2026-07-01"},
                ],
            },
            {
                "id": "d2",
                "name": "Lê Thị Hoa",
                "mandates": [{"council": "a", "start": "2026-04-20"}],
            },
        ],
    )
    index = dataset.index
    assert [(d.id, m.start) for d, m in index.mandates_of("a")] == [
        ("d1", dt.date(2026, 4, 20)),
        ("d2", dt.date(2026, 4, 20)),
    ]
    assert index.mandates_of("nowhere") == ()
    assert [d.id for d, _ in index.serving("a", dt.date(2026, 6, 30))] == ["d1", "d2"]
    assert [d.id for d, _ in index.serving("a", dt.date(2026, 7, 1))] == ["d2"]
    assert [d.id for d, _ in index.serving("b", dt.date(2026, 7, 1))] == ["d1"]
    assert list(index.serving("a", dt.date(2026, 4, 19))) == []


def test_seat_quota_of_the_synthetic_province() -> None:
    dataset = load_example("synthetic-council")
    quota = dataset.index.seat_quota(dataset.councils[0])
    assert isinstance(quota, SeatQuota)
    assert quota.seats == 57
    assert quota.citation.render("en") == "Law 72/2025/QH15, Art. 30(1)(a)"


@pytest.mark.parametrize(
    ("parent", "seats", "point"),
    [
        pytest.param("92", 16, "d", id="ward-of-a-central-city"),
        pytest.param("99", 20, "c", id="ward-of-a-province"),
    ],
)
def test_seat_quota_of_a_ward_depends_on_its_parent(parent: str, seats: int, point: str) -> None:
    dataset = _ward(parent)
    quota = dataset.index.seat_quota(dataset.councils[0])
    assert isinstance(quota, SeatQuota)
    assert quota.seats == seats
    assert quota.citation.point == point


def test_seat_quota_of_a_ward_whose_parent_is_unknown() -> None:
    dataset = _ward("98")
    quota = dataset.index.seat_quota(dataset.councils[0])
    assert isinstance(quota, NotApplicable)
    assert quota.reason is NotApplicableReason.MISSING_INFORMATION


def test_seat_quota_without_the_information() -> None:
    dataset = _dataset(
        units=[{"code": "99001", "name": "Xã Mẫu", "kind": "commune"}],
        councils=[
            {"id": "no-term", "unit": "92", "term": "2031-2036"},
            {"id": "no-unit", "unit": "99999", "term": "2026-2031"},
            {"id": "no-population", "unit": "99001", "term": "2026-2031"},
            {"id": "old-law", "unit": "92", "term": "2021-2026"},
        ],
    )
    index = dataset.index
    reasons = {}
    for council in dataset.councils:
        quota = index.seat_quota(council)
        assert isinstance(quota, NotApplicable)
        reasons[council.id] = (quota.reason, quota.describe("en"))
    assert reasons == {
        "no-term": (NotApplicableReason.MISSING_INFORMATION, "information missing: unit, term"),
        "no-unit": (NotApplicableReason.MISSING_INFORMATION, "information missing: unit, term"),
        "no-population": (
            NotApplicableReason.MISSING_INFORMATION,
            "information missing: population",
        ),
        "old-law": (
            NotApplicableReason.MISSING_INFORMATION,
            "information missing: population",
        ),
    }


def test_seat_quota_before_2016_is_not_encoded() -> None:
    dataset = _dataset(
        units=[{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "population": 9_000}],
        councils=[{"id": "c", "unit": "99001", "term": "2011-2016"}],
    )
    quota = dataset.index.seat_quota(dataset.councils[0])
    assert isinstance(quota, NotApplicable)
    assert quota.reason is NotApplicableReason.NOT_ENCODED
    assert quota.describe("vi") == "hdnd chưa mã hóa quy định của thời điểm đó: 2011-05-22"


def test_seat_quota_of_the_2021_term_follows_the_2019_amendment() -> None:
    dataset = _dataset(
        units=[{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "population": 9_000}],
        councils=[{"id": "c", "unit": "99001", "term": "2021-2026"}],
    )
    quota = dataset.index.seat_quota(dataset.councils[0])
    assert isinstance(quota, SeatQuota)
    assert quota.seats == 26  # 25 up to 5,000, one more per full 2,500 above
    assert quota.citation.number == "47/2019/QH14"


def test_the_docstring_example() -> None:
    ds = Dataset.model_validate(
        {"title": "Ví dụ", "councils": [{"id": "c1", "unit": "92", "term": "2026-2031"}]}
    )
    assert ds.index.unit(ds.index.council("c1").unit).kind is UnitKind.CENTRAL_CITY


# --- offices, elections and merged councils ------------------------------------------------


def _councils_in_full() -> Dataset:
    """A district council merged into a commune council in 2025, with offices and elections."""
    candidates = [
        {"id": "a", "name": "Trần Văn An", "birth_date": "1975-04-01", "votes": 800,
         "gender": "male", "delegate": "d1"},
        {"id": "b", "name": "Lê Thị Bình", "birth_date": "1980-09-02", "votes": 300},
    ]  # fmt: skip
    return _dataset(
        title="Hợp nhất",
        councils=[
            {"id": "district", "unit": "92", "term": "2021-2026"},
            {
                "id": "commune",
                "unit": "31135",
                "term": "2021-2026",
                "formed_from": ["district", "gone"],
                "constituencies": [{"id": "1", "seats": 1}],
                "delegate_groups": [{"id": "t1", "constituencies": ["1"]}],
                "committees": ["economy-budget", "culture-society"],
                "office_staff": 3,
            },
        ],
        delegates=[
            {
                "id": "d1",
                "name": "Trần Văn An",
                "birth_date": "1975-04-01",
                "education": "university",
                "party_member": True,
                "workplace": "Bí thư Đảng ủy",
                "mandates": [
                    {
                        "council": "district",
                        "start": "2021-06-25",
                        "end": "2025-06-30",
                        "end_reason": "transferred",
                        "constituency": "1",
                        "election": "e-2021",
                    },
                    {
                        "council": "commune",
                        "start": "2025-07-01",
                        "transferred_from": "district",
                        "suspensions": [{"start": "2025-09-01", "end": "2025-10-01"}],
                    },
                ],
            }
        ],
        offices=[
            {
                "person": "d1",
                "council": "commune",
                "post": "chair",
                "start": "2025-07-01",
                "full_time": True,
            },
            {
                "person": "d1",
                "council": "district",
                "post": "committee-head",
                "committee": "legal-affairs",
                "start": "2021-06-25",
                "end": "2025-06-30",
                "end_reason": "reorganised",
            },
            {
                "person": "d1",
                "council": "commune",
                "post": "group-leader",
                "group": "t1",
                "start": "2025-07-01",
            },
        ],
        elections=[
            {
                "id": "e-2026",
                "council": "district",
                "day": "2024-03-17",
                "seats": 1,
                "voters_on_list": 1000,
                "voted": 900,
                "valid_ballots": 880,
                "kind": "by-election",
                "candidates": candidates,
            },
            {
                "id": "e-2021",
                "council": "district",
                "day": "2021-05-23",
                "seats": 1,
                "voters_on_list": 1000,
                "voted": 990,
                "valid_ballots": 980,
                "constituency": "1",
                "candidates": candidates,
                "elected": ["a"],
            },
        ],
    )


def test_offices_and_elections_are_collections() -> None:
    dataset = _councils_in_full()
    assert [type(o).__name__ for o in dataset.offices] == ["Office"] * 3
    assert [e.id for e in dataset.elections] == ["e-2026", "e-2021"]  # as given
    assert dataset.offices[0].post.value == "chair"


def test_the_index_groups_offices_by_council() -> None:
    index = _councils_in_full().index
    assert set(index.offices) == {"commune", "district"}
    assert [o.post.value for o in index.offices_of_council("commune")] == ["chair", "group-leader"]
    assert [o.post.value for o in index.offices_of_council("district")] == ["committee-head"]
    assert index.offices_of_council("nowhere") == ()


def test_the_index_orders_elections_by_day() -> None:
    index = _councils_in_full().index
    assert set(index.elections) == {"district"}
    assert [e.id for e in index.elections_of("district")] == ["e-2021", "e-2026"]
    assert index.elections_of("commune") == ()


def test_predecessors() -> None:
    index = _councils_in_full().index
    # "gone" is not in the dataset: only the councils it has are returned.
    assert [c.id for c in index.predecessors("commune")] == ["district"]
    assert index.predecessors("district") == ()
    assert index.predecessors("nowhere") == ()


def test_an_index_built_without_offices_or_elections() -> None:
    index = DatasetIndex(units={}, terms={}, councils={}, delegates={}, sources={}, seats={})
    assert index.offices == {}
    assert index.elections == {}
    assert index.offices_of_council("c") == ()
    assert index.elections_of("c") == ()


def test_a_delegate_history_survives_the_merger() -> None:
    dataset = _councils_in_full()
    index = dataset.index
    (commune_seat,) = index.mandates_of("commune")
    delegate, mandate = commune_seat
    assert mandate.transferred_from in {c.id for c in index.predecessors("commune")}
    assert delegate.mandate_on("district", dt.date(2025, 6, 30)) is not None
    assert mandate.suspended_on(dt.date(2025, 9, 15))
    assert [d.id for d, _ in index.serving("commune", dt.date(2025, 9, 15))] == ["d1"]


def test_json_round_trip_with_offices_and_elections() -> None:
    dataset = _councils_in_full()
    text = dumps(dataset)
    assert loads(text) == dataset
    data = json.loads(text)
    assert list(data) == ["format", "title", "councils", "delegates", "offices", "elections"]
    assert data["offices"][0] == {
        "person": "d1",
        "council": "commune",
        "post": "chair",
        "start": "2025-07-01",
        "full_time": True,
    }
    assert data["elections"][1]["elected"] == ["a"]
    assert data["elections"][0]["candidates"][1] == {
        "id": "b",
        "name": "Lê Thị Bình",
        "birth_date": "1980-09-02",
        "votes": 300,
    }
    assert data["councils"][1]["formed_from"] == ["district", "gone"]
    assert data["delegates"][0]["mandates"][1]["suspensions"] == [
        {"start": "2025-09-01", "end": "2025-10-01"}
    ]
    # The loaded dataset indexes the same way.
    again = loads(text).index
    assert [e.id for e in again.elections_of("district")] == ["e-2021", "e-2026"]


def test_an_invalid_office_in_a_file_names_its_field() -> None:
    text = json.dumps(
        {
            "format": "hdnd/1",
            "offices": [
                {"person": "d", "council": "c", "post": "committee-head", "start": "2026-04-20"}
            ],
        }
    )
    with pytest.raises(DatasetError, match=r"offices\[0\].*committee is needed"):
        loads(text)


def test_an_invalid_election_in_a_file_names_its_field() -> None:
    text = json.dumps(
        {
            "format": "hdnd/1",
            "elections": [
                {"id": "e", "council": "c", "day": "2026-03-15", "seats": 1,
                 "voters_on_list": 10, "voted": 11, "valid_ballots": 0}
            ],
        }
    )  # fmt: skip
    with pytest.raises(DatasetError, match=r"elections\[0\] \(id \"e\"\).*voted \(11\) exceeds"):
        loads(text)


def test_sessions_sittings_and_votes_are_indexed_in_order() -> None:
    ds = Dataset.model_validate(
        {
            "councils": [{"id": "c", "unit": "92", "term": "2026-2031"}],
            "delegates": [
                {
                    "id": "d1",
                    "name": "Trần Văn An",
                    "mandates": [{"council": "c", "start": "2026-04-20"}],
                },
                {
                    "id": "d2",
                    "name": "Lê Thị Bình",
                    "mandates": [{"council": "c", "start": "2026-04-20", "end": "2026-06-30"}],
                },
            ],
            "sessions": [
                {
                    "id": "k2",
                    "council": "c",
                    "number": 2,
                    "kind": "regular",
                    "opening": "2026-07-08",
                },
                {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": "2026-04-20"},
            ],
            "sittings": [
                {"id": "s2", "session": "k2", "day": "2026-07-09"},
                {"id": "s1", "session": "k2", "day": "2026-07-08"},
            ],
            "votes": [{"id": "v", "sitting": "s1", "in_favour": 1}],
        }
    )
    assert [s.id for s in ds.index.sessions_of("c")] == ["k1", "k2"]
    assert [s.id for s in ds.index.sittings_of("k2")] == ["s1", "s2"]
    assert [v.id for v in ds.index.votes_of("s1")] == ["v"]
    assert ds.index.sessions_of("none") == ()
    assert ds.index.votes_of("s2") == ()
    # the base of a vote is the council's membership on the day, not those present
    assert ds.index.vote_base("c", dt.date(2026, 6, 30)) == 2
    assert ds.index.vote_base("c", dt.date(2026, 7, 8)) == 1
