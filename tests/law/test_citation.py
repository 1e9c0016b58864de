from __future__ import annotations

import attrs
import pytest

from hdnd._core.formatting import Localizable, format_value
from hdnd.law.citation import Citation, Confidence, InstrumentKind

_LAW = InstrumentKind.LAW


@pytest.mark.parametrize(
    ("citation", "vi", "en"),
    [
        (
            Citation(_LAW, "72/2025/QH15", article=30, clause=1, point="a"),
            "Luật 72/2025/QH15, Điều 30, khoản 1, điểm a",
            "Law 72/2025/QH15, Art. 30(1)(a)",
        ),
        (
            Citation(_LAW, "72/2025/QH15", article=30, clause=2, point="đ"),
            "Luật 72/2025/QH15, Điều 30, khoản 2, điểm đ",
            "Law 72/2025/QH15, Art. 30(2)(đ)",
        ),
        (
            Citation(_LAW, "72/2025/QH15", article=35, clause=2),
            "Luật 72/2025/QH15, Điều 35, khoản 2",
            "Law 72/2025/QH15, Art. 35(2)",
        ),
        (
            Citation(_LAW, "25/2018/QH14", article=47),
            "Luật 25/2018/QH14, Điều 47",
            "Law 25/2018/QH14, Art. 47",
        ),
        (
            Citation(InstrumentKind.DECREE, "154/2026/NĐ-CP", article=3),
            "Nghị định 154/2026/NĐ-CP, Điều 3",
            "Decree 154/2026/NĐ-CP, Art. 3",
        ),
        (
            Citation(InstrumentKind.CIRCULAR, "05/2021/TT-TTCP", article=15, clause=1),
            "Thông tư 05/2021/TT-TTCP, Điều 15, khoản 1",
            "Circular 05/2021/TT-TTCP, Art. 15(1)",
        ),
        (
            Citation(InstrumentKind.CODE, "91/2015/QH13", article=1),
            "Bộ luật 91/2015/QH13, Điều 1",
            "Code 91/2015/QH13, Art. 1",
        ),
        (
            Citation(InstrumentKind.JOINT_RESOLUTION, "72/2025/NQLT", article=2),
            "Nghị quyết liên tịch 72/2025/NQLT, Điều 2",
            "Joint Resolution 72/2025/NQLT, Art. 2",
        ),
    ],
)
def test_render(citation: Citation, vi: str, en: str) -> None:
    assert citation.render("vi") == vi
    assert citation.render() == vi
    assert str(citation) == vi
    assert citation.render("en") == en
    assert citation.localize("en") == en
    assert format_value(citation, "en") == en


def test_render_a_resolution() -> None:
    citation = Citation(InstrumentKind.RESOLUTION, "96/2023/QH15", article=2, clause=2)
    assert citation.render("vi") == "Nghị quyết 96/2023/QH15, Điều 2, khoản 2"
    assert citation.render("en") == "Resolution 96/2023/QH15, Art. 2(2)"


def test_a_point_without_a_clause() -> None:
    citation = Citation(_LAW, "72/2025/QH15", article=1, point="a")
    assert citation.render("vi") == "Luật 72/2025/QH15, Điều 1, điểm a"
    assert citation.render("en") == "Law 72/2025/QH15, Art. 1(a)"


def test_defaults() -> None:
    citation = Citation(_LAW, "72/2025/QH15", 30)
    assert citation.clause is None
    assert citation.point is None
    assert citation.confidence is Confidence.VERIFIED


def test_citations_are_frozen_values() -> None:
    a = Citation(_LAW, "72/2025/QH15", 30, 1, "a")
    assert a == Citation(_LAW, "72/2025/QH15", 30, 1, "a")
    assert a != Citation(_LAW, "72/2025/QH15", 30, 1, "b")
    assert a != Citation(_LAW, "72/2025/QH15", 30, 1, "a", Confidence.SECONDARY)
    assert len({a, Citation(_LAW, "72/2025/QH15", 30, 1, "a")}) == 1
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.article = 31  # type: ignore[misc]
    assert isinstance(a, Localizable)


@pytest.mark.parametrize(
    ("confidence", "vi", "en"),
    [
        (Confidence.VERIFIED, "đã kiểm chứng", "verified"),
        (Confidence.SECONDARY, "theo nguồn thứ cấp", "secondary"),
        (Confidence.UNVERIFIED, "chưa kiểm chứng", "unverified"),
    ],
)
def test_confidence_labels(confidence: Confidence, vi: str, en: str) -> None:
    assert confidence.label("vi") == vi
    assert confidence.label("en") == en


def test_confidence_values_are_the_fact_sheet_tags() -> None:
    assert [c.value for c in Confidence] == ["verified", "secondary", "unverified"]


@pytest.mark.parametrize(
    ("kind", "vi", "en"),
    [
        (InstrumentKind.CODE, "Bộ luật", "Code"),
        (InstrumentKind.LAW, "Luật", "Law"),
        pytest.param(InstrumentKind.RESOLUTION, "Nghị quyết", "Resolution"),
        (InstrumentKind.JOINT_RESOLUTION, "Nghị quyết liên tịch", "Joint Resolution"),
        (InstrumentKind.DECREE, "Nghị định", "Decree"),
        (InstrumentKind.CIRCULAR, "Thông tư", "Circular"),
    ],
)
def test_instrument_kind_labels(kind: InstrumentKind, vi: str, en: str) -> None:
    assert kind.label("vi") == vi
    assert kind.label("en") == en


@pytest.mark.parametrize(
    ("value", "article", "number", "expected"),
    [
        (Confidence.VERIFIED, Confidence.VERIFIED, Confidence.VERIFIED, Confidence.VERIFIED),
        (Confidence.VERIFIED, Confidence.UNVERIFIED, Confidence.VERIFIED, Confidence.UNVERIFIED),
        (Confidence.SECONDARY, Confidence.VERIFIED, Confidence.VERIFIED, Confidence.SECONDARY),
        (Confidence.VERIFIED, Confidence.VERIFIED, Confidence.SECONDARY, Confidence.SECONDARY),
        (Confidence.SECONDARY, Confidence.UNVERIFIED, Confidence.VERIFIED, Confidence.UNVERIFIED),
    ],
)
def test_a_citation_is_as_sure_as_the_weakest_link_of_its_path(
    value: Confidence, article: Confidence, number: Confidence, expected: Confidence
) -> None:
    citation = Citation(
        InstrumentKind.LAW,
        "77/2015/QH13",
        53,
        1,
        "a",
        value,
        article_confidence=article,
        number_confidence=number,
    )
    assert citation.confidence is expected
    assert citation.value_confidence is value


def test_an_inferred_article_of_the_2015_law_is_unverified_whatever_its_value() -> None:
    from hdnd.law.local_government.lg2015 import LG2015

    town = LG2015.TOWN_SEATS.citation
    assert town is not None
    assert town.value_confidence is Confidence.VERIFIED  # read on the Công báo page
    assert town.confidence is Confidence.UNVERIFIED  # its article number, 53, is inferred
    assert LG2015.RESOLUTION_MAJORITY.citation is not None
    assert LG2015.RESOLUTION_MAJORITY.citation.confidence is Confidence.UNVERIFIED
    urban = LG2015.URBAN_DISTRICT_SEATS.citation
    assert urban is not None
    assert urban.confidence is Confidence.SECONDARY  # Art. 46(1), quoted with its number
