"""Regenerate the synthetic example dataset shipped in ``src/hdnd/data/examples``.

The Cần Thơ example is written by hand from its sources; the synthetic council comes from
:func:`hdnd.testing.synthetic_council`, and a test checks the shipped file still matches it.
"""

from __future__ import annotations

from pathlib import Path

from hdnd import dump
from hdnd.examples import EXAMPLES
from hdnd.testing import synthetic_council

TARGET = Path(__file__).resolve().parent.parent / "src" / "hdnd" / "data" / "examples"

if __name__ == "__main__":
    dump(synthetic_council(), TARGET / EXAMPLES["synthetic-council"])
