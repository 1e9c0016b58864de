"""Lazy access to optional dependencies (pandas, matplotlib, openpyxl, pyarrow)."""

from __future__ import annotations

import importlib
from types import MappingProxyType, ModuleType

from hdnd._core.errors import MissingExtraError

__all__ = ["require"]

_EXTRA_OF = MappingProxyType(
    {"pandas": "pandas", "matplotlib": "plot", "openpyxl": "excel", "pyarrow": "parquet"}
)


def require(module: str, feature: str) -> ModuleType:
    """Import an optional module or explain which extra installs it.

    Args:
        module: The top-level module name, e.g. ``"pandas"``.
        feature: What the caller wanted, for the message, e.g. ``"Report.to_frame()"``.

    Raises:
        MissingExtraError: The module is not installed.
    """
    try:
        return importlib.import_module(module)
    except ImportError as exc:
        extra = _EXTRA_OF.get(module.split(".", maxsplit=1)[0], module)
        msg = (
            f"{feature} needs the optional package {module!r}, which is not installed. "
            f"Install it with: pip install 'hdnd[{extra}]'"
        )
        raise MissingExtraError(msg) from exc
