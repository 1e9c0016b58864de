"""First steps with hdnd: load a dataset, check it, read a report.

hdnd ships a small dataset built from two published articles about the People's Council of
Cần Thơ city. This script loads it, checks it against the law and its own arithmetic, and
prints the citizen-reception summary in Vietnamese and in English.

Run it with ``python examples/first_steps.py``.
"""

# %% Load the example dataset.
import datetime as dt

import hdnd

dataset = hdnd.load_example("can-tho")
print(dataset.title)
print(f"{len(dataset.sources)} sources, {len(dataset.figures)} published figures")
print()

# %% Every figure keeps the number exactly as published, with its source.
visits = dataset.figures[0]
print(visits.label_text("en"), visits.value, visits.period)
print("by kind:", dict(visits.breakdowns[0].parts))
print()

# %% Validate. hdnd never reads the clock: say which day to judge the data on.
findings = hdnd.validate(dataset, as_of=dt.date(2015, 1, 1))
print(findings.render("vi"))
print(findings.render("en"))
print()

# %% The reception summary: visits by kind, petitions by outcome, with exact shares.
summary = hdnd.reception_summary(dataset)
print(summary.render("vi"))
print()
print(summary.render("en"))
print()

# %% The same table as rows, for your own code: shares stay exact fractions.
for row in summary.rows("en")[:3]:
    print(row["label"], row["count"], row["share"])
