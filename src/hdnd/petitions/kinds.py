"""The vocabularies of citizen reception and petitions, with their Vietnamese labels.

Who received (:class:`ReceiverRole`), where (:class:`ReceptionPlace`), who came
(:class:`VisitKind`), why a visitor was not received (:class:`RefusalGround`), what a petition
is (:class:`PetitionKind`), how it arrived (:class:`Channel`), what was done with it
(:class:`StepKind`) and how the office reports it (:class:`PetitionOutcome`).

```pycon
>>> VisitKind.CROWD.label("vi"), VisitKind.CROWD.label("en")
('Đông người', 'Crowd')
>>> [kind.value for kind in StepKind][:4]
['received', 'classified', 'ineligible', 'guided']

```
"""

from __future__ import annotations

from hdnd._core.labels import N_, LabelledEnum, register_labels

__all__ = [
    "Channel",
    "PetitionKind",
    "PetitionOutcome",
    "ReceiverRole",
    "ReceptionPlace",
    "RefusalGround",
    "StepKind",
    "VisitKind",
]


class VisitKind(LabelledEnum):
    """Who came: one citizen, a group, or a crowd of five or more on one issue.

    A crowd (nhiều người cùng khiếu nại, tố cáo, kiến nghị, phản ánh về một nội dung) must
    present itself through representatives (Law 42/2013/QH13, Art. 29).
    """

    INDIVIDUAL = "individual"
    GROUP = "group"
    CROWD = "crowd"


class RefusalGround(LabelledEnum):
    """Why a visitor was not received (Law 42/2013/QH13, Art. 9)."""

    INCAPACITATED = "incapacitated"
    DISRUPTIVE = "disruptive"
    ALREADY_RESOLVED = "already-resolved"
    OTHER = "other"


class ReceiverRole(LabelledEnum):
    """Who received citizens at a reception session."""

    COUNCIL_CHAIR = "council-chair"
    STANDING_COMMITTEE = "standing-committee"
    DELEGATE = "delegate"
    OFFICE_STAFF = "office-staff"


class ReceptionPlace(LabelledEnum):
    """Where citizens were received; online reception exists from 1 July 2026."""

    RECEPTION_OFFICE = "reception-office"
    CONSTITUENCY = "constituency"
    COUNCIL_OFFICE = "council-office"
    ONLINE = "online"


class PetitionKind(LabelledEnum):
    """Content of a petition (classification of Circular 07/2014/TT-TTCP, Art. 6)."""

    COMPLAINT = "complaint"
    DENUNCIATION = "denunciation"
    RECOMMENDATION = "recommendation"
    MIXED = "mixed"


class Channel(LabelledEnum):
    """How a petition arrived."""

    POST = "post"
    IN_PERSON = "in-person"
    ONLINE = "online"
    DELEGATE = "delegate"
    OTHER_BODY = "other-body"


class StepKind(LabelledEnum):
    """A step in the handling of a petition, in the usual order."""

    RECEIVED = "received"
    CLASSIFIED = "classified"
    INELIGIBLE = "ineligible"
    GUIDED = "guided"
    ANSWERED = "answered"
    STORED = "stored"
    FORWARDED = "forwarded"
    ACCEPTED = "accepted"
    EXTENDED = "extended"
    RESOLVED = "resolved"
    NOTIFIED = "notified"
    SECOND_COMPLAINT = "second-complaint"


class PetitionOutcome(LabelledEnum):
    """How the office handled a petition: the four figures offices publish."""

    GUIDED = "guided"
    ANSWERED = "answered"
    STORED = "stored"
    FORWARDED = "forwarded"


register_labels(
    VisitKind,
    {
        VisitKind.INDIVIDUAL: N_("Cá nhân"),
        VisitKind.GROUP: N_("Tập thể (đoàn)"),
        VisitKind.CROWD: N_("Đông người"),
    },
)
register_labels(
    RefusalGround,
    {
        RefusalGround.INCAPACITATED: N_("Say rượu, dùng chất kích thích, mất năng lực hành vi"),
        RefusalGround.DISRUPTIVE: N_("Có hành vi đe dọa, xúc phạm, gây rối"),
        RefusalGround.ALREADY_RESOLVED: N_("Vụ việc đã được giải quyết đúng chính sách, pháp luật"),
        RefusalGround.OTHER: N_("Trường hợp khác theo quy định"),
    },
)
register_labels(
    ReceiverRole,
    {
        ReceiverRole.COUNCIL_CHAIR: N_("Chủ tịch Hội đồng nhân dân"),
        ReceiverRole.STANDING_COMMITTEE: N_("Thành viên Thường trực Hội đồng nhân dân"),
        ReceiverRole.DELEGATE: N_("Đại biểu tiếp công dân"),
        ReceiverRole.OFFICE_STAFF: N_("Công chức văn phòng"),
    },
)
register_labels(
    ReceptionPlace,
    {
        ReceptionPlace.RECEPTION_OFFICE: N_("Trụ sở tiếp công dân"),
        ReceptionPlace.CONSTITUENCY: N_("Nơi ứng cử"),
        ReceptionPlace.COUNCIL_OFFICE: N_("Trụ sở Hội đồng nhân dân"),
        ReceptionPlace.ONLINE: N_("Trực tuyến"),
    },
)
register_labels(
    PetitionKind,
    {
        PetitionKind.COMPLAINT: N_("Khiếu nại"),
        PetitionKind.DENUNCIATION: N_("Tố cáo"),
        PetitionKind.RECOMMENDATION: N_("Kiến nghị, phản ánh"),
        PetitionKind.MIXED: N_("Nhiều nội dung"),
    },
)
register_labels(
    Channel,
    {
        Channel.POST: N_("Qua bưu điện"),
        Channel.IN_PERSON: N_("Trực tiếp"),
        Channel.ONLINE: N_("Qua mạng"),
        Channel.DELEGATE: N_("Đại biểu chuyển đến"),
        Channel.OTHER_BODY: N_("Cơ quan khác chuyển đến"),
    },
)
register_labels(
    StepKind,
    {
        StepKind.RECEIVED: N_("Tiếp nhận"),
        StepKind.CLASSIFIED: N_("Phân loại"),
        StepKind.INELIGIBLE: N_("Không đủ điều kiện xử lý"),
        # TRANSLATORS: a handling step: the petitioner was guided to the right body.
        StepKind.GUIDED: N_("Hướng dẫn"),
        StepKind.ANSWERED: N_("Trả lời"),
        # TRANSLATORS: a petition filed without further action (not a storage place).
        StepKind.STORED: N_("Lưu đơn"),
        StepKind.FORWARDED: N_("Chuyển cơ quan có thẩm quyền"),
        StepKind.ACCEPTED: N_("Thụ lý"),
        StepKind.EXTENDED: N_("Gia hạn"),
        StepKind.RESOLVED: N_("Giải quyết xong"),
        StepKind.NOTIFIED: N_("Thông báo kết quả"),
        StepKind.SECOND_COMPLAINT: N_("Có khiếu nại lần hai"),
    },
)
register_labels(
    PetitionOutcome,
    {
        # TRANSLATORS: a petition's outcome: the petitioner was guided to the right body.
        PetitionOutcome.GUIDED: N_("Hướng dẫn"),
        PetitionOutcome.ANSWERED: N_("Trả lời"),
        # TRANSLATORS: a petition filed without further action (not a storage place).
        PetitionOutcome.STORED: N_("Lưu đơn"),
        PetitionOutcome.FORWARDED: N_("Chuyển cơ quan có thẩm quyền"),
    },
)
