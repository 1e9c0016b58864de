"""hdnd: models, legal checks and reports for Vietnam's People's Councils (Hội đồng nhân dân).

```pycon
>>> import datetime as dt, hdnd
>>> ds = hdnd.load_example("can-tho")
>>> findings = hdnd.validate(ds, as_of=dt.date(2015, 1, 1))
>>> findings.has_errors
False
>>> print(hdnd.reception_summary(ds).render("vi").splitlines()[0])
## Tiếp công dân và xử lý đơn, thư

```
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from hdnd._core import compat
from hdnd._core.errors import (
    AmbiguousInstrumentError,
    DatasetError,
    HdndError,
    InvalidSymbolError,
    MissingExtraError,
    NotEncodedError,
    Problem,
    UnknownCouncilError,
    UnknownExampleError,
    UnknownInstrumentError,
    UnknownRecordError,
    UnknownTermError,
    UnknownUnitError,
)
from hdnd._core.i18n import Language, translate
from hdnd._core.period import Period
from hdnd.confidence import (
    ConfidenceRating,
    ConfidenceVote,
    ConfidenceVoteTrigger,
    RatingExemption,
)
from hdnd.councils.council import Constituency, Council, DelegateGroup, WorkingRules
from hdnd.councils.offices import Office, OfficeEndReason, Post
from hdnd.councils.terms import NATIONAL_TERMS, Term, term_on
from hdnd.dataset.dataset import Dataset
from hdnd.delegates.delegate import (
    Delegate,
    Education,
    Gender,
    Mandate,
    MandateEndReason,
    Suspension,
)
from hdnd.documents.kinds import DocumentKind
from hdnd.documents.resolutions import CouncilDocument, Task
from hdnd.elections.election import Candidate, Election, ElectionKind
from hdnd.examples import load_example
from hdnd.figures.reported import Breakdown, Qualifier, ReportedFigure
from hdnd.figures.sources import Source
from hdnd.io.json import dump, dumps, load, loads
from hdnd.law import Decision, Threshold, framework_at, framework_for_term
from hdnd.law.levels import Level, UnitKind
from hdnd.law.local_government.organs import Committee, SessionRequester
from hdnd.petitions import (
    Channel,
    CitizenVisit,
    HandlingStep,
    Petition,
    PetitionKind,
    PetitionOutcome,
    PetitionTable,
    ReceiverRole,
    ReceptionPlace,
    ReceptionSession,
    RefusalGround,
    StepKind,
    VisitKind,
)
from hdnd.reports import (
    CompositionOverTerm,
    ConfidenceResults,
    ConstituencyResults,
    CouncilAttendance,
    CouncilComposition,
    CouncilElectionResults,
    CouncilOverview,
    CouncilsComposition,
    CouncilsSessions,
    DelegateAttendance,
    FiguresReport,
    PetitionRegister,
    PetitionTrends,
    ReceptionSummary,
    RegistryRows,
    Report,
    SessionActivity,
    UnitsCompared,
    VoteMargins,
    VoterContactSummary,
    attendance_by_delegate,
    composition_over_term,
    confidence_results,
    constituency_results,
    council_composition,
    council_election_results,
    council_overview,
    councils_composition,
    councils_sessions,
    delegate_attendance,
    figures_report,
    petition_register,
    petition_trends,
    reception_summary,
    registry_rows,
    session_activity,
    units_compared,
    vote_margins,
    voter_contact_summary,
)
from hdnd.sessions.meetings import CoordinationMeeting
from hdnd.sessions.session import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    IndividualVote,
    ItemKind,
    PartOfDay,
    Session,
    SessionKind,
    Sitting,
    Vote,
    VoteChoice,
    VoteMethod,
)
from hdnd.units.unit import AdministrativeUnit
from hdnd.validation import Finding, Findings, Severity, validate
from hdnd.voter_contact import (
    MeetingOccasion,
    VoterMeeting,
    VoterPetition,
    VoterPetitionField,
    VoterPetitionResult,
)

compat.install()  # old module paths (hdnd.levels, hdnd.law.lg2019 ...) keep working

if TYPE_CHECKING:
    __version__: str

__all__ = [
    "NATIONAL_TERMS",
    "AdministrativeUnit",
    "AgendaItem",
    "AmbiguousInstrumentError",
    "Attendance",
    "AttendanceStatus",
    "Breakdown",
    "Candidate",
    "Channel",
    "CitizenVisit",
    "Committee",
    "CompositionOverTerm",
    "ConfidenceRating",
    "ConfidenceResults",
    "ConfidenceVote",
    "ConfidenceVoteTrigger",
    "Constituency",
    "ConstituencyResults",
    "CoordinationMeeting",
    "Council",
    "CouncilAttendance",
    "CouncilComposition",
    "CouncilDocument",
    "CouncilElectionResults",
    "CouncilOverview",
    "CouncilsComposition",
    "CouncilsSessions",
    "Dataset",
    "DatasetError",
    "Decision",
    "Delegate",
    "DelegateAttendance",
    "DelegateGroup",
    "DocumentKind",
    "Education",
    "Election",
    "ElectionKind",
    "FiguresReport",
    "Finding",
    "Findings",
    "Gender",
    "HandlingStep",
    "HdndError",
    "IndividualVote",
    "InvalidSymbolError",
    "ItemKind",
    "Language",
    "Level",
    "Mandate",
    "MandateEndReason",
    "MeetingOccasion",
    "MissingExtraError",
    "NotEncodedError",
    "Office",
    "OfficeEndReason",
    "PartOfDay",
    "Period",
    "Petition",
    "PetitionKind",
    "PetitionOutcome",
    "PetitionRegister",
    "PetitionTable",
    "PetitionTrends",
    "Post",
    "Problem",
    "Qualifier",
    "RatingExemption",
    "ReceiverRole",
    "ReceptionPlace",
    "ReceptionSession",
    "ReceptionSummary",
    "RefusalGround",
    "RegistryRows",
    "Report",
    "ReportedFigure",
    "Session",
    "SessionActivity",
    "SessionKind",
    "SessionRequester",
    "Severity",
    "Sitting",
    "Source",
    "StepKind",
    "Suspension",
    "Task",
    "Term",
    "Threshold",
    "UnitKind",
    "UnitsCompared",
    "UnknownCouncilError",
    "UnknownExampleError",
    "UnknownInstrumentError",
    "UnknownRecordError",
    "UnknownTermError",
    "UnknownUnitError",
    "VisitKind",
    "Vote",
    "VoteChoice",
    "VoteMargins",
    "VoteMethod",
    "VoterContactSummary",
    "VoterMeeting",
    "VoterPetition",
    "VoterPetitionField",
    "VoterPetitionResult",
    "WorkingRules",
    "__version__",
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
    "dump",
    "dumps",
    "figures_report",
    "framework_at",
    "framework_for_term",
    "load",
    "load_example",
    "loads",
    "petition_register",
    "petition_trends",
    "reception_summary",
    "registry_rows",
    "session_activity",
    "term_on",
    "translate",
    "units_compared",
    "validate",
    "vote_margins",
    "voter_contact_summary",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        from importlib.metadata import version  # noqa: PLC0415 - only when asked

        return version("hdnd")
    msg = f"module 'hdnd' has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
