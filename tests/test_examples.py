from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from hdnd import Dataset, dumps, load, load_example, validate
from hdnd.examples import EXAMPLES, example_path


def test_the_examples() -> None:
    assert EXAMPLES == {
        "can-tho": "can-tho.json",
        "can-tho-register": "can-tho-register.json",
        "synthetic-council": "synthetic-council.json",
    }


@pytest.mark.parametrize("name", sorted(EXAMPLES))
def test_example_path_points_at_the_shipped_file(name: str) -> None:
    path = Path(example_path(name))
    assert path.name == EXAMPLES[name]
    assert path.parent.parts[-2:] == ("data", "examples")
    assert path.is_file()
    assert load(path) == load_example(name)


def test_unknown_example() -> None:
    with pytest.raises(
        KeyError,
        match="no example 'hue'; choose one of can-tho, can-tho-register, synthetic-council",
    ):
        load_example("hue")
    with pytest.raises(KeyError, match="no example 'hue'"):
        example_path("hue")


def test_can_tho_records_the_published_figures() -> None:
    dataset = load_example("can-tho")
    assert isinstance(dataset, Dataset)
    assert dataset.synthetic is False
    assert [s.id for s in dataset.sources] == ["can-tho-office-2014", "bao-can-tho-2016-06-21"]
    values = {f.id.removeprefix("can-tho-"): (f.value, f.qualifier.value) for f in dataset.figures}
    assert values == {
        "2014-citizen-visits": (105, "exact"),
        "2014-petitions": (191, "exact"),
        "2014-law-consultations": (31, "exact"),
        "2014-voter-meetings": (56, "exact"),
        "2014-voter-attendances": (7570, "approximately"),
        "2014-voter-speakers": (431, "exact"),
        "2013-trained-pilot": (700, "nearly"),
        "2012-2015-trained-other": (1750, "more-than"),
        "2012-2015-trained": (2412, "exact"),
    }
    assert all(
        f.unit == "92" and f.source in {s.id for s in dataset.sources} for f in dataset.figures
    )
    assert all(f.note for f in dataset.figures)  # each figure quotes its source


def test_synthetic_council_is_labelled_synthetic() -> None:
    dataset = load_example("synthetic-council")
    assert dataset.synthetic is True
    assert dataset.title == "Hội đồng nhân dân tỉnh Mẫu (dữ liệu tổng hợp)"
    assert [c.id for c in dataset.councils] == ["hdnd-tinh-mau-2026"]
    assert len(dataset.delegates) == 57


@pytest.mark.parametrize(
    ("name", "as_of"),
    [
        ("can-tho", dt.date(2015, 1, 1)),
        ("can-tho-register", dt.date(2015, 1, 1)),
        ("synthetic-council", dt.date(2026, 11, 1)),
    ],
)
def test_the_examples_are_clean(name: str, as_of: dt.date) -> None:
    assert list(validate(load_example(name), as_of=as_of)) == []


def test_each_load_gives_an_equal_dataset() -> None:
    assert load_example("can-tho") == load_example("can-tho")


def test_the_register_is_the_output_of_its_generator() -> None:
    script = Path(__file__).resolve().parent.parent / "scripts" / "make_register_example.py"
    spec = importlib.util.spec_from_file_location("make_register_example", script)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    generated = module.build()
    assert generated.synthetic is True
    shipped = Path(example_path("can-tho-register")).read_text(encoding="utf-8")
    assert shipped == dumps(generated) + "\n"  # regenerate: scripts/make_register_example.py
    assert module.build(seed=1) != generated
