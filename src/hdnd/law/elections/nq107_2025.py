"""Nghị quyết 107/2025/UBTVQH15: the candidates for the People's Councils of 2026–2031.

A resolution of the National Assembly Standing Committee, passed on 16 October 2025, that
guides how the expected structure, composition and number of the people put forward as
candidates for the People's Councils of the 2026–2031 term are set (hướng dẫn việc xác
định dự kiến cơ cấu, thành phần và phân bổ số lượng người được giới thiệu ứng cử đại biểu
Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031). It also fixes the population basis of that
term's seat counts (31 August 2025), which hdnd does not encode. hdnd encodes the aims a
council's composition is compared with (:mod:`hdnd.reports.targets`): about 30% women
elected; at least 10% outside the Party, 15% under 40 and 30% re-elected.

The 35% of women on the official candidate lists is the election law's (Law 85/2015/QH13
Art. 9, :attr:`~hdnd.law.elections.base.ElectionLaw.WOMEN_ON_CANDIDATE_LISTS`), which the
resolution restates: it is declared there, not here.

Confidence. The text was not read. The number, the date and the aims are those official
secondary sources give (thuvienphapluat.vn, 29 October 2025; vietnam.vn), so each aim is
*secondary* in value. Those sources give no article numbers: hdnd cites Art. 2, where
Resolution 1187/NQ-UBTVQH14, the same guidance for the 2021–2026 term, set its aims (Art.
2(3)), and marks that article *unverified* (a citation is as strong as its weakest link).
The effective date is taken to be the day it was passed, as for that predecessor
(unverified).

It guides one term's elections (:attr:`CandidateStructureResolution2025.term`); as for
Resolution 106/2025/UBTVQH15 (:func:`hdnd.law.local_government.organs.nq106_applies`), no
later resolution is encoded, so ``framework_at`` keeps answering with it after that term.

```pycon
>>> import datetime as dt
>>> from hdnd.law import Domain, framework_at
>>> framework_at(dt.date(2025, 10, 15)).instrument(Domain.CANDIDATE_STRUCTURE) is None
True
>>> guidance = framework_at(dt.date(2026, 3, 15)).instrument(Domain.CANDIDATE_STRUCTURE)
>>> guidance.number, guidance.guides("2026-2031"), guidance.guides("2021-2026")
('107/2025/UBTVQH15', True, False)
>>> CandidateStructureResolution2025.WOMEN_ELECTED.percent
Fraction(30, 1)

```
"""

from __future__ import annotations

import datetime as dt
from fractions import Fraction
from typing import ClassVar

from hdnd._core.labels import N_
from hdnd.law.citation import Citation, Confidence, InstrumentKind
from hdnd.law.instrument import Domain, Instrument
from hdnd.law.shares import Share

__all__ = ["CandidateStructureResolution2025"]

_NUMBER = "107/2025/UBTVQH15"


def _cite(article: int, clause: int | None = None) -> Citation:
    """A citation of the resolution: secondary in value, its article number inferred."""
    return Citation(
        InstrumentKind.RESOLUTION,
        _NUMBER,
        article,
        clause,
        None,
        Confidence.SECONDARY,
        article_confidence=Confidence.UNVERIFIED,
    )


class CandidateStructureResolution2025(Instrument):
    """Resolution 107/2025/UBTVQH15 on the candidates for the councils of 2026–2031.

    Its aims are :class:`~hdnd.law.shares.Share` rules marked ``aim`` (phấn đấu): what the
    authorities strive for, not a condition of a valid election.

    >>> rules = CandidateStructureResolution2025
    >>> [str(s.percent) for s in (rules.OUTSIDE_PARTY, rules.UNDER_40, rules.RE_ELECTED)]
    ['10', '15', '30']
    """

    key: ClassVar[str] = "nq107-2025"
    kind: ClassVar[InstrumentKind] = InstrumentKind.RESOLUTION
    number: ClassVar[str] = _NUMBER
    title: ClassVar[str] = (
        "Nghị quyết hướng dẫn việc xác định dự kiến cơ cấu, thành phần và phân bổ số lượng"
        " người được giới thiệu ứng cử đại biểu Hội đồng nhân dân các cấp nhiệm kỳ 2026–2031"
    )
    domain: ClassVar[Domain] = Domain.CANDIDATE_STRUCTURE
    promulgated: ClassVar[dt.date] = dt.date(2025, 10, 16)
    effective: ClassVar[dt.date] = dt.date(2025, 10, 16)
    dates_confidence: ClassVar[Confidence] = Confidence.UNVERIFIED
    source: ClassVar[str] = (
        "secondary: thuvienphapluat.vn (29 October 2025), vietnam.vn; text not read"
    )

    term: ClassVar[str] = "2026-2031"
    """The term whose councils' candidates it guides (a national term id)."""

    # The aims for the 2026-2031 term, as the secondary sources summarise them.
    WOMEN_ELECTED: ClassVar[Share] = Share(
        Fraction(30, 100),
        _cite(2),
        N_("Phụ nữ trúng cử đại biểu Hội đồng nhân dân"),
        aim=True,
        about=True,
    )
    OUTSIDE_PARTY: ClassVar[Share] = Share(
        Fraction(10, 100), _cite(2), N_("Người ngoài Đảng"), aim=True
    )
    UNDER_40: ClassVar[Share] = Share(
        Fraction(15, 100), _cite(2), N_("Người dưới 40 tuổi"), aim=True
    )
    RE_ELECTED: ClassVar[Share] = Share(
        Fraction(30, 100), _cite(2), N_("Đại biểu Hội đồng nhân dân tái cử"), aim=True
    )

    @classmethod
    def guides(cls, term: str) -> bool:
        """Whether it guides the candidates of the term with id *term* (``2026-2031``)."""
        return term == cls.term
