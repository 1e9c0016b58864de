"""People's Councils (Hội đồng nhân dân): one council per unit and term.

```pycon
>>> council = Council(id="ct-x", unit="92", term="2021-2026", convocation=10)
>>> council.convocation_label
'khóa X'

```
"""

from __future__ import annotations

from pydantic import Field, StrictInt

from hdnd._core.i18n import Language
from hdnd._core.model import Record
from hdnd._core.text import VnText
from hdnd._core.types import Count, Day, Identifier
from hdnd.terms import convocation_text
from hdnd.units import UnitCode

__all__ = ["Council"]


class Council(Record):
    """The People's Council of one administrative unit for one term."""

    id: Identifier
    """Stable identifier within the dataset."""
    unit: UnitCode
    """Code of the unit the council belongs to."""
    term: Identifier
    """Id of the term (a national term such as ``2021-2026``, or one declared in the dataset)."""
    convocation: StrictInt | None = Field(default=None, ge=1, le=100)
    """Convocation number (khóa) of this council, e.g. 10 for ``khóa X``."""
    name: VnText | None = None
    """Name as the council writes it, e.g. ``HĐND thành phố Cần Thơ khóa X``."""
    first_session: Day | None = None
    """Opening day of the council's first session."""
    declared_seats: Count | None = None
    """Number of delegates to be elected, as the election decision declared it."""

    @property
    def convocation_label(self) -> str | None:
        """``khóa X`` (Vietnamese)."""
        return self.convocation_text("vi")

    def convocation_text(self, language: Language = "vi") -> str | None:
        """The convocation in *language* (see :func:`hdnd.terms.convocation_text`)."""
        return convocation_text(self.convocation, language)
