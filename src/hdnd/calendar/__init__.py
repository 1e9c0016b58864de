"""The Vietnamese calendar: working days, public holidays and Tết, Civil Code periods."""

from hdnd.calendar.workdays import (
    add_months,
    add_working_days,
    civil_code_end,
    is_working_day,
    next_working_day,
    public_holidays,
    subtract_working_days,
    working_days_between,
)

__all__ = [
    "add_months",
    "add_working_days",
    "civil_code_end",
    "is_working_day",
    "next_working_day",
    "public_holidays",
    "subtract_working_days",
    "working_days_between",
]
