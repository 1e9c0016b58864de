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
:class:`~hdnd.errors.InvalidSymbolError`, :func:`is_valid` says whether it would,
:func:`format` gives the form to display, and :func:`parse` gives the parts.

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
hdnd._core.errors.InvalidSymbolError: 'NQ-HĐND' is not a document symbol: it does not begin
with the document's number, as in 76/NQ-HĐND

```

More information:

* Decree 30/2020/NĐ-CP on clerical work, Appendix III: the abbreviations of the kinds of
  administrative documents (``QyĐ`` quy định, ``CTr`` chương trình, ``TTr`` tờ trình ...).
* Guidance 36-HD/VPTW (2018) on the format of Party documents.
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from hdnd._core.errors import InvalidSymbolError
from hdnd._core.i18n import N_, Language
from hdnd.documents.kinds import KIND_OF, DocumentKind, Style, canonical_kind
from hdnd.documents.spelling import (
    FIRST_YEAR,
    LAST_YEAR,
    NUMBER,
    YEAR,
    canonical_issuer,
    check_issuers,
    check_number,
    check_style,
    check_year,
    checked_token,
    clean,
)

__all__ = [
    "FIRST_YEAR",
    "LAST_YEAR",
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
    hdnd._core.errors.InvalidSymbolError: ('hdnd',) ...: the issuer 'hdnd' is written 'HĐND'

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

    number: str = attrs.field(validator=check_number)
    issuers: tuple[str, ...] = attrs.field(validator=check_issuers)
    year: int | None = attrs.field(default=None, validator=check_year)
    abbreviation: str | None = None
    style: Style = attrs.field(default=Style.STATE, validator=check_style)

    def __attrs_post_init__(self) -> None:
        abbreviation = self.abbreviation
        if self.style is Style.PARTY:
            if self.year is not None:
                msg = N_("ký hiệu văn bản của Đảng không ghi năm")
                raise InvalidSymbolError(self.year, msg)
            if not isinstance(abbreviation, str):
                msg = N_("ký hiệu văn bản của Đảng luôn ghi loại văn bản")
                raise InvalidSymbolError(abbreviation, msg)
            checked_token(abbreviation, abbreviation)
            canonical = canonical_kind(abbreviation) or canonical_issuer(abbreviation)
            if canonical != abbreviation:
                msg = N_("loại văn bản được viết là {canonical}")
                raise InvalidSymbolError(abbreviation, msg, canonical=repr(canonical))
        elif abbreviation is None:
            if canonical_kind(self.issuers[0]) is not None:
                msg = N_("cơ quan ban hành đầu tiên {issuer} sẽ bị đọc là loại văn bản")
                raise InvalidSymbolError(self.issuers, msg, issuer=repr(self.issuers[0]))
        elif not isinstance(abbreviation, str) or abbreviation not in KIND_OF:
            msg = N_("không phải là chữ viết tắt của một loại văn bản")
            raise InvalidSymbolError(abbreviation, msg)

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
        return KIND_OF.get(self.abbreviation)

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


def _structure(text: str, given: object) -> Symbol:
    """Read the parts of a cleaned symbol (the second half of :func:`parse`)."""
    if not text:
        raise InvalidSymbolError(given, N_("chuỗi rỗng"))
    number_match = NUMBER.match(text)
    if number_match is None:
        first_digit = re.search("[0-9]", text)
        if first_digit is not None and first_digit.start() > 0:
            head = text[: first_digit.start()].strip()
            msg = N_("{head} đứng trước số văn bản không phải là 'Số' hay tên một loại văn bản")
            raise InvalidSymbolError(given, msg, head=repr(head))
        msg = N_("không bắt đầu bằng số của văn bản, như 76/NQ-HĐND")
        raise InvalidSymbolError(given, msg)
    if " " in text:
        msg = N_("có dấu cách, điều mà ký hiệu văn bản không bao giờ có")
        raise InvalidSymbolError(given, msg)
    number = number_match.group()
    rest = text[len(number) :]
    if not rest:
        raise InvalidSymbolError(given, N_("không có gì sau số {number}"), number=number)
    separator, rest = rest[0], rest[1:]
    if separator == "-":
        return _party(number, rest, given)
    if separator == "/":
        return _state(number, rest, given)
    msg = N_(
        "sau số {number} là {separator}, không phải '/' (kiểu văn bản nhà nước, 76/NQ-HĐND) "
        "hay '-' (kiểu văn bản của Đảng, 32-CT/TU)"
    )
    raise InvalidSymbolError(given, msg, number=number, separator=repr(separator))


def _issuers(text: str, given: object) -> tuple[str, ...]:
    return tuple(canonical_issuer(checked_token(t, given)) for t in text.split("-"))


def _build(given: object, **parts: Any) -> Symbol:
    try:
        return Symbol(**parts)
    except InvalidSymbolError as exc:
        raise InvalidSymbolError(given, exc.template, **exc.params) from None


def _party(number: str, rest: str, given: object) -> Symbol:
    segments = rest.split("/")
    if len(segments) != 2:
        msg = N_(
            "ký hiệu văn bản của Đảng có loại văn bản trước một dấu gạch chéo và cơ quan ban "
            "hành sau nó (32-CT/TU)"
        )
        raise InvalidSymbolError(given, msg)
    token = checked_token(segments[0], given)
    abbreviation = canonical_kind(token) or canonical_issuer(token)
    issuers = _issuers(segments[1], given)
    return _build(
        given, number=number, abbreviation=abbreviation, issuers=issuers, style=Style.PARTY
    )


def _state(number: str, rest: str, given: object) -> Symbol:
    segments = rest.split("/")
    year = None
    if YEAR.fullmatch(segments[0]):
        year = int(segments[0])
        segments = segments[1:]
        if not segments:
            raise InvalidSymbolError(given, N_("không có gì sau năm {year}"), year=year)
    abbreviation: str | None
    if len(segments) == 1:
        first, _, others = segments[0].partition("-")
        abbreviation = canonical_kind(first)
        if abbreviation is not None and not others:
            msg = N_("có loại văn bản ({abbreviation}) nhưng không có cơ quan ban hành sau đó")
            raise InvalidSymbolError(given, msg, abbreviation=abbreviation)
        issuers = _issuers(others if abbreviation is not None else segments[0], given)
    elif len(segments) == 2:
        abbreviation = canonical_kind(segments[0])
        if abbreviation is None:
            msg = N_(
                "{kind} không phải là loại văn bản; dấu gạch chéo thứ hai chỉ được đứng sau "
                "loại văn bản, như 06/KH/HĐND"
            )
            raise InvalidSymbolError(given, msg, kind=repr(segments[0]))
        issuers = _issuers(segments[1], given)
    else:
        raise InvalidSymbolError(given, N_("có quá nhiều dấu gạch chéo"))
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
    text = clean(symbol)
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
    return _structure(clean(symbol), symbol)


def validate(symbol: str) -> str:
    """Return the canonical form of *symbol*, or raise :class:`InvalidSymbolError`.

    >>> validate("06/kh/hdnd")
    '06/KH-HĐND'
    >>> validate("76/NQ")
    Traceback (most recent call last):
    ...
    hdnd._core.errors.InvalidSymbolError: '76/NQ' is not a document symbol: it names ...
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
