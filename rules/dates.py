"""Dates as the policy counts them: partial dates read conservatively, full-year periods.

"满N年" is reached on the N-th anniversary. A start date with no corresponding day in the end
month (29 February) ends on that month's last day, as 民法典 第二百零二条 counts periods in years.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

_PARTIAL_DATE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?")


@dataclass(frozen=True)
class PartialDate:
    """A date as the person gave it, and the latest day it can mean."""

    text: str
    latest: dt.date
    precision: str  # "year" | "month" | "day"

    @property
    def is_exact(self) -> bool:
        return self.precision == "day"


def parse_partial_date(text: str) -> PartialDate:
    """Read "2019", "2019-07" or "2019-07-15"; a year or month means its last day."""
    match = _PARTIAL_DATE.fullmatch(text.strip())
    if not match:
        raise ValueError(f"日期“{text}”格式不对，请写成 2019、2019-07 或 2019-07-15")
    year = int(match.group(1))
    month, day = (int(part) if part else None for part in match.groups()[1:])
    try:
        if month is None:
            return PartialDate(text, dt.date(year, 12, 31), "year")
        if day is None:
            return PartialDate(text, dt.date(year, month, calendar.monthrange(year, month)[1]), "month")
        return PartialDate(text, dt.date(year, month, day), "day")
    except ValueError:
        raise ValueError(f"日期“{text}”不存在，请检查年、月、日") from None


def add_months(start: dt.date, months: int) -> dt.date:
    """The corresponding day `months` later (or earlier); the month's last day if there is none."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def add_years(start: dt.date, years: int) -> dt.date:
    return add_months(start, 12 * years)


def years_completed_on(start: dt.date, years: int) -> dt.date:
    """The day on which `years` full years since `start` are completed (满N年)."""
    return add_years(start, years)


def start_from_years_held(years_held: float, as_of: dt.date) -> dt.date:
    """Estimate a start date from "held for about N years": whole months only, so never earlier."""
    return add_months(as_of, -int(years_held * 12))


def chinese_date(day: dt.date) -> str:
    return f"{day.year}年{day.month}月{day.day}日"
