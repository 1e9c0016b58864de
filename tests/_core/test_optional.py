from __future__ import annotations

import json
import sys

import pytest

from hdnd._core.errors import HdndError, MissingExtraError
from hdnd._core.optional import require

_NO_SUCH_MODULE = "hdnd_no_such_module_for_tests"


def test_require_returns_an_installed_module() -> None:
    assert require("json", "reading JSON") is json


def test_require_names_the_feature_the_module_and_the_extra() -> None:
    with pytest.raises(MissingExtraError) as info:
        require(_NO_SUCH_MODULE, "Report.to_frame()")
    message = str(info.value)
    assert message == (
        f"Report.to_frame() needs the optional package '{_NO_SUCH_MODULE}', which is not "
        f"installed. Install it with: pip install 'hdnd[{_NO_SUCH_MODULE}]'"
    )
    assert isinstance(info.value.__cause__, ImportError)
    assert isinstance(info.value, ImportError)
    assert isinstance(info.value, HdndError)


@pytest.mark.parametrize(
    ("module", "extra"),
    [
        ("pandas", "pandas"),
        ("matplotlib", "plot"),
        ("matplotlib.pyplot", "plot"),
        ("openpyxl", "excel"),
        ("pyarrow", "parquet"),
    ],
)
def test_require_maps_each_optional_package_to_its_extra(
    module: str, extra: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A None entry in sys.modules makes the import fail as if the package were missing.
    monkeypatch.setitem(sys.modules, module.split(".", maxsplit=1)[0], None)
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(MissingExtraError, match=rf"pip install 'hdnd\[{extra}\]'"):
        require(module, "a plot")
