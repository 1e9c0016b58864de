"""The columns take exactly what the model takes unchanged, and the dataset refuses what it refuses.

Every record of a corpus — clean, to be normalised, to be refused — is read by the plain model
(``tuple[Petition, ...]``), by ``Dataset`` (columns first, the model when they are unsure) and
by ``loads`` (msgspec first, JSON mode when anything fails): all three must agree, and the
columns must ask for the model whenever the model would change or refuse the record.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from typing import Any

import msgspec
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pydantic import TypeAdapter, ValidationError

from hdnd import Dataset, DatasetError, Petition, loads
from hdnd._core.personal import REDACTED, WITHHELD
from hdnd.petitions.columns import Unsure, columns_of
from hdnd.petitions.kinds import Channel, PetitionKind, PetitionOutcome, StepKind
from hdnd.petitions.records import json_object_at, petition_at
from hdnd.petitions.structs import PetitionStruct

MODEL: TypeAdapter[tuple[Petition, ...]] = TypeAdapter(tuple[Petition, ...])
NAME = "Trần Văn B"
NFD = unicodedata.normalize("NFD", NAME)
DROP: Any = object()
"""A value that removes the key from the record."""
BASE: dict[str, Any] = {"id": "p1", "unit": "92", "received": "2014-03-02"}

Errors = list[tuple[tuple[int | str, ...], str]]


def _record(**changes: Any) -> dict[str, Any]:
    return {k: v for k, v in {**BASE, **changes}.items() if v is not DROP}


def _step(**changes: Any) -> dict[str, Any]:
    step = {"kind": "received", "day": "2014-03-03", **changes}
    return {k: v for k, v in step.items() if v is not DROP}


def _steps(**changes: Any) -> dict[str, Any]:
    return _record(steps=[_step(**changes)])


FULL = _record(
    kind="complaint", outcome="stored", petitioner=NAME, address="12 Hòa Bình, Ninh Kiều",
    signatories=5, anonymous=True, channel="post", originals=True, visit="v1", delegate="d1",
    duplicate_of="p0", follow_up_of="p0", split_from="p0", decision_known="2014-02-01",
    remote=True, complex=True,
    steps=[_step(), _step(kind="extended", day="2014-03-20", by="Văn phòng", reason="Phức tạp",
                          days=30),
           _step(kind="forwarded", day="2014-03-25", to="UBND quận Ninh Kiều")],
)  # fmt: skip
CASES: list[Any] = [
    # --- accepted as they are --------------------------------------------------------------
    pytest.param(_record(), False, id="minimal"),
    pytest.param(FULL, False, id="every-field"),
    pytest.param(
        _record(
            kind=None,
            outcome=None,
            petitioner=None,
            anonymous=False,
            remote=False,
            complex=False,
            originals=None,
            channel=None,
            steps=[],
        ),
        False,
        id="defaults-given",
    ),
    pytest.param(_record(id="x" * 200), False, id="id-200"),
    pytest.param(_record(id="đơn-Trần-1"), False, id="id-nfc"),
    pytest.param(_record(unit="92345"), False, id="unit-92345"),
    pytest.param(_record(unit="916"), False, id="unit-916"),
    pytest.param(_record(signatories=0), False, id="signatories-0"),
    pytest.param(_record(signatories=2**63), False, id="signatories-2**63"),
    pytest.param(_record(signatories=2**70), False, id="signatories-2**70"),
    pytest.param(_record(originals=False), False, id="originals-false"),
    pytest.param(_record(petitioner=NAME, address="Số 7 ngõ Kín"), False, id="names-nfc"),
    pytest.param(_record(petitioner=""), False, id="petitioner-empty"),
    pytest.param(_record(received="2016-02-29"), False, id="leap-day"),
    pytest.param(_record(received="0001-01-01"), False, id="first-day"),
    pytest.param(_record(received="9999-12-31"), False, id="last-day"),
    pytest.param(_record(kind="mixed", channel="in-person", outcome="guided"), False, id="codes"),
    pytest.param(_steps(days=0, kind="extended"), False, id="step-days-0"),
    pytest.param(_steps(to=None, by=None, reason=None, days=None), False, id="step-nulls"),
    pytest.param(_record(petitioner=REDACTED, address=NAME), True, id="placeholder-withheld"),
    # --- normalised ------------------------------------------------------------------------
    pytest.param(_record(id=" p1"), False, id="id-space"),
    pytest.param(_record(id="p1\u00a0"), False, id="id-nbsp"),
    pytest.param(_record(id=f" {'x' * 200} "), False, id="id-200-spaces"),
    pytest.param(_record(id=unicodedata.normalize("NFD", "đơn-Trần")), False, id="id-nfd"),
    pytest.param(_record(unit=" 92"), False, id="unit-space"),
    pytest.param(_record(unit="92\n"), False, id="unit-newline"),
    pytest.param(_record(received=" 2014-03-02 "), False, id="received-spaces"),
    pytest.param(_record(petitioner=NFD), False, id="petitioner-nfd"),
    pytest.param(_record(petitioner=f" {NAME} "), False, id="petitioner-spaces"),
    pytest.param(_record(address=unicodedata.normalize("NFD", "Hòa Bình")), False, id="addr-nfd"),
    pytest.param(_steps(kind="forwarded", to=NFD), False, id="step-to-nfd"),
    pytest.param(_steps(by=f"{NFD} "), False, id="step-by-nfd"),
    pytest.param(_steps(kind="ineligible", reason=NFD), False, id="step-reason-nfd"),
    pytest.param(_record(visit=" v1"), False, id="visit-space"),
    pytest.param(_record(decision_known=" 2014-02-01"), False, id="decision-known-space"),
    pytest.param(_record(petitioner=f" {REDACTED} "), True, id="placeholder-spaces-withheld"),
    pytest.param(_record(kind=" complaint"), False, id="kind-space"),
    # --- refused ---------------------------------------------------------------------------
    pytest.param(_record(id=""), False, id="id-empty"),
    pytest.param(_record(id="   "), False, id="id-blank"),
    pytest.param(_record(id="x" * 201), False, id="id-201"),
    pytest.param(_record(id=5), False, id="id-number"),
    pytest.param(_record(id=DROP), False, id="id-missing"),
    pytest.param(_record(received=DROP), False, id="received-missing"),
    pytest.param(_record(unit="9"), False, id="unit-9"),
    pytest.param(_record(unit="923456"), False, id="unit-923456"),
    pytest.param(_record(unit="9a"), False, id="unit-9a"),
    pytest.param(_record(unit=92), False, id="unit-number"),
    pytest.param(_record(received="2014-02-30"), False, id="received-feb-30"),
    pytest.param(_record(received="20140302"), False, id="received-basic"),
    pytest.param(_record(received="2014-3-2"), False, id="received-short"),
    pytest.param(_record(received=1412726400), False, id="received-number"),
    pytest.param(_record(received="1412726400"), False, id="received-timestamp"),
    pytest.param(_record(received="2014-03-02T00:00:00"), False, id="received-datetime"),
    pytest.param(_record(received=None), False, id="received-null"),
    pytest.param(_record(kind="bogus"), False, id="kind-unknown"),
    pytest.param(_record(kind="Complaint"), False, id="kind-case"),
    pytest.param(_record(channel="fax"), False, id="channel-unknown"),
    pytest.param(_record(outcome="lost"), False, id="outcome-unknown"),
    pytest.param(_record(signatories=-1), False, id="signatories--1"),
    pytest.param(_record(signatories=-(2**70)), False, id="signatories--2**70"),
    pytest.param(_record(signatories=5.0), False, id="signatories-float"),
    pytest.param(_record(signatories=float("nan")), False, id="signatories-nan"),
    pytest.param(_record(signatories=True), False, id="signatories-true"),
    pytest.param(_record(signatories="5"), False, id="signatories-text"),
    pytest.param(_record(anonymous=1), False, id="anonymous-1"),
    pytest.param(_record(anonymous=0), False, id="anonymous-0"),
    pytest.param(_record(anonymous="true"), False, id="anonymous-text"),
    pytest.param(_record(anonymous=None), False, id="anonymous-null"),
    pytest.param(_record(remote=1), False, id="remote-1"),
    pytest.param(_record(complex="true"), False, id="complex-text"),
    pytest.param(_record(originals=1), False, id="originals-1"),
    pytest.param(_record(colour="red"), False, id="unknown-field"),
    pytest.param(_steps(colour="red"), False, id="step-unknown-field"),
    pytest.param(_record(steps=None), False, id="steps-null"),
    pytest.param(_record(steps="abc"), False, id="steps-text"),
    pytest.param(_record(steps={}), False, id="steps-object"),
    pytest.param(_record(steps=[1]), False, id="step-number"),
    pytest.param(_steps(day=DROP), False, id="step-without-day"),
    pytest.param(_steps(day="2014-02-30"), False, id="step-day-feb-30"),
    pytest.param(_steps(kind="bogus"), False, id="step-kind-unknown"),
    pytest.param(_steps(days=-1), False, id="step-days--1"),
    pytest.param(_steps(days=3), False, id="step-days-3"),
    pytest.param(_steps(days="3"), False, id="step-days-text"),
    pytest.param(_steps(days=True), False, id="step-days-true"),
    pytest.param(_steps(to=""), False, id="step-to-empty"),
    pytest.param(_steps(reason="  "), False, id="step-reason-blank"),
    pytest.param(_record(petitioner=REDACTED), False, id="placeholder"),
    pytest.param(_record(petitioner=f" {REDACTED} ", address=NAME), False, id="placeholder-sp"),
    pytest.param(_record(petitioner=5), False, id="petitioner-number"),
    pytest.param(_record(address=[NAME]), False, id="address-list"),
    pytest.param(_record(decision_known="2014-13-01"), False, id="decision-known-bad"),
    pytest.param(_record(decision_known=20140201), False, id="decision-known-number"),
    pytest.param(_record(visit=""), False, id="visit-empty"),
    pytest.param(_record(duplicate_of="x" * 201), False, id="duplicate-of-201"),
    # --- kept by the model: str.isspace() holds of the last character, trim() leaves it ----
    pytest.param(_record(id="p1\x1f"), False, id="id-control"),
    pytest.param(_record(petitioner=f"{NAME}\x1c"), False, id="petitioner-control"),
    pytest.param(_steps(kind="forwarded", to="UBND\x1d"), False, id="to-control"),
]


def _context(withheld: bool) -> dict[str, Any] | None:
    return {WITHHELD: True} if withheld else None


def _errors(exc: ValidationError) -> Errors:
    return [(tuple(e["loc"]), e["type"]) for e in exc.errors()]


def _by_model(records: list[Any], withheld: bool) -> tuple[Petition, ...] | Errors:
    try:
        return MODEL.validate_python(records, context=_context(withheld))
    except ValidationError as exc:
        return _errors(exc)


def _by_dataset(records: list[Any], withheld: bool) -> tuple[Petition, ...] | Errors:
    """The petitions of a dataset of *records*, or its errors (without ``petitions``)."""
    try:
        ds = Dataset.model_validate({"petitions": records}, context=_context(withheld))
    except ValidationError as exc:
        errors = _errors(exc)
    else:
        return tuple(ds.petitions)
    assert {loc[0] for loc, _ in errors} == {"petitions"}
    return [(loc[1:], kind) for loc, kind in errors]


def _unchanged(record: dict[str, Any], petition: Petition, withheld: bool) -> bool:
    """Whether the model kept *record* as given (a withheld placeholder reads as absent)."""
    given = dict(record)
    for name in ("petitioner", "address"):
        if withheld and given.get(name) == REDACTED:
            given[name] = None
    kept = petition.model_dump(mode="json", exclude_unset=True, context={"personal_data": True})
    return json.dumps(kept, sort_keys=True) == json.dumps(given, sort_keys=True)


def _check_columns(records: list[Any], withheld: bool) -> bool:
    """Columns take *records* exactly when the model keeps them: returns whether they did."""
    expected = _by_model(records, withheld)
    if isinstance(expected, list) or not all(
        _unchanged(record, petition, withheld)
        for record, petition in zip(records, expected, strict=True)
    ):
        with pytest.raises(Unsure):
            columns_of(records, withheld=withheld)
        return False
    columns = columns_of(records, withheld=withheld)
    assert tuple(petition_at(columns, row) for row in range(len(records))) == expected
    written = json.loads(
        MODEL.dump_json(expected, exclude_defaults=True, context={"personal_data": True})
    )
    assert [
        json_object_at(columns, row, personal_data=True) for row in range(len(records))
    ] == written
    return True


@pytest.mark.parametrize(("record", "withheld"), CASES)
def test_the_dataset_takes_and_refuses_as_the_model(record: dict[str, Any], withheld: bool) -> None:
    assert _by_dataset([record], withheld) == _by_model([record], withheld)


@pytest.mark.parametrize(("record", "withheld"), CASES)
def test_loads_takes_and_refuses_as_the_model(record: dict[str, Any], withheld: bool) -> None:
    document: dict[str, Any] = {"format": "hdnd/1", "petitions": [record]}
    if withheld:
        document["redacted"] = True
    expected = _by_model([record], withheld)
    if isinstance(expected, list):
        with pytest.raises(DatasetError):
            loads(json.dumps(document))
    else:
        assert tuple(loads(json.dumps(document)).petitions) == expected


@pytest.mark.parametrize(("record", "withheld"), CASES)
def test_the_columns_ask_for_the_model_whenever_it_would_change_the_record(
    record: dict[str, Any], withheld: bool
) -> None:
    _check_columns([record], withheld)


def test_the_corpus_holds_clean_and_unclean_records() -> None:
    clean = [
        _check_columns([p.values[0]], p.values[1] is True) for p in CASES
    ]  # each case checked above; here, that both sides are represented
    assert clean.count(True) >= 20
    assert clean.count(False) >= 60


def test_one_unclean_record_sends_every_record_to_the_model() -> None:
    with pytest.raises(Unsure, match="record 1 needs the model"):
        columns_of([FULL, _record(id=" p2")])
    ds = Dataset.model_validate({"petitions": [FULL, _record(id=" p2")]})
    assert ds.petitions.ids == ["p1", "p2"]
    assert ds.petitions[0] == MODEL.validate_python([FULL])[0]


def test_columns_read_structs_petitions_and_dicts_alike() -> None:
    made = MODEL.validate_python([FULL, _record(id="p2", signatories=2**70)])
    struct = msgspec.json.decode(json.dumps(FULL).encode(), type=PetitionStruct)
    for records in ([FULL, made[1]], [struct, made[1]], list(made)):
        columns = columns_of(records)
        assert (petition_at(columns, 0), petition_at(columns, 1)) == made
    with pytest.raises(Unsure):
        columns_of([BASE, "p2"])


def test_a_petition_made_does_not_vouch_for_the_records_after_it() -> None:
    given = _record(id="p1\x1f", steps=[_step(kind="forwarded", to="UBND\x1d")])
    kept = MODEL.validate_python([given])
    assert petition_at(columns_of(kept), 0) == kept[0]  # the model made it: taken as it is
    unclean = _record(id="p2", steps=[_step(kind="forwarded", to=f"{NFD} ")])
    struct = msgspec.json.decode(json.dumps(unclean).encode(), type=PetitionStruct)
    for after in (unclean, struct, _record(id=" p2"), _record(petitioner=REDACTED)):
        with pytest.raises(Unsure, match="record 1 needs the model"):
            columns_of([kept[0], after])


def test_python_values_are_taken_only_when_the_model_keeps_them() -> None:
    day = _record(received=dt.date(2014, 3, 2))
    assert petition_at(columns_of([day]), 0).received == dt.date(2014, 3, 2)
    moment = _record(received=dt.datetime(2014, 3, 2, tzinfo=dt.UTC))
    with pytest.raises(Unsure):
        columns_of([moment])
    assert _by_dataset([moment], False) == _by_model([moment], False)
    enums = _record(kind=PetitionKind.COMPLAINT, channel=Channel.POST)
    assert petition_at(columns_of([enums]), 0) == MODEL.validate_python([enums])[0]


def test_repeated_units_and_step_texts_are_kept_once() -> None:
    columns = columns_of([FULL, {**FULL, "id": "p2"}])
    assert columns.units == ["92"]
    assert columns.texts.count("UBND quận Ninh Kiều") == 1
    assert len(columns) == 2


# --- generated petitions ---------------------------------------------------------------------

_TEXT = st.text(alphabet="aăđơ1 \u0301", max_size=5)


def _mostly(good: st.SearchStrategy[Any], *bad: Any) -> st.SearchStrategy[Any]:
    """*good* about nineteen times in twenty, else one of *bad*."""
    return st.integers(0, 19).flatmap(lambda n: st.sampled_from(bad) if n == 13 else good)


_DAYS = _mostly(
    st.dates(dt.date(2013, 1, 1), dt.date(2016, 12, 31)).map(dt.date.isoformat),
    "2014-02-30", " 2014-03-02", "20140302",
)  # fmt: skip
_NAMES = _mostly(st.text(alphabet="aăđơ1", min_size=1, max_size=5), "", " a", "a\u0301", "a ")


def _codes(members: Any) -> st.SearchStrategy[Any]:
    return _mostly(st.none() | st.sampled_from([m.value for m in members]), "bogus")


_STEPS = st.fixed_dictionaries(
    {"kind": _mostly(st.sampled_from([m.value for m in StepKind]), "bogus"), "day": _DAYS},
    optional={
        "to": st.none() | _NAMES,
        "by": st.none() | _NAMES,
        "reason": st.none() | _NAMES,
        "days": st.none() | _mostly(st.integers(0, 40), -1, "3"),
    },
)
_PETITIONS = st.fixed_dictionaries(
    {"id": _NAMES, "unit": _mostly(st.sampled_from(["92", "916", "92345"]), " 92", "9", "9a"),
     "received": _DAYS},
    optional={
        "kind": _codes(PetitionKind),
        "outcome": _codes(PetitionOutcome),
        "channel": _codes(Channel),
        "petitioner": st.none() | _TEXT | st.just(REDACTED),
        "address": st.none() | _TEXT,
        "signatories": st.none() | _mostly(st.integers(0, 10), -1, True),
        "anonymous": st.booleans(),
        "remote": st.booleans(),
        "complex": st.booleans(),
        "originals": st.none() | st.booleans(),
        "follow_up_of": st.none() | _NAMES,
        "decision_known": st.none() | _DAYS,
        "steps": st.lists(_STEPS, max_size=4),
    },
)  # fmt: skip


@given(records=st.lists(_PETITIONS, min_size=1, max_size=3), withheld=st.booleans())
@settings(max_examples=200, deadline=None)
def test_generated_petitions_are_read_as_the_model_reads_them(
    records: list[dict[str, Any]], withheld: bool
) -> None:
    assert _by_dataset(records, withheld) == _by_model(records, withheld)
    _check_columns(records, withheld)
