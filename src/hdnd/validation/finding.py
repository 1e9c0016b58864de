"""Findings: legal and consistency problems, reported, never raised.

Each finding has a stable kebab-case code (documented one heading each in the findings
catalogue), a severity, the record and field it concerns, the legal citation behind it, and a
message rendered late in Vietnamese or English.

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
from hdnd._core.i18n import N_, Language, translate
from hdnd._core.labels import LabelledEnum, register_labels
from hdnd.law.citation import Citation, Confidence

__all__ = ["CODES", "DOCS_URL", "Finding", "FindingType", "Severity"]

DOCS_URL = "https://hdnd.readthedocs.io/en/latest/findings/"
"""Where the findings catalogue is published; each code is an anchor on that page."""


class Severity(LabelledEnum):
    """How serious a finding is. Only errors make ``hdnd validate`` exit with 1."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        """0 for errors, 1 for warnings, 2 for information (for sorting)."""
        return (Severity.ERROR, Severity.WARNING, Severity.INFO).index(self)


register_labels(
    Severity,
    {Severity.ERROR: N_("lỗi"), Severity.WARNING: N_("cảnh báo"), Severity.INFO: N_("thông tin")},
)


@attrs.frozen
class FindingType:
    """What one finding code means: its default severity, title and message template."""

    code: str
    severity: Severity
    title: str
    template: str


CODES: dict[str, FindingType] = {
    t.code: t
    for t in (
        FindingType(
            "breakdown-does-not-add-up",
            Severity.ERROR,
            N_("Các phần không cộng lại bằng tổng số"),
            N_("Tổng các phần theo {dimension} là {parts}, khác tổng số {value}."),
        ),
        FindingType(
            "duplicate-identifier",
            Severity.ERROR,
            N_("Mã định danh bị trùng"),
            N_("Mã “{id}” đã được dùng cho một bản ghi khác trong {collection}."),
        ),
        FindingType(
            "mandate-outside-term",
            Severity.ERROR,
            N_("Nhiệm vụ đại biểu nằm ngoài nhiệm kỳ"),
            N_(
                "Nhiệm vụ đại biểu tại {council} ({start} – {end}) nằm ngoài nhiệm kỳ {term}"
                " ({term_start} – {term_end})."
            ),
        ),
        FindingType(
            "mandate-overlap",
            Severity.ERROR,
            N_("Hai nhiệm vụ đại biểu trùng thời gian"),
            N_("Đại biểu có hai nhiệm vụ tại {council} trùng thời gian, từ {start}."),
        ),
        FindingType(
            "seat-quota-unavailable",
            Severity.INFO,
            N_("Chưa xác định được số đại biểu theo luật"),
            N_("Chưa xác định được số đại biểu được bầu của {council}: {reason}."),
        ),
        FindingType(
            "seats-serving-exceed-quota",
            Severity.ERROR,
            N_("Số đại biểu đang hoạt động vượt số được bầu theo luật"),
            N_(
                "Ngày {day}, {council} có {serving} đại biểu đang hoạt động,"
                " vượt số đại biểu được bầu theo luật là {quota}."
            ),
        ),
        FindingType(
            "unresolved-reference",
            Severity.ERROR,
            N_("Tham chiếu không tồn tại"),
            N_("Trường {field} trỏ tới {target} “{value}”, nhưng không có bản ghi nào như vậy."),
        ),
    )
}
"""Every finding code hdnd can report, by code (sorted)."""


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
        severity: Defaults to the code's severity, lowered to a warning when the rule behind
            it is unverified (a check never reports an error on an unverified rule).
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
        if self.citation is not None and self.citation.confidence is Confidence.UNVERIFIED:
            return max(severity, Severity.WARNING, key=lambda s: s.rank)
        return severity

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
