"""The kinds of Vietnamese documents and their abbreviations in a symbol (``NQ``, ``QĐ``, ``TTr``).

```pycon
>>> canonical_kind("qd"), canonical_kind("ttr"), canonical_kind("XYZ")
('QĐ', 'TTr', None)
>>> KIND_OF["QĐi"], DocumentKind.DECREE.label("en")
(<DocumentKind.REGULATION: 'regulation'>, 'Decree')

```
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum
from types import MappingProxyType

from hdnd._core.i18n import NC_
from hdnd._core.labels import LabelledEnum, register_labels

__all__ = ["KIND_OF", "DocumentKind", "Style", "canonical_kind", "fold", "unique_folds"]


class Style(StrEnum):
    """How the symbol is laid out: the state's ``76/NQ-HĐND`` or the Party's ``32-CT/TU``."""

    STATE = "state"
    PARTY = "party"


class DocumentKind(LabelledEnum):
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


_CONTEXT = "document kind"
# The kinds of document are translated in the context "document kind", apart
# from the same words elsewhere ("Hướng dẫn" is Guidance here, Guided for a petition).

# Abbreviations and Vietnamese name (English in the catalog). The first abbreviation is the
# current one.
# Official letters (công văn) carry no kind in state style; "CV" is the Party's (and common
# practice). Party style writes "TT" for thông tri; it is state style's thông tư.
_KINDS: Mapping[DocumentKind, tuple[tuple[str, ...], str]] = MappingProxyType(
    {
        DocumentKind.RESOLUTION: (("NQ",), NC_("document kind", "Nghị quyết")),
        DocumentKind.JOINT_RESOLUTION: (("NQLT",), NC_("document kind", "Nghị quyết liên tịch")),
        DocumentKind.DECREE: (("NĐ",), NC_("document kind", "Nghị định")),
        DocumentKind.CIRCULAR: (("TT",), NC_("document kind", "Thông tư")),
        DocumentKind.JOINT_CIRCULAR: (("TTLT",), NC_("document kind", "Thông tư liên tịch")),
        DocumentKind.ORDER: (("L",), NC_("document kind", "Lệnh")),
        DocumentKind.DECISION: (("QĐ",), NC_("document kind", "Quyết định")),
        DocumentKind.DIRECTIVE: (("CT",), NC_("document kind", "Chỉ thị")),
        DocumentKind.RULES: (("QC",), NC_("document kind", "Quy chế")),
        DocumentKind.REGULATION: (("QyĐ", "QĐi"), NC_("document kind", "Quy định")),
        DocumentKind.CONCLUSION: (("KL",), NC_("document kind", "Kết luận")),
        DocumentKind.INSTRUCTION: ((), NC_("document kind", "Thông tri")),
        DocumentKind.COMMUNIQUE: (("TC",), NC_("document kind", "Thông cáo")),
        DocumentKind.NOTICE: (("TB",), NC_("document kind", "Thông báo")),
        DocumentKind.GUIDANCE: (("HD",), NC_("document kind", "Hướng dẫn")),
        DocumentKind.PROGRAMME: (("CTr",), NC_("document kind", "Chương trình")),
        DocumentKind.PLAN: (("KH",), NC_("document kind", "Kế hoạch")),
        DocumentKind.SCHEME: (("PA",), NC_("document kind", "Phương án")),
        DocumentKind.PROPOSAL: (("ĐA",), NC_("document kind", "Đề án")),
        DocumentKind.PROJECT: (("DA",), NC_("document kind", "Dự án")),
        DocumentKind.REPORT: (("BC",), NC_("document kind", "Báo cáo")),
        DocumentKind.MINUTES: (("BB",), NC_("document kind", "Biên bản")),
        DocumentKind.SUBMISSION: (("TTr",), NC_("document kind", "Tờ trình")),
        DocumentKind.CONTRACT: (("HĐ",), NC_("document kind", "Hợp đồng")),
        DocumentKind.DISPATCH: (("CĐ",), NC_("document kind", "Công điện")),
        DocumentKind.MEMORANDUM: (("BGN", "GN"), NC_("document kind", "Bản ghi nhớ")),
        DocumentKind.AGREEMENT: (("BTT", "TTh"), NC_("document kind", "Bản thỏa thuận")),
        DocumentKind.AUTHORISATION: (("GUQ", "UQ"), NC_("document kind", "Giấy ủy quyền")),
        DocumentKind.INVITATION: (("GM",), NC_("document kind", "Giấy mời")),
        DocumentKind.INTRODUCTION: (("GGT",), NC_("document kind", "Giấy giới thiệu")),
        DocumentKind.LEAVE_PERMIT: (("GNP", "NP"), NC_("document kind", "Giấy nghỉ phép")),
        DocumentKind.DISPATCH_SLIP: (("PG",), NC_("document kind", "Phiếu gửi")),
        DocumentKind.TRANSFER_SLIP: (("PC",), NC_("document kind", "Phiếu chuyển")),
        DocumentKind.NOTIFICATION_SLIP: (("PB",), NC_("document kind", "Phiếu báo")),
        DocumentKind.TRUE_COPY: (("SY",), NC_("document kind", "Bản sao y")),
        DocumentKind.EXTRACT: (("TrS",), NC_("document kind", "Bản trích sao")),
        DocumentKind.TRANSCRIPT: (("SL",), NC_("document kind", "Bản sao lục")),
        DocumentKind.CONSOLIDATED_TEXT: (("VBHN",), NC_("document kind", "Văn bản hợp nhất")),
        DocumentKind.OFFICIAL_LETTER: (("CV",), NC_("document kind", "Công văn")),
    }
)
register_labels(
    DocumentKind, {kind: label for kind, (_, label) in _KINDS.items()}, context=_CONTEXT
)

KIND_OF: Mapping[str, DocumentKind] = MappingProxyType(
    {
        abbreviation: kind
        for kind, (abbreviations, _) in _KINDS.items()
        for abbreviation in abbreviations
    }
)
"""The kind each abbreviation stands for (state style; Party style reads ``TT`` apart)."""


def fold(text: str) -> str:
    """Case- and Đ-insensitive key: what someone typing without the letter Đ produces."""
    return text.casefold().replace("đ", "d")


def unique_folds(names: tuple[str, ...] | list[str]) -> dict[str, str]:
    """Each name by its :func:`fold`, for the folds that only one name has."""
    keys: dict[str, list[str]] = {}
    for name in names:
        keys.setdefault(fold(name), []).append(name)
    return {key: found[0] for key, found in keys.items() if len(found) == 1}


# "hd" is both HD (hướng dẫn) and HĐ (hợp đồng): only the exact, case-insensitive match (HD)
# is taken, so HĐ must be typed with its Đ. "qd" can only be QĐ, "nd" only NĐ.
_KIND_CASEFOLD = MappingProxyType(
    {abbreviation.casefold(): abbreviation for abbreviation in KIND_OF}
)
_KIND_FOLDED = MappingProxyType(unique_folds(list(KIND_OF)))


def canonical_kind(token: str) -> str | None:
    """The kind abbreviation *token* stands for, in its canonical spelling; ``None`` if none."""
    if token in KIND_OF:
        return token
    found = _KIND_CASEFOLD.get(token.casefold())
    if found is None and "đ" not in token.casefold():
        found = _KIND_FOLDED.get(fold(token))
    return found
