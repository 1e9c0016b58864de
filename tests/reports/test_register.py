"""The register of reception and petitions: counted from records, beside published figures."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import Any

import pytest

from hdnd import (
    Dataset,
    Period,
    PetitionRegister,
    RegistryRows,
    load_example,
    petition_register,
    registry_rows,
    validate,
)
from hdnd.examples import EXAMPLES

REGISTER = "can-tho-register"
NAMES = ("Trần Văn Bình", "Lê Thị Hoa", "Nguyễn Văn An", "12 đường Hòa Bình")


@pytest.fixture(scope="module")
def register() -> Dataset:
    return load_example(REGISTER)


def _by_key(report: PetitionRegister) -> dict[str, tuple[Any, ...]]:
    return {
        f"{r['group']}/{r['category']}": (r["count"], r.get("published"), r.get("difference"))
        for r in report.rows()
    }


# --- the synthetic register reproduces the published figures ---------------------------------


def test_the_example_is_registered_and_labelled_synthetic(register: Dataset) -> None:
    assert EXAMPLES[REGISTER] == "can-tho-register.json"
    assert register.synthetic is True
    assert register.title is not None
    assert "dữ liệu tổng hợp" in register.title
    assert register.description is not None
    assert "synthetic" in register.description
    assert "scripts/make_register_example.py" in register.description


def test_the_example_carries_the_published_figures_and_their_source(register: Dataset) -> None:
    published = load_example("can-tho")
    ids = ["can-tho-2014-citizen-visits", "can-tho-2014-petitions"]
    voters = ["can-tho-2014-voter-meetings", "can-tho-2014-voter-attendances"]
    ids += [*voters, "can-tho-2014-voter-speakers"]  # for hdnd.voter_contact_summary
    assert [f.id for f in register.figures] == ids
    assert list(register.figures) == [f for f in published.figures if f.id in ids]
    assert list(register.sources) == [s for s in published.sources if s.id == "can-tho-office-2014"]


def test_the_example_loads_and_validates_without_errors(register: Dataset) -> None:
    findings = validate(register, as_of=dt.date(2015, 1, 1))
    assert not findings.has_errors, [f.code for f in findings]


def test_the_example_has_no_personal_data(register: Dataset) -> None:
    assert all(v.citizen is None for v in register.citizen_visits)
    assert all(p.petitioner is None and p.address is None for p in register.petitions)


def test_the_records_reproduce_the_published_visits(register: Dataset) -> None:
    report = petition_register(register, "92", period=Period.year(2014))
    assert dict(report.visits) == {"total": 105, "individual": 100, "group": 5, "crowd": 0}
    assert report.visits["total"] == report.visits["individual"] + report.visits["group"]
    rows = _by_key(report)
    assert rows["visits/total"] == (105, 105, 0)
    assert rows["visits/individual"] == (100, 100, 0)
    assert rows["visits/group"] == (5, 5, 0)
    assert "visits/crowd" not in rows  # nothing counted, nothing published


def test_the_records_reproduce_the_published_petitions(register: Dataset) -> None:
    report = petition_register(register, "92", period=Period.year(2014))
    assert report.petitions == 191
    outcomes = {"guided": 36, "answered": 4, "stored": 70, "forwarded": 81}
    assert dict(report.by_outcome) == {**outcomes, "unknown": 0}
    assert sum(outcomes.values()) == 191
    rows = _by_key(report)
    assert rows["petitions/total"] == (191, 191, 0)
    for outcome, count in outcomes.items():
        assert rows[f"petitions/{outcome}"] == (count, count, 0)
    assert sum(report.by_kind.values()) == sum(report.by_channel.values()) == 191


def test_every_difference_is_zero(register: Dataset) -> None:
    report = petition_register(register, "92", period=Period.year(2014))
    assert report.published == {
        "visits/total": 105,
        "visits/individual": 100,
        "visits/group": 5,
        "petitions/total": 191,
        "petitions/guided": 36,
        "petitions/answered": 4,
        "petitions/stored": 70,
        "petitions/forwarded": 81,
    }
    assert set(report.differences) == set(report.published)
    assert set(report.differences.values()) == {0}
    assert {r["difference"] for r in report.rows() if r["published"] is not None} == {0}


def test_the_register_of_the_example_in_both_languages(register: Dataset) -> None:
    report = petition_register(register, "92")
    vi = report.render("vi")
    assert vi.splitlines()[0] == "## Sổ theo dõi tiếp công dân và đơn, thư: Thành phố Cần Thơ"
    assert "| Lượt tiếp công dân | 105 | — | 105 | 0 |" in vi
    assert "| Chuyển cơ quan có thẩm quyền | 81 | 42,41% | 81 | 0 |" in vi
    assert "Dữ liệu tổng hợp, không phải số liệu thật." in vi
    assert "Văn phòng Đoàn ĐBQH và HĐND thành phố Cần Thơ, 01/01/2014–31/12/2014" in vi
    assert "| Individual | 100 | 95.24% | 100 | 0 |" in report.render("en")
    assert report.rows()[1]["share"] == Fraction(100, 105)


def test_other_fields_of_the_example(register: Dataset) -> None:
    report = petition_register(register, "92")
    assert report.unit == "92"
    assert report.period is None
    assert report.duplicates == 0
    assert report.refused == 0
    assert report.repeat_matters == 7
    visitors = [v.visitors for v in register.citizen_visits if v.visitors is not None]
    assert report.people == sum(visitors)
    assert len(visitors) < len(register.citizen_visits)  # "where recorded"


# --- filters ---------------------------------------------------------------------------------


def _dataset(**extra: Any) -> Dataset:
    data: dict[str, Any] = {
        "citizen_visits": [
            {"id": "v1", "unit": "92", "day": "2014-01-01", "kind": "individual", "visitors": 1},
            {
                "id": "v2",
                "unit": "92",
                "day": "2014-12-31",
                "kind": "crowd",
                "visitors": 12,
                "representatives": 3,
                "citizen": "Trần Văn Bình",
            },
            {"id": "v3", "unit": "92", "day": "2015-01-01", "kind": "group", "visitors": 3},
            {
                "id": "v4",
                "unit": "92",
                "day": "2014-06-01",
                "kind": "individual",
                "refused": "disruptive",
            },
            {"id": "v5", "unit": "01", "day": "2014-06-01", "kind": "group"},
        ],
        "petitions": [
            _petition("p1", "2013-12-31", "guided"),
            _petition("p2", "2014-01-01", "forwarded", to="UBND quận Ninh Kiều"),
            _petition("p3", "2014-06-30", "stored", duplicate_of="p2"),
            _petition("p4", "2014-07-01", "answered", follow_up_of="p1"),
            _petition("p5", "2014-12-31", None, follow_up_of="p4"),
            _petition("p6", "2015-01-01", "stored", follow_up_of="p2"),
            _petition("p7", "2014-03-03", "stored", unit="01"),
        ],
        **extra,
    }
    return Dataset.model_validate(data)


def _petition(
    id: str, received: str, outcome: str | None, *, to: str | None = None, **fields: Any
) -> dict[str, Any]:
    steps: list[dict[str, Any]] = [{"kind": "received", "day": received}]
    if outcome is not None:
        steps.append({"kind": outcome, "day": received, **({"to": to} if to else {})})
    return {
        "id": id,
        "unit": "92",
        "received": received,
        "kind": "complaint",
        "channel": "post",
        "petitioner": "Lê Thị Hoa",
        "address": "12 đường Hòa Bình",
        "signatories": 1,
        "steps": steps,
        **fields,
    }


def test_the_period_edges_are_counted_on_both_sides() -> None:
    report = petition_register(_dataset(), "92", period=Period.year(2014))
    # 1 January and 31 December count; 31 December 2013 and 1 January 2015 do not
    assert dict(report.visits) == {"total": 2, "individual": 1, "group": 0, "crowd": 1}
    assert report.people == 13
    assert report.refused == 1
    assert report.petitions == 3  # p2, p4, p5 (p3 duplicates p2)
    assert report.by_outcome["forwarded"] == report.by_outcome["answered"] == 1
    assert report.by_outcome["unknown"] == 1
    before = petition_register(_dataset(), "92", period=Period.year(2013))
    assert (before.visits["total"], before.petitions) == (0, 1)
    after = petition_register(_dataset(), "92", period=Period.year(2015))
    assert (after.visits["total"], after.petitions) == (1, 1)


def test_filters_by_unit() -> None:
    ds = _dataset()
    assert petition_register(ds, "01").visits["group"] == 1
    assert petition_register(ds, "01").petitions == 1
    assert petition_register(ds, "02").petitions == 0
    everyone = petition_register(ds)
    assert everyone.visits["total"] == 4  # v4 was refused
    assert everyone.petitions == 6
    assert registry_rows(ds, "01").ids == ("p7",)
    assert registry_rows(ds, period=Period.year(2014)).ids == ("p2", "p7", "p3", "p4", "p5")


def test_duplicates_are_counted_once() -> None:
    report = petition_register(_dataset(), "92")
    assert report.petitions == 5
    assert report.duplicates == 1
    assert report.by_outcome["stored"] == 1  # p6; p3 is a duplicate
    assert _by_key(report)["links/duplicates"][0] == 1
    assert any("chỉ tính một lần" in line for line in report.render("vi").splitlines())
    rows = registry_rows(_dataset(), "92").rows()
    assert [r["duplicate_of"] for r in rows if r["id"] == "p3"] == ["p2"]


def test_matters_followed_up_are_counted_by_matter() -> None:
    # p4 follows p1 and p5 follows p4: one matter; p6 follows p2: another
    assert petition_register(_dataset(), "92").repeat_matters == 2
    assert petition_register(_dataset(), "92", period=Period.year(2014)).repeat_matters == 1


def test_as_of_cuts_what_is_counted() -> None:
    ds = _dataset()
    cut = petition_register(ds, "92", as_of=dt.date(2014, 6, 30))
    assert cut.period == Period(start=dt.date.min, end=dt.date(2014, 6, 30))
    assert cut.visits["total"] == 1
    assert cut.petitions == 2  # p1 and p2; p3 is a duplicate
    assert "Tính đến ngày 30/06/2014" in cut.render("vi")
    within = petition_register(ds, "92", as_of=dt.date(2014, 6, 30), period=Period.year(2014))
    assert within.period == Period(start=dt.date(2014, 1, 1), end=dt.date(2014, 6, 30))
    assert within.petitions == 1
    assert registry_rows(ds, "92", as_of=dt.date(2014, 1, 1)).ids == ("p1", "p2")
    with pytest.raises(ValueError, match="before the period starts"):
        petition_register(ds, "92", as_of=dt.date(2013, 1, 1), period=Period.year(2014))


def test_without_published_figures_there_is_no_comparison() -> None:
    report = petition_register(_dataset(), "92")
    assert [c.key for c in report.columns] == ["group", "category", "label", "count", "share"]
    assert report.published == {} == report.differences


def _figure(unit: str, year: int, value: int, **fields: Any) -> dict[str, Any]:
    return {
        "id": f"visits-{unit}-{year}",
        "unit": unit,
        "period": {"start": f"{year}-01-01", "end": f"{year}-12-31"},
        "indicator": "citizen-visits",
        "value": value,
        "source": "s",
        **fields,
    }


def test_published_figures_of_the_unit_and_an_overlapping_period() -> None:
    crowd = {"breakdowns": [{"dimension": "kind", "parts": {"individual": 1, "crowd": 2}}]}
    ds = _dataset(
        sources=[{"id": "s", "title": "Báo cáo", "publisher": "Văn phòng"}],
        figures=[_figure("92", 2014, 3, **crowd), _figure("92", 2015, 9), _figure("01", 2014, 4)],
    )
    report = petition_register(ds, "92", period=Period.year(2014))
    assert report.published == {"visits/total": 3, "visits/individual": 1, "visits/crowd": 2}
    assert report.differences == {"visits/total": -1, "visits/individual": 0, "visits/crowd": -1}
    rows = _by_key(report)
    assert rows["visits/crowd"] == (1, 2, -1)
    assert rows["petitions/total"] == (3, None, None)  # no petition figure: nothing beside
    assert "Văn phòng, 01/01/2014–31/12/2014" in report.render("vi")
    # another unit's figure never counts; the 2015 figure does not overlap 2014
    assert petition_register(ds, "01", period=Period.year(2014)).published["visits/total"] == 4
    # without a unit, the figures of every unit counted are added up
    assert petition_register(ds, period=Period.year(2014)).published["visits/total"] == 7


def test_figures_are_left_out_when_a_counted_unit_has_none() -> None:
    ds = _dataset(figures=[_figure("01", 2014, 4)], sources=[{"id": "s", "title": "Báo cáo"}])
    assert petition_register(ds, period=Period.year(2014)).published == {}


def test_overlapping_figures_of_one_unit_are_not_added_up() -> None:
    quarter = _figure("92", 2014, 1, id="q1")
    quarter["period"] = {"start": "2014-01-01", "end": "2014-03-31"}
    ds = _dataset(figures=[quarter, _figure("92", 2014, 3)], sources=[{"id": "s", "title": "B"}])
    assert petition_register(ds, "92").published == {"visits/total": 3}


# --- personal data ---------------------------------------------------------------------------


def _outputs(report: Any) -> list[str]:
    texts = [report.render(lang, fmt) for lang in ("vi", "en") for fmt in ("markdown", "html")]
    texts += [repr(report), str(report), report._repr_html_()]
    texts += [repr(report.rows(lang)) for lang in ("vi", "en")]
    return texts


@pytest.mark.parametrize("calculator", [petition_register, registry_rows])
def test_no_personal_data_in_any_output(calculator: Any) -> None:
    ds = _dataset()
    assert ds.petitions[0].petitioner == "Lê Thị Hoa"  # the data is there ...
    for report in (calculator(ds), calculator(ds, "92", period=Period.year(2014))):
        for text in _outputs(report):  # ... and never shown
            assert not any(name in text for name in NAMES), text


def test_the_registry_rows(register: Dataset) -> None:
    table = registry_rows(register, "92", period=Period.year(2014))
    assert isinstance(table, RegistryRows)
    rows = table.rows()
    assert len(rows) == len(table.ids) == 191
    assert list(rows[0]) == [
        "id",
        "received",
        "kind",
        "kind_label",
        "channel",
        "channel_label",
        "outcome",
        "outcome_label",
        "forwarded_to",
        "signatories",
        "duplicate_of",
    ]
    assert [r["received"] for r in rows] == sorted(r["received"] for r in rows)
    forwarded = [r for r in rows if r["outcome"] == "forwarded"]
    assert len(forwarded) == 81
    assert all(r["forwarded_to"] for r in forwarded)
    assert not any(r["forwarded_to"] for r in rows if r["outcome"] != "forwarded")
    english = table.rows("en")[0]
    assert english["kind"] == rows[0]["kind"]  # codes never change with the language
    assert "don-2014-001" in table.render("en")


def test_to_frame(register: Dataset) -> None:
    pytest.importorskip("pandas")
    frame = petition_register(register, "92").to_frame("en")
    assert list(frame.columns) == [
        "group",
        "category",
        "label",
        "count",
        "share",
        "published",
        "difference",
    ]
    total = frame[(frame["group"] == "petitions") & (frame["category"] == "total")]
    assert total["count"].tolist() == [191]
    table = registry_rows(register, "92").to_frame()
    assert len(table) == 191
    assert (table["outcome"] == "stored").sum() == 70
    assert "petitioner" not in table.columns
