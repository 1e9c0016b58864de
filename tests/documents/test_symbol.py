from __future__ import annotations

import pickle
import unicodedata
from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from hdnd.documents import symbol
from hdnd.documents.symbol import (
    DocumentKind,
    InvalidSymbolError,
    Style,
    Symbol,
    compact,
    format,
    is_valid,
    parse,
    validate,
)
from hdnd.errors import HdndError
from hdnd.law import INSTRUMENTS

K = DocumentKind
STATE, PARTY = Style.STATE, Style.PARTY
Row = tuple[str, str, int | None, DocumentKind | None, tuple[str, ...], Style]

# Real symbols, in their canonical form, with their parts: (symbol, number, year, kind,
# issuers, style). From the seeds, the legal fact sheet (LAW.md), hdnd's own law registry and
# the instruments on document formats.
REAL: list[Row] = [
    # People's Councils (seeds 001, 004)
    ("76/NQ-HĐND", "76", None, K.RESOLUTION, ("HĐND",), STATE),
    ("06/KH-HĐND", "06", None, K.PLAN, ("HĐND",), STATE),
    ("12/2024/NQ-HĐND", "12", 2024, K.RESOLUTION, ("HĐND",), STATE),
    # Government, Prime Minister, ministries
    ("18/2000/CT-TTg", "18", 2000, K.DIRECTIVE, ("TTg",), STATE),
    ("71/1998/NĐ-CP", "71", 1998, K.DECREE, ("CP",), STATE),
    ("36/NĐ-CP", "36", None, K.DECREE, ("CP",), STATE),
    ("126/NQ-CP", "126", None, K.RESOLUTION, ("CP",), STATE),
    ("154/2026/NĐ-CP", "154", 2026, K.DECREE, ("CP",), STATE),
    ("155/2026/NĐ-CP", "155", 2026, K.DECREE, ("CP",), STATE),
    ("13/2023/NĐ-CP", "13", 2023, K.DECREE, ("CP",), STATE),
    ("30/2020/NĐ-CP", "30", 2020, K.DECREE, ("CP",), STATE),
    ("34/2016/NĐ-CP", "34", 2016, K.DECREE, ("CP",), STATE),
    ("05/2021/TT-TTCP", "05", 2021, K.CIRCULAR, ("TTCP",), STATE),
    ("07/2014/TT-TTCP", "07", 2014, K.CIRCULAR, ("TTCP",), STATE),
    ("07/2013/TT-TTCP", "07", 2013, K.CIRCULAR, ("TTCP",), STATE),
    ("01/2011/TT-BNV", "01", 2011, K.CIRCULAR, ("BNV",), STATE),
    # National Assembly: laws and resolutions share one form
    ("199/2025/QH15", "199", 2025, None, ("QH15",), STATE),
    ("72/2025/QH15", "72", 2025, None, ("QH15",), STATE),
    ("65/2025/QH15", "65", 2025, None, ("QH15",), STATE),
    ("83/2025/QH15", "83", 2025, None, ("QH15",), STATE),
    ("121/2025/QH15", "121", 2025, None, ("QH15",), STATE),
    ("136/2025/QH15", "136", 2025, None, ("QH15",), STATE),
    ("202/2025/QH15", "202", 2025, None, ("QH15",), STATE),
    ("169/2024/QH15", "169", 2024, None, ("QH15",), STATE),
    ("96/2023/QH15", "96", 2023, None, ("QH15",), STATE),
    ("133/2020/QH14", "133", 2020, None, ("QH14",), STATE),
    ("131/2020/QH14", "131", 2020, None, ("QH14",), STATE),
    ("47/2019/QH14", "47", 2019, None, ("QH14",), STATE),
    ("25/2018/QH14", "25", 2018, None, ("QH14",), STATE),
    ("77/2015/QH13", "77", 2015, None, ("QH13",), STATE),
    ("85/2015/QH13", "85", 2015, None, ("QH13",), STATE),
    ("87/2015/QH13", "87", 2015, None, ("QH13",), STATE),
    ("85/2014/QH13", "85", 2014, None, ("QH13",), STATE),
    ("42/2013/QH13", "42", 2013, None, ("QH13",), STATE),
    ("02/2011/QH13", "02", 2011, None, ("QH13",), STATE),
    # its Standing Committee, its office, the National Election Council
    ("106/2025/UBTVQH15", "106", 2025, None, ("UBTVQH15",), STATE),
    ("107/2025/UBTVQH15", "107", 2025, None, ("UBTVQH15",), STATE),
    ("113/2025/UBTVQH15", "113", 2025, None, ("UBTVQH15",), STATE),
    ("114/2025/UBTVQH15", "114", 2025, None, ("UBTVQH15",), STATE),
    ("115/2025/UBTVQH15", "115", 2025, None, ("UBTVQH15",), STATE),
    ("76/2025/UBTVQH15", "76", 2025, None, ("UBTVQH15",), STATE),
    ("629/2019/UBTVQH14", "629", 2019, None, ("UBTVQH14",), STATE),
    ("759/2014/UBTVQH13", "759", 2014, None, ("UBTVQH13",), STATE),
    ("753/2005/UBTVQH11", "753", 2005, None, ("UBTVQH11",), STATE),
    ("1187/NQ-UBTVQH14", "1187", None, K.RESOLUTION, ("UBTVQH14",), STATE),
    ("599/UBTVQH15-CTĐB", "599", None, K.OFFICIAL_LETTER, ("UBTVQH15", "CTĐB"), STATE),
    ("03/VBHN-VPQH", "03", None, K.CONSOLIDATED_TEXT, ("VPQH",), STATE),
    ("85/NQ-HĐBCQG", "85", None, K.RESOLUTION, ("HĐBCQG",), STATE),
    ("33/VPHĐBCQG-PL", "33", None, K.OFFICIAL_LETTER, ("VPHĐBCQG", "PL"), STATE),
    # joint resolutions with the Fatherland Front
    (
        "72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN",
        "72",
        2025,
        K.JOINT_RESOLUTION,
        ("UBTVQH15", "CP", "ĐCTUBTWMTTQVN"),
        STATE,
    ),
    (
        "525/2012/NQLT-UBTVQH13-ĐCTUBTWMTTQVN",
        "525",
        2012,
        K.JOINT_RESOLUTION,
        ("UBTVQH13", "ĐCTUBTWMTTQVN"),
        STATE,
    ),
    # the Party (seed 003; the instruments on Party documents)
    ("32-CT/TU", "32", None, K.DIRECTIVE, ("TU",), PARTY),
    ("25-NQ/TW", "25", None, K.RESOLUTION, ("TW",), PARTY),
    ("01-CTr/BDV-UBND.TP", "01", None, K.PROGRAMME, ("BDV", "UBND.TP"), PARTY),
    ("36-HD/VPTW", "36", None, K.GUIDANCE, ("VPTW",), PARTY),
    ("11-HD/VPTW", "11", None, K.GUIDANCE, ("VPTW",), PARTY),
    ("66-QĐ/TW", "66", None, K.DECISION, ("TW",), PARTY),
    ("31-QĐ/TW", "31", None, K.DECISION, ("TW",), PARTY),
    ("08-QĐi/TW", "08", None, K.REGULATION, ("TW",), PARTY),
    # a Party directive cited in state style in seed 003: kept as written
    ("30/CT-TW", "30", None, K.DIRECTIVE, ("TW",), STATE),
    # administrative documents of ministries (from a decision listing document kinds)
    ("2500/QĐ-BGDĐT", "2500", None, K.DECISION, ("BGDĐT",), STATE),
    ("155/QĐ-BGDĐT", "155", None, K.DECISION, ("BGDĐT",), STATE),
    ("666/2015/QĐ-UBND", "666", 2015, K.DECISION, ("UBND",), STATE),
]

# What people type, and the canonical form.
TYPED = [
    ("76/nq-hdnd", "76/NQ-HĐND"),
    ("76/NQ-HDND", "76/NQ-HĐND"),
    (" 76 / NQ - HĐND ", "76/NQ-HĐND"),
    ("76 / NQ – HĐND", "76/NQ-HĐND"),  # en dash
    ("76/NQ—HĐND", "76/NQ-HĐND"),  # em dash
    ("76/NQ‐HĐND", "76/NQ-HĐND"),  # hyphen
    ("76/NQ−HĐND", "76/NQ-HĐND"),  # minus sign
    ("76／NQ-HĐND", "76/NQ-HĐND"),  # full-width slash
    ("76⁄NQ-HĐND", "76/NQ-HĐND"),  # fraction slash
    ("76∕NQ-HĐND", "76/NQ-HĐND"),  # division slash
    ("７６/NQ-HĐND", "76/NQ-HĐND"),  # full-width digits
    ("76/NQ-H\u200bĐND", "76/NQ-HĐND"),  # zero-width space
    ("76/NQ-HĐND\u00a0", "76/NQ-HĐND"),  # no-break space
    (unicodedata.normalize("NFD", "76/NQ-HĐND"), "76/NQ-HĐND"),
    ("Số: 76/NQ-HĐND", "76/NQ-HĐND"),
    ("số 76/NQ-HĐND", "76/NQ-HĐND"),
    ("Nghị quyết số 76/NQ-HĐND", "76/NQ-HĐND"),
    ("Nghi quyet so 76/NQ-HDND", "76/NQ-HĐND"),
    ("NQ 1187/NQ-UBTVQH14", "1187/NQ-UBTVQH14"),
    ("CV 33/VPHĐBCQG-PL", "33/VPHĐBCQG-PL"),
    ("Công văn số 599/UBTVQH15-CTĐB", "599/UBTVQH15-CTĐB"),
    ("CV 33/VPHDBCQG-PL", "33/VPHĐBCQG-PL"),
    ("Luật số 72/2025/QH15", "72/2025/QH15"),
    ("77/2015/QH13.", "77/2015/QH13"),
    ("107/2025/UBTVQH15.", "107/2025/UBTVQH15"),
    ("06/KH/HĐND", "06/KH-HĐND"),  # as written in seed 004
    ("72/2025/NQLT/UBTVQH15-CP-ĐCTUBTWMTTQVN", "72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
    ("72/2025/nqlt-ubtvqh15-cp-dctubtwmttqvn", "72/2025/NQLT-UBTVQH15-CP-ĐCTUBTWMTTQVN"),
    ("18/2000/ct-ttg", "18/2000/CT-TTg"),
    ("18/2000/CT-TTG", "18/2000/CT-TTg"),
    ("154/2026/ND-CP", "154/2026/NĐ-CP"),
    ("12/QD-UBND", "12/QĐ-UBND"),
    ("12/qđ-ubnd", "12/QĐ-UBND"),
    ("12/TTR-UBND", "12/TTr-UBND"),
    ("12/ttr-ubnd", "12/TTr-UBND"),
    ("12/ctr-ubnd", "12/CTr-UBND"),
    ("12/QYD-UBND", "12/QyĐ-UBND"),
    ("08-qdi/tw", "08-QĐi/TW"),
    ("32 - ct / tu", "32-CT/TU"),
    ("01-ctr/bdv-ubnd.tp", "01-CTr/BDV-UBND.TP"),
    ("01-CTr/BDV-UBND . TP", "01-CTr/BDV-UBND.TP"),
    ("123/hdnd-vp", "123/HĐND-VP"),
    ("12/TTHDND-VP", "12/TTHĐND-VP"),
    ("12/VPHDND-TH", "12/VPHĐND-TH"),
    ("12a/QĐ-UBND", "12a/QĐ-UBND"),
]


# ---------------------------------------------------------------------------------------------
# Real symbols


def test_there_are_enough_real_symbols() -> None:
    assert len({row[0] for row in REAL}) >= 40


@pytest.mark.parametrize("row", REAL, ids=[row[0] for row in REAL])
def test_real_symbols(row: Row) -> None:
    text, *parts = row
    assert is_valid(text)
    assert validate(text) == compact(text) == format(text) == text
    parsed = parse(text)
    assert [parsed.number, parsed.year, parsed.kind, parsed.issuers, parsed.style] == parts
    assert str(parsed) == text
    assert parse(format(parsed)) == parsed


@pytest.mark.parametrize(("typed", "canonical"), TYPED, ids=[row[0] for row in TYPED])
def test_what_people_type(typed: str, canonical: str) -> None:
    assert compact(typed) == canonical
    assert validate(typed) == canonical
    assert parse(typed) == parse(canonical)


def test_every_instrument_of_the_law_registry_has_a_canonical_symbol() -> None:
    numbers = {cls.number for cls in INSTRUMENTS}
    numbers |= {number for cls in INSTRUMENTS for number in cls.replaces if "/" in number}
    assert numbers
    for number in numbers:
        assert validate(number) == number


# ---------------------------------------------------------------------------------------------
# Parts


def test_state_resolution_with_and_without_year() -> None:
    individual, normative = parse("76/NQ-HĐND"), parse("12/2024/NQ-HĐND")
    assert (individual.normative, normative.normative) == (False, True)
    assert individual.abbreviation == normative.abbreviation == "NQ"


def test_laws_and_assembly_resolutions_name_no_kind() -> None:
    law, resolution = parse("72/2025/QH15"), parse("85/2014/QH13")
    assert law.kind is None
    assert resolution.kind is None
    assert law.abbreviation is None
    assert law.kind_label("vi") is None
    assert law.normative


def test_official_letters_name_no_kind_in_state_style() -> None:
    letter = parse("123/HĐND-VP")
    assert letter.kind is K.OFFICIAL_LETTER
    assert letter.abbreviation is None
    assert letter.issuers == ("HĐND", "VP")
    assert letter.kind_label("vi") == "Công văn"
    # written with CV (Party style, and common practice)
    assert parse("123-CV/TU").kind is K.OFFICIAL_LETTER
    assert parse("123/CV-UBND").kind is K.OFFICIAL_LETTER


def test_party_tt_is_an_instruction_and_state_tt_a_circular() -> None:
    assert parse("10-TT/TW").kind is K.INSTRUCTION
    assert parse("10-TT/TW").kind_label("vi") == "Thông tri"
    assert parse("05/2021/TT-TTCP").kind is K.CIRCULAR


def test_regulations_keep_the_abbreviation_as_written() -> None:
    assert parse("08-QĐi/TW").abbreviation == "QĐi"
    assert parse("12/QyĐ-UBND").abbreviation == "QyĐ"
    assert parse("08-QĐi/TW").kind is parse("12/QyĐ-UBND").kind is K.REGULATION


def test_old_abbreviations_are_read() -> None:
    assert parse("01/GN-UBND").kind is K.MEMORANDUM
    assert parse("01/BGN-UBND").kind is K.MEMORANDUM
    assert parse("01/TTh-UBND").kind is K.AGREEMENT
    assert parse("01/UQ-UBND").kind is K.AUTHORISATION


def test_hd_without_the_d_bar_is_guidance() -> None:
    # HD (hướng dẫn) and HĐ (hợp đồng) differ only by Đ: typed without it, HD is meant.
    assert parse("1/HD-UBND").kind is K.GUIDANCE
    assert parse("1/hđ-ubnd").kind is K.CONTRACT
    assert parse("1/DA-UBND").kind is K.PROJECT
    assert parse("1/ĐA-UBND").kind is K.PROPOSAL


def test_unknown_party_kind_is_kept() -> None:
    s = parse("12-xyz/TU")
    assert (s.abbreviation, s.kind, str(s)) == ("XYZ", None, "12-XYZ/TU")


def test_an_issuer_with_a_suffix_stays_one_issuer() -> None:
    assert parse("01/QĐ-UBND.TP").issuers == ("UBND.TP",)


def test_unknown_mixed_case_issuers_are_kept() -> None:
    assert validate("1/QĐ-Abc") == "1/QĐ-Abc"


def test_vietnamese_letters_in_issuers() -> None:
    assert validate("12/QĐ-bcđtư") == "12/QĐ-BCĐTƯ"


def test_as_dict() -> None:
    assert parse("12/2024/nq-hdnd").as_dict("en") == {
        "symbol": "12/2024/NQ-HĐND",
        "number": "12",
        "year": 2024,
        "kind": "resolution",
        "kind_label": "Resolution",
        "abbreviation": "NQ",
        "issuers": ["HĐND"],
        "style": "state",
        "normative": True,
    }
    assert parse("199/2025/QH15").as_dict()["kind"] is None


def test_symbol_is_hashable_and_frozen() -> None:
    s = parse("76/NQ-HĐND")
    assert {s, parse("76/nq-hdnd")} == {s}
    with pytest.raises(AttributeError):
        s.number = "77"  # type: ignore[misc]


# ---------------------------------------------------------------------------------------------
# Building a Symbol directly


def test_build_a_symbol() -> None:
    s = Symbol(number="32", abbreviation="CT", issuers=("TU",), style=PARTY)
    assert str(s) == "32-CT/TU"
    assert parse(str(s)) == s


@pytest.mark.parametrize(
    ("parts", "reason"),
    [
        ({"number": "0", "issuers": ("X",)}, "the number is zero"),
        ({"number": "", "issuers": ("X",)}, "the number is digits"),
        ({"number": 76, "issuers": ("X",)}, "the number is digits"),
        ({"number": "1", "issuers": ()}, "non-empty tuple"),
        ({"number": "1", "issuers": ["HĐND"]}, "non-empty tuple"),
        ({"number": "1", "issuers": (1,)}, "is not text"),
        ({"number": "1", "issuers": ("",)}, "empty part"),
        ({"number": "1", "issuers": ("H ND",)}, "not an abbreviation"),
        ({"number": "1", "issuers": ("15",)}, "has no letters"),
        ({"number": "1", "issuers": ("hdnd",)}, "is written 'HĐND'"),
        ({"number": "1", "issuers": ("X",), "year": True}, "whole number"),
        ({"number": "1", "issuers": ("X",), "year": "2024"}, "whole number"),
        ({"number": "1", "issuers": ("X",), "year": 1944}, "not a year"),
        ({"number": "1", "issuers": ("X",), "abbreviation": "XYZ"}, "not the abbreviation"),
        ({"number": "1", "issuers": ("NQ", "HĐND")}, "would read as the kind"),
        ({"number": "1", "issuers": ("TU",), "style": PARTY}, "always names its kind"),
        (
            {"number": "1", "issuers": ("TU",), "style": PARTY, "abbreviation": "ct"},
            "the kind is written 'CT'",
        ),
        (
            {"number": "1", "issuers": ("TU",), "style": PARTY, "abbreviation": "C T"},
            "not an abbreviation",
        ),
        (
            {"number": "1", "issuers": ("TU",), "style": PARTY, "abbreviation": "CT", "year": 2020},
            "no year",
        ),
    ],
)
def test_a_symbol_is_checked_when_built(parts: dict[str, Any], reason: str) -> None:
    with pytest.raises(InvalidSymbolError, match=reason):
        Symbol(**parts)


def test_style_must_be_a_style() -> None:
    with pytest.raises(InvalidSymbolError, match=r"Style\.STATE"):
        Symbol(number="1", issuers=("X",), style="state")  # type: ignore[arg-type]


# ---------------------------------------------------------------------------------------------
# Kinds


def test_kind_labels() -> None:
    assert K.RESOLUTION.label() == "Nghị quyết"
    assert K.SUBMISSION.label("en") == "Submission"
    assert K.OFFICIAL_LETTER.localize("en") == "Official letter"
    assert K.INSTRUCTION.abbreviation is None
    with pytest.raises(ValueError, match="unsupported language"):
        K.PLAN.label("fr")  # type: ignore[arg-type]


@pytest.mark.parametrize("kind", list(DocumentKind), ids=lambda k: k.name)
def test_every_kind_has_labels_and_round_trips(kind: DocumentKind) -> None:
    vi, en = kind.label("vi"), kind.label("en")
    assert vi
    assert en
    assert vi != en
    assert unicodedata.is_normalized("NFC", vi)
    for abbreviation in kind.abbreviations:
        s = parse(f"1/{abbreviation}-UBND")
        assert s.abbreviation == abbreviation
        assert s.kind is kind


def test_the_brief_list_of_kinds_and_abbreviations() -> None:
    expected = {
        "NQ": "Nghị quyết",
        "KH": "Kế hoạch",
        "QĐ": "Quyết định",
        "CT": "Chỉ thị",
        "TB": "Thông báo",
        "BC": "Báo cáo",
        "TTr": "Tờ trình",
        "TT": "Thông tư",
        "NĐ": "Nghị định",
        "NQLT": "Nghị quyết liên tịch",
        "KL": "Kết luận",
        "QĐi": "Quy định",
        "QyĐ": "Quy định",
        "HD": "Hướng dẫn",
        "BB": "Biên bản",
        "GM": "Giấy mời",
    }
    for abbreviation, label in expected.items():
        assert parse(f"1/{abbreviation}-UBND").kind_label("vi") == label


def test_abbreviations_are_unique() -> None:
    abbreviations = [a for kind in DocumentKind for a in kind.abbreviations]
    assert len(abbreviations) == len(set(abbreviations))
    folded = [a.casefold() for a in abbreviations]
    assert len(folded) == len(set(folded))


# ---------------------------------------------------------------------------------------------
# Junk

JUNK: list[object] = [
    None,
    "",
    " ",
    "€",
    "😴",
    "3²",
    "3²/NQ-HĐND",
    "٣/NQ-HĐND",
    b"76/NQ-HDND",
    "76/NQ-HĐND".encode(),
    bytearray(b"76/NQ"),
    76,
    7.6,
    True,
    ["76/NQ-HĐND"],
    object(),
    "///",
    "-",
    "/",
    "76",
    "76/",
    "76-",
    "NQ-HĐND",
    "/NQ-HĐND",
    "NQ/76",
    "0/NQ-HĐND",
    "00/NQ-HĐND",
    "76/NQ",
    "76/2024",
    "76/2024/",
    "76/1899/NQ-HĐND",
    "76/NQ-HĐND-",
    "76/NQ--HĐND",
    "76/NQ/X/Y",
    "76/X/Y",
    "76/NQ_HĐND",
    "76/NQ-HĐND!",
    "76/NQ-H😴ND",
    "76 NQ-HĐND",
    "76/NQ-HĐND ngày 01/01/2022",
    "76.NQ-HĐND",
    "32-CT",
    "32-CT/TU/X",
    "32-/TU",
    "32-CT/",
    "hello 76/NQ-HĐND",
    "76/NQ-123",
]


@pytest.mark.parametrize("junk", JUNK, ids=repr)
@pytest.mark.parametrize("function", [validate, parse, format], ids=lambda f: f.__name__)
def test_junk_gives_a_clear_error(junk: object, function: Callable[[Any], object]) -> None:
    with pytest.raises(InvalidSymbolError) as info:
        function(junk)
    assert repr(junk)[:20] in str(info.value)
    assert " is not a document symbol: " in str(info.value)
    assert info.value.symbol is junk


@pytest.mark.parametrize("junk", JUNK, ids=repr)
def test_junk_is_not_valid(junk: object) -> None:
    assert is_valid(junk) is False


@pytest.mark.parametrize("junk", [j for j in JUNK if not isinstance(j, str)], ids=repr)
def test_compact_refuses_what_is_not_text(junk: object) -> None:
    with pytest.raises(InvalidSymbolError, match="a document symbol is text, not"):
        compact(junk)  # type: ignore[arg-type]


def test_compact_cleans_what_it_cannot_read() -> None:
    assert compact("  76 / NQ  ") == "76/NQ"
    assert compact("😴") == "😴"


@pytest.mark.parametrize(
    ("junk", "reason"),
    [
        ("", "it is empty"),
        ("NQ-HĐND", "does not begin with the document's number"),
        ("hello 76/NQ-HĐND", "'hello' before the number"),
        ("76 NQ-HĐND", "contains a space"),
        ("76", "nothing follows the number 76"),
        ("76.NQ-HĐND", "after the number 76 comes '.'"),
        ("76/NQ", r"names the kind \(NQ\) but no issuer"),
        ("76/2024", "nothing follows the year 2024"),
        ("76/1899/NQ-HĐND", "1899 is not a year"),
        ("76/X/Y", "'X' is not a kind of document"),
        ("76/NQ/X/Y", "too many slashes"),
        ("32-CT", "Party symbol"),
        ("76/NQ-123", "has no letters"),
        (None, "text, not NoneType"),
    ],
)
def test_errors_say_why(junk: object, reason: str) -> None:
    with pytest.raises(InvalidSymbolError, match=reason):
        parse(junk)  # type: ignore[arg-type]


def test_the_error_is_an_hdnd_error_and_a_value_error() -> None:
    assert issubclass(InvalidSymbolError, HdndError)
    assert issubclass(InvalidSymbolError, ValueError)


def test_the_error_pickles() -> None:
    with pytest.raises(InvalidSymbolError) as info:
        parse("76/NQ")
    copy = pickle.loads(pickle.dumps(info.value))
    assert (copy.symbol, copy.reason, str(copy)) == ("76/NQ", info.value.reason, str(info.value))


def test_a_long_input_is_shortened_in_the_message() -> None:
    with pytest.raises(InvalidSymbolError) as info:
        parse("x" * 500)
    assert len(str(info.value)) < 200
    assert "…" in str(info.value)


# ---------------------------------------------------------------------------------------------
# Properties

_SEPARATORS = "/-.–—‐−／⁄∕ "
_PIECES = st.text(alphabet="0123456789" + _SEPARATORS + "NQHĐDndđTtrgUBCPWVáư😴²", max_size=30)


@given(st.one_of(st.text(), _PIECES))
@example("76/nq-hdnd")
@example("Số: 76 / NQ – HĐND.")
@example("a\u200b\u0301")
def test_compact_is_idempotent_and_never_fails_on_text(text: str) -> None:
    once = compact(text)
    assert compact(once) == once


@given(st.one_of(st.text(), _PIECES))
@example("1/đ-x")
def test_arbitrary_text_gives_a_symbol_or_invalid_symbol_error(text: str) -> None:
    try:
        parsed = parse(text)
    except InvalidSymbolError:
        assert not is_valid(text)
        return
    canonical = format(text)
    assert canonical == validate(text) == compact(text) == str(parsed)
    assert parse(canonical) == parsed
    assert validate(canonical) == canonical


_ISSUERS = st.sampled_from(
    [
        "HĐND",
        "UBND",
        "UBND.TP",
        "QH15",
        "UBTVQH14",
        "CP",
        "TTg",
        "TU",
        "TW",
        "VP",
        "BDV",
        "ĐCTUBTWMTTQVN",
        "TTCP",
        "VPHĐBCQG",
        "CTĐB",
        "BCĐTƯ",
    ]
)
_ABBREVIATIONS = st.sampled_from(sorted({a for kind in DocumentKind for a in kind.abbreviations}))
_DASH = st.sampled_from(["-", "–", "—", "‐", "−", " - ", " – "])
_SLASH = st.sampled_from(["/", "／", "⁄", "∕", " / "])


@st.composite
def _symbols(draw: st.DrawFn) -> Symbol:
    number = draw(st.from_regex(r"0?[1-9][0-9]{0,4}[a-z]?", fullmatch=True))
    issuers = tuple(draw(st.lists(_ISSUERS, min_size=1, max_size=3)))
    if draw(st.booleans()):
        party = draw(_ABBREVIATIONS)
        return Symbol(number=number, abbreviation=party, issuers=issuers, style=PARTY)
    year = draw(st.none() | st.integers(symbol.FIRST_YEAR, symbol.LAST_YEAR))
    abbreviation = draw(st.none() | _ABBREVIATIONS)
    return Symbol(number=number, year=year, abbreviation=abbreviation, issuers=issuers)


@given(_symbols())
def test_built_symbols_round_trip(s: Symbol) -> None:
    assert parse(str(s)) == s
    assert parse(format(s)) == s
    assert compact(str(s)) == str(s)


@given(_symbols(), st.data())
def test_messy_typing_of_a_symbol_gives_it_back(s: Symbol, data: st.DataObject) -> None:
    text = str(s)
    pieces = []
    for char in text:
        if char == "-":
            pieces.append(data.draw(_DASH))
        elif char == "/":
            pieces.append(data.draw(_SLASH))
        else:
            pieces.append(char)
    messy = "".join(pieces)
    if data.draw(st.booleans()):
        messy = messy.lower()
    if data.draw(st.booleans()):
        messy = messy.replace("HĐND", "HDND").replace("hđnd", "hdnd")
    if data.draw(st.booleans()):
        messy = unicodedata.normalize("NFD", messy)
    messy = data.draw(st.sampled_from(["", " ", "Số: ", "số ", "No. "])) + messy + " "
    assert validate(messy) == text
