"""``hdnd validate``: check a dataset file against the law and print the findings.

Exit codes: 0 when the dataset is clean or has only warnings, 1 when any finding is an error,
2 when the file cannot be read, is not JSON, or is not an hdnd dataset.

.. code-block:: sh

    hdnd validate council.json --as-of 2026-11-01 --format json
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
from typing import TextIO

from hdnd.cli.common import EXIT_ERRORS, EXIT_OK, Commands, add_output_options, read_dataset
from hdnd.validation.engine import validate

__all__ = ["add_validate_command"]


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    dataset = read_dataset(args.file)
    findings = validate(dataset, as_of=args.as_of)
    if args.format == "json":
        out.write(json.dumps(findings.to_json(args.lang), ensure_ascii=False, indent=2) + "\n")
    else:
        out.write(findings.render(args.lang) + "\n")
    return EXIT_ERRORS if findings.has_errors else EXIT_OK


def add_validate_command(commands: Commands[argparse.ArgumentParser], today: dt.date) -> None:
    """Add ``hdnd validate`` to the ``hdnd`` parser."""
    check = commands.add_parser("validate", help="check a dataset file against the law")
    check.add_argument("file", metavar="FILE")
    add_output_options(check, ("text", "json"), "text", today)
    check.set_defaults(run=_cmd_validate)
