"""The checks, one module per area. Importing this package registers them all."""

from hdnd.validation.checks import councils, figures, mandates, references

__all__ = ["councils", "figures", "mandates", "references"]
