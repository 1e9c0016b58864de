from __future__ import annotations

import datetime as dt
import unicodedata
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import ValidationError

from hdnd import Delegate, Gender, Mandate, MandateEndReason
from hdnd._core.text import collation_key
from hdnd.delegates.delegate import Education, NameParts, Suspension, serving_on, split_name

D = dt.date


def _mandate(**changes: Any) -> Mandate:
    return Mandate.model_validate({"council": "c", "start": "2026-04-20", **changes})


def _delegate(**changes: Any) -> Delegate:
    return Delegate.model_validate({"id": "d", "name": "Nguyễn Thị Lan", **changes})


@pytest.mark.parametrize(
    ("day", "covered"),
    [
        (D(2026, 4, 19), False),
        (D(2026, 4, 20), True),
        (D(2026, 7, 15), True),
        (D(2026, 7, 16), False),
    ],
)
def test_a_mandate_covers_both_ends(day: dt.date, covered: bool) -> None:
    mandate = _mandate(end="2026-07-15", end_reason="resigned")
    assert mandate.covers(day) is covered


def test_an_open_mandate_covers_every_later_day() -> None:
    mandate = _mandate()
    assert mandate.covers(D(2099, 1, 1))
    assert not mandate.covers(D(2026, 4, 19))
    assert mandate.full_time is False
    assert mandate.re_elected is None


def test_a_one_day_mandate() -> None:
    assert _mandate(end="2026-04-20").covers(D(2026, 4, 20))


def test_a_mandate_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"ends \(2026-04-19\) before it starts"):
        _mandate(end="2026-04-19")


def test_an_end_reason_needs_an_end() -> None:
    with pytest.raises(ValidationError, match="end_reason is given but the mandate has no end"):
        _mandate(end_reason="died")


def test_end_reasons_and_genders() -> None:
    assert [r.value for r in MandateEndReason] == [
        "term-ended",
        "resigned",
        "recalled-by-council",
        "recalled-by-voters",
        "lost-by-conviction",
        "died",
        "transferred",
    ]
    assert MandateEndReason.DIED.label("vi") == "Từ trần"
    assert all(r.label("en") != r.label("vi") for r in MandateEndReason)
    assert [g.label("vi") for g in Gender] == ["Nữ", "Nam"]
    assert [g.label("en") for g in Gender] == ["Female", "Male"]


@pytest.mark.parametrize(
    ("ethnicity", "minority"),
    [
        ("Kinh", False),
        ("kinh", False),
        (" KINH ", False),
        ("Tày", True),
        ("Khmer", True),
        (unicodedata.normalize("NFD", "Ê Đê"), True),
        (None, None),
    ],
)
def test_ethnic_minority(ethnicity: str | None, minority: bool | None) -> None:
    assert _delegate(ethnicity=ethnicity).ethnic_minority is minority


@pytest.mark.parametrize(
    ("born", "day", "age"),
    [
        ("1986-11-01", D(2026, 11, 1), 40),
        ("1986-11-02", D(2026, 11, 1), 39),
        ("1986-10-31", D(2026, 11, 1), 40),
        ("2000-02-29", D(2026, 2, 28), 25),
        ("2000-02-29", D(2026, 3, 1), 26),
    ],
)
def test_age_on(born: str, day: dt.date, age: int) -> None:
    assert _delegate(birth_date=born).age_on(day) == age


def test_age_unknown() -> None:
    assert _delegate().age_on(D(2026, 1, 1)) is None


def test_mandate_on() -> None:
    delegate = _delegate(
        mandates=[
            {"council": "district", "start": "2021-06-25", "end": "2025-06-30"},
            {"council": "commune", "start": "2025-07-01"},
        ]
    )
    assert delegate.mandate_on("district", D(2025, 6, 30)) is delegate.mandates[0]
    assert delegate.mandate_on("district", D(2025, 7, 1)) is None
    assert delegate.mandate_on("commune", D(2025, 7, 1)) is delegate.mandates[1]
    assert delegate.mandate_on("elsewhere", D(2025, 7, 1)) is None


def test_serving_on() -> None:
    lan = _delegate(id="lan", mandates=[{"council": "c", "start": "2021-06-25"}])
    hung = _delegate(
        id="hung",
        name="Trần Văn Hùng",
        mandates=[
            {"council": "c", "start": "2021-06-25", "end": "2023-01-31", "end_reason": "died"}
        ],
    )
    nobody = _delegate(id="nobody", name="Lê Văn Tám")
    people = [lan, hung, nobody]
    assert [d.id for d in serving_on(people, "c", D(2023, 1, 31))] == ["lan", "hung"]
    assert [d.id for d in serving_on(people, "c", D(2023, 2, 1))] == ["lan"]
    assert [d.id for d in serving_on(people, "other", D(2023, 2, 1))] == []


@pytest.mark.parametrize(
    "changes",
    [
        {"name": ""},
        {"gender": "f"},
        {"birth_date": 19861101},
        {"mandates": [{"council": "c"}]},
        {"mandates": [{"council": "c", "start": "2026-04-20", "full_time": "yes"}]},
        {"mandates": [{"council": "c", "start": "2026-04-20", "re_elected": 1}]},
        {"mandates": [{"council": "c", "start": "2026-04-20", "seat": 3}]},
    ],
)
def test_invalid_delegates(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _delegate(**changes)


# --- profile: education, Party, workplace, names -------------------------------------------


def test_profile_fields() -> None:
    delegate = _delegate(
        education="master", party_member=True, workplace="  Giám đốc Sở Tài chính ", birth_date=None
    )
    assert delegate.education is Education.MASTER
    assert delegate.party_member is True
    assert delegate.workplace == "Giám đốc Sở Tài chính"
    plain = _delegate()
    assert (plain.education, plain.party_member, plain.workplace) == (None, None, None)


def test_education_levels() -> None:
    assert [e.value for e in Education] == [
        "lower-secondary",
        "upper-secondary",
        "vocational",
        "college",
        "university",
        "master",
        "doctorate",
    ]
    assert Education.UNIVERSITY.label("vi") == "Đại học"
    assert Education.DOCTORATE.label("vi") == "Tiến sĩ"
    assert all(e.label("en") != e.label("vi") for e in Education)


@pytest.mark.parametrize(
    ("name", "parts"),
    [
        ("Nguyễn Thị Minh Khai", ("Nguyễn", "Thị Minh", "Khai")),
        ("Lò Văn Giàng", ("Lò", "Văn", "Giàng")),
        ("Ngô Bảo Châu", ("Ngô", "Bảo", "Châu")),
        ("Lê Duẩn", ("Lê", "", "Duẩn")),
        ("Hùng", ("", "", "Hùng")),
        ("  Trần \t Văn\n  Ơn  ", ("Trần", "Văn", "Ơn")),
        ("Tôn Nữ Thị Ninh Ngọc", ("Tôn", "Nữ Thị Ninh", "Ngọc")),
        (unicodedata.normalize("NFD", "Đặng Thị Ngọc Thịnh"), ("Đặng", "Thị Ngọc", "Thịnh")),
    ],
)
def test_split_name(name: str, parts: tuple[str, str, str]) -> None:
    found = split_name(name)
    assert isinstance(found, NameParts)
    assert found == parts
    assert (found.family, found.middle, found.given) == parts
    assert all(unicodedata.is_normalized("NFC", p) for p in found)


@pytest.mark.parametrize("name", ["", "   ", "\t\n"])
def test_split_name_needs_a_word(name: str) -> None:
    with pytest.raises(ValueError, match="a name needs at least one word"):
        split_name(name)


@given(st.text())
def test_split_name_never_loses_a_word(name: str) -> None:
    normalised = unicodedata.normalize("NFC", " ".join(name.split()))
    if not normalised.split():
        with pytest.raises(ValueError, match="at least one word"):
            split_name(name)
        return
    parts = split_name(name)
    assert " ".join(p for p in parts if p) == normalised
    assert parts.given
    assert not parts.middle or parts.family


@given(st.lists(st.sampled_from(["Nguyễn", "Thị", "Lan", "Văn", "Ơn", "H'Hen"]), min_size=2))
def test_split_name_takes_the_first_and_last_words(words: list[str]) -> None:
    parts = split_name(" ".join(words))
    assert parts.family == words[0]
    assert parts.given == words[-1]
    assert parts.middle == " ".join(words[1:-1])


def test_name_parts_and_sort_key() -> None:
    delegate = _delegate(name="Nguyễn Thị Minh Khai")
    assert delegate.name_parts == NameParts("Nguyễn", "Thị Minh", "Khai")
    assert delegate.sort_key == (
        collation_key("Khai"),
        collation_key("Nguyễn"),
        collation_key("Thị Minh"),
    )


def test_delegates_sort_by_given_name_then_family_then_middle() -> None:
    names = ["Trần Văn An", "Nguyễn Thị Bình", "Lê Văn An", "Lê Thị An", "Đỗ Bình", "Hùng"]
    people = [_delegate(id=str(i), name=n) for i, n in enumerate(names)]
    ordered = [d.name for d in sorted(people, key=lambda d: d.sort_key)]
    assert ordered == [
        "Lê Thị An",
        "Lê Văn An",
        "Trần Văn An",
        "Đỗ Bình",  # Vietnamese order: đ after d, before n
        "Nguyễn Thị Bình",
        "Hùng",
    ]


def test_sort_key_ignores_case() -> None:
    assert _delegate(name="NGUYỄN THỊ LAN").sort_key == _delegate(name="Nguyễn Thị Lan").sort_key


@pytest.mark.parametrize("name", ["\x1c", "\x1f \x1e"])
def test_a_name_of_separators_only_is_refused(name: str) -> None:
    # Characters str.split() treats as separators but pydantic does not strip.
    with pytest.raises(ValidationError, match="a name needs at least one word"):
        _delegate(name=name)


# --- mandates: constituency, election, transfer, suspensions -------------------------------


def test_mandate_links() -> None:
    mandate = _mandate(constituency="3", election="e-3", transferred_from="district")
    assert mandate.constituency == "3"
    assert mandate.election == "e-3"
    assert mandate.transferred_from == "district"
    plain = _mandate()
    assert (plain.constituency, plain.election, plain.transferred_from) == (None, None, None)
    assert plain.suspensions == ()


def test_a_mandate_is_not_transferred_from_its_own_council() -> None:
    with pytest.raises(ValidationError, match=r"transferred_from names the mandate's own council"):
        _mandate(transferred_from="c")


def test_the_2025_transfer_of_a_district_delegate() -> None:
    delegate = _delegate(
        mandates=[
            {
                "council": "district",
                "start": "2021-06-25",
                "end": "2025-06-30",
                "end_reason": "transferred",
            },
            {"council": "commune", "start": "2025-07-01", "transferred_from": "district"},
        ]
    )
    old, new = delegate.mandates
    assert old.end_reason is MandateEndReason.TRANSFERRED
    assert new.transferred_from == old.council
    assert delegate.mandate_on("district", D(2025, 6, 30)) is old
    assert delegate.mandate_on("commune", D(2025, 7, 1)) is new


def test_a_suspension() -> None:
    suspension = Suspension.model_validate(
        {"start": "2027-03-01", "end": "2027-09-01", "reason": " Bị khởi tố "}
    )
    assert suspension.reason == "Bị khởi tố"
    assert not suspension.covers(D(2027, 2, 28))
    assert suspension.covers(D(2027, 3, 1))
    assert suspension.covers(D(2027, 8, 31))
    assert not suspension.covers(D(2027, 9, 1))  # lifted that day
    assert Suspension(start=D(2027, 3, 1)).covers(D(2099, 1, 1))


def test_a_suspension_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"suspension ends \(2027-02-01\) before it starts"):
        Suspension.model_validate({"start": "2027-03-01", "end": "2027-02-01"})


@pytest.mark.parametrize(
    "changes", [{"start": None}, {"start": 20270301}, {"end": "soon"}, {"lifted": True}]
)
def test_invalid_suspensions(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Suspension.model_validate({"start": "2027-03-01", **changes})


def test_suspended_on() -> None:
    mandate = _mandate(
        suspensions=[
            {"start": "2027-03-01", "end": "2027-09-01"},
            {"start": "2028-01-10"},
        ]
    )
    assert [s.start for s in mandate.suspensions] == [D(2027, 3, 1), D(2028, 1, 10)]
    assert not mandate.suspended_on(D(2027, 2, 28))
    assert mandate.suspended_on(D(2027, 3, 1))
    assert not mandate.suspended_on(D(2027, 9, 1))
    assert mandate.suspended_on(D(2030, 1, 1))
    # A suspended delegate still holds the seat.
    assert mandate.covers(D(2027, 3, 1))
    assert not _mandate().suspended_on(D(2027, 3, 1))


@pytest.mark.parametrize(
    ("start", "ok"),
    [("2026-04-19", False), ("2026-04-20", True), ("2026-07-15", True), ("2026-07-16", False)],
)
def test_a_suspension_starts_within_its_mandate(start: str, ok: bool) -> None:
    changes = {"end": "2026-07-15", "suspensions": [{"start": start}]}
    if ok:
        assert _mandate(**changes).suspensions[0].start == D.fromisoformat(start)
    else:
        with pytest.raises(ValidationError, match="suspensions start outside the mandate"):
            _mandate(**changes)


@pytest.mark.parametrize(
    "changes",
    [
        {"education": "phd"},
        {"party_member": "yes"},
        {"party_member": 1},
        {"mandates": [{"council": "c", "start": "2026-04-20", "suspensions": "2027-01-01"}]},
        {"mandates": [{"council": "c", "start": "2026-04-20", "constituency": ""}]},
    ],
)
def test_invalid_profiles(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _delegate(**changes)
