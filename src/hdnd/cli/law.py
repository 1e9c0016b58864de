"""``hdnd law``: the law in force on a day, from the command line.

Every sub-command prints how it reached its answer (the instrument, the citation and its
confidence) and then the answer alone on the last line, so that scripts can take it with
``tail -n 1``. Bad input exits with code 2 and a message that names the option.

.. code-block:: sh

    hdnd law seats --on 2026-03-15 --kind commune --population 12000      # → 16
    hdnd law threshold --on 2026-04-01 --decision recall --base 30         # → 20
    hdnd law deadline --on 2026-02-09 --kind petition-reply --start 2026-02-09
    hdnd law confidence --on 2023-12-01 --total 60 --low 31                # → may-resign
"""

from __future__ import annotations

import argparse
import datetime as dt
from collections.abc import Callable
from typing import TextIO

from hdnd._core.errors import BadInputError
from hdnd._core.i18n import LANGUAGES, Language
from hdnd.cli.common import Commands, count, iso_date
from hdnd.law.citation import Citation
from hdnd.law.deadlines import DeadlineKind
from hdnd.law.framework import framework_at, in_force
from hdnd.law.instrument import Decision, Domain
from hdnd.law.levels import UnitKind
from hdnd.law.local_government.seats import NotApplicable
from hdnd.law.registry import INSTRUMENTS, in_force_until, instrument
from hdnd.law.rules import rules_of

__all__ = ["NOT_APPLICABLE", "add_law_commands"]

NOT_APPLICABLE = "not-applicable"
"""What the sub-commands print when no rule applies (or hdnd does not encode it)."""


def _cite(citation: Citation | None, language: Language) -> str:
    if citation is None:
        return ""
    return f"{citation.render(language)} [{citation.confidence.label(language)}]"


def _not_applicable(result: NotApplicable, language: Language, out: TextIO) -> int:
    out.write(f"{result.describe(language)}\n")
    if result.citation is not None:
        out.write(f"{_cite(result.citation, language)}\n")
    out.write(f"{NOT_APPLICABLE}\n")
    return 0


def _cmd_list(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    rows = [("key", "number", "domain", "effective", "until", "title")]
    for cls in sorted(INSTRUMENTS, key=lambda c: (c.domain.value, c.effective)):
        until = in_force_until(cls)
        rows.append(
            (
                cls.key,
                cls.number,
                cls.domain.label(language),
                cls.effective.isoformat(),
                until.isoformat() if until else "",
                cls.title,
            )
        )
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    for row in rows:
        cells = [cell.ljust(width) for cell, width in zip(row, widths, strict=False)]
        out.write("  ".join([*cells, row[5]]).rstrip() + "\n")
    in_force_today = in_force(args.on)
    out.write(f"{len(INSTRUMENTS)} instruments; in force on {args.on.isoformat()}: ")
    out.write(", ".join(cls.key for cls in in_force_today) + "\n")
    out.write(f"{len(INSTRUMENTS)}\n")
    return 0


def _cmd_show(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    try:
        cls = instrument(args.key)
    except KeyError as exc:
        raise BadInputError(exc.args[0]) from None
    until = in_force_until(cls)
    out.write(f"{cls.name(language)} — {cls.title}\n")
    out.write(f"key: {cls.key}\ndomain: {cls.domain.label(language)}\n")
    out.write(f"promulgated: {cls.promulgated.isoformat()}\n")
    out.write(f"effective: {cls.effective.isoformat()} [{cls.dates_confidence.label(language)}]\n")
    if until:
        out.write(f"until: {until.isoformat()}\n")
    if cls.amends:
        out.write(f"amends: {cls.amends}\n")
    if cls.replaces:
        out.write(f"replaces: {', '.join(cls.replaces)}\n")
    rules = rules_of(cls)
    for name, rule in rules.items():
        out.write(f"- {name}: {_describe(rule, language)} — {_cite(rule.citation, language)}\n")
    out.write(f"{cls.key}\n")
    return 0


def _describe(rule: object, language: Language) -> str:
    describe: Callable[[Language], str] | None = getattr(rule, "describe", None)
    if describe is not None:
        text = describe(language)
        if text:
            return text
    snapshot: Callable[[], dict[str, object]] = getattr(rule, "snapshot")  # noqa: B009
    data = {k: v for k, v in snapshot().items() if k not in ("citation", "confidence")}
    return ", ".join(f"{k}={v}" for k, v in data.items() if v not in (None, False, [], ()))


def _cmd_seats(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    result = framework_at(args.on).seat_quota(
        UnitKind(args.kind),
        population=args.population,
        mountainous=args.mountainous,
        highland=args.highland,
        island=args.island,
        parent_kind=UnitKind(args.parent_kind) if args.parent_kind else None,
        unit_code=args.unit_code,
        communes=args.communes,
    )
    if isinstance(result, NotApplicable):
        return _not_applicable(result, language, out)
    out.write(f"{_cite(result.citation, language)}\n{result.seats}\n")
    return 0


def _cmd_threshold(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    result = framework_at(args.on).threshold(Decision(args.decision))
    if isinstance(result, NotApplicable):
        return _not_applicable(result, language, out)
    out.write(f"{result.describe(language)}\n{_cite(result.citation, language)}\n")
    out.write(f"{result.minimum_votes(args.base)}\n")
    return 0


def _cmd_deadline(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    result = framework_at(args.on).deadline(DeadlineKind(args.kind))
    if isinstance(result, NotApplicable):
        return _not_applicable(result, language, out)
    days = result.days_for(remote=args.remote, complex=args.complex)
    out.write(f"{days} × {result.count.label(language)}; {_cite(result.citation, language)}\n")
    due = result.due(args.start, remote=args.remote, complex=args.complex)
    out.write(f"{due.isoformat()}\n")
    return 0


def _cmd_confidence(args: argparse.Namespace, out: TextIO) -> int:
    language: Language = args.lang
    if args.low > args.total:
        msg = f"--low ({args.low}) cannot exceed --total ({args.total})"
        raise BadInputError(msg)
    framework = framework_at(args.on)
    result = framework.confidence_outcome(total=args.total, low=args.low)
    if isinstance(result, NotApplicable):
        return _not_applicable(result, language, out)
    law = framework.instrument(Domain.CONFIDENCE_VOTES)
    if law is not None:
        out.write(f"{law.name(language)}\n")
    out.write(f"{result.label(language)}\n{result.value}\n")
    return 0


def add_law_commands(commands: Commands[argparse.ArgumentParser], today: dt.date) -> None:
    """Add ``hdnd law`` and its sub-commands to the ``hdnd`` parser."""
    law = commands.add_parser("law", help="the law in force on a day")
    subs = law.add_subparsers(dest="law_command", required=True, metavar="COMMAND")

    def sub(
        name: str, help_text: str, run: Callable[[argparse.Namespace, TextIO], int]
    ) -> argparse.ArgumentParser:
        parser = subs.add_parser(name, help=help_text)
        parser.add_argument("--lang", choices=LANGUAGES, default="vi", help="output language")
        parser.set_defaults(run=run)
        return parser

    listing = sub("list", "every instrument hdnd encodes", _cmd_list)
    listing.add_argument("--on", type=iso_date, default=today, metavar="DATE")
    show = sub("show", "one instrument: dates and rules with citations", _cmd_show)
    show.add_argument("key", metavar="KEY", help="key (lg2025) or number (72/2025/QH15)")

    kinds = [kind.value for kind in UnitKind]
    seats = sub("seats", "the number of seats of a council", _cmd_seats)
    seats.add_argument("--on", type=iso_date, required=True, metavar="DATE")
    seats.add_argument("--kind", choices=kinds, required=True)
    seats.add_argument("--population", type=count, required=True, metavar="N")
    seats.add_argument("--mountainous", action="store_true")
    seats.add_argument("--highland", action="store_true")
    seats.add_argument("--island", action="store_true")
    seats.add_argument("--parent-kind", choices=kinds)
    seats.add_argument("--unit-code", metavar="CODE", help="01 Hà Nội, 79 Hồ Chí Minh City")
    seats.add_argument("--communes", type=count, metavar="N", help="commune-level units in it")

    threshold = sub("threshold", "the minimum number of votes for a decision", _cmd_threshold)
    threshold.add_argument("--on", type=iso_date, required=True, metavar="DATE")
    threshold.add_argument("--decision", choices=[d.value for d in Decision], required=True)
    threshold.add_argument("--base", type=count, required=True, metavar="N")

    deadline = sub("deadline", "the due date of a time limit", _cmd_deadline)
    deadline.add_argument("--on", type=iso_date, required=True, metavar="DATE")
    deadline.add_argument("--kind", choices=[k.value for k in DeadlineKind], required=True)
    deadline.add_argument("--start", type=iso_date, required=True, metavar="DATE")
    deadline.add_argument("--remote", action="store_true", help="remote or disadvantaged area")
    deadline.add_argument("--complex", action="store_true", help="a complex case")

    confidence = sub("confidence", "what low-confidence ratings lead to", _cmd_confidence)
    confidence.add_argument("--on", type=iso_date, required=True, metavar="DATE")
    confidence.add_argument("--total", type=count, required=True, metavar="N")
    confidence.add_argument("--low", type=count, required=True, metavar="K")
