"""Petitioners, denouncers and visitors never appear where they are not asked for.

One dataset names its people; every output a user can reach — ``repr``, validation
findings, schema errors, logs, the default export, every report and the command line — is
searched for those names. Only an export that asks for personal data carries them.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path
from typing import Any

import pytest

import hdnd
from hdnd.cli.main import main
from hdnd.errors import DatasetError

NAMES = ("Nguyễn Văn Tốcáo", "Số 7 ngõ Kín", "Trần Thị Khiếunại", "Lê Văn Đoànđông")

DATA: dict[str, Any] = {
    "format": "hdnd/1",
    "reception_sessions": [
        {"id": "s1", "unit": "92", "day": "2026-05-04", "receiver": "council-chair",
         "place": "reception-office"}
    ],
    "citizen_visits": [
        {"id": "v1", "unit": "92", "day": "2026-05-04", "kind": "crowd", "visitors": 12,
         "representatives": 7, "session": "s1", "citizen": NAMES[3]}
    ],
    "petitions": [
        {"id": "tc-1", "unit": "92", "received": "2026-05-04", "kind": "denunciation",
         "petitioner": NAMES[0], "address": NAMES[1], "anonymous": True, "visit": "v1",
         "steps": [{"kind": "accepted", "day": "2026-05-06"}]},
        {"id": "kn-1", "unit": "92", "received": "2026-04-01", "kind": "complaint",
         "petitioner": NAMES[2], "decision_known": "2025-11-01",
         "steps": [{"kind": "accepted", "day": "2026-04-03"},
                   {"kind": "forwarded", "day": "2026-05-20"}]},
    ],
}  # fmt: skip
AS_OF = dt.date(2026, 6, 1)


def _absent(text: str) -> None:
    for name in NAMES:
        assert name not in text


@pytest.fixture(scope="module")
def ds() -> hdnd.Dataset:
    return hdnd.Dataset.model_validate(DATA)


def test_records_and_the_dataset_hide_people_in_repr(ds: hdnd.Dataset) -> None:
    _absent(repr(ds))
    for record in (*ds.petitions, *ds.citizen_visits, *ds.reception_sessions):
        _absent(repr(record))
        _absent(str(record))


def test_findings_name_records_by_id(ds: hdnd.Dataset) -> None:
    findings = hdnd.validate(ds, as_of=AS_OF)
    codes = {f.code for f in findings}
    # the checks did look at these records
    assert {"denunciation-anonymity-mismatch", "crowd-without-representatives"} <= codes
    assert "petition-deadline-missed" in codes
    for language in ("vi", "en"):
        _absent(findings.render(language))
    for finding in findings:
        _absent(repr(finding))
        _absent(json.dumps(finding.to_dict(), ensure_ascii=False, default=str))


@pytest.mark.parametrize(
    "bad",
    [
        {"petitioner": [NAMES[0]]},  # the right name in the wrong shape
        {"address": {"street": NAMES[1]}},
        {"petitioner": NAMES[0], "signatories": -1},  # another field wrong beside a name
    ],
)
def test_schema_errors_never_repeat_a_name(bad: dict[str, Any]) -> None:
    petition = {"id": "p", "unit": "92", "received": "2026-05-04", **bad}
    with pytest.raises(ValueError) as direct:  # noqa: PT011 - pydantic's ValidationError
        hdnd.Petition.model_validate(petition)
    _absent(str(direct.value))
    with pytest.raises(ValueError) as nested:  # noqa: PT011
        hdnd.Dataset.model_validate({"petitions": [petition]})
    _absent(str(nested.value))
    with pytest.raises(DatasetError) as loaded:
        hdnd.loads(json.dumps({"format": "hdnd/1", "petitions": [petition]}))
    _absent(str(loaded.value))
    visit = {"id": "v", "unit": "92", "day": "2026-05-04", "kind": "crowd", "citizen": [NAMES[3]]}
    with pytest.raises(ValueError) as visiting:  # noqa: PT011
        hdnd.CitizenVisit.model_validate(visit)
    _absent(str(visiting.value))


def test_nothing_is_logged_about_people(ds: hdnd.Dataset, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG):
        text = hdnd.dumps(ds, personal_data=True)
        hdnd.validate(hdnd.loads(text), as_of=AS_OF)
        hdnd.petition_register(ds, as_of=AS_OF).render("vi")
    _absent(caplog.text)


def test_the_default_export_redacts_and_only_asking_keeps_them(ds: hdnd.Dataset) -> None:
    _absent(hdnd.dumps(ds))
    kept = hdnd.dumps(ds, personal_data=True)
    assert all(name in kept for name in NAMES)
    assert hdnd.loads(kept) == ds  # storage keeps what was given


def test_every_report_on_petitions(ds: hdnd.Dataset) -> None:
    reports = [
        hdnd.reception_summary(ds),
        hdnd.petition_register(ds, as_of=AS_OF),
        hdnd.registry_rows(ds),
        hdnd.figures_report(ds),
    ]
    for report in reports:
        for language in ("vi", "en"):
            _absent(report.render(language))
            _absent(report.render(language, "html"))
            _absent(json.dumps(report.rows(language), ensure_ascii=False, default=str))
        _absent(repr(report))


def test_the_command_line(
    ds: hdnd.Dataset, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "register.json"
    path.write_text(hdnd.dumps(ds, personal_data=True), encoding="utf-8")
    main(["validate", str(path), "--as-of", "2026-06-01"])
    main(["report", str(path), "--kind", "reception", "--as-of", "2026-06-01"])
    out = capsys.readouterr()
    _absent(out.out + out.err)
