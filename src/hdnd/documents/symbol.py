"""Số, ký hiệu văn bản (Vietnamese document number and symbol).

Every Vietnamese official document is identified by the number and symbol printed under the
issuer's name, ``Số: 76/NQ-HĐND``. There are two styles.

**State documents** (Decree 30/2020/NĐ-CP on clerical work, Appendix I; the Law on the
Promulgation of Legal Documents for normative ones) write the number, a slash, the year for
normative documents, a slash, then the abbreviated kind and the issuers joined by hyphens:

- ``76/NQ-HĐND``: resolution 76 of a People's Council (HĐND), an individual decision;
- ``12/2024/NQ-HĐND``: a normative resolution, which carries its year;
- ``72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN``: a joint resolution of three issuers;
- ``123/HĐND-VP``: an official letter (công văn) names no kind, only the issuer and the unit
  that drafted it (here the office, VP);
- ``72/2025/QH15``: laws, codes and resolutions of the National Assembly name no kind either,
  nor do ordinances and resolutions of its Standing Committee (``106/2025/UBTVQH15``). The same
  form serves a law (72/2025/QH15) and a resolution (85/2014/QH13), so the symbol alone does
  not tell which: :attr:`Symbol.kind` is ``None`` for these.

**Party documents** (the Central Party Office's guidance 36-HD/VPTW of 2018) put the kind
before the slash and the issuers after it: ``32-CT/TU`` (directive 32 of a provincial or city
Party committee), ``25-NQ/TW``, ``01-CTr/BDV-UBND.TP`` (a programme of two issuers).

:func:`compact` accepts what people type — ``HDND`` for ``HĐND``, lower case, spaces around the
separators, Unicode dashes and slashes, decomposed accents, a leading ``Số:`` or kind name —
and returns the canonical form; it never turns a valid symbol into an error. Case is kept
where it is part of the abbreviation (``TTr``, ``CTr``, ``QyĐ``, ``TTg``), so nothing is
upper-cased blindly. :func:`validate` returns the canonical form or raises
:class:`InvalidSymbolError`, :func:`is_valid` says whether it would, :func:`format` gives the
form to display, and :func:`parse` gives the parts.

```pycon
>>> compact("  số: 76 / nq – hdnd ")
'76/NQ-HĐND'
>>> validate("72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN")
'72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN'
>>> s = parse("12/2024/nq-hdnd")
>>> s.number, s.year, s.kind, s.issuers, s.style
('12', 2024, <DocumentKind.RESOLUTION: 'resolution'>, ('HĐND',), <Style.STATE: 'state'>)
>>> s.kind_label("vi"), s.kind_label("en"), s.normative
('Nghị quyết', 'Resolution', True)
>>> parse("32-CT/TU").kind_label("vi"), parse("32-CT/TU").style.value
('Chỉ thị', 'party')
>>> is_valid("76/NQ-HĐND"), is_valid("NQ-HĐND"), is_valid(None)
(True, False, False)
>>> validate("NQ-HĐND")
Traceback (most recent call last):
...
hdnd.documents.symbol.InvalidSymbolError: 'NQ-HĐND' is not a document symbol: it does not begin
with the document's number, as in 76/NQ-HĐND

```

More information:

* Decree 30/2020/NĐ-CP on clerical work, Appendix III: the abbreviations of the kinds of
  administrative documents (``QyĐ`` quy định, ``CTr`` chương trình, ``TTr`` tờ trình ...).
* Guidance 36-HD/VPTW (2018) on the format of Party documents.
"""

from __future__ import annotations

import re
import string
import unicodedata
from enum import StrEnum
from typing import Any

import attrs

from hdnd._core.errors import HdndError
from hdnd._core.i18n import Language, check_language

__all__ = [
    "DocumentKind",
    "InvalidSymbolError",
    "Style",
    "Symbol",
    "compact",
    "format",
    "is_valid",
    "parse",
    "validate",
]

FIRST_YEAR, LAST_YEAR = 1945, 2100
"""The years a symbol may carry (the Democratic Republic of Vietnam was founded in 1945)."""


class InvalidSymbolError(HdndError, ValueError):
    """Something that is not a Vietnamese document number and symbol.

    Raised for junk of any type (``None``, bytes, numbers) as well as for malformed text,
    never another exception.

    Attributes:
        symbol: What was given.
        reason: Why it is not a symbol (in English).
    """

    def __init__(self, symbol: object, reason: str) -> None:
        self.symbol = symbol
        self.reason = reason
        super().__init__(f"{_shown(symbol)} is not a document symbol: {reason}")

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.symbol, self.reason))


def _shown(value: object) -> str:
    text = repr(value)
    return text if len(text) <= 80 else text[:79] + "…"


class Style(StrEnum):
    """How the symbol is laid out: the state's ``76/NQ-HĐND`` or the Party's ``32-CT/TU``."""

    STATE = "state"
    PARTY = "party"


class DocumentKind(StrEnum):
    """The kind of a document, as its symbol abbreviates it.

    The kinds and abbreviations of administrative documents are those of Decree 30/2020/NĐ-CP,
    Appendix III (earlier abbreviations such as ``GN`` for ``BGN`` are accepted too); legal
    documents add decrees (``NĐ``), circulars (``TT``), joint ones (``TTLT``, ``NQLT``) and
    orders (``L``); Party documents add conclusions (``KL``), regulations (``QĐi``) and
    instructions (thông tri, ``TT`` in Party style).

    ```pycon
    >>> DocumentKind.SUBMISSION.abbreviation, DocumentKind.SUBMISSION.label("vi")
    ('TTr', 'Tờ trình')
    >>> DocumentKind.REGULATION.abbreviations, DocumentKind.REGULATION.label("en")
    (('QyĐ', 'QĐi'), 'Regulation')

    ```
    """

    RESOLUTION = "resolution"
    JOINT_RESOLUTION = "joint-resolution"
    DECREE = "decree"
    CIRCULAR = "circular"
    JOINT_CIRCULAR = "joint-circular"
    ORDER = "order"
    DECISION = "decision"
    DIRECTIVE = "directive"
    RULES = "rules"
    REGULATION = "regulation"
    CONCLUSION = "conclusion"
    INSTRUCTION = "instruction"
    COMMUNIQUE = "communique"
    NOTICE = "notice"
    GUIDANCE = "guidance"
    PROGRAMME = "programme"
    PLAN = "plan"
    SCHEME = "scheme"
    PROPOSAL = "proposal"
    PROJECT = "project"
    REPORT = "report"
    MINUTES = "minutes"
    SUBMISSION = "submission"
    CONTRACT = "contract"
    DISPATCH = "dispatch"
    MEMORANDUM = "memorandum"
    AGREEMENT = "agreement"
    AUTHORISATION = "authorisation"
    INVITATION = "invitation"
    INTRODUCTION = "introduction"
    LEAVE_PERMIT = "leave-permit"
    DISPATCH_SLIP = "dispatch-slip"
    TRANSFER_SLIP = "transfer-slip"
    NOTIFICATION_SLIP = "notification-slip"
    TRUE_COPY = "true-copy"
    EXTRACT = "extract"
    TRANSCRIPT = "transcript"
    CONSOLIDATED_TEXT = "consolidated-text"
    OFFICIAL_LETTER = "official-letter"

    @property
    def abbreviations(self) -> tuple[str, ...]:
        """Every abbreviation of the kind, the current one first."""
        return _KINDS[self][0]

    @property
    def abbreviation(self) -> str | None:
        """The current abbreviation; ``None`` for instructions, which use ``TT`` (Party)."""
        return self.abbreviations[0] if self.abbreviations else None

    def label(self, language: Language = "vi") -> str:
        """The kind's name in *language* (Vietnamese by default)."""
        _, vi, en = _KINDS[self]
        return vi if check_language(language) == "vi" else en

    def localize(self, language: Language) -> str:
        """Same as :meth:`label`."""
        return self.label(language)


# Abbreviations, Vietnamese name, English name. The first abbreviation is the current one.
# Official letters (công văn) carry no kind in state style; "CV" is the Party's (and common
# practice). Party style writes "TT" for thông tri; it is state style's thông tư.
_KINDS: dict[DocumentKind, tuple[tuple[str, ...], str, str]] = {
    DocumentKind.RESOLUTION: (("NQ",), "Nghị quyết", "Resolution"),
    DocumentKind.JOINT_RESOLUTION: (("NQLT",), "Nghị quyết liên tịch", "Joint resolution"),
    DocumentKind.DECREE: (("NĐ",), "Nghị định", "Decree"),
    DocumentKind.CIRCULAR: (("TT",), "Thông tư", "Circular"),
    DocumentKind.JOINT_CIRCULAR: (("TTLT",), "Thông tư liên tịch", "Joint circular"),
    DocumentKind.ORDER: (("L",), "Lệnh", "Order"),
    DocumentKind.DECISION: (("QĐ",), "Quyết định", "Decision"),
    DocumentKind.DIRECTIVE: (("CT",), "Chỉ thị", "Directive"),
    DocumentKind.RULES: (("QC",), "Quy chế", "Rules"),
    DocumentKind.REGULATION: (("QyĐ", "QĐi"), "Quy định", "Regulation"),
    DocumentKind.CONCLUSION: (("KL",), "Kết luận", "Conclusion"),
    DocumentKind.INSTRUCTION: ((), "Thông tri", "Instruction"),
    DocumentKind.COMMUNIQUE: (("TC",), "Thông cáo", "Communiqué"),
    DocumentKind.NOTICE: (("TB",), "Thông báo", "Notice"),
    DocumentKind.GUIDANCE: (("HD",), "Hướng dẫn", "Guidance"),
    DocumentKind.PROGRAMME: (("CTr",), "Chương trình", "Programme"),
    DocumentKind.PLAN: (("KH",), "Kế hoạch", "Plan"),
    DocumentKind.SCHEME: (("PA",), "Phương án", "Scheme"),
    DocumentKind.PROPOSAL: (("ĐA",), "Đề án", "Proposal"),
    DocumentKind.PROJECT: (("DA",), "Dự án", "Project"),
    DocumentKind.REPORT: (("BC",), "Báo cáo", "Report"),
    DocumentKind.MINUTES: (("BB",), "Biên bản", "Minutes"),
    DocumentKind.SUBMISSION: (("TTr",), "Tờ trình", "Submission"),
    DocumentKind.CONTRACT: (("HĐ",), "Hợp đồng", "Contract"),
    DocumentKind.DISPATCH: (("CĐ",), "Công điện", "Official dispatch"),
    DocumentKind.MEMORANDUM: (("BGN", "GN"), "Bản ghi nhớ", "Memorandum of understanding"),
    DocumentKind.AGREEMENT: (("BTT", "TTh"), "Bản thỏa thuận", "Agreement"),
    DocumentKind.AUTHORISATION: (("GUQ", "UQ"), "Giấy ủy quyền", "Letter of authorisation"),
    DocumentKind.INVITATION: (("GM",), "Giấy mời", "Invitation"),
    DocumentKind.INTRODUCTION: (("GGT",), "Giấy giới thiệu", "Letter of introduction"),
    DocumentKind.LEAVE_PERMIT: (("GNP", "NP"), "Giấy nghỉ phép", "Leave permit"),
    DocumentKind.DISPATCH_SLIP: (("PG",), "Phiếu gửi", "Dispatch slip"),
    DocumentKind.TRANSFER_SLIP: (("PC",), "Phiếu chuyển", "Transfer slip"),
    DocumentKind.NOTIFICATION_SLIP: (("PB",), "Phiếu báo", "Notification slip"),
    DocumentKind.TRUE_COPY: (("SY",), "Bản sao y", "True copy"),
    DocumentKind.EXTRACT: (("TrS",), "Bản trích sao", "Extract copy"),
    DocumentKind.TRANSCRIPT: (("SL",), "Bản sao lục", "Transcript copy"),
    DocumentKind.CONSOLIDATED_TEXT: (("VBHN",), "Văn bản hợp nhất", "Consolidated text"),
    DocumentKind.OFFICIAL_LETTER: (("CV",), "Công văn", "Official letter"),
}

_KIND_OF: dict[str, DocumentKind] = {
    abbreviation: kind
    for kind, (abbreviations, _, _) in _KINDS.items()
    for abbreviation in abbreviations
}


def _fold(text: str) -> str:
    """Case- and Đ-insensitive key: what someone typing without the letter Đ produces."""
    return text.casefold().replace("đ", "d")


def _unique_folds(names: tuple[str, ...] | list[str]) -> dict[str, str]:
    keys: dict[str, list[str]] = {}
    for name in names:
        keys.setdefault(_fold(name), []).append(name)
    return {key: found[0] for key, found in keys.items() if len(found) == 1}


# "hd" is both HD (hướng dẫn) and HĐ (hợp đồng): only the exact, case-insensitive match (HD)
# is taken, so HĐ must be typed with its Đ. "qd" can only be QĐ, "nd" only NĐ.
_KIND_CASEFOLD = {abbreviation.casefold(): abbreviation for abbreviation in _KIND_OF}
_KIND_FOLDED = _unique_folds(list(_KIND_OF))

# Issuers whose canonical form has an Đ or mixed case, so that ASCII or lower-case typing finds
# them. Others are upper-cased when typed all in lower case and otherwise kept as typed.
_ISSUERS = (
    "HĐND",
    "TTHĐND",
    "UBND",
    "HĐBCQG",
    "VPHĐBCQG",
    "ĐCTUBTWMTTQVN",
    "TTg",
    "CTĐB",
    "ĐBQH",
    "ĐĐBQH",
    "BGDĐT",
    "BKHĐT",
    "BLĐTBXH",
)
_ISSUER_CASEFOLD = {issuer.casefold(): issuer for issuer in _ISSUERS}
_ISSUER_FOLDED = _unique_folds(_ISSUERS)
_ASCII_FRAGMENTS = (("HDBCQG", "HĐBCQG"), ("HDND", "HĐND"))

# What may stand before the number: "Số:", "No.", a kind's name or abbreviation ("Nghị quyết
# số", "NQ", "CV"), or the name of a kind-less instrument ("Luật", "Pháp lệnh").
_OTHER_NAMES = ("Luật", "Bộ luật", "Pháp lệnh", "Hiến pháp", "Văn bản", "VB")


def _loose(text: str) -> str:
    """Lower case, without accents or punctuation: how the words before a number compare."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    bare = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[:.#]", " ", bare).split())


def _prefixes() -> frozenset[str]:
    names = {_loose(label) for _, label, _ in _KINDS.values()}
    names |= {_loose(name) for name in (*_OTHER_NAMES, *_KIND_OF)}
    found = {"", "so", "no"}
    for name in names:
        found |= {name, f"{name} so", f"{name} no"}
    return frozenset(found)


_PREFIXES = _prefixes()

# Letters of Vietnamese abbreviations: ASCII letters, Đ, and vowels with Vietnamese marks
# (grave, acute, tilde, hook, dot below, circumflex, breve, horn).
_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031b")


def _is_letter(char: str) -> bool:
    decomposed = unicodedata.normalize("NFD", char)
    base, marks = decomposed[0], decomposed[1:]
    return base.isascii() and base.isalpha() and all(mark in _MARKS for mark in marks)


_LETTERS = "".join(sorted({chr(c) for c in range(0x41, 0x1EFA) if _is_letter(chr(c))} | {"Đ", "đ"}))
_PART = f"[0-9{_LETTERS}]+"
_TOKEN = re.compile(rf"{_PART}(?:\.{_PART})*")
_HAS_LETTER = re.compile(f"[{_LETTERS}]")
_NUMBER = re.compile(r"[0-9]+[A-Za-z]?")
_YEAR = re.compile(r"[0-9]{4}")

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2043\u2212\u02d7\u2e3a\u2e3b\ufe58\ufe63"
_SLASHES = "\u2044\u2215\u2571\u29f8"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_TRANSLATION: dict[int, str | None] = {
    **{cp: chr(cp - 0xFEE0) for cp in range(0xFF01, 0xFF5F)},  # full-width ASCII
    **{ord(c): "-" for c in _DASHES},
    **{ord(c): "/" for c in _SLASHES},
    **{ord(c): None for c in _INVISIBLE},
}


# ---------------------------------------------------------------------------------------------
# Canonical forms of the parts


def _canonical_kind(token: str) -> str | None:
    """The kind abbreviation *token* stands for, in its canonical spelling; ``None`` if none."""
    if token in _KIND_OF:
        return token
    found = _KIND_CASEFOLD.get(token.casefold())
    if found is None and "đ" not in token.casefold():
        found = _KIND_FOLDED.get(_fold(token))
    return found


def _canonical_part(part: str) -> str:
    key = part.casefold()
    known = _ISSUER_CASEFOLD.get(key) if "đ" in key else _ISSUER_FOLDED.get(key)
    if known is not None:
        return known
    if part.islower():
        part = part.upper()
    if part.isascii():
        for typed, proper in _ASCII_FRAGMENTS:
            part = part.replace(typed, proper)
    return part


def _canonical_issuer(token: str) -> str:
    key = token.casefold()
    known = _ISSUER_CASEFOLD.get(key) if "đ" in key else _ISSUER_FOLDED.get(key)
    if known is not None:
        return known
    return ".".join(_canonical_part(part) for part in token.split("."))


def _checked_token(token: str, given: object) -> str:
    if not token:
        raise InvalidSymbolError(given, "it has an empty part between separators")
    if _TOKEN.fullmatch(token) is None:
        msg = f"{token!r} is not an abbreviation (letters and digits, with dots between parts)"
        raise InvalidSymbolError(given, msg)
    if _HAS_LETTER.search(token) is None:
        msg = f"{token!r} has no letters: issuers are abbreviated in letters (HĐND, QH15)"
        raise InvalidSymbolError(given, msg)
    return token


# ---------------------------------------------------------------------------------------------
# The parsed symbol


def _check_number(instance: Symbol, attribute: attrs.Attribute[str], value: str) -> None:
    if not isinstance(value, str) or _NUMBER.fullmatch(value) is None:
        msg = "the number is digits, maybe with one letter after them (76, 06, 123a)"
        raise InvalidSymbolError(value, msg)
    if int(value.rstrip(string.ascii_letters)) == 0:
        raise InvalidSymbolError(value, "the number is zero; documents are numbered from 01")


def _check_year(
    instance: Symbol, attribute: attrs.Attribute[int | None], value: int | None
) -> None:
    if value is None:
        return
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidSymbolError(value, "the year is a whole number")
    if not FIRST_YEAR <= value <= LAST_YEAR:
        msg = f"{value} is not a year between {FIRST_YEAR} and {LAST_YEAR}"
        raise InvalidSymbolError(value, msg)


def _check_issuers(
    instance: Symbol, attribute: attrs.Attribute[tuple[str, ...]], value: tuple[str, ...]
) -> None:
    if not isinstance(value, tuple) or not value:
        raise InvalidSymbolError(value, "the issuers are a non-empty tuple of abbreviations")
    for issuer in value:
        if not isinstance(issuer, str):
            raise InvalidSymbolError(value, f"the issuer {issuer!r} is not text")
        _checked_token(issuer, value)
        if _canonical_issuer(issuer) != issuer:
            msg = f"the issuer {issuer!r} is written {_canonical_issuer(issuer)!r}"
            raise InvalidSymbolError(value, msg)


def _check_style(instance: Symbol, attribute: attrs.Attribute[Style], value: Style) -> None:
    if not isinstance(value, Style):
        raise InvalidSymbolError(value, "the style is Style.STATE or Style.PARTY")


@attrs.frozen(kw_only=True)
class Symbol:
    """The parts of a document number and symbol, as :func:`parse` returns them.

    ``str(symbol)`` is the canonical form. A symbol built directly is checked as strictly as
    a parsed one (nothing is corrected silently), so that ``parse(str(symbol)) == symbol``.

    ```pycon
    >>> s = Symbol(number="06", abbreviation="KH", issuers=("HĐND",))
    >>> str(s), s.kind, s.kind_label("en")
    ('06/KH-HĐND', <DocumentKind.PLAN: 'plan'>, 'Plan')
    >>> parse(str(s)) == s
    True
    >>> Symbol(number="1", issuers=("hdnd",))
    Traceback (most recent call last):
    ...
    hdnd.documents.symbol.InvalidSymbolError: ('hdnd',) ...: the issuer 'hdnd' is written 'HĐND'

    ```

    Attributes:
        number: The number as written, with its leading zero (``06``).
        issuers: The issuing bodies, in order: ``('UBTVQH15', 'CP', 'ĐCTUBTWMTTQVN')`` for a
            joint document. In a state official letter the last part is the drafting unit
            (``('HĐND', 'VP')``). A body with a suffix stays one issuer (``UBND.TP``).
        year: The year, written in normative (legal) documents only.
        abbreviation: The kind as abbreviated, ``None`` when the symbol names no kind. Kept as
            written where a kind has several (``QyĐ`` and ``QĐi`` are both regulations).
        style: State (``76/NQ-HĐND``) or Party (``32-CT/TU``).
    """

    number: str = attrs.field(validator=_check_number)
    issuers: tuple[str, ...] = attrs.field(validator=_check_issuers)
    year: int | None = attrs.field(default=None, validator=_check_year)
    abbreviation: str | None = None
    style: Style = attrs.field(default=Style.STATE, validator=_check_style)

    def __attrs_post_init__(self) -> None:
        abbreviation = self.abbreviation
        if self.style is Style.PARTY:
            if self.year is not None:
                raise InvalidSymbolError(self.year, "Party symbols carry no year")
            if not isinstance(abbreviation, str):
                raise InvalidSymbolError(abbreviation, "a Party symbol always names its kind")
            _checked_token(abbreviation, abbreviation)
            canonical = _canonical_kind(abbreviation) or _canonical_issuer(abbreviation)
            if canonical != abbreviation:
                raise InvalidSymbolError(abbreviation, f"the kind is written {canonical!r}")
        elif abbreviation is None:
            if _canonical_kind(self.issuers[0]) is not None:
                msg = f"the first issuer {self.issuers[0]!r} would read as the kind"
                raise InvalidSymbolError(self.issuers, msg)
        elif not isinstance(abbreviation, str) or abbreviation not in _KIND_OF:
            raise InvalidSymbolError(abbreviation, "not the abbreviation of a kind of document")

    @property
    def kind(self) -> DocumentKind | None:
        """The kind of document, or ``None`` when the symbol does not say.

        A state symbol without a kind is an official letter (công văn) when it has no year;
        with a year it is a law, code, ordinance or resolution of the National Assembly or its
        Standing Committee, which the symbol does not tell apart. An abbreviation hdnd does
        not know (Party style only) also gives ``None``.
        """
        if self.abbreviation is None:
            return DocumentKind.OFFICIAL_LETTER if self.year is None else None
        if self.style is Style.PARTY and self.abbreviation == "TT":
            return DocumentKind.INSTRUCTION
        return _KIND_OF.get(self.abbreviation)

    def kind_label(self, language: Language = "vi") -> str | None:
        """The kind's name in *language*, or ``None`` when the symbol does not say."""
        kind = self.kind
        return kind.label(language) if kind is not None else None

    @property
    def normative(self) -> bool:
        """Whether the symbol has the form of a normative (legal) document: state, with a year."""
        return self.style is Style.STATE and self.year is not None

    def as_dict(self, language: Language = "vi") -> dict[str, Any]:
        """The parts as plain data (for JSON), with the kind's name in *language*."""
        kind = self.kind
        return {
            "symbol": str(self),
            "number": self.number,
            "year": self.year,
            "kind": kind.value if kind is not None else None,
            "kind_label": self.kind_label(language),
            "abbreviation": self.abbreviation,
            "issuers": list(self.issuers),
            "style": self.style.value,
            "normative": self.normative,
        }

    def __str__(self) -> str:
        issuers = "-".join(self.issuers)
        if self.style is Style.PARTY:
            return f"{self.number}-{self.abbreviation}/{issuers}"
        year = f"{self.year}/" if self.year is not None else ""
        kind = f"{self.abbreviation}-" if self.abbreviation is not None else ""
        return f"{self.number}/{year}{kind}{issuers}"


# ---------------------------------------------------------------------------------------------
# Reading text


def _clean(given: object) -> str:
    """Normalise what was typed, without judging it (the first half of :func:`compact`)."""
    if not isinstance(given, str):
        kind = type(given).__name__
        raise InvalidSymbolError(given, f"a document symbol is text, not {kind}")
    text = unicodedata.normalize("NFC", given.translate(_TRANSLATION))
    text = re.sub(r"[\s.,;]+$", "", " ".join(text.split()))
    first_digit = re.search("[0-9]", text)
    if first_digit is not None and _loose(text[: first_digit.start()]) in _PREFIXES:
        text = text[first_digit.start() :]
    return re.sub(r" ?([/.\-]) ?", r"\1", text)


def _structure(text: str, given: object) -> Symbol:
    """Read the parts of a cleaned symbol (the second half of :func:`parse`)."""
    if not text:
        raise InvalidSymbolError(given, "it is empty")
    number_match = _NUMBER.match(text)
    if number_match is None:
        first_digit = re.search("[0-9]", text)
        if first_digit is not None and first_digit.start() > 0:
            head = text[: first_digit.start()].strip()
            msg = f"{head!r} before the number is neither 'Số' nor the name of a kind"
            raise InvalidSymbolError(given, msg)
        msg = "it does not begin with the document's number, as in 76/NQ-HĐND"
        raise InvalidSymbolError(given, msg)
    if " " in text:
        raise InvalidSymbolError(given, "it contains a space, as a symbol never does")
    number = number_match.group()
    rest = text[len(number) :]
    if not rest:
        raise InvalidSymbolError(given, f"nothing follows the number {number}")
    separator, rest = rest[0], rest[1:]
    if separator == "-":
        return _party(number, rest, given)
    if separator == "/":
        return _state(number, rest, given)
    msg = (
        f"after the number {number} comes {separator!r}, not '/' (state style, 76/NQ-HĐND) "
        "or '-' (Party style, 32-CT/TU)"
    )
    raise InvalidSymbolError(given, msg)


def _issuers(text: str, given: object) -> tuple[str, ...]:
    return tuple(_canonical_issuer(_checked_token(t, given)) for t in text.split("-"))


def _build(given: object, **parts: Any) -> Symbol:
    try:
        return Symbol(**parts)
    except InvalidSymbolError as exc:
        raise InvalidSymbolError(given, exc.reason) from None


def _party(number: str, rest: str, given: object) -> Symbol:
    segments = rest.split("/")
    if len(segments) != 2:
        msg = "a Party symbol has the kind before one slash and the issuers after it (32-CT/TU)"
        raise InvalidSymbolError(given, msg)
    token = _checked_token(segments[0], given)
    abbreviation = _canonical_kind(token) or _canonical_issuer(token)
    issuers = _issuers(segments[1], given)
    return _build(
        given, number=number, abbreviation=abbreviation, issuers=issuers, style=Style.PARTY
    )


def _state(number: str, rest: str, given: object) -> Symbol:
    segments = rest.split("/")
    year = None
    if _YEAR.fullmatch(segments[0]):
        year = int(segments[0])
        segments = segments[1:]
        if not segments:
            raise InvalidSymbolError(given, f"nothing follows the year {year}")
    abbreviation: str | None
    if len(segments) == 1:
        first, _, others = segments[0].partition("-")
        abbreviation = _canonical_kind(first)
        if abbreviation is not None and not others:
            msg = f"it names the kind ({abbreviation}) but no issuer after it"
            raise InvalidSymbolError(given, msg)
        issuers = _issuers(others if abbreviation is not None else segments[0], given)
    elif len(segments) == 2:
        abbreviation = _canonical_kind(segments[0])
        if abbreviation is None:
            msg = (
                f"{segments[0]!r} is not a kind of document; a second slash may only follow "
                "the kind, as in 06/KH/HĐND"
            )
            raise InvalidSymbolError(given, msg)
        issuers = _issuers(segments[1], given)
    else:
        raise InvalidSymbolError(given, "it has too many slashes")
    return _build(given, number=number, year=year, abbreviation=abbreviation, issuers=issuers)


# ---------------------------------------------------------------------------------------------
# The python-stdnum interface


def compact(symbol: str) -> str:
    """Return the canonical form of *symbol*, as far as it can be read.

    Unicode is normalised (NFC), Unicode dashes and slashes become ``-`` and ``/``, spaces
    around separators and a leading ``Số:`` or kind name are dropped, and the kind and
    issuers take their canonical spelling. Text that is not a symbol comes back cleaned but
    otherwise unchanged; only a non-string raises :class:`InvalidSymbolError`.

    >>> compact("NQ 1187 ／ nq ‐ ubtvqh14")
    '1187/NQ-UBTVQH14'
    >>> compact("Quyết định số 18/2000/qd-ttg")
    '18/2000/QĐ-TTg'
    >>> compact(" not a symbol ")
    'not a symbol'
    """
    text = _clean(symbol)
    try:
        return str(_structure(text, symbol))
    except InvalidSymbolError:
        return text


def parse(symbol: str) -> Symbol:
    """Return the parts of *symbol*, or raise :class:`InvalidSymbolError`.

    >>> s = parse("72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN")
    >>> s.kind.label("vi"), s.issuers
    ('Nghị quyết liên tịch', ('UBTVQH15', 'CP', 'ĐCTUBTWMTTQVN'))
    >>> parse("199/2025/QH15").kind is None
    True
    >>> parse("123/HĐND-VP").kind_label("en")
    'Official letter'
    """
    return _structure(_clean(symbol), symbol)


def validate(symbol: str) -> str:
    """Return the canonical form of *symbol*, or raise :class:`InvalidSymbolError`.

    >>> validate("06/kh/hdnd")
    '06/KH-HĐND'
    >>> validate("76/NQ")
    Traceback (most recent call last):
    ...
    hdnd.documents.symbol.InvalidSymbolError: '76/NQ' is not a document symbol: it names ...
    """
    return str(parse(symbol))


def is_valid(symbol: object) -> bool:
    """Return whether *symbol* is a document number and symbol; never raises.

    >>> is_valid("25-NQ/TW"), is_valid(b"25-NQ/TW"), is_valid("😴")
    (True, False, False)
    """
    try:
        parse(symbol)  # type: ignore[arg-type]
    except InvalidSymbolError:
        return False
    return True


def format(symbol: str | Symbol) -> str:
    """Return *symbol* as it is displayed, or raise :class:`InvalidSymbolError`.

    Symbols have no display convention other than their canonical form, so this is
    :func:`validate` that also accepts a parsed :class:`Symbol`.

    >>> format("01 - ctr / bdv - ubnd.tp")
    '01-CTr/BDV-UBND.TP'
    >>> format(parse("32-CT/TU"))
    '32-CT/TU'
    """
    if isinstance(symbol, Symbol):
        return str(symbol)
    return validate(symbol)
