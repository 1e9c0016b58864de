"""Voter contact: meetings of delegates with voters, and the voter petitions they gather."""

from hdnd.voter_contact.kinds import MeetingOccasion, VoterPetitionField, VoterPetitionResult
from hdnd.voter_contact.meeting import VoterMeeting
from hdnd.voter_contact.petition import VoterPetition, answer_rule

__all__ = [
    "MeetingOccasion",
    "VoterMeeting",
    "VoterPetition",
    "VoterPetitionField",
    "VoterPetitionResult",
    "answer_rule",
]
