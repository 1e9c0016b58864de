"""The dataset: every record of one jurisdiction, its collections table and its index."""

from hdnd.dataset.collections import (
    COLLECTION_TABLE,
    COLLECTIONS,
    Collection,
    Reference,
    collection,
)
from hdnd.dataset.dataset import FORMAT, Dataset
from hdnd.dataset.index import DatasetIndex

__all__ = [
    "COLLECTIONS",
    "COLLECTION_TABLE",
    "FORMAT",
    "Collection",
    "Dataset",
    "DatasetIndex",
    "Reference",
    "collection",
]
