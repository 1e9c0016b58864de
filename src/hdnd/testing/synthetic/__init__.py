"""Seeded synthetic data: a sample council for examples, a national dataset for benchmarks.

Everything here is invented and marked ``synthetic``; the same seed always gives the same
dataset.

```pycon
>>> ds = synthetic_council(seed=7)
>>> ds.synthetic, len(ds.councils), len(ds.delegates)
(True, 1, 57)
>>> synthetic_council(seed=7) == ds
True

```
"""

from hdnd.testing.synthetic.base import SESSIONS_UNTIL
from hdnd.testing.synthetic.confidence import with_confidence
from hdnd.testing.synthetic.council import synthetic_council
from hdnd.testing.synthetic.national import national_dataset
from hdnd.testing.synthetic.petitions import PETITIONS_YEAR, with_petitions
from hdnd.testing.synthetic.voter_contact import with_voter_contact

__all__ = [
    "PETITIONS_YEAR",
    "SESSIONS_UNTIL",
    "national_dataset",
    "synthetic_council",
    "with_confidence",
    "with_petitions",
    "with_voter_contact",
]
