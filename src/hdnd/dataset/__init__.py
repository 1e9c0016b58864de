"""The dataset: every record of one jurisdiction, and its cross-reference index."""

from hdnd.dataset.dataset import (
    COLLECTIONS,
    FORMAT,
    Dataset,
    DatasetIndex,
)

__all__ = ["COLLECTIONS", "FORMAT", "Dataset", "DatasetIndex"]
