from __future__ import annotations

import pytest

import hdnd
import hdnd.errors
from hdnd._core import errors as core


def test_public_error_module_re_exports_the_core_classes() -> None:
    assert hdnd.errors.__all__ == [
        "AmbiguousInstrumentError",
        "BadInputError",
        "DatasetError",
        "HdndError",
        "InvalidSymbolError",
        "MissingExtraError",
        "NotEncodedError",
        "Problem",
        "UnknownCouncilError",
        "UnknownExampleError",
        "UnknownInstrumentError",
        "UnknownRecordError",
        "UnknownTermError",
        "UnknownUnitError",
    ]
    for name in hdnd.errors.__all__:
        assert getattr(hdnd.errors, name) is getattr(core, name)


def test_top_level_package_exposes_the_errors() -> None:
    users_meet = [name for name in core.__all__ if name != "BadInputError"]  # the CLI's own
    for name in users_meet:
        assert getattr(hdnd, name) is getattr(core, name)
    assert "BadInputError" not in hdnd.__all__


def test_catching_the_base_class_catches_a_lookup() -> None:
    from hdnd.units.unit import lookup

    caught: list[type[Exception]] = []
    try:
        lookup("00000")
    except hdnd.errors.HdndError as error:
        caught.append(type(error))
    assert caught == [hdnd.errors.UnknownUnitError]


def test_an_unknown_council_is_an_hdnd_error_and_a_key_error() -> None:
    index = hdnd.load_example("synthetic-council").index
    with pytest.raises(hdnd.UnknownCouncilError, match=r"^the dataset has no council 'nope'$"):
        index.council("nope")
    with pytest.raises(KeyError):
        index.council("nope")
    known = index.council(next(iter(index.councils)))
    assert known.id == next(iter(index.councils))


def test_every_error_subclasses_the_one_base() -> None:
    for name in core.__all__:
        value = getattr(core, name)
        if isinstance(value, type) and issubclass(value, BaseException):
            assert issubclass(value, core.HdndError), name


def test_an_unknown_term_is_an_hdnd_error_and_a_key_error() -> None:
    index = hdnd.load_example("synthetic-council").index
    message = r"^the dataset has no term '2031-2036', nor is it a national term$"
    with pytest.raises(hdnd.UnknownTermError, match=message):
        index.term("2031-2036")
    assert index.term("2026-2031").id == "2026-2031"


def test_an_unknown_example_or_instrument_is_named() -> None:
    from hdnd.law.registry import instrument

    with pytest.raises(hdnd.UnknownExampleError, match="no example 'nowhere'; choose one of"):
        hdnd.load_example("nowhere")
    with pytest.raises(hdnd.UnknownInstrumentError, match="no instrument '1/2099/QH99'"):
        instrument("1/2099/QH99")
    with pytest.raises(KeyError):  # both are KeyErrors, as before
        hdnd.load_example("nowhere")


def test_a_council_is_one_of_the_records_a_dataset_may_lack() -> None:
    assert issubclass(hdnd.UnknownCouncilError, hdnd.UnknownRecordError)
    assert issubclass(hdnd.UnknownRecordError, KeyError)
    assert str(hdnd.UnknownRecordError("the dataset has no delegate 'x'")) == (
        "the dataset has no delegate 'x'"
    )


def test_no_encoded_rule_and_no_known_term_are_hdnd_errors() -> None:
    import datetime as dt

    from hdnd.councils.terms import term_on

    election = hdnd.Election.model_validate(
        {"id": "e", "council": "c", "day": "2011-05-22", "seats": 1, "voters_on_list": 10,
         "voted": 9, "valid_ballots": 9,
         "candidates": [{"id": "a", "name": "A", "birth_date": "1970-01-01", "votes": 9}]}
    )  # fmt: skip
    with pytest.raises(hdnd.NotEncodedError, match="no election law is encoded for 2011-05-22"):
        election.count()
    with pytest.raises(LookupError):  # as before
        election.count()
    with pytest.raises(hdnd.UnknownTermError, match="no People's Council term before 2011-05-21"):
        term_on(dt.date(2011, 5, 21))
    assert term_on(dt.date(2011, 5, 22)).id == "2011-2016"
