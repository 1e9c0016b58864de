from __future__ import annotations

import pytest

from hdnd._core.errors import (
    DatasetError,
    HdndError,
    MissingExtraError,
    NotApplicableError,
    Problem,
    UnknownUnitError,
)


@pytest.mark.parametrize(
    ("error", "builtin"),
    [
        (DatasetError, ValueError),
        (UnknownUnitError, LookupError),
        (NotApplicableError, LookupError),
        (MissingExtraError, ImportError),
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
