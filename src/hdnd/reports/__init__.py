"""Reports: calculators that return immutable, renderable results."""

from hdnd.reports.base import Column, Format, Report
from hdnd.reports.figures import figures_report
from hdnd.reports.overview import council_overview
from hdnd.reports.reception import reception_summary

__all__ = ["Column", "Format", "Report", "council_overview", "figures_report", "reception_summary"]
