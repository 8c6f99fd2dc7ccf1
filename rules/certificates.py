"""Since when someone holds a skill level: a higher level counts as every lower one."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rules.dates import chinese_date, parse_partial_date, start_from_years_held
from rules.facts import SkillCertificate
from rules.parameters import load_parameters


def skill_rank(level: str) -> int:
    return load_parameters().value("skill_levels").index(level)


@dataclass
class Holding:
    """Whether a level (or higher) is held, and from which day at the latest."""

    held: bool
    since: dt.date | None = None  # None while held: no usable date was given
    undated: bool = False  # some qualifying certificate had no date, so `since` may be too late
    assumptions: list[str] = field(default_factory=list)


def certificate_start(cert: SkillCertificate, as_of: dt.date) -> tuple[dt.date | None, str | None]:
    """The latest day the certificate can have been obtained, and the assumption made, if any."""
    if cert.obtained:
        date = parse_partial_date(cert.obtained)
        if date.is_exact:
            return date.latest, None
        unit = "年份" if date.precision == "year" else "年月"
        return date.latest, (
            f"{cert.level}证书只给了取得{unit}（{cert.obtained}），按最晚可能的"
            f"{chinese_date(date.latest)}计算，结论偏保守。"
        )
    if cert.years_held is not None:
        start = start_from_years_held(cert.years_held, as_of)
        return start, (
            f"{cert.level}证书没有取得日期，按已持证约{cert.years_held:g}年推算为{chinese_date(start)}取得。"
        )
    return None, None


def holding(certs: list[SkillCertificate], level: str, as_of: dt.date, exact: bool = False) -> Holding:
    """Holding of `level`; with exact=False any higher certificate counts since its own date."""
    wanted = skill_rank(level)
    qualifying = [c for c in certs if (skill_rank(c.level) == wanted if exact else skill_rank(c.level) >= wanted)]
    if not qualifying:
        return Holding(held=False)
    starts = [(certificate_start(c, as_of), c) for c in qualifying]
    dated = [(start, note) for (start, note), _ in starts if start is not None]
    if not dated:
        return Holding(held=True, undated=True)
    since, note = min(dated, key=lambda pair: pair[0])
    return Holding(held=True, since=since, undated=len(dated) < len(qualifying), assumptions=[note] if note else [])


def highest_level(certs: list[SkillCertificate]) -> str | None:
    return max((c.level for c in certs), key=skill_rank, default=None)
