"""Check a dataset file, as ``hdnd validate FILE`` does.

We write a small dataset to a temporary file: a council office reports 105 citizen visits,
"100 individual and 4 group" - the parts add up to 104, not 105 - and 191 petitions, whose
parts do add up. hdnd loads the file, checks it and reports each problem with a stable code
and a message in Vietnamese or English.

Run it with ``python examples/check_a_file.py``.
"""

# %% The dataset, as a council office would write it by hand.
import datetime as dt
import json
import tempfile
from pathlib import Path

import hdnd

data = {
    "format": "hdnd/1",
    "title": "Báo cáo tiếp công dân năm 2014 (có lỗi cộng)",
    "sources": [{"id": "bao-cao-2014", "title": "Báo cáo công tác tiếp công dân năm 2014"}],
    "figures": [
        {
            "id": "tiep-cong-dan-2014",
            "unit": "92",
            "period": {"start": "2014-01-01", "end": "2014-12-31"},
            "indicator": "citizen-visits",
            "value": 105,
            "breakdowns": [{"dimension": "kind", "parts": {"individual": 100, "group": 4}}],
            "source": "bao-cao-2014",
        },
        {
            "id": "don-thu-2014",
            "unit": "92",
            "period": {"start": "2014-01-01", "end": "2014-12-31"},
            "indicator": "petitions-received",
            "value": 191,
            "breakdowns": [
                {
                    "dimension": "outcome",
                    "parts": {"guided": 36, "answered": 4, "stored": 70, "forwarded": 81},
                }
            ],
            "source": "bao-cao-2014",
        },
    ],
}

# %% Write it to a temporary folder and load it back with hdnd.load. A file that is not JSON,
# or not an hdnd dataset, raises hdnd.DatasetError; a file that cannot be read raises OSError
# (FileNotFoundError, PermissionError ...).
with tempfile.TemporaryDirectory() as folder:
    path = Path(folder) / "tiep-cong-dan-2014.json"
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")
    dataset = hdnd.load(path)

print(f"{dataset.title}: {len(dataset.figures)} figures")

# %% Validate and print each finding.
findings = hdnd.validate(dataset, as_of=dt.date(2015, 1, 1))
for finding in findings:
    print(f"{finding.code} [{finding.record} · {finding.field}]")
    print(f"  {finding.message('en')}")
print(f"errors: {len(findings.errors)}, exit code of `hdnd validate`: {int(findings.has_errors)}")

# %% What a broken file looks like: the error names each record and field at fault.
try:
    hdnd.loads('{"figures": [{"id": "x", "unit": "92", "value": "105"}]}')
except hdnd.DatasetError as error:
    print()
    print(error)
    print([(problem.record, problem.field) for problem in error.problems][:2])
