from __future__ import annotations

from pathlib import Path

import pytest

from hdnd._core.errors import (
    BadInputError,
    DatasetError,
    HdndError,
    InvalidSymbolError,
    MissingExtraError,
    Problem,
    UnknownCouncilError,
    UnknownTermError,
    UnknownUnitError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (DatasetError, ValueError),
        (UnknownUnitError, LookupError),
        (UnknownCouncilError, KeyError),
        (UnknownTermError, KeyError),
        (MissingExtraError, ImportError),
        (BadInputError, ValueError),
    ],
)
def test_every_error_is_an_hdnd_error_and_its_builtin(
    error: type[HdndError], builtin: type[Exception]
) -> None:
    assert issubclass(error, HdndError)
    assert issubclass(error, builtin)
    message = "boom"
    with pytest.raises(builtin, match="boom"):
        raise error(message)


def test_hdnd_error_is_an_exception() -> None:
    assert issubclass(HdndError, Exception)
    assert not issubclass(HdndError, ValueError)


def test_problem_with_field() -> None:
    problem = Problem("councils[2] (id 'ct-2026')", "mandates.0.start", "Input should be a date")
    assert str(problem) == (
        "councils[2] (id 'ct-2026'), field 'mandates.0.start': Input should be a date"
    )


def test_problem_without_field_names_only_the_record() -> None:
    assert str(Problem("dataset", "", "not JSON")) == "dataset: not JSON"


def test_problem_is_frozen_and_comparable() -> None:
    a = Problem("dataset", "x", "bad")
    assert a == Problem("dataset", "x", "bad")
    assert hash(a) == hash(Problem("dataset", "x", "bad"))
    with pytest.raises(AttributeError):
        a.message = "other"  # type: ignore[misc]


def test_dataset_error_without_problems_is_its_message() -> None:
    error = DatasetError("not a dataset")
    assert str(error) == "not a dataset"
    assert error.problems == ()


def test_dataset_error_lists_its_problems() -> None:
    problems = [Problem("dataset", "", "not JSON"), Problem("units[0]", "code", "too short")]
    error = DatasetError("2 problems", problems)
    assert error.problems == tuple(problems)
    assert isinstance(error.problems, tuple)
    assert str(error) == "2 problems\n  - dataset: not JSON\n  - units[0], field 'code': too short"


@pytest.mark.parametrize(("count", "more"), [(20, None), (21, 1), (25, 5)])
def test_dataset_error_shows_at_most_twenty_problems(count: int, more: int | None) -> None:
    problems = [Problem(f"units[{i}]", "code", "bad") for i in range(count)]
    lines = str(DatasetError("bad file", problems)).splitlines()
    assert lines[0] == "bad file"
    assert lines[1] == "  - units[0], field 'code': bad"
    assert lines[20] == "  - units[19], field 'code': bad"
    if more is None:
        assert len(lines) == 21
    else:
        assert len(lines) == 22
        assert lines[21] == f"  … and {more} more"


def test_unknown_council_reads_as_a_sentence_not_a_quoted_key() -> None:
    error = UnknownCouncilError("the dataset has no council 'x'")
    assert str(error) == "the dataset has no council 'x'"
    assert str(KeyError("the dataset has no council 'x'")) != str(error)
    assert str(UnknownCouncilError("a", "b")) == "('a', 'b')"


def test_symbol_error_in_both_languages() -> None:
    error = InvalidSymbolError("76", "không có gì sau số {number}", number="76")
    assert str(error) == "'76' is not a document symbol: nothing follows the number 76"
    assert error.reason == "nothing follows the number 76"
    assert error.reason_in("vi") == "không có gì sau số 76"
    assert error.describe("vi") == "'76' không phải là số, ký hiệu văn bản: không có gì sau số 76"
    assert error.params == {"number": "76"}


def test_symbol_error_shortens_long_input() -> None:
    error = InvalidSymbolError("x" * 500, "chuỗi rỗng")
    assert len(str(error)) < 200
    assert "…" in str(error)


def test_every_error_class_is_raised_somewhere() -> None:
    # An error class nothing raises is dead weight in the hierarchy: each is built in src
    # (outside the error modules); the base class is only ever caught.
    import hdnd.errors

    source = "\n".join(
        path.read_text(encoding="utf-8")
        for path in Path(hdnd.errors.__file__).parent.rglob("*.py")
        if path.name != "errors.py"
    )
    classes = [
        name
        for name in hdnd.errors.__all__
        if isinstance(getattr(hdnd.errors, name), type)
        and issubclass(getattr(hdnd.errors, name), Exception)
        and name != "HdndError"
    ]
    unraised = [name for name in classes if f"{name}(" not in source]
    assert classes
    assert unraised == []
