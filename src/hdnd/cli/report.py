"""``hdnd report``: the reports of a dataset file (or of the built-in examples).

.. code-block:: sh

    hdnd report council.json --kind composition --as-of 2026-11-01
    hdnd report --council ct-2021 --kind sessions --year 2026
    hdnd report --delegate d-001 --kind sessions --lang en
    hdnd report register.json --kind voter-contact --year 2014
    hdnd report national.json --kind confidence --year 2028
"""

from __future__ import annotations

import argparse
import datetime as dt
from functools import partial
from typing import TextIO

from hdnd._core.errors import BadInputError
from hdnd._core.period import Period
from hdnd.cli.common import (
    EXAMPLES,
    EXIT_OK,
    Commands,
    add_output_options,
    confidence,
    council_report,
    guarded,
    print_reports,
    read_dataset,
    reports_of,
    year_until,
)
from hdnd.dataset.dataset import Dataset
from hdnd.examples import load_example
from hdnd.reports.base import Report
from hdnd.reports.sessions import (
    attendance_by_delegate,
    delegate_attendance,
    session_activity,
    vote_margins,
)
from hdnd.reports.voter_contact import voter_contact_summary

__all__ = ["add_report_command"]


def _session_reports(
    dataset: Dataset, council: str | None, delegate: str | None, year: int | None
) -> list[Report]:
    """A delegate's attendance, or a council's session activity, attendance and votes."""
    period = None if year is None else Period.year(year)
    if delegate is not None:
        make = partial(delegate_attendance, dataset, delegate, council=council, period=period)
        return [guarded("session report", make)]
    makers = (session_activity, attendance_by_delegate, vote_margins)
    return [
        guarded("session report", partial(make, dataset, council or "", period=period))
        for make in makers
    ]


def _reports(dataset: Dataset, args: argparse.Namespace) -> list[Report]:
    """The reports of *dataset* the options ask for."""
    if args.kind == "sessions" and (args.council or args.delegate):
        return _session_reports(dataset, args.council, args.delegate, args.year)
    if args.kind == "voter-contact" and args.council:
        period = year_until(args.year, args.as_of)
        make = partial(
            voter_contact_summary, dataset, args.council, as_of=args.as_of, period=period
        )
        return [guarded(f"voter-contact report of council {args.council!r}", make)]
    if args.kind == "confidence" and args.council:
        return confidence(dataset, args.as_of, year_until(args.year, args.as_of), args.council)
    if args.council:
        return [council_report(dataset, args.council, args.as_of, args.kind)]
    return reports_of(dataset, args.as_of, args.kind, args.year)


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    if args.delegate and args.kind != "sessions":
        msg = "--delegate goes with --kind sessions"
        raise BadInputError(msg)
    if args.file:
        datasets = [read_dataset(args.file)]
    else:
        datasets = [load_example(name) for name in EXAMPLES]
        if args.council:  # the first built-in example that has the council
            datasets = [d for d in datasets if args.council in d.index.councils][:1]
        if args.delegate:  # ... or the delegate
            datasets = [d for d in datasets if args.delegate in d.index.delegates][:1]
    where = "the dataset" if args.file else "the built-in examples"
    if args.council and not any(args.council in d.index.councils for d in datasets):
        msg = f"no council {args.council!r} in {where}"
        raise BadInputError(msg)
    if args.delegate and not any(args.delegate in d.index.delegates for d in datasets):
        msg = f"no delegate {args.delegate!r} in {where}"
        raise BadInputError(msg)
    for dataset in datasets:
        reports = _reports(dataset, args)
        print_reports(reports, args.lang, args.format, out)
    return EXIT_OK


def add_report_command(commands: Commands[argparse.ArgumentParser], today: dt.date) -> None:
    """Add ``hdnd report`` to the ``hdnd`` parser."""
    report = commands.add_parser("report", help="render the reports of a dataset file")
    report.add_argument("file", metavar="FILE", nargs="?", help="default: the built-in examples")
    report.add_argument(
        "--kind",
        choices=(
            "all",
            "figures",
            "reception",
            "register",
            "overview",
            "composition",
            "elections",
            "sessions",
            "voter-contact",
            "confidence",
        ),
        default="all",
        help="composition, sessions: one row per council (with --council: that council in full);"
        " register: the petition register counted from its records, and its table;"
        " voter-contact: voter meetings and voter petitions counted, by province (with"
        " --council: that council's); confidence: the confidence ratings and votes of each"
        " council that holds some (with --council: that council's)",
    )
    report.add_argument(
        "--council",
        metavar="ID",
        help="only this council: its overview, or what --kind names (composition, elections ...)",
    )
    report.add_argument(
        "--delegate",
        metavar="ID",
        help="with --kind sessions: this delegate's attendance across the term",
    )
    report.add_argument(
        "--year",
        type=int,
        metavar="YEAR",
        help="sessions opening in this year (default: the year of --as-of across councils, "
        "the whole term for one council or delegate); petitions received in it; voter "
        "meetings held in it, and the voter petitions first raised in it; confidence "
        "ratings and votes held in it",
    )
    add_output_options(report, ("markdown", "html"), "markdown", today)
    report.set_defaults(run=_cmd_report)
