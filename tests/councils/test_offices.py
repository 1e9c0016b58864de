from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd.councils.offices import Office, OfficeEndReason, Post, holders, offices_of
from hdnd.law.confidence.base import RatedPost
from hdnd.law.local_government.organs import Committee, CouncilPost

D = dt.date


def _office(**changes: Any) -> Office:
    return Office.model_validate(
        {"person": "d1", "council": "c", "post": "chair", "start": "2026-04-20", **changes}
    )


def test_defaults() -> None:
    office = _office()
    assert office.post is Post.CHAIR
    assert office.start == D(2026, 4, 20)
    assert office.end is None
    assert office.end_reason is None
    assert office.committee is None
    assert office.group is None
    assert office.body is None
    assert office.full_time is False
    assert office.retirement_notice is None


def test_every_field() -> None:
    office = _office(
        post="committee-head",
        committee="legal-affairs",
        end="2028-01-31",
        end_reason="moved",
        full_time=True,
    )
    assert office.committee is Committee.LEGAL_AFFAIRS
    assert office.end_reason is OfficeEndReason.MOVED
    assert office.full_time is True
    group = _office(post="group-leader", group="g1")
    assert group.group == "g1"
    agency = _office(post="agency-head", body="  Sở Tài chính ")
    assert agency.body == "Sở Tài chính"


def test_post_values_and_labels() -> None:
    assert [p.value for p in Post] == [
        "chair",
        "vice-chair",
        "committee-head",
        "committee-deputy-head",
        "committee-member",
        "group-leader",
        "group-deputy-leader",
        "office-chief",
        "peoples-committee-chair",
        "peoples-committee-vice-chair",
        "peoples-committee-member",
        "agency-head",
    ]
    assert Post.CHAIR.label("vi") == "Chủ tịch Hội đồng nhân dân"
    assert Post.PEOPLES_COMMITTEE_CHAIR.label("vi") == "Chủ tịch Ủy ban nhân dân"
    assert all(p.label("en") != p.label("vi") for p in Post)
    assert len({p.label("vi") for p in Post}) == len(Post)


def test_end_reason_values_and_labels() -> None:
    assert [r.value for r in OfficeEndReason] == [
        "term-ended",
        "resigned",
        "dismissed",
        "moved",
        "mandate-ended",
        "reorganised",
        "died",
    ]
    assert OfficeEndReason.DIED.label("vi") == "Từ trần"
    assert all(r.label("en") != r.label("vi") for r in OfficeEndReason)


@pytest.mark.parametrize(
    ("post", "council_post"),
    [
        (Post.CHAIR, CouncilPost.CHAIR),
        (Post.VICE_CHAIR, CouncilPost.VICE_CHAIR),
        (Post.COMMITTEE_HEAD, CouncilPost.COMMITTEE_HEAD),
        (Post.COMMITTEE_DEPUTY_HEAD, CouncilPost.COMMITTEE_DEPUTY_HEAD),
        (Post.COMMITTEE_MEMBER, CouncilPost.COMMITTEE_MEMBER),
        (Post.GROUP_LEADER, None),
        (Post.OFFICE_CHIEF, None),
        (Post.PEOPLES_COMMITTEE_CHAIR, None),
        (Post.AGENCY_HEAD, None),
    ],
)
def test_council_post(post: Post, council_post: CouncilPost | None) -> None:
    assert post.council_post is council_post


def _members(predicate: str) -> set[Post]:
    return {p for p in Post if getattr(p, predicate)}


def test_post_predicates() -> None:
    assert _members("in_standing_committee") == {Post.CHAIR, Post.VICE_CHAIR, Post.COMMITTEE_HEAD}
    assert _members("in_peoples_committee") == {
        Post.PEOPLES_COMMITTEE_CHAIR,
        Post.PEOPLES_COMMITTEE_VICE_CHAIR,
        Post.PEOPLES_COMMITTEE_MEMBER,
    }
    assert _members("is_committee_post") == {
        Post.COMMITTEE_HEAD,
        Post.COMMITTEE_DEPUTY_HEAD,
        Post.COMMITTEE_MEMBER,
    }
    assert _members("is_group_post") == {Post.GROUP_LEADER, Post.GROUP_DEPUTY_LEADER}
    assert _members("needs_mandate") == {
        Post.CHAIR,
        Post.VICE_CHAIR,
        Post.COMMITTEE_HEAD,
        Post.COMMITTEE_DEPUTY_HEAD,
        Post.COMMITTEE_MEMBER,
        Post.GROUP_LEADER,
        Post.GROUP_DEPUTY_LEADER,
    }
    assert _members("single_holder") == {
        Post.CHAIR,
        Post.COMMITTEE_HEAD,
        Post.GROUP_LEADER,
        Post.OFFICE_CHIEF,
        Post.PEOPLES_COMMITTEE_CHAIR,
    }
    # No post is both in the standing committee and in the People's Committee.
    assert not _members("in_standing_committee") & _members("in_peoples_committee")


def test_an_office_cannot_end_before_it_starts() -> None:
    with pytest.raises(ValidationError, match=r"ends \(2026-04-19\) before it starts \(2026-04-20"):
        _office(end="2026-04-19")


def test_a_one_day_office() -> None:
    assert _office(end="2026-04-20").covers(D(2026, 4, 20))


def test_an_end_reason_needs_an_end() -> None:
    with pytest.raises(ValidationError, match="end_reason is given but the office has no end"):
        _office(end_reason="resigned")


@pytest.mark.parametrize("post", sorted(p.value for p in Post if p.is_committee_post))
def test_a_committee_post_needs_its_committee(post: str) -> None:
    with pytest.raises(ValidationError, match=f"committee is needed .* \\(post {post}\\)"):
        _office(post=post)
    assert _office(post=post, committee="economy-budget").committee is Committee.ECONOMY_BUDGET


@pytest.mark.parametrize("post", sorted(p.value for p in Post if not p.is_committee_post))
def test_only_committee_posts_name_a_committee(post: str) -> None:
    extra = {"group": "g"} if Post(post).is_group_post else {}
    with pytest.raises(ValidationError, match=f"committee is needed .*only then \\(post {post}\\)"):
        _office(post=post, committee="legal-affairs", **extra)


def test_a_group_post_needs_its_group_and_only_it() -> None:
    with pytest.raises(ValidationError, match=r"group is needed .* \(post group-deputy-leader\)"):
        _office(post="group-deputy-leader")
    with pytest.raises(ValidationError, match=r"group is needed .* \(post vice-chair\)"):
        _office(post="vice-chair", group="g1")


@pytest.mark.parametrize(
    "changes",
    [
        {"person": ""},
        {"council": None},
        {"post": "president"},
        {"start": 20260420},
        {"start": "20/04/2026"},
        {"end_reason": "fired", "end": "2027-01-01"},
        {"committee": "defence", "post": "committee-head"},
        {"full_time": 1},
        {"full_time": "yes"},
        {"seat": 1},
    ],
)
def test_invalid_offices(changes: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        _office(**changes)


def test_person_council_and_start_are_required() -> None:
    with pytest.raises(ValidationError) as caught:
        Office.model_validate({"post": "chair"})
    assert {e["loc"][0] for e in caught.value.errors()} == {"person", "council", "start"}


def test_an_office_is_frozen() -> None:
    office = _office()
    with pytest.raises(ValidationError, match="frozen"):
        office.end = D(2027, 1, 1)  # type: ignore[misc]


@pytest.mark.parametrize(
    ("day", "covered"),
    [
        (D(2026, 4, 19), False),
        (D(2026, 4, 20), True),
        (D(2027, 1, 31), True),
        (D(2027, 2, 1), False),
    ],
)
def test_covers_both_ends(day: dt.date, covered: bool) -> None:
    assert _office(end="2027-01-31").covers(day) is covered


def test_an_open_office_covers_every_later_day() -> None:
    assert _office().covers(D(2099, 1, 1))


def test_overlaps() -> None:
    first = _office(end="2027-01-31")
    touching = _office(person="d2", start="2027-01-31")
    after = _office(person="d2", start="2027-02-01")
    assert first.overlaps(touching)
    assert touching.overlaps(first)
    assert not first.overlaps(after)
    assert not after.overlaps(first)
    # Two open offices overlap from the later start on, whatever open_until says ...
    open_a, open_b = _office(), _office(person="d2", start="2030-01-01")
    assert open_a.overlaps(open_b)
    # ... unless open offices are taken to end before the later one starts.
    assert not open_a.overlaps(open_b, open_until=D(2029, 12, 31))
    assert open_a.overlaps(open_b, open_until=D(2030, 1, 1))
    # open_until does not shorten an office that has an end.
    assert first.overlaps(_office(start="2027-01-01"), open_until=D(2026, 5, 1))


def test_seat() -> None:
    assert _office().seat == ("c", Post.CHAIR, None, None)
    head = _office(post="committee-head", committee="legal-affairs")
    assert head.seat == ("c", Post.COMMITTEE_HEAD, Committee.LEGAL_AFFAIRS, None)
    assert _office(post="group-leader", group="g").seat == ("c", Post.GROUP_LEADER, None, "g")
    assert head.seat != _office(post="committee-head", committee="economy-budget").seat
    assert _office(person="other", start="2030-01-01").seat == _office().seat


@pytest.fixture
def offices() -> list[Office]:
    return [
        _office(person="d1", end="2028-01-31", end_reason="moved", full_time=True),
        _office(person="d2", start="2028-02-01"),
        _office(person="d2", post="committee-head", committee="legal-affairs", end="2028-01-31"),
        _office(person="d3", post="committee-head", committee="economy-budget"),
        _office(person="d4", post="vice-chair"),
        _office(person="d5", post="vice-chair", start="2027-01-01"),
        _office(person="d9", council="other", start="2026-04-21"),
    ]


def test_holders(offices: list[Office]) -> None:
    def who(post: Post, day: dt.date, council: str = "c", **kw: Any) -> list[str]:
        return [o.person for o in holders(offices, council, post, day, **kw)]

    assert who(Post.CHAIR, D(2028, 1, 31)) == ["d1"]
    assert who(Post.CHAIR, D(2028, 2, 1)) == ["d2"]
    assert who(Post.CHAIR, D(2026, 4, 19)) == []
    assert who(Post.CHAIR, D(2026, 5, 1), "other") == ["d9"]
    assert who(Post.VICE_CHAIR, D(2026, 5, 1)) == ["d4"]
    assert who(Post.VICE_CHAIR, D(2027, 1, 1)) == ["d4", "d5"]
    assert who(Post.COMMITTEE_HEAD, D(2027, 1, 1)) == ["d2", "d3"]
    assert who(Post.COMMITTEE_HEAD, D(2027, 1, 1), committee=Committee.ECONOMY_BUDGET) == ["d3"]
    assert who(Post.COMMITTEE_HEAD, D(2028, 2, 1), committee=Committee.LEGAL_AFFAIRS) == []
    assert who(Post.GROUP_LEADER, D(2027, 1, 1)) == []


def test_holders_takes_any_iterable(offices: list[Office]) -> None:
    found = holders(iter(offices), "c", Post.CHAIR, D(2026, 5, 1))
    assert [o.person for o in found] == ["d1"]
    assert holders([], "c", Post.CHAIR, D(2026, 5, 1)) == []


def test_offices_of(offices: list[Office]) -> None:
    found = offices_of(offices, "d2")
    assert not isinstance(found, list)  # an iterator
    assert [(o.post, o.start) for o in found] == [
        (Post.COMMITTEE_HEAD, D(2026, 4, 20)),
        (Post.CHAIR, D(2028, 2, 1)),
    ]
    assert list(offices_of(reversed(offices), "d2")) == list(offices_of(offices, "d2"))
    assert list(offices_of(offices, "nobody")) == []


def test_offices_of_keeps_the_given_order_on_equal_starts() -> None:
    a = _office(post="vice-chair")
    b = _office(post="committee-member", committee="legal-affairs")
    assert list(offices_of([b, a], "d1")) == [b, a]


def test_the_docstring_example() -> None:
    offices = [
        Office(
            person="d1",
            council="c",
            post=Post.CHAIR,
            start=D(2021, 6, 25),
            end=D(2024, 1, 31),
            end_reason=OfficeEndReason.MOVED,
            full_time=True,
        ),
        Office(person="d2", council="c", post=Post.CHAIR, start=D(2024, 2, 1)),
    ]
    assert [o.person for o in holders(offices, "c", Post.CHAIR, D(2024, 1, 31))] == ["d1"]


def test_standing_committee_on_a_day() -> None:
    from hdnd.councils.offices import standing_committee

    offices = [
        Office.model_validate(
            {
                "person": "h",
                "council": "c",
                "post": "committee-head",
                "committee": "economy-budget",
                "start": "2026-04-20",
            }
        ),
        Office.model_validate(
            {"person": "v", "council": "c", "post": "vice-chair", "start": "2026-04-20"}
        ),
        Office.model_validate(
            {
                "person": "m",
                "council": "c",
                "post": "committee-member",
                "committee": "economy-budget",
                "start": "2026-04-20",
            }
        ),
        Office.model_validate(
            {"person": "x", "council": "other", "post": "chair", "start": "2026-04-20"}
        ),
        Office.model_validate(
            {
                "person": "p",
                "council": "c",
                "post": "chair",
                "start": "2026-04-20",
                "end": "2026-05-31",
            }
        ),
        Office.model_validate(
            {"person": "q", "council": "c", "post": "chair", "start": "2026-06-01"}
        ),
    ]
    assert [o.person for o in standing_committee(offices, "c", dt.date(2026, 5, 31))] == [
        "p",
        "v",
        "h",
    ]
    assert [o.person for o in standing_committee(offices, "c", dt.date(2026, 6, 1))] == [
        "q",
        "v",
        "h",
    ]
    assert standing_committee(offices, "c", dt.date(2026, 4, 19)) == []


def test_a_retirement_notice_is_a_day() -> None:
    assert _office(retirement_notice="2023-10-01").retirement_notice == D(2023, 10, 1)
    for bad in (1696118400, "2023-10-01T00:00:00", True):
        with pytest.raises(ValidationError, match="retirement_notice"):
            _office(retirement_notice=bad)


@pytest.mark.parametrize(
    ("post", "rated"),
    [
        (Post.CHAIR, RatedPost.COUNCIL_CHAIR),
        (Post.VICE_CHAIR, RatedPost.COUNCIL_VICE_CHAIR),
        (Post.COMMITTEE_HEAD, RatedPost.COUNCIL_COMMITTEE_HEAD),
        (Post.OFFICE_CHIEF, RatedPost.COUNCIL_OFFICE_CHIEF),
        (Post.PEOPLES_COMMITTEE_CHAIR, RatedPost.PEOPLES_COMMITTEE_CHAIR),
        (Post.PEOPLES_COMMITTEE_VICE_CHAIR, RatedPost.PEOPLES_COMMITTEE_VICE_CHAIR),
        (Post.PEOPLES_COMMITTEE_MEMBER, RatedPost.PEOPLES_COMMITTEE_MEMBER),
        (Post.COMMITTEE_DEPUTY_HEAD, None),
        (Post.COMMITTEE_MEMBER, None),
        (Post.GROUP_LEADER, None),
        (Post.GROUP_DEPUTY_LEADER, None),
        (Post.AGENCY_HEAD, None),
    ],
)
def test_the_posts_the_confidence_resolutions_may_rate(post: Post, rated: RatedPost | None) -> None:
    assert post.rated_post is rated


def test_every_rated_post_is_a_post() -> None:
    assert {p.rated_post for p in Post} - {None} == set(RatedPost)
