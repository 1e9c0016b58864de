"""The check registry: ``@check``, the days each check applies to, and what a check receives.

A leaf of the validation package: it imports neither the engine nor the checks. A check
module imports this registry and registers its functions with :func:`check`; the engine
imports the registry and the checks, and runs what is registered.

A check built on the law declares the instruments it rests on (``rests_on``): it applies on
the days one of them is in force, from the first one's effective date to the day before an
instrument it does not encode replaces the last (:func:`hdnd.law.registry.in_force_until`);
an amending instrument (a subclass) counts as the instrument it amends.
``since`` and ``until`` narrow that window further. On any other day the check judges
nothing, or stands aside with a ``rule-not-encoded`` information finding
(:meth:`CheckContext.stand_aside`).

```pycon
>>> import datetime as dt
>>> from hdnd.law.local_government.lg2015 import LocalGovernmentLaw2015
>>> from hdnd.law.local_government.lg2025 import LocalGovernmentLaw2025
>>> spec = CheckSpec(lambda ctx: (), ("first-session-late",),
...                  rests_on=(LocalGovernmentLaw2015, LocalGovernmentLaw2025))
>>> spec.periods
((datetime.date(2016, 1, 1), datetime.date(2025, 2, 28)), (datetime.date(2025, 6, 16), None))
>>> spec.applies_on(dt.date(2025, 4, 1)), spec.applies_on(dt.date(2026, 4, 1))
(False, True)
>>> spec.describe_dates()
'2016-01-01 – 2025-02-28; from 2025-06-16'

```
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable

import attrs

from hdnd._core.i18n import N_, Msg
from hdnd.dataset.dataset import Dataset, DatasetIndex
from hdnd.law.citation import Confidence
from hdnd.law.framework import Framework, framework_at
from hdnd.law.instrument import Instrument
from hdnd.law.registry import INSTRUMENTS, in_force_until
from hdnd.validation.catalogue import CODES
from hdnd.validation.finding import Finding

__all__ = ["Check", "CheckContext", "CheckSpec", "check", "registered"]

_Period = tuple[dt.date, dt.date | None]

NOT_ENCODED = N_("hdnd chưa mã hóa quy định của luật có hiệu lực vào ngày này")
"""The usual reason a check stands aside: no encoded rule for the day."""


@attrs.frozen
class CheckSpec:
    """A registered check: its function, the codes it may report and the days it applies to.

    Attributes:
        function: The check.
        codes: The finding codes it may report.
        rests_on: The instruments whose rules it applies (none for a consistency check).
        since: The first day it applies, if narrower than its instruments'.
        until: The last day it applies, if narrower than its instruments'.
        confidence: The confidence of the rules it may cite, weakest last.
    """

    function: Check
    codes: tuple[str, ...]
    rests_on: tuple[type[Instrument], ...] = ()
    since: dt.date | None = None
    until: dt.date | None = None
    confidence: tuple[Confidence, ...] = ()

    @property
    def name(self) -> str:
        """The check function's name."""
        return self.function.__name__

    periods: tuple[_Period, ...] = attrs.field(init=False, eq=False, repr=False)
    """The periods the check applies to, as (first, last) days; ``None``: open-ended."""

    def __attrs_post_init__(self) -> None:
        # computed once: a check asks whether it applies for every record it judges
        object.__setattr__(self, "periods", self._periods())

    def _periods(self) -> tuple[_Period, ...]:
        spans: list[tuple[dt.date | None, dt.date | None]] = [
            (cls.effective, in_force_until(cls))
            for cls in INSTRUMENTS
            if issubclass(cls, self.rests_on)  # an amendment keeps the rules it inherits
        ] or [(None, None)]
        merged: list[tuple[dt.date | None, dt.date | None]] = []
        for first, last in sorted(spans, key=lambda s: s[0] or dt.date.min):
            previous = merged[-1] if merged else None
            if previous is not None and (
                previous[1] is None or first is None or first <= previous[1] + _DAY
            ):
                end = None if previous[1] is None or last is None else max(previous[1], last)
                merged[-1] = (previous[0], end)
            else:
                merged.append((first, last))
        clipped: list[_Period] = []
        for first, last in merged:
            start = max(d for d in (first, self.since, dt.date.min) if d is not None)
            ends = [d for d in (last, self.until) if d is not None]
            end = min(ends) if ends else None
            if end is None or start <= end:
                clipped.append((start, end))
        return tuple(clipped)

    def applies_on(self, day: dt.date) -> bool:
        """Whether the check judges records of *day* (a law it encodes is in force)."""
        return any(first <= day and (last is None or day <= last) for first, last in self.periods)

    def describe_dates(self) -> str:
        """The periods, as the findings catalogue writes them (``from 2016-01-01``)."""
        parts = []
        for first, last in self.periods:
            if first == dt.date.min:
                parts.append("any day" if last is None else f"until {last.isoformat()}")
            elif last is None:
                parts.append(f"from {first.isoformat()}")
            else:
                parts.append(f"{first.isoformat()} – {last.isoformat()}")
        return "; ".join(parts)


_DAY = dt.timedelta(days=1)


@attrs.frozen
class CheckContext:
    """What a check receives: the dataset, the day to judge it on, and the check's own dates.

    Attributes:
        dataset: The dataset to check.
        as_of: The day it is judged on.
        spec: The check being run (set by the engine), for :meth:`applies`.
    """

    dataset: Dataset
    as_of: dt.date
    spec: CheckSpec | None = None
    _applies: dict[dt.date, bool] = attrs.field(factory=dict, init=False, eq=False, repr=False)

    @property
    def index(self) -> DatasetIndex:
        """The dataset's cross-reference index."""
        return self.dataset.index

    def framework(self, on: dt.date) -> Framework:
        """The rules in force on *on* (:func:`hdnd.law.framework_at`, which caches them)."""
        return framework_at(on)

    def applies(self, day: dt.date) -> bool:
        """Whether the running check judges a record of *day* (always, outside a check)."""
        known = self._applies.get(day)
        if known is None:  # a check asks for the same few days thousands of times
            known = self._applies[day] = self.spec is None or self.spec.applies_on(day)
        return known

    def stand_aside(
        self,
        code: str,
        *,
        record: str,
        day: dt.date,
        field: str | None = None,
        reason: Msg = NOT_ENCODED,
    ) -> Finding:
        """An information finding: the rule behind *code* is not judged on *day*, and why."""
        params = {"rule": CODES[code].title, "day": day, "reason": reason}
        return Finding("rule-not-encoded", record=record, field=field, params=params)


Check = Callable[[CheckContext], Iterable[Finding]]
"""A check: a function of the context that yields findings and never raises on bad data."""

registered: list[CheckSpec] = []
"""The registered checks, in registration order (the engine imports the check modules)."""


def check(
    *codes: str,
    rests_on: Iterable[type[Instrument]] = (),
    since: dt.date | None = None,
    until: dt.date | None = None,
    confidence: Iterable[Confidence] = (),
) -> Callable[[Check], Check]:
    """Register a check that may report *codes* (each must be in the findings catalogue).

    Args:
        codes: The codes it may report.
        rests_on: The instruments whose rules it applies; its dates come from theirs.
        since: The first day it applies, if later than its instruments allow.
        until: The last day it applies, if earlier than its instruments allow.
        confidence: The confidence of the rules it may cite (shown in the catalogue).

    Raises:
        ValueError: An unknown code.
    """
    unknown = [code for code in codes if code not in CODES]
    if unknown:
        msg = f"unknown finding codes: {', '.join(unknown)}"
        raise ValueError(msg)

    def register(function: Check) -> Check:
        spec = CheckSpec(function, codes, tuple(rests_on), since, until, tuple(confidence))
        registered.append(spec)
        return function

    return register
