"""Dates and durations as Chinese speakers give them: 2023年7月, 去年, 三年前, 满两年, 3年多, 一年半.

Dates come back as partial ISO strings ("2023", "2023-07", "2023-07-15"), the form the rules'
facts take: the rules engine, not this module, decides how to read a partial date conservatively.
"""

from __future__ import annotations

import datetime as dt
import re

import cn2an

# Chinese numerals are converted only before a counting unit, so 一线 or 一级 stay as they are.
_CN_NUMBER = re.compile(r"[零〇一二两三四五六七八九十百]+(?=(?:个)?(?:年|月|日|号|人|名|岁))")
_FULL_DATE = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*[日号]?")
_YEAR_MONTH = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*(?:年|[./-])\s*(\d{1,2})(?:\s*月|(?!\d))")
_SHORT_YEAR_MONTH = re.compile(r"(?<!\d)(\d{2})年(\d{1,2})月")
_YEAR = re.compile(r"(?<!\d)(20\d{2}|19\d{2})\s*年?(?!\d)")
_RELATIVE_YEAR = {"今年": 0, "去年": 1, "前年": 2, "大前年": 3}
_YEARS_AGO = re.compile(r"(\d+(?:\.\d+)?)\s*(年半|年多|年)\s*(?:以)?前")
_MONTHS_AGO = re.compile(r"(\d+)\s*个?多?月\s*(?:以)?前")
_HALF_YEAR = re.compile(r"(?<![\d年])半年")
_DURATION = re.compile(r"(?<![\d.])(\d{1,2}(?:\.\d+)?)\s*(年半|年多|年|个多月|个月)")


def digits_for_numerals(text: str) -> str:
    """三年前 → 3年前, 满两年 → 满2年, 五人 → 5人; leaves 一线, 一级 alone."""
    return _CN_NUMBER.sub(lambda m: str(cn2an.cn2an(m.group(), "smart")), text)


def _valid(year: int, month: int = 1, day: int = 1) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def parse_date(text: str, today: dt.date) -> str | None:
    """The first date the text states (absolute or relative to `today`), as a partial ISO date."""
    text = digits_for_numerals(text)
    if match := _FULL_DATE.search(text):
        year, month, day = map(int, match.groups())
        if _valid(year, month, day):
            return f"{year:04d}-{month:02d}-{day:02d}"
    if match := _YEAR_MONTH.search(text):
        year, month = map(int, match.groups())
        if _valid(year, month):
            return f"{year:04d}-{month:02d}"
    if match := _SHORT_YEAR_MONTH.search(text):
        year, month = 2000 + int(match.group(1)), int(match.group(2))
        if _valid(year, month) and year <= today.year:
            return f"{year:04d}-{month:02d}"
    if match := _YEAR.search(text):
        return match.group(1)
    for word in sorted(_RELATIVE_YEAR, key=len, reverse=True):
        if word in text:
            return str(today.year - _RELATIVE_YEAR[word])
    if match := _YEARS_AGO.search(text):
        years = float(match.group(1)) + (0.5 if match.group(2) == "年半" else 0)
        return _months_before(today, round(years * 12))
    if match := _MONTHS_AGO.search(text):
        return _months_before(today, int(match.group(1)))
    return None


def _months_before(today: dt.date, months: int) -> str:
    """A year-month `months` before today: the rules read it as the month's last day (conservative)."""
    index = today.year * 12 + today.month - 1 - months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def parse_duration_years(text: str) -> float | None:
    """满两年 → 2, 3年多 → 3 (at least 3), 一年半 → 1.5, 18个月 → 1.5; None when no duration is stated."""
    text = digits_for_numerals(text)
    if _YEARS_AGO.search(text) or _MONTHS_AGO.search(text):
        return None
    for date_pattern in (_FULL_DATE, _YEAR_MONTH, _SHORT_YEAR_MONTH, _YEAR):
        text = date_pattern.sub(" ", text)
    match = _DURATION.search(text)
    if not match:
        return 0.5 if _HALF_YEAR.search(text) else None
    number, unit = float(match.group(1)), match.group(2)
    if unit in ("个月", "个多月"):
        return round(number / 12, 2)
    return number + (0.5 if unit == "年半" else 0)
