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
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, overload

import attrs

from hdnd._core.i18n import N_, Language, translate
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.law.framework import Framework, framework_at
from hdnd.validation.finding import CODES, Finding, Severity

__all__ = ["Check", "CheckContext", "Findings", "check", "registered_checks", "validate"]


@attrs.frozen
class CheckContext:
    """What a check receives: the dataset, its index, and the day to judge it on."""

    dataset: Dataset
    as_of: dt.date

    @property
    def index(self) -> DatasetIndex:
        """The dataset's cross-reference index."""
        return self.dataset.index

    def framework(self, on: dt.date) -> Framework:
        """The rules in force on *on* (:func:`hdnd.law.framework_at`, which caches them)."""
        return framework_at(on)


Check = Callable[[CheckContext], Iterable[Finding]]
"""A check: a function of the context that yields findings and never raises on bad data."""


@attrs.frozen
class _Registered:
    function: Check
    codes: tuple[str, ...]


_CHECKS: list[_Registered] = []


def check(*codes: str) -> Callable[[Check], Check]:
    """Register a check that may report *codes* (each must be in the findings catalogue)."""
    unknown = [code for code in codes if code not in CODES]
    if unknown:
        msg = f"unknown finding codes: {', '.join(unknown)}"
        raise ValueError(msg)

    def register(function: Check) -> Check:
        _CHECKS.append(_Registered(function, codes))
        return function

    return register


def registered_checks() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """(name, codes) of every registered check, in registration order."""
    _load_checks()
    return tuple((r.function.__name__, r.codes) for r in _CHECKS)


def _load_checks() -> None:
    import hdnd.validation.checks  # noqa: F401, PLC0415 - registers the checks on import


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
    _load_checks()
    wanted = set(codes) if codes is not None else None
    unknown = sorted(wanted - CODES.keys()) if wanted is not None else []
    if unknown:
        msg = f"unknown finding code(s): {', '.join(map(repr, unknown))}"
        raise ValueError(msg)
    context = CheckContext(dataset, as_of)
    found: list[Finding] = []
    for registered in _CHECKS:
        if wanted is None or wanted.intersection(registered.codes):
            found.extend(
                f for f in registered.function(context) if wanted is None or f.code in wanted
            )
    found.sort(key=lambda f: (f.severity.rank, f.record, f.code, f.field or ""))
    return Findings(tuple(found), as_of)
