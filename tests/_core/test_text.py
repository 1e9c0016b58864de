from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel, ValidationError

from hdnd._core.text import NonEmptyText, VnText, collation_key, nfc

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


_VIETNAMESE = "aăâbcdđeêghiklmnoôơpqrstuưvxy"


def test_the_alphabet_is_in_vietnamese_order() -> None:
    letters = list(_VIETNAMESE)
    shuffled = sorted(letters, key=lambda c: c.encode())  # code point order puts đ, ă ... last
    assert sorted(shuffled, key=collation_key) == letters


def test_tones_only_break_ties_in_dictionary_order() -> None:
    words = ["ma", "mà", "mả", "mã", "má", "mạ", "mai"]
    shuffled = ["mai", "mạ", "má", "ma", "mã", "mả", "mà"]
    assert sorted(shuffled, key=collation_key) == words


@pytest.mark.parametrize(
    ("before", "after"),
    # z is not a Vietnamese letter: letters outside the alphabet sort after it
    [("Dung", "Đông"), ("Đông", "Em"), ("Anh", "Ân"), ("An", "An Bình"), ("Ăn", "Zung")],
)
def test_pairs(before: str, after: str) -> None:
    assert collation_key(before) < collation_key(after)


_WORDS = st.text(alphabet=_VIETNAMESE + "àảãáạ ", max_size=12)


@given(_WORDS)
def test_case_and_unicode_form_do_not_matter(text: str) -> None:
    key = collation_key(text)
    assert collation_key(text.upper()) == key
    assert collation_key(unicodedata.normalize("NFD", text)) == key
