"""Reports: calculators that return immutable, renderable results.

Every calculator has one signature, ``(dataset, subject, *, as_of=None, period=None)``
(:mod:`hdnd.reports.scope` says how the two keywords are read), and returns a typed result:
a :class:`Report` (rows, ``render``, ``to_frame``, notebook HTML) with fields a program
reads without parsing rows.
"""

from hdnd.reports.attendance import CouncilAttendance, DelegateAttendance
from hdnd.reports.base import Column, Format, Report
from hdnd.reports.composition import (
    CompositionOverTerm,
    CouncilComposition,
    composition_over_term,
    council_composition,
)
from hdnd.reports.composition_across import CouncilsComposition, councils_composition
from hdnd.reports.confidence import ConfidenceResults, confidence_results
from hdnd.reports.elections import (
    ConstituencyResults,
    CouncilElectionResults,
    constituency_results,
    council_election_results,
)
from hdnd.reports.figures import FiguresReport, figures_report
from hdnd.reports.overview import CouncilOverview, council_overview
from hdnd.reports.petition_trends import (
    PetitionTrends,
    UnitsCompared,
    petition_trends,
    units_compared,
)
from hdnd.reports.petitions import ReceptionSummary, reception_summary
from hdnd.reports.register import PetitionRegister, petition_register
from hdnd.reports.registry import RegistryRows, registry_rows
from hdnd.reports.scope import Scope
from hdnd.reports.sessions import (
    CouncilsSessions,
    SessionActivity,
    attendance_by_delegate,
    councils_sessions,
    delegate_attendance,
    session_activity,
    vote_margins,
)
from hdnd.reports.voter_contact import VoterContactSummary, voter_contact_summary
from hdnd.reports.votes import VoteMargins

__all__ = [
    "Column",
    "CompositionOverTerm",
    "ConfidenceResults",
    "ConstituencyResults",
    "CouncilAttendance",
    "CouncilComposition",
    "CouncilElectionResults",
    "CouncilOverview",
    "CouncilsComposition",
    "CouncilsSessions",
    "DelegateAttendance",
    "FiguresReport",
    "Format",
    "PetitionRegister",
    "PetitionTrends",
    "ReceptionSummary",
    "RegistryRows",
    "Report",
    "Scope",
    "SessionActivity",
    "UnitsCompared",
    "VoteMargins",
    "VoterContactSummary",
    "attendance_by_delegate",
    "composition_over_term",
    "confidence_results",
    "constituency_results",
    "council_composition",
    "council_election_results",
    "council_overview",
    "councils_composition",
    "councils_sessions",
    "delegate_attendance",
    "figures_report",
    "petition_register",
    "petition_trends",
    "reception_summary",
    "registry_rows",
    "session_activity",
    "units_compared",
    "vote_margins",
    "voter_contact_summary",
]
