"""Plots of the reports (the ``plot`` extra: matplotlib, imported lazily)."""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Sequence
from types import MappingProxyType
from typing import TYPE_CHECKING

from hdnd._core.i18n import N_, Language, check_language, translate
from hdnd._core.optional import require
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import Gender
from hdnd.petitions.kinds import PetitionOutcome
from hdnd.reports.base import Report
from hdnd.reports.common import _pyplot, council_name
from hdnd.reports.composition_across import _PROVINCE_COLUMNS, composition_by_province
from hdnd.reports.indicators import INDICATORS
from hdnd.reports.profiles import _UNKNOWN, AGE_BANDS, Profile, _age_band

if TYPE_CHECKING:
    from matplotlib.axes import Axes  # noqa: TID251 - type annotations only

    from hdnd.reports.petition_trends import PetitionTrends

__all__ = ["plot_age_pyramid", "plot_petition_trends", "plot_shares_by_province"]


def plot_age_pyramid(
    dataset: Dataset,
    council: str,
    *,
    as_of: dt.date,
    language: Language = "vi",
    ax: Axes | None = None,
) -> Axes:
    """An age–gender pyramid of the delegates serving on *as_of* (needs the ``plot`` extra).

    Men to the left, women to the right, one bar per band of :data:`AGE_BANDS`; delegates
    with no recorded gender or birth date are left out (the composition report counts them).

    Raises:
        MissingExtraError: matplotlib is not installed.
        UnknownCouncilError: The dataset has no council *council* (a :class:`KeyError`).
    """
    check_language(language)
    plt = _pyplot("plot_age_pyramid()")
    index = dataset.index
    record = index.council(council)
    counts: defaultdict[tuple[str, Gender], int] = defaultdict(int)
    for delegate, mandate in index.serving(record.id, as_of):
        profile = Profile.of_delegate(delegate, mandate, as_of)
        band = _age_band(profile.age)[0]
        if profile.gender is not None and band != _UNKNOWN[0]:
            counts[band, profile.gender] += 1
    codes = [code for code, _, _, _ in AGE_BANDS]
    labels = [translate(label, language) for _, label, _, _ in AGE_BANDS]
    if ax is None:
        _, ax = plt.subplots()
    men = [-counts[code, Gender.MALE] for code in codes]
    women = [counts[code, Gender.FEMALE] for code in codes]
    ax.barh(labels, men, label=translate(N_("Nam"), language))
    ax.barh(labels, women, label=translate(N_("Nữ"), language))
    ax.axvline(0, color="black", linewidth=0.5)
    ax.set_title(translate(N_("Cơ cấu {council}"), language, council=council_name(index, record)))
    ax.set_xlabel(translate(N_("Số đại biểu"), language))
    ax.legend()
    return ax


def plot_shares_by_province(
    report: Report, indicator: str = "female", *, language: Language = "vi", ax: Axes | None = None
) -> Axes:
    """A bar per province: the share of *indicator* (a key of :data:`INDICATORS`).

    *report* is :func:`councils_composition` (added up by :func:`composition_by_province`) or
    already :func:`composition_by_province`. Needs the ``plot`` extra.

    Raises:
        MissingExtraError: matplotlib is not installed.
        ValueError: *indicator* is not a key of :data:`INDICATORS`.
    """
    check_language(language)
    chosen = next((i for i in INDICATORS if i.key == indicator), None)
    if chosen is None:
        msg = f"unknown indicator {indicator!r}: choose one of {[i.key for i in INDICATORS]}"
        raise ValueError(msg)
    plt = _pyplot("plot_shares_by_province()")
    if [c.key for c in report.columns] != [c.key for c in _PROVINCE_COLUMNS]:
        report = composition_by_province(report)
    rows = report.rows(language)
    if ax is None:
        _, ax = plt.subplots()
    names = [row["province_name"] for row in rows]
    values = [float(row[f"{indicator}_share"] or 0) * 100 for row in rows]
    ax.bar(names, values)
    ax.set_title(translate(chosen.share_label, language))
    ax.set_ylabel("%")
    return ax


_AXIS = MappingProxyType({"month": N_("Tháng"), "quarter": N_("Quý"), "year": N_("Năm")})
_ROMAN = ("I", "II", "III", "IV")
_TRENDS_SIZE = (9, 5)  # inches: room for the legend beside the bars
_MOST_TICKS = 16  # row labels that fit side by side under the bars


def plot_petition_trends(
    trends: PetitionTrends, *, language: Language = "vi", ax: Axes | None = None
) -> Axes:
    """Petitions by outcome as bars stacked per month (or quarter, or year), visits as a line.

    *trends* is :func:`~hdnd.reports.petition_trends.petition_trends`; its
    :meth:`~hdnd.reports.petition_trends.PetitionTrends.plot` calls this. The y axis starts
    at zero with whole-number ticks; at most 16 rows are labelled on the x axis (every
    second, third ... row on longer spans); series with nothing counted are left out.
    Without *ax*, a new figure with a constrained layout, the legend beside the bars
    (nothing clipped). Needs the ``plot`` extra.

    Raises:
        MissingExtraError: matplotlib is not installed.
    """
    check_language(language)
    plt = _pyplot("PetitionTrends.plot()")
    ticker = require("matplotlib.ticker", "PetitionTrends.plot()")
    if ax is None:
        _, ax = plt.subplots(figsize=_TRENDS_SIZE, layout="constrained")
    x = list(range(len(trends.months)))
    bottom = [0] * len(x)
    outcomes = [(o.value, o.label(language)) for o in PetitionOutcome]
    for key, label in [*outcomes, ("unknown", translate(N_("Chưa rõ"), language))]:
        heights = [trends.by_outcome[month][key] for month in trends.months]
        if any(heights):
            ax.bar(x, heights, bottom=bottom, label=label)
            bottom = [b + h for b, h in zip(bottom, heights, strict=True)]
    visits = [trends.visits[month] for month in trends.months]
    if any(visits):
        label = translate(N_("Lượt tiếp công dân"), language)
        ax.plot(x, visits, color="black", marker="o", label=label)
    ax.set_xticks(x, _ticks(trends.months, trends.every))
    ax.set_xlabel(translate(_AXIS[trends.every], language))
    ax.set_ylabel(translate(N_("Số lượng"), language))
    ax.set_ylim(bottom=0)
    ax.yaxis.set_major_locator(ticker.MaxNLocator(integer=True))
    title = trends.heading(language)
    if trends.subtitle:
        title += "\n" + trends._text(trends.subtitle, language)
    ax.set_title(title, loc="left")
    if ax.get_legend_handles_labels()[0]:  # beside the axes, never on a bar
        ax.legend(loc="upper left", bbox_to_anchor=(1, 1))
    return ax


def _ticks(labels: Sequence[str], every: str) -> list[str]:
    """Short tick labels: the month or quarter, the year under the first labelled of a year.

    On long spans only every n-th row is labelled, so that at most :data:`_MOST_TICKS` are.
    """
    ticks: list[str] = []
    nth, shown_year = -(-len(labels) // _MOST_TICKS), ""
    for position, label in enumerate(labels):
        year, _, part = label.partition("-")
        if position % nth:
            ticks.append("")
        elif every == "year":
            ticks.append(year)
        else:
            short = _ROMAN[int(part[1:]) - 1] if every == "quarter" else part
            ticks.append(short if year == shown_year else f"{short}\n{year}")
            shown_year = year
    return ticks
