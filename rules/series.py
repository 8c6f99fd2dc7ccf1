"""Which series a high-skilled worker may apply in (2.1; yunnan-2021-28:2, 4).

The 2/3/4-year rungs are written for 两类人才贯通的职称系列: the integrated series, and a new
occupation once it is mapped into one locally. Another series is not opened nationally; in Yunnan
it is, on that series' own conditions and without the rungs — a route of its own.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from rules.checks import Check
from rules.documents import yunnan_in_force, yunnan_rules_apply
from rules.facts import Facts
from rules.normalise import province_name, series_name
from rules.parameters import load_parameters

OTHER_PROVINCE = "其他"  # what a person who only says "not Yunnan" gives as their province


@dataclass(frozen=True)
class Judged:
    check: Check
    open_conditions: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class SeriesReading:
    series: str | None
    ordinary: Judged  # the series condition of the ordinary (years) route
    other_routes: Judged  # the series condition of the green channel and special evaluation
    yunnan_route: bool = False  # Yunnan's other-series route is in play (Yunnan, or province unknown)


def _requirement() -> str:
    integrated = load_parameters().value("integrated_series")
    return "申报的职称系列在贯通领域内（" + "、".join(integrated) + "等）"


def read_series(facts: Facts, as_of: dt.date) -> SeriesReading:
    p = load_parameters()
    national = p.clause("integrated_series")
    series = series_name(facts.series) if facts.series else None
    if series in p.value("integrated_series"):
        met = Judged(Check(_requirement(), "series", "met", [national], f"{series}系列在贯通领域内。"))
        return SeriesReading(series, met, met)
    other = _other_series(facts, as_of, series) if series else None
    if facts.new_occupation:  # mapped locally into the integrated fields, whatever else is said
        mapped = _new_occupation(facts, as_of)
        return SeriesReading(series, mapped, mapped, other.yunnan_route if other else False)
    if other:
        return other
    unknown = Judged(Check(_requirement(), "series", "unknown", [national], "还不知道您想评哪个职称系列。"))
    return SeriesReading(None, unknown, unknown)


def _new_occupation(facts: Facts, as_of: dt.date) -> Judged:
    p = load_parameters()
    clause_ids = [p.clause("new_occupation_mapping")]
    left_open = (
        "属于新兴职业、新兴领域：要由当地有关部门制定贯通办法、明确对应的职称专业，这两份文件没有写具体对应关系。"
    )
    if yunnan_rules_apply(facts, as_of):
        clause_ids.append(p.clause("yunnan_new_occupation_mapping"))
        left_open = (
            "属于新兴职业、新兴领域：要由云南省级行业主管部门制定具体贯通办法、明确对应的职称专业和"
            "评审条件，报省人力资源社会保障厅审核后实施；这两份文件没有写具体对应关系。"
        )
    return Judged(
        Check(
            _requirement(),
            "new_occupation",
            "met",
            clause_ids,
            "您说属于新兴职业、新兴领域，文件允许当地另定贯通办法。",
        ),
        [left_open],
    )


def _other_series(facts: Facts, as_of: dt.date, series: str) -> SeriesReading:
    p = load_parameters()
    national, yunnan = p.clause("integrated_series"), p.clause("yunnan_other_series")
    outside = f"{series}系列不在国家文件列出的贯通领域内"
    rungs_only = Judged(
        Check(
            _requirement(),
            "series",
            "not_met",
            [national],
            f"{outside}；高级工2年、技师3年、高级技师4年的年限途径只适用于贯通的职称系列。",
        )
    )
    if yunnan_rules_apply(facts, as_of):
        check = Check(
            _requirement(),
            "series",
            "met",
            [national, yunnan],
            f"{outside}，但云南规定其他系列中有一定技术含量的高技能人才也可申报职称评审。",
        )
        return SeriesReading(series, rungs_only, Judged(check, [own_conditions(series)]), yunnan_route=True)
    if facts.province is None and yunnan_in_force(as_of):
        check = Check(
            _requirement(),
            "province",
            "unknown",
            [national, yunnan],
            f"{outside}；云南对其他系列另有规定，需要知道您在哪个省申报。",
        )
        return SeriesReading(series, rungs_only, Judged(check), yunnan_route=True)
    said = province_name(facts.province) if facts.province else None
    place = said if said and said != OTHER_PROVINCE else "您所在的省份"
    closed = Judged(
        Check(
            _requirement(),
            "series",
            "not_met",
            [national],
            f"{outside}；这两份文件没有为{place}的这个系列打开贯通，当地如另有规定以当地为准。",
        )
    )
    return SeriesReading(series, closed, closed)


def own_conditions(series: str | None) -> str:
    name = f"{series}系列" if series else "该系列"
    return (
        f"{name}：要从事有一定技术含量的工作，申报条件（包括年限）按云南该系列自己的职称评审条件，"
        "这两份文件没有写，也不套用高级工2年、技师3年、高级技师4年的年限。"
    )


def yunnan_province_check(facts: Facts, as_of: dt.date, series: str | None) -> Check:
    """The Yunnan other-series route's own condition: being in Yunnan (yunnan-2021-28:4)."""
    p = load_parameters()
    clause_ids = [p.clause("yunnan_other_series")]
    requirement = "在云南申报（云南规定其他系列中有一定技术含量的高技能人才也可申报职称评审）"
    if yunnan_rules_apply(facts, as_of):
        return Check(
            requirement,
            "province",
            "met",
            clause_ids,
            f"您在云南，{series}系列中有一定技术含量的高技能人才也可申报职称评审。",
        )
    return Check(
        requirement,
        "province",
        "unknown",
        clause_ids,
        f"{series}系列在云南可以按该系列自己的条件申报，需要知道您在哪个省申报。",
    )
