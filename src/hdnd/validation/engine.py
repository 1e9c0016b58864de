"""The validation engine: run every registered check on a dataset, on an explicit date.

```pycon
>>> import datetime as dt
>>> from hdnd.dataset.dataset import Dataset
>>> ds = Dataset(councils=[{"id": "c1", "unit": "99999", "term": "2026-2031"}])
>>> findings = validate(ds, as_of=dt.date(2026, 6, 1))
>>> [f.code for f in findings]
['unresolved-reference']
>>> findings.has_errors
True

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, overload

import attrs

from hdnd._core.i18n import N_, Language, translate
from hdnd.dataset.dataset import Dataset
from hdnd.validation import checks as _checks  # noqa: F401 - registers the checks on import
from hdnd.validation import registry
from hdnd.validation.catalogue import CODES, Severity
from hdnd.validation.finding import Finding
from hdnd.validation.registry import CheckContext, CheckSpec

__all__ = ["Findings", "checks", "registered_checks", "validate"]


def registered_checks() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(name, codes) of every registered check, in registration order."""
    return tuple((spec.name, spec.codes) for spec in checks())


def checks() -> tuple[CheckSpec, ...]:
    """Every registered check, with its codes and dates, in registration order."""
    return tuple(registry.registered)


@attrs.frozen
class Findings(Sequence[Finding]):
    """The findings of one validation run, most serious first.

    Attributes:
        items: The findings.
        as_of: The day the dataset was judged on.
    """

    items: tuple[Finding, ...]
    as_of: dt.date

    @overload
    def __getitem__(self, index: int) -> Finding: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[Finding]: ...
    def __getitem__(self, index: int | slice) -> Finding | Sequence[Finding]:
        return self.items[index]

    def __len__(self) -> int:
        return len(self.items)

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.items)

    def of_severity(self, severity: Severity) -> tuple[Finding, ...]:
        """The findings of one severity."""
        return tuple(f for f in self.items if f.severity is severity)

    @property
    def errors(self) -> tuple[Finding, ...]:
        """The findings of severity error."""
        return self.of_severity(Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        """The findings of severity warning."""
        return self.of_severity(Severity.WARNING)

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(f.severity is Severity.ERROR for f in self.items)

    def codes(self) -> tuple[str, ...]:
        """The distinct codes found, sorted."""
        return tuple(sorted({f.code for f in self.items}))

    def to_json(self, language: Language = "vi") -> dict[str, Any]:
        """A JSON-ready summary: the date, counts by severity, and every finding."""
        return {
            "as_of": self.as_of.isoformat(),
            "counts": {s.value: len(self.of_severity(s)) for s in Severity},
            "findings": [f.to_dict(language) for f in self.items],
        }

    def render(self, language: Language = "vi") -> str:
        """Plain text, one finding a line, then a count by severity."""
        lines = []
        for finding in self.items:
            where = finding.record + (f" · {finding.field}" if finding.field else "")
            line = f"[{finding.severity.label(language)}] {finding.code} — {where}: "
            line += finding.message(language)
            if finding.citation:
                line += f" ({finding.citation.render(language)})"
            lines.append(line)
        counts = {s.value: len(self.of_severity(s)) for s in Severity}
        lines.append(
            translate(
                N_("{errors} lỗi, {warnings} cảnh báo, {infos} thông tin (tính đến {day})."),
                language,
                errors=counts["error"],
                warnings=counts["warning"],
                infos=counts["info"],
                day=self.as_of.isoformat(),
            )
        )
        return "\n".join(lines)


def validate(dataset: Dataset, *, as_of: dt.date, codes: Iterable[str] | None = None) -> Findings:
    """Run every check (or only those reporting *codes*) on *dataset* as of day *as_of*.

    Args:
        dataset: The dataset to check.
        as_of: The day to judge on: "serving", "in force" and "overdue" mean on this day.
        codes: Restrict to checks that may report these codes.

    Raises:
        TypeError: *as_of* is not a date.
        ValueError: A code in *codes* is not a finding code (a typo would check nothing).
    """
    if not isinstance(as_of, dt.date) or isinstance(as_of, dt.datetime):
        msg = f"as_of must be a datetime.date, not {type(as_of).__name__}"
        raise TypeError(msg)
    specs = checks()
    wanted = set(codes) if codes is not None else None
    unknown = sorted(wanted - CODES.keys()) if wanted is not None else []
    if unknown:
        msg = f"unknown finding code(s): {', '.join(map(repr, unknown))}"
        raise ValueError(msg)
    found: list[Finding] = []
    for spec in specs:
        if wanted is None or wanted.intersection(spec.codes):
            context = CheckContext(dataset, as_of, spec)
            found.extend(
                f
                for f in spec.function(context)
                if wanted is None or f.code in wanted or _stands_aside(f, spec, wanted)
            )
    found.sort(key=lambda f: (f.severity.rank, f.record, f.code, f.field or ""))
    return Findings(tuple(found), as_of)


def _stands_aside(finding: Finding, spec: CheckSpec, wanted: set[str]) -> bool:
    """A check asked for stands aside: its ``rule-not-encoded`` finding is kept too."""
    return finding.code == "rule-not-encoded" and bool(wanted.intersection(spec.codes))
