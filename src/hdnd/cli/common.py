"""What every ``hdnd`` command shares: exit codes, option types, reading a file, reports.

```pycon
>>> iso_date("2026-03-15")
datetime.date(2026, 3, 15)
>>> count("12"), EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT
(12, 0, 1, 2)

```
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from typing import TextIO

from hdnd._core.errors import BadInputError, DatasetError
from hdnd._core.i18n import LANGUAGES, Language
from hdnd._core.period import Period
from hdnd.dataset.dataset import Dataset
from hdnd.io.json import load
from hdnd.reports.base import Format, Report
from hdnd.reports.composition import council_composition, councils_composition
from hdnd.reports.confidence import confidence_results
from hdnd.reports.elections import council_election_results
from hdnd.reports.figures import figures_report
from hdnd.reports.overview import council_overview
from hdnd.reports.petitions import reception_summary
from hdnd.reports.register import petition_register
from hdnd.reports.registry import registry_rows
from hdnd.reports.sessions import councils_sessions, session_activity
from hdnd.reports.voter_contact import VoterContactSummary, voter_contact_summary

__all__ = [
    "EXAMPLES",
    "EXIT_BAD_INPUT",
    "EXIT_ERRORS",
    "EXIT_OK",
    "BadInputError",
    "Commands",
    "Run",
    "add_output_options",
    "confidence",
    "council_report",
    "count",
    "guarded",
    "iso_date",
    "overview",
    "print_reports",
    "read_dataset",
    "reports_of",
    "voter_contact",
    "year_until",
]

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
"""Exit codes: success, findings that are errors (``hdnd validate``), bad input."""

EXAMPLES = ("can-tho", "synthetic-council")
"""The built-in examples ``hdnd demo`` and ``hdnd report`` (without a file) use."""

Run = Callable[[argparse.Namespace, TextIO], int]
"""A command: it writes to the stream and returns the exit code."""

Commands = argparse._SubParsersAction


def iso_date(text: str) -> dt.date:
    """Parse a command-line date (``YYYY-MM-DD``) for argparse."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        msg = f"not a date in the form YYYY-MM-DD: {text!r}"
        raise argparse.ArgumentTypeError(msg) from None


def count(text: str) -> int:
    """Parse a command-line whole number of at least 0 for argparse."""
    try:
        value = int(text, 10)
    except ValueError:
        value = -1
    if value < 0:
        msg = f"not a whole number of at least 0: {text!r}"
        raise argparse.ArgumentTypeError(msg)
    return value


def add_output_options(
    sub: argparse.ArgumentParser, formats: Sequence[str], default: str, today: dt.date
) -> None:
    """Add ``--lang``, ``--format`` (one of *formats*) and ``--as-of`` (default *today*)."""
    sub.add_argument("--lang", choices=LANGUAGES, default="vi", help="output language")
    sub.add_argument("--format", choices=formats, default=default, help="output format")
    sub.add_argument(
        "--as-of", type=iso_date, default=today, metavar="DATE",
        help="judge the data as of this day (YYYY-MM-DD; default today)",
    )  # fmt: skip


def read_dataset(path: str) -> Dataset:
    """The dataset in the file at *path*; a file that cannot be read is :class:`BadInputError`."""
    try:
        return load(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        msg = f"cannot read {path}: {reason}."
        raise BadInputError(msg) from None
    except DatasetError as exc:
        msg = f"{path}: {exc}"
        raise BadInputError(msg) from None


def guarded(what: str, make: Callable[[], Report]) -> Report:
    """*make()*, an unknown unit or term turned into a clear error (validate explains it)."""
    try:
        return make()
    except LookupError as exc:
        reason = exc.args[0] if exc.args else exc
        msg = f"no {what}: {reason} (run 'hdnd validate' for details)"
        raise BadInputError(msg) from None


def overview(dataset: Dataset, council: str, as_of: dt.date) -> Report:
    """The overview of one council, guarded."""
    make = partial(council_overview, dataset, council, as_of=as_of)
    return guarded(f"overview of council {council!r}", make)


def council_report(dataset: Dataset, council: str, as_of: dt.date, kind: str) -> Report:
    """The report of one council: its composition, its elections, or else its overview."""
    what = f"report of council {council!r}"
    if kind == "composition":
        return guarded(what, partial(council_composition, dataset, council, as_of=as_of))
    if kind == "elections":
        return guarded(what, partial(council_election_results, dataset, council))
    return overview(dataset, council, as_of)


def year_until(year: int | None, as_of: dt.date) -> Period | None:
    """The calendar *year* counted as of *as_of*; a year that begins after it is bad input."""
    if year is None:
        return None
    if as_of < dt.date(year, 1, 1):
        msg = f"--year {year} begins after --as-of {as_of.isoformat()}: nothing to count yet"
        raise BadInputError(msg)
    return Period.year(year)


def voter_contact(
    dataset: Dataset, as_of: dt.date, period: Period | None = None
) -> list[VoterContactSummary]:
    """The voter contact of each province of the dataset's units, and of the whole dataset.

    One summary per province (a unit without a parent) that holds meetings or petitions over
    *period* — those held in it or under it, beside the figures its office published — after
    the summary of the whole dataset, which is left out when a single province holds
    everything it counts.
    """
    make = partial(voter_contact_summary, dataset, as_of=as_of, period=period)
    whole = make()
    parts = [
        summary
        for unit in dataset.units
        if unit.parent is None and _holds(summary := make(unit.code))
    ]
    if len(parts) == 1 and _counts(parts[0]) == _counts(whole):
        return parts
    return [whole, *parts]


def confidence(
    dataset: Dataset, as_of: dt.date, period: Period | None = None, council: str | None = None
) -> list[Report]:
    """The confidence ratings and votes of each council that holds some over *period*.

    In the dataset's order of councils, those with a confidence rating or vote whose day is
    in *period* (any day, without one) and not after *as_of*; with *council*, that council's
    alone, whatever it holds.
    """
    if council is not None:
        make = partial(confidence_results, dataset, council, as_of=as_of, period=period)
        return [guarded(f"confidence report of council {council!r}", make)]
    days = [(r.council, r.day) for r in dataset.confidence_ratings]
    days += [(v.council, v.day) for v in dataset.confidence_votes]
    held = {
        held_by
        for held_by, day in days
        if day <= as_of and (period is None or period.start <= day <= period.end)
    }
    return [
        guarded(
            f"confidence report of council {c.id!r}",
            partial(confidence_results, dataset, c.id, as_of=as_of, period=period),
        )
        for c in dataset.councils
        if c.id in held
    ]


def _holds(summary: VoterContactSummary) -> bool:
    return bool(summary.meetings or summary.petitions or summary.merged)


def _counts(summary: VoterContactSummary) -> tuple[int, int, int]:
    return summary.meetings, summary.petitions, summary.merged


def reports_of(
    dataset: Dataset, as_of: dt.date, kind: str = "all", year: int | None = None
) -> list[Report]:
    """The reports of *dataset* that ``hdnd demo`` and ``hdnd report --kind`` print."""
    reports: list[Report] = []
    if kind in ("all", "figures") and dataset.figures:
        reports.append(figures_report(dataset))
    has_reception = (
        dataset.citizen_visits
        or dataset.petitions
        or any(f.indicator in ("citizen-visits", "petitions-received") for f in dataset.figures)
    )
    if kind in ("all", "reception") and has_reception:
        reports.append(reception_summary(dataset))
    if kind == "register" or (kind == "all" and (dataset.petitions or dataset.citizen_visits)):
        days = year_until(year, as_of)
        reports.append(petition_register(dataset, as_of=as_of, period=days))
        if kind == "register":
            reports.append(registry_rows(dataset, as_of=as_of, period=days))
    if kind == "voter-contact" or (kind == "all" and dataset.voter_meetings):
        reports += voter_contact(dataset, as_of, year_until(year, as_of))
    if kind == "confidence" or (kind == "all" and dataset.confidence_ratings):
        reports += confidence(dataset, as_of, year_until(year, as_of))
    if kind in ("all", "overview"):
        reports += [overview(dataset, c.id, as_of) for c in dataset.councils]
    if kind == "composition":
        reports.append(councils_composition(dataset, as_of=as_of))
    if kind in ("all", "elections"):
        elected = [c for c in dataset.councils if dataset.index.elections_of(c.id)]
        reports += [council_report(dataset, c.id, as_of, "elections") for c in elected]
    if kind == "all":
        period = None if year is None else Period.year(year)
        met = [c.id for c in dataset.councils if dataset.index.sessions_of(c.id)]
        reports += [
            guarded(
                f"report of council {c!r}", partial(session_activity, dataset, c, period=period)
            )
            for c in met
        ]
    if kind == "sessions":
        reports.append(councils_sessions(dataset, year=as_of.year if year is None else year))
    return reports


def print_reports(reports: Sequence[Report], language: Language, fmt: Format, out: TextIO) -> None:
    """Write each report in *language* and format *fmt*, a blank line after each."""
    for report in reports:
        out.write(report.render(language, fmt) + "\n\n")
