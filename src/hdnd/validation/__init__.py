"""Validation: checks that turn legal and consistency problems into findings."""

from hdnd.validation.engine import Check, CheckContext, Findings, check, registered_checks, validate
from hdnd.validation.finding import CODES, Finding, FindingType, Severity

__all__ = [
    "CODES",
    "Check",
    "CheckContext",
    "Finding",
    "FindingType",
    "Findings",
    "Severity",
    "check",
    "registered_checks",
    "validate",
]
