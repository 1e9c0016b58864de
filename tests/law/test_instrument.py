from __future__ import annotations

import datetime as dt
from typing import ClassVar

import pytest

from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.instrument import Decision, Domain, Instrument


class _Sample(Instrument):
    key: ClassVar[str] = "sample"
    kind: ClassVar[InstrumentKind] = InstrumentKind.DECREE
    number: ClassVar[str] = "154/2026/NĐ-CP"
    title: ClassVar[str] = "Nghị định quy định chi tiết"
    domain: ClassVar[Domain] = Domain.LOCAL_GOVERNMENT
    promulgated: ClassVar[dt.date] = dt.date(2026, 5, 1)
    effective: ClassVar[dt.date] = dt.date(2026, 7, 1)


def test_cite_builds_a_citation_of_the_instrument() -> None:
    assert _Sample.cite(3) == Citation(InstrumentKind.DECREE, "154/2026/NĐ-CP", 3)
    assert _Sample.cite(3, 2, "b", Confidence.SECONDARY) == Citation(
        InstrumentKind.DECREE, "154/2026/NĐ-CP", 3, 2, "b", Confidence.SECONDARY
    )
    assert _Sample.cite(3).confidence is Confidence.VERIFIED


def test_name_is_the_vietnamese_kind_and_number() -> None:
    assert _Sample.name() == "Nghị định 154/2026/NĐ-CP"


def test_repr_names_class_number_and_start() -> None:
    assert repr(_Sample()) == "<_Sample 154/2026/NĐ-CP, in force from 2026-07-01>"


def test_replaces_nothing_by_default() -> None:
    assert _Sample.replaces == ()
    assert Instrument.replaces == ()


def test_domains() -> None:
    assert [d.value for d in Domain] == [
        "local-government",
        "elections",
        "supervision",
        "confidence-votes",
        "citizen-reception",
        "complaints",
        "denunciations",
        "petition-handling",
        "voter-contact",
        "candidate-structure",
    ]
    assert Domain.LOCAL_GOVERNMENT.label("vi") == "Tổ chức chính quyền địa phương"
    assert Domain.LOCAL_GOVERNMENT.label("en") == "Organisation of local government"


@pytest.mark.parametrize(
    ("decision", "value", "vi", "en"),
    [
        (Decision.RESOLUTION, "resolution", "Thông qua nghị quyết", "Adoption of a resolution"),
        (Decision.RECALL, "recall", "Bãi nhiệm đại biểu", "Recall of a delegate"),
        (
            Decision.REDUCED_COUNCIL,
            "reduced-council",
            "Quyết định của Hội đồng nhân dân chỉ còn dưới hai phần ba",
            "Decision of a council reduced below two thirds",
        ),
    ],
)
def test_decisions(decision: Decision, value: str, vi: str, en: str) -> None:
    assert decision.value == value
    assert decision.label("vi") == vi
    assert decision.label("en") == en
