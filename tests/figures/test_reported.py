from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest
from pydantic import ValidationError

from hdnd.figures.reported import INDICATORS, Breakdown, Qualifier, ReportedFigure, category_label
from hdnd.i18n import translate


def _figure(**changes: Any) -> ReportedFigure:
    data: dict[str, Any] = {
        "id": "visits",
        "unit": "92",
        "period": {"start": "2014-01-01", "end": "2014-12-31"},
        "indicator": "citizen-visits",
        "value": 105,
        "source": "seed-003",
    }
    return ReportedFigure.model_validate({**data, **changes})


def test_qualifiers() -> None:
    assert [q.value for q in Qualifier] == [
        "exact",
        "approximately",
        "nearly",
        "more-than",
        "at-least",
    ]
    assert [q.is_exact for q in Qualifier] == [True, False, False, False, False]
    assert [q.label("vi") for q in Qualifier] == ["chính xác", "khoảng", "gần", "hơn", "ít nhất"]
    assert Qualifier.NEARLY.label("en") == "nearly"


def test_breakdown_total_and_defaults() -> None:
    breakdown = Breakdown(dimension="outcome", parts={"guided": 36, "answered": 4, "stored": 70})
    assert breakdown.total == 110
    assert breakdown.complete is True
    assert list(breakdown.parts) == ["guided", "answered", "stored"]  # published order
    assert Breakdown(dimension="kind", parts={}).total == 0


@pytest.mark.parametrize(
    ("parts", "complete"),
    [
        ({"individual": "100"}, True),
        ({"individual": -1}, True),
        ({"individual": True}, True),
        ({"Individual": 1}, True),
        ({"individual": 1}, "false"),
    ],
)
def test_breakdown_refuses_coercions(parts: dict[str, Any], complete: Any) -> None:
    with pytest.raises(ValidationError):
        Breakdown.model_validate({"dimension": "kind", "parts": parts, "complete": complete})


def test_a_figure_with_defaults() -> None:
    figure = _figure(breakdowns=[{"dimension": "kind", "parts": {"individual": 100, "group": 5}}])
    assert figure.qualifier is Qualifier.EXACT
    assert figure.breakdowns[0].total == 105
    assert figure.share is None
    assert str(figure.period) == "2014-01-01/2014-12-31"


def test_labels_of_known_indicators() -> None:
    figure = _figure()
    assert figure.display_label == "Lượt tiếp công dân"
    assert figure.label_text() == "Lượt tiếp công dân"
    assert figure.label_text("en") == "Citizen visits"


def test_own_labels_win() -> None:
    figure = _figure(label="Lượt tiếp tại trụ sở", label_en="Visits at the office")
    assert figure.display_label == "Lượt tiếp tại trụ sở"
    assert figure.label_text("vi") == "Lượt tiếp tại trụ sở"
    assert figure.label_text("en") == "Visits at the office"


def test_own_label_without_english_stays_vietnamese() -> None:
    figure = _figure(label="Lượt tiếp tại trụ sở")
    assert figure.label_text("en") == "Lượt tiếp tại trụ sở"


def test_unknown_indicator_falls_back_to_its_code() -> None:
    figure = _figure(indicator="hearing-sessions")
    assert figure.display_label == "hearing-sessions"
    assert figure.label_text("en") == "hearing-sessions"


def test_category_labels() -> None:
    assert category_label("citizen-visits", "group") == "Tập thể (đoàn)"
    assert category_label("citizen-visits", "group", "en") == "Group (delegation)"
    assert category_label("petitions-received", "forwarded", "en") == (
        "Forwarded to the competent body"
    )
    assert category_label("petitions-received", "unheard-of") == "unheard-of"
    assert category_label("no-such-indicator", "group") == "group"


def test_every_indicator_label_is_translated() -> None:
    for info in INDICATORS.values():
        assert translate(info.label, "en") != info.label
        for label in info.categories.values():
            assert translate(label, "en") != label


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"value": "105"}, "value"),
        ({"value": 105.5}, "value"),
        ({"value": -3}, "value"),
        ({"share": "100.01"}, "share"),
        ({"share": -1}, "share"),
        ({"indicator": "Citizen visits"}, "indicator"),
        ({"unit": "9"}, "unit"),
        ({"qualifier": "roughly"}, "qualifier"),
        ({"period": {"start": "2014-12-31", "end": "2014-01-01"}}, "period"),
        ({"id": ""}, "id"),
    ],
)
def test_invalid_figures(changes: dict[str, Any], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        _figure(**changes)
    assert caught.value.errors()[0]["loc"][0] == field


def test_a_published_share_is_exact() -> None:
    figure = _figure(share="92.20", share_of="tổng số đại biểu")
    assert figure.share == Decimal("92.20")
    assert figure.share_of == "tổng số đại biểu"
