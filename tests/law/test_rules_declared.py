"""Rules are declared once, as attributes of their instrument, and found from there."""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

import pytest

from hdnd.law.citation import Citation, InstrumentKind
from hdnd.law.deadlines import DayCount, Deadline, DeadlineKind
from hdnd.law.elections.base import ElectionLaw, ElectionStep
from hdnd.law.framework import framework_at
from hdnd.law.instrument import Decision, Domain, Instrument
from hdnd.law.registry import INSTRUMENTS, in_force_until
from hdnd.law.rules import rules_of
from hdnd.law.supervision.supervision2015 import SupervisionLaw2015
from hdnd.law.thresholds import Base, Threshold

_CITE = Citation(InstrumentKind.DECREE, "1/2026/NĐ-CP", 1)


def _ids(cls: type[Instrument]) -> str:
    return cls.key


@pytest.mark.parametrize("cls", INSTRUMENTS, ids=_ids)
def test_every_declared_deadline_is_reachable(cls: type[Instrument]) -> None:
    steps = {step.name for step in ElectionStep} if issubclass(cls, ElectionLaw) else set()
    unreachable = []
    for name, rule in rules_of(cls).items():
        if not isinstance(rule, Deadline):
            continue
        if rule.kind is not None:
            assert cls.deadlines()[rule.kind] is rule, name
        elif name in steps:  # the timetable: ElectionLaw.step_rule(ElectionStep[name])
            assert issubclass(cls, ElectionLaw)
            assert cls.step_rule(ElectionStep[name]) is rule
        else:
            unreachable.append(name)
    assert unreachable == []


@pytest.mark.parametrize("cls", INSTRUMENTS, ids=_ids)
def test_every_threshold_with_a_decision_answers_for_it(cls: type[Instrument]) -> None:
    for rule in rules_of(cls).values():
        if isinstance(rule, Threshold) and rule.decision is not None:
            assert cls().threshold(rule.decision) is rule


def test_the_supervision_law_of_2015_reaches_all_its_fourteen_deadlines() -> None:
    declared = [r for r in rules_of(SupervisionLaw2015).values() if isinstance(r, Deadline)]
    assert len(declared) == 14
    assert len(SupervisionLaw2015.deadlines()) == 14


@pytest.mark.parametrize("cls", INSTRUMENTS, ids=_ids)
def test_the_framework_finds_each_deadline_while_the_instrument_is_in_force(
    cls: type[Instrument],
) -> None:
    last = in_force_until(cls)
    for day in (cls.effective, last) if last else (cls.effective,):
        framework = framework_at(day)
        assert type(framework.instrument(cls.domain)) is cls
        for kind, rule in cls.deadlines().items():
            assert framework.deadline(kind) == rule


def _sample(**rules: object) -> type[Instrument]:
    namespace: dict[str, object] = {
        "key": "sample",
        "kind": InstrumentKind.DECREE,
        "number": "1/2026/NĐ-CP",
        "title": "Mẫu",
        "domain": Domain.SUPERVISION,
        "promulgated": dt.date(2026, 1, 1),
        "effective": dt.date(2026, 1, 1),
        "__annotations__": {"key": ClassVar[str]},
        **rules,
    }
    return type("Sample", (Instrument,), namespace)


def test_two_rules_declaring_one_kind_are_an_error() -> None:
    rule = Deadline(5, DayCount.WORKING, _CITE, kind=DeadlineKind.PETITION_REPLY)
    sample = _sample(FIRST=rule, SECOND=rule)
    with pytest.raises(TypeError, match="FIRST and SECOND both declare"):
        sample.deadlines()


def test_a_rule_without_a_kind_or_decision_answers_for_nothing() -> None:
    sample = _sample(
        LIMIT=Deadline(5, DayCount.WORKING, _CITE),
        SHARE=Threshold(Fraction(1, 2), True, Base.TOTAL_DELEGATES, _CITE),
    )
    assert sample.deadlines() == {}
    assert sample().threshold(Decision.RESOLUTION) is None
    majority = Threshold(
        Fraction(1, 2), True, Base.TOTAL_DELEGATES, _CITE, decision=Decision.RESOLUTION
    )
    named = _sample(SHARE=majority)
    assert named().threshold(Decision.RESOLUTION) is majority
    assert named().threshold(Decision.RECALL) is None


def test_of_kind_declares_the_same_rule_as_a_kind() -> None:
    rule = Deadline(5, DayCount.WORKING, _CITE)
    named = rule.of_kind(DeadlineKind.PETITION_REPLY)
    assert named.kind is DeadlineKind.PETITION_REPLY
    assert (named.days, named.count, named.citation) == (rule.days, rule.count, rule.citation)
    assert rule.kind is None
