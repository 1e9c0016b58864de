"""``hdnd schema``: the JSON Schema of dataset files.

.. code-block:: sh

    hdnd schema --indent 0 > hdnd.schema.json
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from hdnd.cli.common import EXIT_OK, Commands
from hdnd.io.schema import json_schema

__all__ = ["add_schema_command"]


def _cmd_schema(args: argparse.Namespace, out: TextIO) -> int:
    out.write(json.dumps(json_schema(), ensure_ascii=False, indent=args.indent) + "\n")
    return EXIT_OK


def add_schema_command(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add ``hdnd schema`` to the ``hdnd`` parser."""
    schema = commands.add_parser("schema", help="print the JSON Schema of dataset files")
    schema.add_argument("--indent", type=int, default=2)
    schema.set_defaults(run=_cmd_schema)
