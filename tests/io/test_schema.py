from __future__ import annotations

import json

from hdnd.dataset.dataset import COLLECTIONS
from hdnd.io import json_schema


def test_schema_header() -> None:
    schema = json_schema()
    assert schema["title"] == "Dataset"
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False


def test_schema_lists_every_collection() -> None:
    properties = json_schema()["properties"]
    assert set(COLLECTIONS) <= set(properties)
    assert properties["format"]["const"] == "hdnd/1"


def test_schema_documents_itself_from_docstrings() -> None:
    schema = json_schema()
    figure = schema["$defs"]["ReportedFigure"]
    assert figure["properties"]["value"]["description"] == "The number, as published."
    assert figure["properties"]["value"]["minimum"] == 0
    assert set(figure["required"]) == {"id", "unit", "period", "indicator", "value", "source"}
    assert figure["additionalProperties"] is False


def test_schema_is_json_and_fresh() -> None:
    first = json_schema()
    text = json.dumps(first, ensure_ascii=False)
    assert json.loads(text) == first
    first["title"] = "changed"
    assert json_schema()["title"] == "Dataset"
