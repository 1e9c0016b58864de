"""Seat quotas: how many delegates a council has, from its unit's population.

A quota is a base number of seats up to a population, plus one seat per full step of
residents above it (possibly with a second, larger step), capped. "Cứ thêm 70.000 dân được
bầu thêm 01 đại biểu" counts only *full* steps: 69,999 residents above the base add nothing.

```pycon
>>> formula = SeatFormula(base_seats=15, base_population=5_000,
...                       steps=(Step(above=5_000, per=1_000), Step(above=10_000, per=3_000)),
...                       cap=30)
>>> [formula.seats(p) for p in (5_000, 5_999, 6_000, 10_000, 12_999, 13_000, 40_000, 10**6)]
[15, 15, 16, 20, 20, 21, 30, 30]

```
"""

from __future__ import annotations

from typing import Any

import attrs

from hdnd._core.i18n import Language, translate
from hdnd._core.labels import N_, LabelledEnum, register_labels
from hdnd.law.citation import Citation
from hdnd.law.levels import UnitKind

__all__ = [
    "NotApplicable",
    "NotApplicableReason",
    "SeatBasis",
    "SeatFormula",
    "SeatQuota",
    "Step",
    "check_population",
]


def check_population(population: object) -> int:
    """Return *population* if it is a whole number of residents, else raise ``ValueError``.

    >>> check_population(True)
    Traceback (most recent call last):
    ...
    ValueError: population must be a whole number of at least 0, not True
    """
    if isinstance(population, bool) or not isinstance(population, int) or population < 0:
        msg = f"population must be a whole number of at least 0, not {population!r}"
        raise ValueError(msg)
    return population


@attrs.frozen
class Step:
    """One seat per *per* residents above *above* (until the next step begins)."""

    above: int
    per: int


@attrs.frozen
class SeatFormula:
    """A stepped seat formula with a cap, or a fixed number when there are no steps."""

    base_seats: int
    base_population: int = 0
    steps: tuple[Step, ...] = ()
    cap: int | None = None
    citation: Citation | None = attrs.field(default=None, eq=False)
    """Where the formula is written (with its confidence)."""

    def snapshot(self) -> dict[str, Any]:
        """The formula's parameters as plain data (for the golden snapshot and the docs)."""
        return {
            "base_seats": self.base_seats,
            "base_population": self.base_population,
            "steps": [[step.above, step.per] for step in self.steps],
            "cap": self.cap,
            "citation": self.citation.render("en") if self.citation else None,
            "confidence": self.citation.confidence.value if self.citation else None,
        }

    def seats(self, population: int) -> int:
        """The number of seats for *population* residents (full steps only, then the cap)."""
        check_population(population)
        seats = self.base_seats
        for index, step in enumerate(self.steps):
            upper = self.steps[index + 1].above if index + 1 < len(self.steps) else population
            if population > step.above:
                seats += (min(population, upper) - step.above) // step.per
        return seats if self.cap is None else min(seats, self.cap)


@attrs.frozen
class SeatBasis:
    """What a seat quota depends on.

    Attributes:
        kind: The kind of unit.
        population: Its residents on the date the law takes the population from.
        mountainous: In a mountainous area (miền núi).
        highland: In a highland area (vùng cao).
        island: An island unit (hải đảo).
        parent_kind: The kind of the unit above it (a ward of a central city counts differently
            from a ward of a province).
        unit_code: The unit's code; Hà Nội (``01``) and Hồ Chí Minh City (``79``) have fixed
            numbers.
        communes: The number of commune-level units within it (district-level units with 30
            or more had their number of seats set by the Standing Committee before 2025).
    """

    kind: UnitKind
    population: int
    mountainous: bool = False
    highland: bool = False
    island: bool = False
    parent_kind: UnitKind | None = None
    unit_code: str | None = None
    communes: int | None = None


@attrs.frozen
class SeatQuota:
    """A seat quota and the rule it came from."""

    seats: int
    citation: Citation
    formula: SeatFormula

    is_applicable = True


class NotApplicableReason(LabelledEnum):
    """Why a rule gives no number."""

    NO_SUCH_KIND = "no-such-kind"
    NO_COUNCIL = "no-council"
    MISSING_INFORMATION = "missing-information"
    NOT_ENCODED = "not-encoded"


register_labels(
    NotApplicableReason,
    {
        NotApplicableReason.NO_SUCH_KIND: N_("loại đơn vị này không tồn tại vào ngày đó"),
        NotApplicableReason.NO_COUNCIL: N_("đơn vị này không tổ chức Hội đồng nhân dân"),
        NotApplicableReason.MISSING_INFORMATION: N_("thiếu thông tin để xác định"),
        NotApplicableReason.NOT_ENCODED: N_("hdnd chưa mã hóa quy định của thời điểm đó"),
    },
)


@attrs.frozen
class NotApplicable:
    """No number: the rule does not apply (with the reason and, where known, the basis).

    A ``NotApplicable`` is falsy-free and explicit: test ``result.is_applicable``.
    """

    reason: NotApplicableReason
    detail: str = ""
    citation: Citation | None = None

    is_applicable = False

    def describe(self, language: Language = "vi") -> str:
        """The reason in words, with the detail if any."""
        text = self.reason.label(language)
        return f"{text}: {translate(self.detail, language)}" if self.detail else text

    def localize(self, language: Language) -> str:
        """Same as :meth:`describe`."""
        return self.describe(language)


@attrs.frozen
class Band:
    """A fixed number of *seats* for a population of at most *up_to* (and above the last)."""

    up_to: int
    seats: int


@attrs.frozen
class BandedSeatFormula(SeatFormula):
    """A seat formula with fixed bands between the base and the steps.

    The 2015 and 2019 formulas for mountainous communes give a fixed number per population
    band ("từ trên 1.000 đến 2.000 dân được bầu 20 đại biểu") before the steps begin. Above
    the base population the first band that holds the population gives the seats; above
    the last band, the steps count from that band's seats.

    ```pycon
    >>> f = BandedSeatFormula(15, 1_000, (Step(3_000, 1_000),), cap=35,
    ...                       bands=(Band(2_000, 20), Band(3_000, 25)))
    >>> [f.seats(p) for p in (1_000, 1_001, 2_000, 2_001, 3_999, 4_000, 13_000, 14_000)]
    [15, 20, 20, 25, 25, 26, 35, 35]

    ```
    """

    bands: tuple[Band, ...] = ()

    def seats(self, population: int) -> int:
        """The number of seats for *population* residents."""
        check_population(population)
        if population <= self.base_population or not self.bands:
            return super().seats(population)
        for band in self.bands:
            if population <= band.up_to:
                return band.seats if self.cap is None else min(band.seats, self.cap)
        last = self.bands[-1]
        return SeatFormula(last.seats, last.up_to, self.steps, self.cap).seats(population)

    def snapshot(self) -> dict[str, Any]:
        """The formula's parameters, bands included."""
        return {**super().snapshot(), "bands": [[b.up_to, b.seats] for b in self.bands]}
