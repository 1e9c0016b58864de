from __future__ import annotations

import json
import subprocess
import sys

import pytest

import hdnd

_HEAVY = ("pandas", "matplotlib", "openpyxl", "pyarrow")


def _run(code: str) -> str:
    completed = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    return completed.stdout


def test_import_hdnd_does_not_import_heavy_optional_packages() -> None:
    code = (
        "import json, sys\n"
        "import hdnd\n"
        f"print(json.dumps(sorted(m for m in {_HEAVY!r} if m in sys.modules)))\n"
    )
    assert json.loads(_run(code)) == []


def test_the_check_sees_a_heavy_import() -> None:
    # The same check fails once something imports pandas.
    code = (
        "import json, sys\n"
        "import hdnd, pandas\n"
        f"print(json.dumps(sorted(m for m in {_HEAVY!r} if m in sys.modules)))\n"
    )
    assert "pandas" in json.loads(_run(code))


def test_version_is_a_string() -> None:
    assert isinstance(hdnd.__version__, str)
    assert hdnd.__version__
    assert hdnd.__version__[0].isdigit()


def test_unknown_attribute_raises_attribute_error() -> None:
    name = "no_such_name"
    with pytest.raises(AttributeError, match="module 'hdnd' has no attribute 'no_such_name'"):
        getattr(hdnd, name)


def test_all_names_are_in_dir_and_resolve() -> None:
    names = dir(hdnd)
    assert set(hdnd.__all__) <= set(names)
    assert names == sorted(names)
    for name in hdnd.__all__:
        assert getattr(hdnd, name) is not None


def test_all_has_no_duplicates() -> None:
    assert len(hdnd.__all__) == len(set(hdnd.__all__))


def _isort_style(name: str) -> tuple[int, str]:
    # RUF022: SCREAMING_SNAKE_CASE first, then CamelCase, then everything else.
    if name.isupper() and len(name) > 1:
        return (0, name)
    if name[:1].isupper():
        return (1, name)
    return (2, name)


def test_all_is_sorted_the_ruf022_way() -> None:
    assert hdnd.__all__ == sorted(hdnd.__all__, key=_isort_style)


# --- the public API: every record type, enum and error users meet ---------------------------


def _walk_package() -> None:
    import importlib
    import pkgutil

    for info in pkgutil.walk_packages(hdnd.__path__, "hdnd."):
        if info.name != "hdnd.__main__":
            importlib.import_module(info.name)


def _subclasses(cls: type) -> set[type]:
    found: set[type] = set()
    subs: list[type] = cls.__subclasses__()
    for sub in subs:
        found |= {sub, *_subclasses(sub)}
    return found


def _enums_in(annotation: object, found: set[type]) -> None:
    import enum
    import typing

    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        found.add(annotation)
    for argument in typing.get_args(annotation):
        _enums_in(argument, found)


def _records() -> set[type]:
    from hdnd._core.model import Record

    _walk_package()
    return {c for c in _subclasses(Record) if c.__module__.startswith("hdnd.")}


def test_every_record_type_is_importable_from_hdnd() -> None:
    records = _records()
    assert len(records) >= 28
    missing = sorted(c.__name__ for c in records if getattr(hdnd, c.__name__, None) is not c)
    assert missing == []


def test_every_enum_of_a_record_field_is_importable_from_hdnd() -> None:
    enums: set[type] = set()
    for record in _records():
        for field in record.model_fields.values():  # type: ignore[attr-defined]
            _enums_in(field.annotation, enums)
    assert {"Gender", "SessionKind", "VoteChoice"} <= {e.__name__ for e in enums}
    missing = sorted(e.__name__ for e in enums if getattr(hdnd, e.__name__, None) is not e)
    assert missing == []


def test_every_error_class_is_importable_from_hdnd() -> None:
    from hdnd._core.errors import BadInputError, HdndError

    _walk_package()
    errors = {c for c in _subclasses(HdndError) if c is not BadInputError}
    assert len(errors) >= 5
    missing = sorted(c.__name__ for c in errors if getattr(hdnd, c.__name__, None) is not c)
    assert missing == []
