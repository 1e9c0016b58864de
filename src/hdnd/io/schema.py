"""The JSON Schema of the dataset format, generated from the models.

```pycon
>>> schema = json_schema()
>>> schema["title"], sorted(schema["properties"])[:3]
('Dataset', ['citizen_visits', 'confidence_ratings', 'confidence_votes'])

```
"""

from __future__ import annotations

from typing import Any

from hdnd.dataset.dataset import Dataset

__all__ = ["json_schema"]


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) that every hdnd dataset file satisfies."""
    schema = Dataset.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    return schema
