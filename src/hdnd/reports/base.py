"""Reports are values: an immutable table that renders the same in CLI, notebook and docs.

```pycon
>>> report = Report(
...     title=N_("Ví dụ"),
...     columns=(Column("label", N_("Chỉ tiêu")), Column("count", N_("Số lượng"), "number")),
...     data=((N_("Cá nhân"), 100), (N_("Tập thể (đoàn)"), 5)),
... )
>>> print(report.render("vi"))
## Ví dụ
<BLANKLINE>
| Chỉ tiêu | Số lượng |
| --- | ---: |
| Cá nhân | 100 |
| Tập thể (đoàn) | 5 |
>>> report.rows("en")[1]
{'label': 'Group (delegation)', 'count': 5}

```
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from decimal import Decimal
from fractions import Fraction
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, Literal, TypeVar

import attrs

from hdnd._core.formatting import Localizable, format_value
from hdnd._core.i18n import N_, Language, check_language, translate
from hdnd._core.optional import require

if TYPE_CHECKING:
    import pandas as pd  # noqa: TID251 - type annotations only

__all__ = ["Column", "Format", "Report", "breakdown_columns", "freeze", "shares", "typed"]

Format = Literal["markdown", "html", "text"]
"""Output formats of :meth:`Report.render` (``text`` is Markdown, readable in a terminal)."""


@attrs.frozen
class Column:
    """A column: its stable key (for ``rows()`` and DataFrames) and its Vietnamese heading.

    ``text`` columns hold labels that are translated; ``code`` columns hold machine values
    that never are (category codes, ids).
    """

    key: str
    heading: str
    kind: Literal["text", "number", "share", "code"] = "text"
    shown: bool = True
    """Whether rendered tables show the column (``rows()`` and DataFrames always have it)."""

    @property
    def numeric(self) -> bool:
        """Whether the column is right-aligned."""
        return self.kind in ("number", "share")


def freeze(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    """An immutable copy of *mapping* (the fields of reports and typed results)."""
    return MappingProxyType(dict(mapping))


@attrs.frozen(hash=False)
class Report:
    """An immutable table of results with a title and notes.

    Attributes:
        title: Vietnamese title template (``{name}`` placeholders filled from ``params``).
        columns: The columns.
        data: The rows, one tuple of values per row, in column order.
        params: Values for the title and notes templates.
        notes: Vietnamese note templates printed under the table (sources, caveats).
        subtitle: A second line under the title.
    """

    title: str
    columns: tuple[Column, ...]
    data: tuple[tuple[Any, ...], ...]
    params: Mapping[str, Any] = attrs.field(factory=dict, converter=freeze)
    notes: tuple[str, ...] = ()
    subtitle: str | None = None

    def rows(self, language: Language = "vi") -> list[dict[str, Any]]:
        """The rows as dictionaries keyed by column key.

        Numbers stay numbers and shares stay exact :class:`~fractions.Fraction` values;
        labels are translated into *language*.
        """
        check_language(language)
        return [
            {
                col.key: _raw(value, col, language)
                for col, value in zip(self.columns, row, strict=True)
            }
            for row in self.data
        ]

    def heading(self, language: Language = "vi") -> str:
        """The title in *language*."""
        return self._text(self.title, language)

    def render(self, language: Language = "vi", format: Format = "markdown") -> str:
        """The report as Markdown (also for ``text``) or as an HTML fragment."""
        check_language(language)
        if format == "html":
            return self._html(language)
        if format in ("markdown", "text"):
            return self._markdown(language)
        msg = f"unknown format {format!r}: choose markdown, html or text"
        raise ValueError(msg)

    def to_frame(self, language: Language = "vi") -> pd.DataFrame:
        """The rows as a pandas DataFrame (needs the ``pandas`` extra).

        Shares become floats between 0 and 1 (and decimals floats); labels are in *language*.
        """
        pandas = require("pandas", "Report.to_frame()")
        records = [
            {k: float(v) if isinstance(v, Fraction | Decimal) else v for k, v in row.items()}
            for row in self.rows(language)
        ]
        return pandas.DataFrame.from_records(records, columns=[c.key for c in self.columns])

    def _repr_html_(self) -> str:
        return self._html("vi")

    def __str__(self) -> str:
        return self._markdown("vi")

    def _text(self, template: str, language: Language) -> str:
        values = {key: format_value(value, language) for key, value in self.params.items()}
        return translate(template, language, **values)

    @property
    def _shown(self) -> tuple[Column, ...]:
        return tuple(column for column in self.columns if column.shown)

    def _cells(self, language: Language) -> list[list[str]]:
        return [
            [
                _display(value, col, language)
                for col, value in zip(self.columns, row, strict=True)
                if col.shown
            ]
            for row in self.data
        ]

    def _markdown(self, language: Language) -> str:
        lines = [f"## {self.heading(language)}", ""]
        if self.subtitle:
            lines += [self._text(self.subtitle, language), ""]
        lines.append("| " + " | ".join(translate(c.heading, language) for c in self._shown) + " |")
        lines.append("| " + " | ".join("---:" if c.numeric else "---" for c in self._shown) + " |")
        lines += [
            "| " + " | ".join(_escape_md(cell) for cell in row) + " |"
            for row in self._cells(language)
        ]
        if self.notes:
            lines.append("")
            lines += [f"- {self._text(note, language)}" for note in self.notes]
        return "\n".join(lines)

    def _html(self, language: Language) -> str:
        def cell(tag: str, text: str, numeric: bool) -> str:
            style = ' style="text-align:right"' if numeric else ""
            return f"<{tag}{style}>{html.escape(text)}</{tag}>"

        head = "".join(cell("th", translate(c.heading, language), c.numeric) for c in self._shown)
        body = "".join(
            "<tr>"
            + "".join(cell("td", text, c.numeric) for c, text in zip(self._shown, row, strict=True))
            + "</tr>"
            for row in self._cells(language)
        )
        parts = [f'<div class="hdnd-report"><h3>{html.escape(self.heading(language))}</h3>']
        if self.subtitle:
            parts.append(f"<p>{html.escape(self._text(self.subtitle, language))}</p>")
        parts.append(f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>")
        if self.notes:
            items = "".join(f"<li>{html.escape(self._text(n, language))}</li>" for n in self.notes)
            parts.append(f"<ul>{items}</ul>")
        parts.append("</div>")
        return "".join(parts)


def _raw(value: Any, column: Column, language: Language) -> Any:
    if column.kind == "code" or value is None:
        return value
    if column.kind in ("number", "share") and isinstance(value, int | Fraction | Decimal):
        return value
    if isinstance(value, Localizable | str):
        return format_value(value, language)
    return value


def _display(value: Any, column: Column, language: Language) -> str:
    if column.kind == "code":
        return "" if value is None else str(value)
    if value is None:
        return "—" if column.numeric else ""
    return format_value(value, language)


def _escape_md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def breakdown_columns(*extra: Column) -> tuple[Column, ...]:
    """The columns of a breakdown table (group, category, label, count, share) and *extra*."""
    return (
        Column("group", N_("Nhóm"), "code", shown=False),
        Column("category", N_("Mục"), "code", shown=False),
        Column("label", N_("Chỉ tiêu")),
        Column("count", N_("Số lượng"), "number"),
        Column("share", N_("Tỷ lệ"), "share"),
        *extra,
    )


def shares(count: int, total: int) -> Fraction | None:
    """``count / total`` as an exact fraction, or ``None`` when the total is zero."""
    return Fraction(count, total) if total else None


_R = TypeVar("_R", bound=Report)


def typed(report: Report, cls: type[_R], /, **fields: Any) -> _R:
    """*report* as the typed result *cls*: the same table, plus the *fields* it reads.

    A typed result is a :class:`Report` subclass whose extra attributes (keyword-only) give
    a program the figures of the report without parsing rows; rendering is unchanged.
    """
    table = {field.name: getattr(report, field.name) for field in attrs.fields(Report)}
    return cls(**table, **fields)
