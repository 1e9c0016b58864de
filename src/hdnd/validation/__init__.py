"""Validation: checks that turn legal and consistency problems into findings."""

from hdnd.validation.catalogue import CODES, FindingType, Severity
from hdnd.validation.engine import Findings, checks, registered_checks, validate
from hdnd.validation.finding import Finding
from hdnd.validation.registry import Check, CheckContext, CheckSpec, check

__all__ = [
    "CODES",
    "Check",
    "CheckContext",
    "CheckSpec",
    "Finding",
    "FindingType",
    "Findings",
    "Severity",
    "check",
    "checks",
    "registered_checks",
    "validate",
]
