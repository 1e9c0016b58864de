from __future__ import annotations

import pytest

from hdnd._core.i18n import LANGUAGES, N_, check_language, translate


def test_languages_are_vietnamese_then_english() -> None:
    assert LANGUAGES == ("vi", "en")


def test_n_marks_without_changing() -> None:
    text = "Cấp tỉnh"
    marked = N_(text)
    assert marked == text
    assert isinstance(marked, str)
    assert hash(marked) == hash(text)


@pytest.mark.parametrize("language", ["vi", "en"])
def test_check_language_accepts_supported(language: str) -> None:
    assert check_language(language) == language


@pytest.mark.parametrize("language", ["fr", "VI", "", "vi_VN", "en-US"])
def test_check_language_refuses_others(language: str) -> None:
    with pytest.raises(
        ValueError, match=rf"unsupported language '{language}': choose one of vi, en"
    ):
        check_language(language)


@pytest.mark.parametrize(
    ("message", "english"),
    [
        ("Cấp tỉnh", "Province level"),
        ("Cấp xã", "Commune level"),
        ("Phường", "Ward"),
        ("Đặc khu", "Special zone"),
        ("tổng số đại biểu", "the total number of delegates"),
    ],
)
def test_translate(message: str, english: str) -> None:
    assert translate(message, "vi") == message
    assert translate(message) == message
    assert translate(message, "en") == english


def test_translate_fills_placeholders_in_both_languages() -> None:
    assert translate("Điều {n}", "vi", n=30) == "Điều 30"
    assert translate("Điều {n}", "en", n=30) == "Article 30"
    assert translate("khóa {roman}", "en", roman="XV") == "convocation XV"


def test_translate_without_params_leaves_placeholders() -> None:
    assert translate("Điều {n}", "en") == "Article {n}"


def test_translate_falls_back_to_vietnamese() -> None:
    assert translate("Chuỗi chưa dịch", "en") == "Chuỗi chưa dịch"
    assert translate("Chuỗi {x} chưa dịch", "en", x=1) == "Chuỗi 1 chưa dịch"


def test_translate_refuses_an_unsupported_language() -> None:
    with pytest.raises(ValueError, match="unsupported language 'fr'"):
        translate("Cấp tỉnh", "fr")  # type: ignore[arg-type]


def test_translate_ignores_the_catalog_header() -> None:
    # The header entry has the empty msgid; it must not turn "" into the header text.
    assert translate("", "en") == ""
