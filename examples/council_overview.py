"""Build a small council in code, validate it, and print its overview.

A fictitious commune ("Xã Mẫu", 12,000 residents) elects its People's Council for the term
2026-2031. Under Law 72/2025/QH15 Art. 30(2)(b) its council has 16 seats. We record five
delegates - one of them with a typo in the start of her mandate - and let hdnd find it.

Run it with ``python examples/council_overview.py``.
"""

# %% The unit, its council and a handful of delegates.
import datetime as dt

import hdnd
from hdnd import AdministrativeUnit, Council, Delegate, Gender, Mandate, MandateEndReason, UnitKind

commune = AdministrativeUnit(
    code="99001",
    name="Xã Mẫu",
    kind=UnitKind.COMMUNE,
    population=12_000,
    population_date=dt.date(2025, 8, 31),
)
council = Council(
    id="hdnd-xa-mau-2026",
    unit=commune.code,
    term="2026-2031",
    convocation=1,
    name="HĐND xã Mẫu khóa I",
    first_session=dt.date(2026, 4, 20),
)


first_session = dt.date(2026, 4, 20)
delegates = (
    Delegate(
        id="d1",
        name="Lò Văn Páo",
        gender=Gender.MALE,
        birth_date=dt.date(1978, 5, 2),
        ethnicity="Thái",
        mandates=(
            Mandate(council=council.id, start=first_session, full_time=True, re_elected=True),
        ),
    ),
    Delegate(
        id="d2",
        name="Nguyễn Thị Hạnh",
        gender=Gender.FEMALE,
        birth_date=dt.date(1990, 9, 14),
        ethnicity="Kinh",
        mandates=(Mandate(council=council.id, start=first_session, re_elected=False),),
    ),
    Delegate(
        id="d3",
        name="Hà Văn Tuấn",
        gender=Gender.MALE,
        birth_date=dt.date(1965, 1, 30),
        ethnicity="Tày",
        mandates=(
            Mandate(
                council=council.id,
                start=first_session,
                end=dt.date(2026, 9, 30),
                end_reason=MandateEndReason.RESIGNED,
                re_elected=True,
            ),
        ),
    ),
    Delegate(
        id="d4",
        name="Đinh Thị Mai",
        gender=Gender.FEMALE,
        birth_date=dt.date(1983, 12, 1),
        ethnicity="Mường",
        # A typo: the election was on 15 March 2026, so no mandate starts in 2025.
        mandates=(Mandate(council=council.id, start=dt.date(2025, 4, 20), re_elected=False),),
    ),
    # Not everything is known about every delegate; the overview counts them as "unknown".
    Delegate(
        id="d5",
        name="Trần Quốc Hùng",
        gender=Gender.MALE,
        mandates=(Mandate(council=council.id, start=first_session),),
    ),
)

dataset = hdnd.Dataset(
    title="Hội đồng nhân dân xã Mẫu (ví dụ)",
    synthetic=True,
    units=(commune,),
    councils=(council,),
    delegates=delegates,
)

# %% Validate as of 1 November 2026.
as_of = dt.date(2026, 11, 1)
findings = hdnd.validate(dataset, as_of=as_of)
for finding in findings:
    print(f"{finding.severity.value}: {finding.code} ({finding.record}, {finding.field})")
    print("  vi:", finding.message("vi"))
    print("  en:", finding.message("en"))
    if finding.citation:
        print("  law:", finding.citation.render("en"))
print()

# %% The council overview: seats by the law of the term, who serves, and their composition.
overview = hdnd.council_overview(dataset, council.id, as_of=as_of)
print(overview.render("vi"))
print()
print(overview.render("en"))
