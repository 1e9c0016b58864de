"""``hdnd demo``: every report and the findings of the built-in examples.

.. code-block:: sh

    hdnd demo --lang en --as-of 2026-11-01
"""

from __future__ import annotations

import argparse
import datetime as dt
from typing import TextIO

from hdnd import __version__
from hdnd._core.i18n import N_, Language, translate
from hdnd.cli.common import (
    EXAMPLES,
    EXIT_OK,
    Commands,
    add_output_options,
    print_reports,
    reports_of,
)
from hdnd.examples import load_example
from hdnd.validation.engine import validate

__all__ = ["add_demo_command"]


def _cmd_demo(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    header = translate(N_("# hdnd {version}: ví dụ có sẵn"), language, version=__version__)
    out.write(header + "\n\n")
    for name in EXAMPLES:
        dataset = load_example(name)
        out.write(f"# {dataset.title}\n\n")
        print_reports(reports_of(dataset, args.as_of), language, args.format, out)
        out.write(translate(N_("Kết quả kiểm tra:"), language) + "\n")
        out.write(validate(dataset, as_of=args.as_of).render(language) + "\n\n")
    return EXIT_OK


def add_demo_command(commands: Commands[argparse.ArgumentParser], today: dt.date) -> None:
    """Add ``hdnd demo`` to the ``hdnd`` parser."""
    demo = commands.add_parser("demo", help="render every figure of the built-in examples")
    add_output_options(demo, ("markdown", "html"), "markdown", today)
    demo.set_defaults(run=_cmd_demo)
