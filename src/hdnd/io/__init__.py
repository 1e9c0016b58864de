"""Reading and writing datasets: JSON (lossless) and JSON Schema."""

from hdnd.io.json import dump, dumps, load, loads
from hdnd.io.schema import json_schema

__all__ = ["dump", "dumps", "json_schema", "load", "loads"]
