"""``hdnd symbol``: document numbers and symbols (:mod:`hdnd.documents.symbol`) in a shell.

``parse`` prints the parts as JSON, ``validate`` the canonical form, and ``compact`` the form as
far as it can be read (it never fails). A symbol that is not valid exits with code 2 and a
message that says why. The words of a symbol typed with spaces may be given unquoted.

.. code-block:: sh

    hdnd symbol parse 12/2024/nq-hdnd          # {"symbol": "12/2024/NQ-HĐND", ...}
    hdnd symbol validate "06/KH/HĐND"          # 06/KH-HĐND
    hdnd symbol compact NQ 1187 / nq-ubtvqh14  # 1187/NQ-UBTVQH14
"""

from __future__ import annotations

import argparse
import json
from collections.abc import Callable
from typing import TextIO

from hdnd._core.errors import BadInputError
from hdnd._core.i18n import LANGUAGES, Language
from hdnd.cli.common import Commands
from hdnd.documents.symbol import InvalidSymbolError, compact, parse, validate

__all__ = ["add_symbol_commands"]


def _text(args: argparse.Namespace) -> str:
    return " ".join(args.symbol)


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    try:
        symbol = parse(_text(args))
    except InvalidSymbolError as exc:
        raise BadInputError(str(exc)) from None
    out.write(json.dumps(symbol.as_dict(language), ensure_ascii=False, indent=2) + "\n")
    return 0


def _cmd_validate(args: argparse.Namespace, out: TextIO) -> int:
    try:
        canonical = validate(_text(args))
    except InvalidSymbolError as exc:
        raise BadInputError(str(exc)) from None
    out.write(canonical + "\n")
    return 0


def _cmd_compact(args: argparse.Namespace, out: TextIO) -> int:
    out.write(compact(_text(args)) + "\n")
    return 0


def add_symbol_commands(commands: Commands[argparse.ArgumentParser]) -> None:
    """Add ``hdnd symbol`` and its sub-commands to the ``hdnd`` parser."""
    symbol = commands.add_parser("symbol", help="document numbers and symbols (76/NQ-HĐND)")
    subs = symbol.add_subparsers(dest="symbol_command", required=True, metavar="COMMAND")

    def sub(
        name: str, help_text: str, run: Callable[[argparse.Namespace, TextIO], int]
    ) -> argparse.ArgumentParser:
        parser = subs.add_parser(name, help=help_text)
        parser.add_argument("symbol", nargs="+", metavar="SYMBOL", help="e.g. 76/NQ-HĐND")
        parser.set_defaults(run=run)
        return parser

    parsing = sub("parse", "the parts of a symbol, as JSON", _cmd_parse)
    parsing.add_argument("--lang", choices=LANGUAGES, default="vi", help="language of kind_label")
    sub("validate", "the canonical form, or exit 2 if the symbol is not valid", _cmd_validate)
    sub("compact", "the canonical form as far as it can be read (never fails)", _cmd_compact)
