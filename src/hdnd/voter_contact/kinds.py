"""The vocabularies of voter contact, with their Vietnamese labels.

On what occasion delegates met voters (:class:`MeetingOccasion`), the field a voter petition
belongs to (:class:`VoterPetitionField`) and what became of it (:class:`VoterPetitionResult`).

```pycon
>>> MeetingOccasion.BEFORE_SESSION.label("vi")
'Trước kỳ họp thường lệ'
>>> [field.value for field in VoterPetitionField][:3]
['land', 'environment', 'infrastructure']
>>> VoterPetitionResult.RESOLVED.settled, VoterPetitionResult.IN_PROGRESS.settled
(True, False)

```
"""

from __future__ import annotations

from hdnd._core.labels import N_, LabelledEnum, register_labels

__all__ = ["MeetingOccasion", "VoterPetitionField", "VoterPetitionResult"]


class MeetingOccasion(LabelledEnum):
    """Why delegates met voters (Joint resolution 72/2025, Art. 26, 32, 33 and 34).

    Before each regular session the standing committee, the Fatherland Front and the delegate
    groups must organise voter contact; after a regular session, and around a thematic
    session, the standing committee decides. A delegate may also meet voters outside their
    constituency, or meet a group of voters on a matter.
    """

    BEFORE_SESSION = "before-session"
    AFTER_SESSION = "after-session"
    BEFORE_THEMATIC_SESSION = "before-thematic-session"
    OUTSIDE_CONSTITUENCY = "outside-constituency"
    VOTER_GROUP = "voter-group"
    OTHER = "other"


class VoterPetitionField(LabelledEnum):
    """The field of a voter petition (lĩnh vực), as offices classify them in their summaries."""

    LAND = "land"
    ENVIRONMENT = "environment"
    INFRASTRUCTURE = "infrastructure"
    SOCIAL = "social"
    HEALTH = "health"
    EDUCATION = "education"
    ADMINISTRATION = "administration"
    ECONOMY = "economy"
    OTHER = "other"


class VoterPetitionResult(LabelledEnum):
    """What became of a voter petition, as the report on the results of its handling says."""

    RESOLVED = "resolved"
    EXPLAINED = "explained"
    IN_PROGRESS = "in-progress"
    UNRESOLVED = "unresolved"

    @property
    def settled(self) -> bool:
        """Whether nothing remains to do: resolved, or explained to the voters."""
        return self in (VoterPetitionResult.RESOLVED, VoterPetitionResult.EXPLAINED)


register_labels(
    MeetingOccasion,
    {
        MeetingOccasion.BEFORE_SESSION: N_("Trước kỳ họp thường lệ"),
        MeetingOccasion.AFTER_SESSION: N_("Sau kỳ họp thường lệ"),
        MeetingOccasion.BEFORE_THEMATIC_SESSION: N_("Trước kỳ họp chuyên đề"),
        MeetingOccasion.OUTSIDE_CONSTITUENCY: N_("Tiếp xúc cử tri ngoài đơn vị bầu cử"),
        MeetingOccasion.VOTER_GROUP: N_("Tiếp xúc nhóm cử tri"),
        MeetingOccasion.OTHER: N_("Dịp khác"),
    },
)
register_labels(
    VoterPetitionField,
    {
        VoterPetitionField.LAND: N_("Đất đai, quy hoạch"),
        VoterPetitionField.ENVIRONMENT: N_("Tài nguyên, môi trường"),
        VoterPetitionField.INFRASTRUCTURE: N_("Giao thông, hạ tầng"),
        VoterPetitionField.SOCIAL: N_("Chính sách xã hội, lao động, việc làm"),
        VoterPetitionField.HEALTH: N_("Y tế"),
        VoterPetitionField.EDUCATION: N_("Giáo dục, đào tạo"),
        VoterPetitionField.ADMINISTRATION: N_("Hành chính, tư pháp"),
        VoterPetitionField.ECONOMY: N_("Kinh tế"),
        VoterPetitionField.OTHER: N_("Lĩnh vực khác"),
    },
)
register_labels(
    VoterPetitionResult,
    {
        VoterPetitionResult.RESOLVED: N_("Đã giải quyết xong"),
        VoterPetitionResult.EXPLAINED: N_("Đã giải trình, cung cấp thông tin"),
        VoterPetitionResult.IN_PROGRESS: N_("Đang giải quyết"),
        VoterPetitionResult.UNRESOLVED: N_("Chưa giải quyết"),
    },
)
