"""Findings: legal and consistency problems, reported, never raised.

Each finding has a stable kebab-case code (documented one heading each in the findings
catalogue), a severity, the record and field it concerns, the legal citation behind it, and a
message rendered late in Vietnamese or English.

A finding of a *legal* code (:attr:`FindingType.legal`) is an error only when it carries the
citation of a rule that is verified or secondary: without a citation, or on an unverified
rule, it is lowered to a warning, and asking for an error anyway is refused.

```pycon
>>> f = Finding("breakdown-does-not-add-up", record="figures/visits", field="breakdowns.0",
...             params={"dimension": "kind", "parts": 104, "value": 105})
>>> f.severity
<Severity.ERROR: 'error'>
>>> f.message("vi")
'Tổng các phần theo kind là 104, khác tổng số 105.'
>>> f.message("en")
'The parts by kind add up to 104, not to the total of 105.'

```
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

import attrs

from hdnd._core.formatting import format_value
from hdnd._core.i18n import Language, translate
from hdnd.law.citation import Citation, Confidence
from hdnd.validation.catalogue import CODES, FindingType, Severity

__all__ = ["CODES", "DOCS_URL", "Finding", "FindingType", "Severity"]

DOCS_URL = "https://hdnd.readthedocs.io/en/latest/findings/"
"""Where the findings catalogue is published; each code is an anchor on that page."""


def _freeze(params: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(params))


@attrs.frozen(hash=False)
class Finding:
    """One problem found in a dataset.

    Attributes:
        code: Stable kebab-case code; see :data:`CODES`.
        record: The record it concerns, as ``collection/id`` (``councils/ct-2026``).
        field: The field within the record, dotted, if one field is at fault.
        params: Values for the message template; formatted in the reader's language.
        citation: The legal provision the check applies, if any.
        severity: Defaults to the code's severity, lowered to a warning when the code is
            legal and the rule behind it is unverified or not cited (a check never reports
            an error on an unverified or uncited rule).

    Raises:
        ValueError: An unknown code, or an error of a legal code without a verified or
            secondary citation.

    >>> Finding("vote-outcome-wrong").severity  # a legal code, no citation
    <Severity.WARNING: 'warning'>
    >>> Finding("vote-tally-mismatch").severity  # the data contradicts itself
    <Severity.ERROR: 'error'>
    """

    code: str = attrs.field()
    record: str = ""
    field: str | None = None
    params: Mapping[str, Any] = attrs.field(factory=dict, converter=_freeze)
    citation: Citation | None = None
    severity: Severity = attrs.field()

    @code.validator
    def _known(self, _: attrs.Attribute[str], code: str) -> None:
        if code not in CODES:
            msg = f"unknown finding code {code!r}"
            raise ValueError(msg)

    @severity.default
    def _default_severity(self) -> Severity:
        # defaults are computed before validators run: check the code here too
        self._known(attrs.fields(Finding).code, self.code)
        severity = CODES[self.code].severity
        if not self._may_be_error():
            return max(severity, Severity.WARNING, key=lambda s: s.rank)
        return severity

    @severity.validator
    def _honest(self, _: attrs.Attribute[Severity], severity: Severity) -> None:
        if severity is Severity.ERROR and not self._may_be_error():
            msg = (
                f"{self.code}: a legal finding is an error only with a verified or secondary"
                f" citation, not {self.citation}"
            )
            raise ValueError(msg)

    def _may_be_error(self) -> bool:
        """Whether the finding may be an error: not legal, or resting on a V or S rule."""
        if not CODES[self.code].legal:
            return self.citation is None or self.citation.confidence is not Confidence.UNVERIFIED
        return self.citation is not None and self.citation.confidence is not Confidence.UNVERIFIED

    @property
    def title(self) -> str:
        """The Vietnamese title of the code (translate with :func:`hdnd.i18n.translate`)."""
        return CODES[self.code].title

    @property
    def url(self) -> str:
        """Link to the code's heading in the findings catalogue."""
        return f"{DOCS_URL}#{self.code}"

    def message(self, language: Language = "vi") -> str:
        """The message, rendered in *language*."""
        values = {key: _format(value, language) for key, value in self.params.items()}
        return translate(CODES[self.code].template, language, **values)

    def to_dict(self, language: Language = "vi") -> dict[str, Any]:
        """A JSON-ready description, the message rendered in *language*."""
        return {
            "code": self.code,
            "severity": self.severity.value,
            "record": self.record,
            "field": self.field,
            "message": self.message(language),
            "citation": self.citation.render(language) if self.citation else None,
            "confidence": self.citation.confidence.value if self.citation else None,
            "url": self.url,
        }


def _format(value: Any, language: Language) -> str:
    return "…" if value is None else format_value(value, language)
