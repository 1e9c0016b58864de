from __future__ import annotations

import unicodedata

import pytest
from pydantic import BaseModel, ValidationError

from hdnd._core.text import NonEmptyText, VnText, nfc

_PHRASES = ["Hội đồng nhân dân", "Thành phố Cần Thơ", "Đặc khu Phú Quốc", "Nguyễn Thị Ánh"]


@pytest.mark.parametrize("phrase", _PHRASES)
def test_nfc_composes_decomposed_vietnamese(phrase: str) -> None:
    decomposed = unicodedata.normalize("NFD", phrase)
    assert decomposed != phrase
    result = nfc(decomposed)
    assert result == phrase
    assert unicodedata.is_normalized("NFC", result)


def test_nfc_counts_code_points() -> None:
    decomposed = unicodedata.normalize("NFD", "Hội đồng")
    assert (len(decomposed), len(nfc(decomposed))) == (12, 8)


def test_nfc_changes_nothing_else() -> None:
    assert nfc("  Hội  đồng \n") == "  Hội  đồng \n"
    assert nfc("HỘI ĐỒNG") == "HỘI ĐỒNG"
    assert nfc("") == ""


class _Plain(BaseModel):
    text: VnText
    non_empty: NonEmptyText = "x"


def test_vn_text_field_normalises_to_nfc() -> None:
    model = _Plain(text=unicodedata.normalize("NFD", "Cần Thơ"))
    assert model.text == "Cần Thơ"
    assert len(model.text) == 7


def test_non_empty_text_normalises_and_refuses_empty() -> None:
    assert _Plain(text="", non_empty=unicodedata.normalize("NFD", "Xã")).non_empty == "Xã"
    with pytest.raises(ValidationError, match="at least 1 character"):
        _Plain(text="", non_empty="")
