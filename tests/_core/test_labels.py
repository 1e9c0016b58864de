from __future__ import annotations

from enum import StrEnum
from typing import cast

import pytest

from hdnd._core.formatting import Localizable
from hdnd._core.labels import N_, LabelledEnum, register_labels

# Values are prefixed so that they cannot collide with any enum of the package.


class _Colour(LabelledEnum):
    RED = "hdnd-test-red"
    GREEN = "hdnd-test-green"


register_labels(_Colour, {_Colour.RED: N_("Cấp tỉnh"), _Colour.GREEN: N_("màu xanh")})


class _Unlabelled(LabelledEnum):
    ONE = "hdnd-test-unlabelled-one"


def test_labelled_enum_is_a_string_enum() -> None:
    assert issubclass(LabelledEnum, StrEnum)
    assert _Colour("hdnd-test-red") is _Colour.RED
    assert cast(str, _Colour.RED) == "hdnd-test-red"
    assert str(_Colour.RED) == "hdnd-test-red"


def test_label_in_vietnamese_by_default() -> None:
    assert _Colour.RED.label() == "Cấp tỉnh"
    assert _Colour.RED.label("vi") == "Cấp tỉnh"
    assert _Colour.GREEN.label("vi") == "màu xanh"


def test_label_translated_from_the_catalog() -> None:
    assert _Colour.RED.label("en") == "Province level"


def test_label_without_translation_falls_back_to_vietnamese() -> None:
    assert _Colour.GREEN.label("en") == "màu xanh"


def test_localize_is_label_and_makes_the_enum_localizable() -> None:
    assert _Colour.RED.localize("en") == "Province level"
    assert isinstance(_Colour.RED, Localizable)


def test_an_unregistered_member_is_labelled_by_its_value() -> None:
    assert _Unlabelled.ONE.label("vi") == "hdnd-test-unlabelled-one"


def test_register_labels_requires_every_member() -> None:
    class Partial(LabelledEnum):
        A = "hdnd-test-partial-a"
        B = "hdnd-test-partial-b"
        C = "hdnd-test-partial-c"

    with pytest.raises(
        ValueError, match="Partial: no label for hdnd-test-partial-b, hdnd-test-partial-c"
    ):
        register_labels(Partial, {Partial.A: "a"})
    # Nothing was registered by the failed call.
    assert Partial.A.label() == "hdnd-test-partial-a"


class _First(LabelledEnum):
    SHARED = "hdnd-test-shared"


class _Second(LabelledEnum):
    SHARED = "hdnd-test-shared"


register_labels(_First, {_First.SHARED: "thứ nhất"})
register_labels(_Second, {_Second.SHARED: "thứ hai"})


def test_same_value_in_another_enum_keeps_the_label_of_its_own_enum_second() -> None:
    assert _Second.SHARED.label() == "thứ hai"


def test_same_value_in_another_enum_keeps_the_label_of_its_own_enum_first() -> None:
    assert _First.SHARED.label() == "thứ nhất"
