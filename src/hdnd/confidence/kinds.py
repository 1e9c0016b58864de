"""The vocabularies of confidence ratings and votes, with their Vietnamese labels.

Why a person was put to a confidence vote (:class:`ConfidenceVoteTrigger`) and why a holder
of a rated post was not rated (:class:`RatingExemption`). Who is rated, and what the ratings
lead to, is the law's (:mod:`hdnd.law.confidence`).

```pycon
>>> ConfidenceVoteTrigger.RATING_RESULT.label("vi")
'Kết quả lấy phiếu tín nhiệm'
>>> [reason.value for reason in RatingExemption]
['retirement-leave-announced', 'elected-or-appointed-in-the-year']

```
"""

from __future__ import annotations

from hdnd._core.labels import N_, LabelledEnum, register_labels

__all__ = ["ConfidenceVoteTrigger", "RatingExemption"]


class ConfidenceVoteTrigger(LabelledEnum):
    """Why a person was put to a confidence vote (bỏ phiếu tín nhiệm).

    A request of delegates (the share of them the law requires is
    :attr:`~hdnd.law.confidence.base.ConfidenceVoteRules.CONFIDENCE_VOTE_REQUEST`), a
    request of the Fatherland Front committee of the same level, or the result of a
    confidence rating.
    """

    DELEGATES_REQUEST = "delegates-request"
    FRONT_REQUEST = "front-request"
    RATING_RESULT = "rating-result"


class RatingExemption(LabelledEnum):
    """Why the holder of a rated post is not rated (the law's ``EXEMPT`` rule).

    The codes are those of the rule's value
    (:attr:`~hdnd.law.confidence.base.ConfidenceVoteRules.EXEMPT`).
    """

    RETIREMENT = "retirement-leave-announced"
    ELECTED_IN_THE_YEAR = "elected-or-appointed-in-the-year"


register_labels(
    ConfidenceVoteTrigger,
    {
        ConfidenceVoteTrigger.DELEGATES_REQUEST: N_("Đại biểu Hội đồng nhân dân kiến nghị"),
        ConfidenceVoteTrigger.FRONT_REQUEST: N_(
            "Ủy ban Mặt trận Tổ quốc Việt Nam cùng cấp kiến nghị"
        ),
        ConfidenceVoteTrigger.RATING_RESULT: N_("Kết quả lấy phiếu tín nhiệm"),
    },
)
register_labels(
    RatingExemption,
    {
        RatingExemption.RETIREMENT: N_("Đã có thông báo nghỉ công tác chờ nghỉ hưu"),
        RatingExemption.ELECTED_IN_THE_YEAR: N_(
            "Được bầu, phê chuẩn, bổ nhiệm trong năm lấy phiếu"
        ),
    },
)
