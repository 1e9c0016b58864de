"""The ``hdnd`` command: demo, validate, report, schema, law (:mod:`hdnd.cli.law`).

Exit codes of ``hdnd validate``: 0 when the dataset is clean or has only warnings, 1 when any
finding is an error, 2 when the file cannot be read, is not JSON, or is not an hdnd dataset.
A reader that stops early (``hdnd demo | head``) ends the command quietly with exit code 0.
The command line is the only place in hdnd that reads the clock (``--as-of`` defaults to
today).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Callable, Sequence
from functools import partial
from typing import TextIO

from hdnd import __version__
from hdnd._core.errors import DatasetError
from hdnd._core.i18n import LANGUAGES, N_, Language, translate
from hdnd._core.period import Period
from hdnd.cli.law import BadInputError, add_law_commands, iso_date
from hdnd.cli.symbol import add_symbol_commands
from hdnd.dataset.dataset import Dataset
from hdnd.examples import load_example
from hdnd.io.json import load
from hdnd.io.schema import json_schema
from hdnd.reports.base import Format, Report
from hdnd.reports.composition import council_composition, councils_composition
from hdnd.reports.elections import council_election_results
from hdnd.reports.figures import figures_report
from hdnd.reports.overview import council_overview
from hdnd.reports.petitions import reception_summary
from hdnd.reports.sessions import (
    attendance_by_delegate,
    councils_sessions,
    delegate_attendance,
    session_activity,
    vote_margins,
)
from hdnd.validation.engine import validate

__all__ = ["main"]

EXIT_OK, EXIT_ERRORS, EXIT_BAD_INPUT = 0, 1, 2
EXAMPLES = ("can-tho", "synthetic-council")


def _read(path: str) -> Dataset:
    try:
        return load(path)
    except OSError as exc:
        reason = exc.strerror or str(exc)
        msg = f"cannot read {path}: {reason}."
        raise BadInputError(msg) from None
    except DatasetError as exc:
        msg = f"{path}: {exc}"
        raise BadInputError(msg) from None


def _reports(
    dataset: Dataset, as_of: dt.date, kind: str = "all", year: int | None = None
) -> list[Report]:
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
    if kind in ("all", "overview"):
        reports += [_overview(dataset, c.id, as_of) for c in dataset.councils]
    if kind == "composition":
        reports.append(councils_composition(dataset, as_of=as_of))
    if kind in ("all", "elections"):
        elected = [c for c in dataset.councils if dataset.index.elections_of(c.id)]
        reports += [_council_report(dataset, c.id, as_of, "elections") for c in elected]
    if kind == "all":
        period = None if year is None else Period.year(year)
        met = [c.id for c in dataset.councils if dataset.index.sessions_of(c.id)]
        reports += [
            _guarded(
                f"report of council {c!r}", partial(session_activity, dataset, c, period=period)
            )
            for c in met
        ]
    if kind == "sessions":
        reports.append(councils_sessions(dataset, year=as_of.year if year is None else year))
    return reports


def _session_reports(
    dataset: Dataset, council: str | None, delegate: str | None, year: int | None
) -> list[Report]:
    """A delegate's attendance, or a council's session activity, attendance and votes."""
    period = None if year is None else Period.year(year)
    if delegate is not None:
        make = partial(delegate_attendance, dataset, delegate, council=council, period=period)
        return [_guarded("session report", make)]
    makers = (session_activity, attendance_by_delegate, vote_margins)
    return [
        _guarded("session report", partial(make, dataset, council or "", period=period))
        for make in makers
    ]


def _council_report(dataset: Dataset, council: str, as_of: dt.date, kind: str) -> Report:
    """The report of one council: its composition, its elections, or else its overview."""
    what = f"report of council {council!r}"
    if kind == "composition":
        return _guarded(what, partial(council_composition, dataset, council, as_of=as_of))
    if kind == "elections":
        return _guarded(what, partial(council_election_results, dataset, council))
    return _overview(dataset, council, as_of)


def _guarded(what: str, make: Callable[[], Report]) -> Report:
    """*make()*, an unknown unit or term turned into a clear error (validate explains it)."""
    try:
        return make()
    except LookupError as exc:
        reason = exc.args[0] if exc.args else exc
        msg = f"no {what}: {reason} (run 'hdnd validate' for details)"
        raise BadInputError(msg) from None


def _overview(dataset: Dataset, council: str, as_of: dt.date) -> Report:
    make = partial(council_overview, dataset, council, as_of=as_of)
    return _guarded(f"overview of council {council!r}", make)


def _print_reports(reports: Sequence[Report], language: Language, fmt: Format, out: TextIO) -> None:
    for report in reports:
        out.write(report.render(language, fmt) + "\n\n")


def _verdict(dataset: Dataset, as_of: dt.date, language: Language) -> str:
    findings = validate(dataset, as_of=as_of)
    return findings.render(language)


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    header = translate(N_("# hdnd {version}: ví dụ có sẵn"), language, version=__version__)
    out.write(header + "\n\n")
    for name in EXAMPLES:
        dataset = load_example(name)
        out.write(f"# {dataset.title}\n\n")
        _print_reports(_reports(dataset, args.as_of), language, args.format, out)
        out.write(translate(N_("Kết quả kiểm tra:"), language) + "\n")
        out.write(_verdict(dataset, args.as_of, language) + "\n\n")
    return EXIT_OK


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    dataset = _read(args.file)
    findings = validate(dataset, as_of=args.as_of)
    if args.format == "json":
        out.write(json.dumps(findings.to_json(args.lang), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(findings.render(args.lang) + "\n")
    return EXIT_ERRORS if findings.has_errors else EXIT_OK


def _cmd_report(args: argparse.Namespace, out: TextIO) -> int:
    if args.delegate and args.kind != "sessions":
        msg = "--delegate goes with --kind sessions"
        raise BadInputError(msg)
    if args.file:
        datasets = [_read(args.file)]
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
        if args.kind == "sessions" and (args.council or args.delegate):
            reports = _session_reports(dataset, args.council, args.delegate, args.year)
        elif args.council:
            reports = [_council_report(dataset, args.council, args.as_of, args.kind)]
        else:
            reports = _reports(dataset, args.as_of, args.kind, args.year)
        _print_reports(reports, args.lang, args.format, out)
    return EXIT_OK


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=args.indent) + "\n")
    return EXIT_OK


def _parser(today: dt.date) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hdnd",
        description="Models, legal checks and reports for Vietnam's People's Councils.",
    )
    parser.add_argument("--version", action="version", version=f"hdnd {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def common(sub: argparse.ArgumentParser, formats: Sequence[str], default: str) -> None:
        sub.add_argument("--lang", choices=LANGUAGES, default="vi", help="output language")
        sub.add_argument("--format", choices=formats, default=default, help="output format")
        sub.add_argument(
            "--as-of", type=iso_date, default=today, metavar="DATE",
            help="judge the data as of this day (YYYY-MM-DD; default today)",
        )  # fmt: skip

    demo = commands.add_parser("demo", help="render every figure of the built-in examples")
    common(demo, ("markdown", "html"), "markdown")
    demo.set_defaults(run=_cmd_demo)

    check = commands.add_parser("validate", help="check a dataset file against the law")
    check.add_argument("file", metavar="FILE")
    common(check, ("text", "json"), "text")
    check.set_defaults(run=_cmd_validate)

    report = commands.add_parser("report", help="render the reports of a dataset file")
    report.add_argument("file", metavar="FILE", nargs="?", help="default: the built-in examples")
    report.add_argument(
        "--kind",
        choices=("all", "figures", "reception", "overview", "composition", "elections", "sessions"),
        default="all",
        help="composition, sessions: one row per council (with --council: that council in full)",
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
        "the whole term for one council or delegate)",
    )
    common(report, ("markdown", "html"), "markdown")
    report.set_defaults(run=_cmd_report)

    schema = commands.add_parser("schema", help="print the JSON Schema of dataset files")
    schema.add_argument("--indent", type=int, default=2)
    schema.set_defaults(run=_cmd_schema)

    add_law_commands(commands, today)
    add_symbol_commands(commands)
    return parser


def main(argv: Sequence[str] | None = None, *, today: dt.date | None = None) -> int:
    """Run the command line; return the exit code.

    Args:
        argv: Arguments without the program name (default: ``sys.argv[1:]``).
        today: The default for ``--as-of`` (default: the system clock's date).
    """
    parser = _parser(today or dt.date.today())
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace, TextIO], int] = args.run
    try:
        return run(args, sys.stdout)
    except BadInputError as exc:
        sys.stderr.write(f"hdnd: {exc}\n")
        return EXIT_BAD_INPUT
    except BrokenPipeError:  # the reader stopped early ('hdnd demo | head'): not an error
        _silence_stdout()
        return EXIT_OK


def _silence_stdout() -> None:
    """Point stdout at the null device, so that flushing it at exit does not fail again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (AttributeError, OSError, ValueError):  # not a real file (tests, notebooks)
        pass


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
