"""Build a commune council in full, check it, and print its composition and elections.

A fictitious commune ("Xã Mẫu Sơn", 9,000 residents) elects its People's Council for the
term 2026-2031 on 15 March 2026. Under Law 72/2025/QH15 Art. 30 the council has 15 seats,
but only six are recorded here (two constituencies of three), so that every figure can be
checked by hand - and the check of vacancies duly warns about the empty seats. We record
the delegates, who holds which office, and the count of each constituency, then let hdnd
check it and compute the reports.

Run it with ``python examples/council_composition.py``.
"""

# %% The unit, its council, constituencies and committees.
import datetime as dt

import hdnd
from hdnd import AdministrativeUnit, Council, Delegate, Gender, Mandate, MandateEndReason, UnitKind
from hdnd.councils.council import Constituency, DelegateGroup
from hdnd.councils.offices import Office, Post
from hdnd.delegates.delegate import Education
from hdnd.elections.election import Candidate, Election
from hdnd.law.local_government.organs import Committee

commune = AdministrativeUnit(
    code="99101",
    name="Xã Mẫu Sơn",
    kind=UnitKind.COMMUNE,
    population=9_000,
    population_date=dt.date(2025, 8, 31),
)
first_session = dt.date(2026, 4, 20)
council = Council(
    id="hdnd-xa-mau-son-2026",
    unit=commune.code,
    term="2026-2031",
    convocation=1,
    name="HĐND xã Mẫu Sơn khóa I",
    first_session=first_session,
    constituencies=(
        Constituency(id="1", seats=3, name="Đơn vị bầu cử số 1 (thôn Đông)"),
        Constituency(id="2", seats=3, name="Đơn vị bầu cử số 2 (thôn Tây)"),
    ),
    delegate_groups=(DelegateGroup(id="t1", name="Tổ đại biểu số 1", constituencies=("1", "2")),),
    committees=(Committee.ECONOMY_BUDGET, Committee.CULTURE_SOCIETY),
)

# %% Six delegates and their mandates; one resigns in September.
people = (
    ("d1", "Lò Văn Páo", Gender.MALE, dt.date(1975, 5, 2), "Thái", "university", True, "1"),
    ("d2", "Nguyễn Thị Hạnh", Gender.FEMALE, dt.date(1990, 9, 14), "Kinh", "master", True, "1"),
    ("d3", "Hà Thị Lan", Gender.FEMALE, dt.date(1988, 1, 30), "Tày", "university", False, "1"),
    ("d4", "Đinh Văn Tuấn", Gender.MALE, dt.date(1964, 12, 1), "Mường", "college", True, "2"),
    ("d5", "Trần Quốc Hùng", Gender.MALE, dt.date(1970, 3, 8), "Kinh", "university", True, "2"),
    ("d6", "Vi Thị Mai", Gender.FEMALE, dt.date(1995, 6, 21), "Nùng", "vocational", False, "2"),
)
delegates = []
for number, (pid, name, gender, born, ethnicity, education, party, constituency) in enumerate(
    people
):
    resigned = pid == "d5"
    mandate = Mandate(
        council=council.id,
        start=first_session,
        end=dt.date(2026, 9, 30) if resigned else None,
        end_reason=MandateEndReason.RESIGNED if resigned else None,
        full_time=pid in ("d1", "d2"),
        re_elected=number % 2 == 0,
        constituency=constituency,
    )
    delegates.append(
        Delegate(
            id=pid,
            name=name,
            gender=gender,
            birth_date=born,
            ethnicity=ethnicity,
            education=Education(education),
            party_member=party,
            mandates=(mandate,),
        )
    )

# %% Offices: the chair, the vice-chair, committee heads and the group leader.
offices = (
    Office(person="d1", council=council.id, post=Post.CHAIR, start=first_session, full_time=True),
    Office(
        person="d2", council=council.id, post=Post.VICE_CHAIR, start=first_session, full_time=True
    ),
    Office(
        person="d4",
        council=council.id,
        post=Post.COMMITTEE_HEAD,
        committee=Committee.ECONOMY_BUDGET,
        start=first_session,
    ),
    Office(
        person="d3",
        council=council.id,
        post=Post.COMMITTEE_HEAD,
        committee=Committee.CULTURE_SOCIETY,
        start=first_session,
    ),
    Office(
        person="d6", council=council.id, post=Post.GROUP_LEADER, group="t1", start=first_session
    ),
)

# %% The count of each constituency on election day.
election_day = dt.date(2026, 3, 15)


def candidate(cid: str, name: str, born: dt.date, votes: int, gender: Gender) -> Candidate:
    # only the winners have a delegate record ("d…"); the others are candidates only
    delegate = cid if cid.startswith("d") else None
    return Candidate(
        id=cid, name=name, birth_date=born, votes=votes, gender=gender, delegate=delegate
    )


elections = (
    Election(
        id="bc-1",
        council=council.id,
        day=election_day,
        constituency="1",
        seats=3,
        voters_on_list=2_400,
        voted=2_352,
        valid_ballots=2_300,
        elected=("d1", "d2", "d3"),
        candidates=(
            candidate("d1", "Lò Văn Páo", dt.date(1975, 5, 2), 2_050, Gender.MALE),
            candidate("d2", "Nguyễn Thị Hạnh", dt.date(1990, 9, 14), 1_900, Gender.FEMALE),
            candidate("d3", "Hà Thị Lan", dt.date(1988, 1, 30), 1_610, Gender.FEMALE),
            candidate("x1", "Lường Văn Khánh", dt.date(1981, 2, 2), 1_200, Gender.MALE),
            candidate("x2", "Cầm Thị Oanh", dt.date(1992, 7, 7), 900, Gender.FEMALE),
        ),
    ),
    Election(
        id="bc-2",
        council=council.id,
        day=election_day,
        constituency="2",
        seats=3,
        voters_on_list=2_000,
        voted=1_900,
        valid_ballots=1_880,
        elected=("d4", "d5", "d6"),
        candidates=(
            candidate("d4", "Đinh Văn Tuấn", dt.date(1964, 12, 1), 1_500, Gender.MALE),
            candidate("d5", "Trần Quốc Hùng", dt.date(1970, 3, 8), 1_320, Gender.MALE),
            candidate("d6", "Vi Thị Mai", dt.date(1995, 6, 21), 1_100, Gender.FEMALE),
            candidate("x3", "Hoàng Văn Nam", dt.date(1985, 4, 4), 700, Gender.MALE),
            candidate("x4", "Sầm Văn Phúc", dt.date(1979, 9, 9), 650, Gender.MALE),
        ),
    ),
)

dataset = hdnd.Dataset(
    title="Hội đồng nhân dân xã Mẫu Sơn (ví dụ)",
    synthetic=True,
    units=(commune,),
    councils=(council,),
    delegates=tuple(delegates),
    offices=offices,
    elections=elections,
)

# %% Check it against the law as of 1 November 2026.
as_of = dt.date(2026, 11, 1)
findings = hdnd.validate(dataset, as_of=as_of)
print(f"{len(findings)} findings")
for finding in findings:
    print(f"{finding.severity.value}: {finding.code} ({finding.record}, {finding.field})")
    print("  en:", finding.message("en"))
print()

# %% Composition on 1 November 2026, against the targets of the term.
print(hdnd.council_composition(dataset, council.id, as_of=as_of).render("vi"))
print()

# %% How the membership changed over the term (in English).
print(hdnd.composition_over_term(dataset, council.id).render("en"))
print()

# %% Election results: the council, then one constituency.
print(hdnd.council_election_results(dataset, council.id).render("vi"))
print()
print(hdnd.constituency_results(dataset, "bc-1").render("en"))
