from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd import Source


def test_a_source() -> None:
    source = Source.model_validate(
        {
            "id": "bao-can-tho-2016-06-21",
            "title": " Tình hình triển khai Đề án ",
            "publisher": "Báo Cần Thơ",
            "published": "2016-06-21",
            "url": "https://baocantho.com.vn/",
        }
    )
    assert source.title == "Tình hình triển khai Đề án"
    assert source.published == dt.date(2016, 6, 21)
    assert source.note is None


@pytest.mark.parametrize(
    "data",
    [
        {"id": "s", "title": ""},
        {"id": "s", "title": "   "},
        {"id": "s"},
        {"title": "Báo cáo"},
        {"id": "s", "title": "Báo cáo", "published": 20160621},
        {"id": "s", "title": "Báo cáo", "published": "21/06/2016"},
        {"id": "s", "title": "Báo cáo", "author": "Văn Thương"},
    ],
)
def test_invalid_sources(data: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        Source.model_validate(data)


def test_sources_are_values() -> None:
    first = Source(id="s", title="Báo cáo")
    assert first == Source(id="s", title="Báo cáo")
    assert hash(first) == hash(Source(id="s", title="Báo cáo"))
    with pytest.raises(ValidationError):
        first.title = "Khác"  # type: ignore[misc]
