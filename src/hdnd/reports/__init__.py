"""Reports: calculators that return immutable, renderable results."""

from hdnd.reports.base import Column, Format, Report
from hdnd.reports.composition import (
    composition_over_term,
    council_composition,
    councils_composition,
)
from hdnd.reports.elections import (
    ConstituencyResults,
    CouncilElectionResults,
    constituency_results,
    council_election_results,
)
from hdnd.reports.figures import figures_report
from hdnd.reports.overview import council_overview
from hdnd.reports.petitions import reception_summary
from hdnd.reports.sessions import (
    attendance_by_delegate,
    councils_sessions,
    delegate_attendance,
    session_activity,
    vote_margins,
)
from hdnd.reports.votes import VoteMargins

__all__ = [
    "Column",
    "ConstituencyResults",
    "CouncilElectionResults",
    "Format",
    "Report",
    "VoteMargins",
    "attendance_by_delegate",
    "composition_over_term",
    "constituency_results",
    "council_composition",
    "council_election_results",
    "council_overview",
    "councils_composition",
    "councils_sessions",
    "delegate_attendance",
    "figures_report",
    "reception_summary",
    "session_activity",
    "vote_margins",
]
