"""The ``hdnd`` command line, one module per command."""

from hdnd.cli.main import main

__all__ = ["main"]
