"""Every check, run on crafted data that triggers each code it declares, reports honestly.

The crafted datasets are the examples of the findings catalogue (each shows its code being
reported) and the cases below, for the days and laws the examples do not reach. On all of
them: a legal finding is an error only with a verified or secondary citation, its citation
has a confidence its check declares, and every code is reported by the check declaring it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from pathlib import Path
from typing import Any

import pytest

from hdnd import Dataset, Finding, Severity, validate
from hdnd.law.citation import Confidence
from hdnd.validation import CODES, CheckSpec, checks

DOCS = Path(__file__).resolve().parents[2] / "docs" / "findings.md"
_DEFAULT_DAY = dt.date(2026, 6, 1)

_Case = tuple[str, dict[str, Any], dt.date]


def _catalogue_cases() -> list[_Case]:
    """The ``check(code, data, day=...)`` calls of the findings catalogue's examples."""
    cases: list[_Case] = []

    def record(code: str, data: dict[str, Any], day: dt.date = _DEFAULT_DAY) -> None:
        cases.append((code, data, day))

    text = DOCS.read_text(encoding="utf-8")
    for block in re.findall(r"^>>> check\(\n(?:\.\.\. .*\n)*?\.\.\. \)$", text, flags=re.M):
        source = "\n".join(line[4:] for line in block.splitlines())
        eval(source, {"check": record, "dt": dt})
    return cases


def _sessions_2025(kind: str = "regular", **session: Any) -> dict[str, Any]:
    return {
        "councils": [{"id": "c", "unit": "92", "term": "2021-2026"}],
        "sessions": [
            {"id": "k1", "council": "c", "number": 1, "kind": "first", "opening": "2021-06-25"},
            {"id": "k2", "council": "c", "number": 2, "kind": kind, "opening": "2025-07-10"}
            | session,
        ],
    }


_EXTRA: list[_Case] = [
    # a year split between laws: stands aside
    ("rule-not-encoded", _sessions_2025(), dt.date(2026, 2, 1)),
    # a thematic session convened under Law 65/2025/QH15, with nobody requesting it
    (
        "rule-not-encoded",
        _sessions_2025("thematic", opening="2025-04-10"),
        dt.date(2026, 2, 1),
    ),
    # a committee not allowed under Law 77/2015/QH13 (an unverified rule: a warning)
    (
        "committee-not-allowed-for-unit",
        {
            "units": [{"code": "99001", "name": "Xã Mẫu", "kind": "commune", "parent": "92"}],
            "councils": [
                {
                    "id": "c",
                    "unit": "99001",
                    "term": "2021-2026",
                    "committees": ["economy-budget"],
                }
            ],
        },
        dt.date(2022, 1, 1),
    ),
    # an office held without a mandate before Law 72/2025/QH15: uncited, a warning
    (
        "office-holder-not-delegate",
        {
            "councils": [{"id": "c", "unit": "92", "term": "2021-2026"}],
            "delegates": [
                {
                    "id": "d",
                    "name": "Lê Văn B",
                    "mandates": [{"council": "c", "start": "2021-07-01"}],
                }
            ],
            "offices": [{"person": "d", "council": "c", "post": "chair", "start": "2021-06-25"}],
        },
        dt.date(2022, 1, 1),
    ),
]

CASES = _catalogue_cases() + _EXTRA


def _spec(code: str) -> CheckSpec:
    return next(spec for spec in checks() if code in spec.codes)


def _all_findings() -> list[tuple[str, Finding]]:
    found: list[tuple[str, Finding]] = []
    for code, data, day in CASES:
        for finding in validate(Dataset.model_validate(data), as_of=day):
            found.append((code, finding))
    return found


_FOUND = _all_findings()


def test_the_catalogue_examples_are_read() -> None:
    assert {code for code, _, _ in _catalogue_cases()} >= set(CODES) - {"rule-not-encoded"}


@pytest.mark.parametrize("spec", checks(), ids=lambda spec: spec.name)
def test_each_code_a_check_declares_is_reported_by_it(spec: CheckSpec) -> None:
    for code in spec.codes:
        reported = False
        for _, data, day in CASES:
            findings = validate(Dataset.model_validate(data), as_of=day, codes=[code])
            if any(f.code == code for f in findings):
                reported = True
                break
        assert reported, f"{spec.name}: no crafted dataset triggers {code}"


def test_a_legal_error_rests_on_a_verified_or_secondary_citation() -> None:
    for _, finding in _FOUND:
        if finding.severity is Severity.ERROR and CODES[finding.code].legal:
            assert finding.citation is not None, finding
            assert finding.citation.confidence is not Confidence.UNVERIFIED, finding


def test_a_citation_has_a_confidence_its_check_declares() -> None:
    for _, finding in _FOUND:
        if finding.citation is not None and finding.code != "rule-not-encoded":
            assert finding.citation.confidence in _spec(finding.code).confidence, finding


def test_consistency_findings_cite_no_law() -> None:
    for _, finding in _FOUND:
        if not CODES[finding.code].legal:
            assert finding.citation is None, finding


def test_legal_errors_are_still_errors_somewhere() -> None:
    # no legal code is silently lowered everywhere for want of a citation
    severities: defaultdict[str, set[Severity]] = defaultdict(set)
    for _, finding in _FOUND:
        severities[finding.code].add(finding.severity)
    for code, kind in CODES.items():
        if kind.severity is Severity.ERROR:
            assert Severity.ERROR in severities[code], code


def test_an_uncited_legal_error_is_refused() -> None:
    with pytest.raises(ValueError, match="verified or secondary citation"):
        Finding("vote-outcome-wrong", severity=Severity.ERROR)
    assert Finding("vote-outcome-wrong").severity is Severity.WARNING
    assert Finding("vote-tally-mismatch", severity=Severity.ERROR).severity is Severity.ERROR
