from __future__ import annotations

import hdnd
import hdnd.errors
from hdnd._core import errors as core


def test_public_error_module_re_exports_the_core_classes() -> None:
    assert hdnd.errors.__all__ == [
        "DatasetError",
        "HdndError",
        "MissingExtraError",
        "NotApplicableError",
        "Problem",
        "UnknownUnitError",
    ]
    for name in hdnd.errors.__all__:
        assert getattr(hdnd.errors, name) is getattr(core, name)


def test_top_level_package_exposes_the_errors() -> None:
    for name in ("DatasetError", "HdndError", "MissingExtraError", "NotApplicableError"):
        assert getattr(hdnd, name) is getattr(core, name)
    assert hdnd.UnknownUnitError is core.UnknownUnitError


def test_catching_the_base_class_catches_a_lookup() -> None:
    from hdnd.units.unit import lookup

    caught: list[type[Exception]] = []
    try:
        lookup("00000")
    except hdnd.errors.HdndError as error:
        caught.append(type(error))
    assert caught == [hdnd.errors.UnknownUnitError]
