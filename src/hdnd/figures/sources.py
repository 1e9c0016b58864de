"""Published sources that reported figures come from.

```pycon
>>> Source(id="s1", title="Báo Cần Thơ", published="2016-06-21").published.year
2016

```
"""

from __future__ import annotations

from hdnd._core.model import Record
from hdnd._core.text import NonEmptyText, VnText
from hdnd._core.types import Day, Identifier

__all__ = ["Source"]


class Source(Record):
    """A publication: an article, a report, a resolution."""

    id: Identifier
    """Stable identifier within the dataset."""
    title: NonEmptyText
    """Title as published."""
    publisher: VnText | None = None
    """Who published it (newspaper, portal, council office)."""
    published: Day | None = None
    """Publication date."""
    url: VnText | None = None
    """Where it can be read, if public."""
    note: VnText | None = None
    """Anything a reader should know (e.g. the passage the figures come from)."""
