from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import Council, Dataset, UnknownUnitError, load_example
from hdnd.dataset import COLLECTIONS, FORMAT, DatasetIndex
from hdnd.law.seats import NotApplicable, NotApplicableReason, SeatQuota
from hdnd.levels import UnitKind
from hdnd.terms import NATIONAL_TERMS


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
        "figures",
        "citizen_visits",
        "petitions",
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
    assert isinstance(dataset.index, DatasetIndex)
    assert dataset.index is dataset.index


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
