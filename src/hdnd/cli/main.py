"""The ``hdnd`` command: one module per command under :mod:`hdnd.cli`.

:mod:`~hdnd.cli.demo`, :mod:`~hdnd.cli.validate`, :mod:`~hdnd.cli.report`,
:mod:`~hdnd.cli.schema`, :mod:`~hdnd.cli.law` and :mod:`~hdnd.cli.symbol` each add their
command to the parser; what they share (exit codes, option types, reading a file, choosing the
reports) is in :mod:`hdnd.cli.common`.

Exit codes of ``hdnd validate``: 0 when the dataset is clean or has only warnings, 1 when any
finding is an error, 2 when the file cannot be read, is not JSON, or is not an hdnd dataset.
A reader that stops early (``hdnd demo | head``) ends the command quietly with exit code 0.
The command line is the only place in hdnd that reads the clock (``--as-of`` defaults to
today).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Sequence

from hdnd import __version__
from hdnd._core.errors import BadInputError
from hdnd.cli.common import EXIT_BAD_INPUT, EXIT_OK, Run
from hdnd.cli.demo import add_demo_command
from hdnd.cli.law import add_law_commands
from hdnd.cli.report import add_report_command
from hdnd.cli.schema import add_schema_command
from hdnd.cli.symbol import add_symbol_commands
from hdnd.cli.validate import add_validate_command

__all__ = ["main"]


def _parser(today: dt.date) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="hdnd",
        description="Models, legal checks and reports for Vietnam's People's Councils.",
    )
    parser.add_argument("--version", action="version", version=f"hdnd {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    add_demo_command(commands, today)
    add_validate_command(commands, today)
    add_report_command(commands, today)
    add_schema_command(commands)
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
    run: Run = args.run
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
