"""What a finding code is: its severity, title, message and whether it is a breach of law.

A finding code is described once, by a :class:`FindingType`; the codes themselves are listed in
:mod:`hdnd.validation.catalogue`. A :class:`Severity` says how serious a finding is by default.

```pycon
>>> sorted(Severity, key=lambda s: s.rank)
[<Severity.ERROR: 'error'>, <Severity.WARNING: 'warning'>, <Severity.INFO: 'info'>]
>>> FindingType("x", Severity.WARNING, "title", "{n} records").legal
True

```
"""

from __future__ import annotations

import attrs

from hdnd._core.i18n import N_
from hdnd._core.labels import LabelledEnum, register_labels

__all__ = ["FindingType", "Severity"]


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
    """What one finding code means: its default severity, title and message template.

    Attributes:
        code: The stable kebab-case code.
        severity: The default severity.
        title: The Vietnamese title (a marked ``N_`` string).
        template: The Vietnamese message, with ``{placeholders}`` for the finding's params.
        legal: Whether the code reports a breach of the law, which must then carry the
            citation of the rule (an error only on a verified or secondary one), rather than
            a record that contradicts the data itself (a duplicate id, a broken reference,
            a tally that does not add up), which needs no legal citation.
    """

    code: str
    severity: Severity
    title: str
    template: str
    legal: bool = True
