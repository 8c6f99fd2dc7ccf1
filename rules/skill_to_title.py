"""Skill → title: a high-skilled worker applying for a professional title (职称).

Routes to a title level (2.2.1, 2.2.3; yunnan-2021-28:2, 4):
- ordinary: a skill level held for N years of technical-skill work (高级工 2 → 助理级, 技师 3 → 中级,
  高级技师 4 → 副高级); in Yunnan's other series, that series' own conditions instead;
- green channel: a listed honour at its level → 副高级 or 正高级 directly;
- special evaluation: 绝招绝技绝活 and long front-line service (nationally also 突出贡献);
- series promotion: a title holder one level below — the series' own rules, not these documents.
Every route needs 高级工 or above and the last 3 annual reviews passed.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from rules import honours, precedence, series
from rules.certificates import Holding, highest_level, holding
from rules.checks import Check, Route, answered
from rules.dates import add_months, chinese_date, years_completed_on
from rules.documents import yunnan_in_force, yunnan_rules_apply
from rules.facts import Facts
from rules.parameters import Parameter, load_parameters
from rules.reviews import review_check

RUNGS = ("assistant_title_rung", "intermediate_title_rung", "deputy_senior_title_rung")
ORDINARY, YUNNAN_OTHER, GREEN, SPECIAL, PROMOTION = (
    "ordinary",
    "yunnan_other_series",
    "green_channel",
    "special_evaluation",
    "series_promotion",
)
# Routes that set no level of their own: they never choose the target when none was asked.
LEVEL_FREE_ROUTES = (YUNNAN_OTHER, SPECIAL)


def titles() -> list[str]:
    return load_parameters().value("title_levels")


def title_targets() -> list[str]:
    """Titles a verdict is about when none was asked: 助理级 and up."""
    return titles()[1:]


def rung_for(title: str | None = None, skill: str | None = None) -> Parameter | None:
    p = load_parameters()
    return next(
        (p[name] for name in RUNGS if p.value(name)["title"] == title or p.value(name)["skill_level"] == skill), None
    )


def levels_are_the_series_own(facts: Facts, as_of: dt.date) -> bool:
    """Yunnan's other series (云 四), not a new occupation mapped into the integrated ones: its levels
    are that series' own, so no route of these documents names one (the honours included)."""
    return series.read_series(facts, as_of).yunnan_route and not facts.new_occupation


def green_channel_in_question(facts: Facts) -> bool:
    """Honours and 绝活 are asked about only when the person brought them up, asks about 正高级,
    or asks to apply directly (DESIGN); otherwise the ordinary route decides alone."""
    return (
        bool(facts.honours)
        or facts.front_line_mastery is not None
        or facts.major_contribution is not None
        or bool(facts.wants_direct_application)
        or facts.target_level == titles()[-1]
    )


def routes(facts: Facts, target: str, as_of: dt.date) -> list[Route]:
    reading = series.read_series(facts, as_of)
    shared = _Shared(reading, floor_check(facts, as_of), review_check(facts, as_of))
    ordinary = [ordinary_route(facts, target, as_of, shared)]
    if reading.yunnan_route:
        ordinary.append(yunnan_other_series_route(facts, target, as_of, shared))
    direct = [special_evaluation_route(facts, target, as_of, shared)]
    if target in load_parameters().value("green_channel_titles"):
        direct.insert(0, green_channel_route(facts, target, shared))
    promotion = [series_promotion_route(facts, target, shared)] if target == titles()[-1] else []
    # Routes come in asking order, and on equal outcomes the first decides: the one the person
    # asked about (honours, 绝活, "directly") comes first, else the ordinary route.
    if green_channel_in_question(facts):
        return [*direct, *ordinary, *promotion]
    return [*ordinary, *direct, *promotion]


@dataclass(frozen=True)
class _Shared:
    """What every route to a title checks the same way."""

    reading: series.SeriesReading
    floor: Check
    reviews: Check


# shared checks ---------------------------------------------------------------------------------


def floor_check(facts: Facts, as_of: dt.date) -> Check:
    """Only 高技能人才 (高级工 or above) take part, on every route."""
    p = load_parameters()
    minimum = p.value("minimum_skill_level_for_titles")
    requirement = f"具备{minimum}以上职业资格或职业技能等级（高技能人才）"
    clause_ids = [p.clause("minimum_skill_level_for_titles")]
    if facts.skill_certificates is None:
        return Check(requirement, "skill_certificates", "unknown", clause_ids, "还不知道您有哪一级职业技能等级证书。")
    if holding(facts.skill_certificates, minimum, as_of).held:
        return Check(
            requirement,
            "skill_certificates",
            "met",
            clause_ids,
            f"您有{highest_level(facts.skill_certificates)}证书，属于高技能人才。",
        )
    top = highest_level(facts.skill_certificates)
    told = f"您目前最高是{top}" if top else "您还没有职业技能等级证书"
    return Check(
        requirement,
        "skill_certificates",
        "not_met",
        clause_ids,
        f"评职称要先取得{minimum}（三级）以上的职业资格或职业技能等级，{told}。",
    )


def _level_check(
    facts: Facts, level: str, requirement: str, clause_id: str, as_of: dt.date
) -> tuple[Check, Holding | None]:
    if facts.skill_certificates is None:
        return Check(
            requirement, "skill_certificates", "unknown", [clause_id], "还不知道您有哪一级职业技能等级证书。"
        ), None
    held = holding(facts.skill_certificates, level, as_of)
    if not held.held:
        top = highest_level(facts.skill_certificates)
        told = f"您目前最高是{top}" if top else "您还没有职业技能等级证书"
        return Check(
            requirement, "skill_certificates", "not_met", [clause_id], f"{told}，还没有{level}（或更高等级）。"
        ), held
    return Check(requirement, "skill_certificates", "met", [clause_id], f"您有{level}或更高等级的证书。"), held


# the ordinary route ----------------------------------------------------------------------------


def ordinary_route(facts: Facts, target: str, as_of: dt.date, shared: _Shared) -> Route:
    p = load_parameters()
    reading, reviews = shared.reading, shared.reviews
    first = [shared.floor] if shared.floor.status == "not_met" else []
    rung = rung_for(title=target)
    if rung is None:
        return _no_rung_route(facts, target, shared, first)
    level, years = rung.value["skill_level"], rung.value["years"]
    requirement = f"取得{level}（或更高等级）后从事技术技能工作满{years}年"
    check, held = _level_check(facts, level, requirement, rung.clause_id, as_of)
    years_checks: list[Check] = [check]
    assumptions: list[str] = []
    if held is not None and held.held:
        years_checks, assumptions = _years_checks(facts, requirement, rung.clause_id, held, level, years, as_of)
    return Route(
        ORDINARY,
        target,
        [*first, *years_checks, reading.ordinary.check, reviews],
        open_conditions=reading.ordinary.open_conditions,
        assumptions=assumptions,
        notes=[not_restrictive_note()],
        clause_ids=[p.clause("not_restrictive_conditions")],
    )


def _years_checks(
    facts: Facts, requirement: str, clause_id: str, held: Holding, level: str, years: int, as_of: dt.date
) -> tuple[list[Check], list[str]]:
    """满N年 of technical-skill work: from the level's date, postponed by any time away from it."""
    if held.since is None:
        return [
            Check(
                requirement,
                "skill_certificates",
                "unknown",
                [clause_id],
                f"您有{level}或更高等级的证书，但还不知道是什么时候取得的。",
            )
        ], []
    completed = years_completed_on(held.since, years)
    since = f"按{chinese_date(held.since)}取得{level}（或更高等级）计算，"
    assumptions = list(held.assumptions)
    gap = facts.technical_work_gap_years
    if facts.technical_work_interrupted and gap is None:
        return _unknown_gap(requirement, clause_id, held, since, completed, years, as_of), assumptions
    if gap is None:
        if facts.technical_work_interrupted is None:
            assumptions.append(
                f"您没有说取证后是否离开过技术技能工作，按一直从事技术技能工作计算；"
                f"如果中间离开过，满{years}年的日期要往后顺延离开的时间。"
            )
        gap = 0.0
    # Counted from the certificate in one step, so 29 Feb + 2 years + 6 months is 29 Aug, not 28 Aug.
    due = add_months(held.since, 12 * years + math.ceil(round(gap * 12, 6)))
    away = f"扣除离开技术技能工作的{gap:g}年后，" if gap else ""
    if due <= as_of:
        return [
            Check(
                requirement,
                "skill_certificates",
                "met",
                [clause_id],
                f"{since}{away}已于{chinese_date(due)}满{years}年。",
            )
        ], assumptions
    if held.undated:
        return [
            _undated_check(requirement, clause_id, f"{since}{away}要到{chinese_date(due)}才满{years}年")
        ], assumptions
    return [
        Check(
            requirement,
            "skill_certificates",
            "not_met",
            [clause_id],
            f"{since}{away}要到{chinese_date(due)}才满{years}年。",
            met_on=due,
        )
    ], assumptions


def _undated_check(requirement: str, clause_id: str, said: str) -> Check:
    """A date still ahead, but another certificate has no date: it may have been obtained earlier."""
    return Check(
        requirement,
        "skill_certificates",
        "unknown",
        [clause_id],
        f"{said}；另有证书没有写取得时间，如果它取得得更早，可能已经满了。",
    )


def _unknown_gap(
    requirement: str, clause_id: str, held: Holding, since: str, completed: dt.date, years: int, as_of: dt.date
) -> list[Check]:
    """They left technical-skill work for a while, how long not said: the date without the gap is
    the earliest possible one; how long they were away decides how much later it is."""
    gap = Check(
        "离开技术技能工作的时间从满年日期里顺延",
        "technical_work_gap_years",
        "unknown",
        [clause_id],
        "您说取证后离开过技术技能工作，还需要知道离开了多长时间。",
    )
    if completed > as_of and held.undated:
        return [_undated_check(requirement, clause_id, f"{since}最早要到{chinese_date(completed)}才满{years}年"), gap]
    if completed > as_of:
        return [
            Check(
                requirement,
                "skill_certificates",
                "not_met",
                [clause_id],
                f"{since}最早要到{chinese_date(completed)}才满{years}年，离开技术技能工作的时间还要往后顺延。",
                met_on=completed,
            ),
            gap,
        ]
    return [
        Check(
            requirement,
            "technical_work_gap_years",
            "unknown",
            [clause_id],
            f"{since}到{chinese_date(completed)}满{years}年，但中间离开技术技能工作的时间要扣除，"
            "还需要知道离开了多长时间。",
        )
    ]


def _no_rung_route(facts: Facts, target: str, shared: _Shared, first: list[Check]) -> Route:
    """员级 and 正高级: the documents set no years rule for them."""
    p = load_parameters()
    reading, floor, reviews = shared.reading, shared.floor, shared.reviews
    if target == titles()[-1]:
        gate = Check(
            "按技能等级和年限申报正高级职称",
            "target_level",
            "not_met",
            [p.clause("minimum_skill_level_for_titles"), p.clause("green_channel_titles")],
            "这两份文件没有给正高级职称规定技能等级加年限的途径；高技能人才申报正高级，"
            "文件写的是绿色通道（获得规定的荣誉或认定，可直接申报）。",
        )
        return Route(ORDINARY, target, [*first, gate, reading.ordinary.check, reviews])
    left_open = f"这两份文件没有规定{target}职称的申报年限，具体以该系列的职称评审条件为准。"
    return Route(
        ORDINARY,
        target,
        [floor, reading.ordinary.check, reviews],
        open_conditions=[*reading.ordinary.open_conditions, left_open],
    )


# Yunnan's other series -------------------------------------------------------------------------


def yunnan_other_series_route(facts: Facts, target: str, as_of: dt.date, shared: _Shared) -> Route:
    """Yunnan: another series on its own conditions, without the 2/3/4-year rungs."""
    p = load_parameters()
    name = shared.reading.series
    checks = [shared.floor, series.yunnan_province_check(facts, as_of, name), shared.reviews]
    return Route(
        YUNNAN_OTHER,
        target,
        checks,
        open_conditions=[series.own_conditions(name)],
        notes=[not_restrictive_note()],
        clause_ids=[p.clause("not_restrictive_conditions")],
    )


# the green channel and special evaluation ------------------------------------------------------


def green_channel_route(facts: Facts, target: str, shared: _Shared) -> Route:
    """A listed honour at its level: apply directly for 副高级 or 正高级, no years rule."""
    p = load_parameters()
    requirement = "获得下列荣誉或认定之一：" + "、".join(honours.listed_names())
    clause_ids = [p.clause("green_channel_honours")]
    check = _honours_check(facts, requirement, clause_ids)
    return Route(
        GREEN,
        target,
        [shared.floor, check, shared.reading.other_routes.check, shared.reviews],
        open_conditions=shared.reading.other_routes.open_conditions,
        notes=[_local_methods_note()],
        considered=green_channel_in_question(facts),
        claimed_by=("honours",),
    )


def _honours_check(facts: Facts, requirement: str, clause_ids: list[str]) -> Check:
    said = facts.honours
    if said is None:
        return Check(
            requirement,
            "honours",
            "unknown",
            clause_ids,
            "还不知道您是否获得过这些荣誉或认定；有的话可以不看年限，直接申报副高级或正高级。",
        )
    if opening := [h for h in said if honours.qualifies(h)]:
        return Check(
            requirement,
            "honours",
            "met",
            clause_ids,
            f"您是{honours.describe(opening[0])}，在二（二）3列出的范围内，可直接申报副高级或正高级职称。",
        )
    if pending := [h for h in said if honours.qualifies(h) is None]:
        entry = honours.listed(pending[0])
        assert entry is not None  # only a listed honour waits on its level
        return Check(
            requirement,
            "honours",
            "unknown",
            clause_ids,
            f"您说的{pending[0].name}要看级别：文件写的是“{entry['listed_as']}”，还需要知道是哪一级。",
        )
    if not said:
        return Check(requirement, "honours", "not_met", clause_ids, "您没有获得这些荣誉或认定。")
    return Check(requirement, "honours", "not_met", clause_ids, "；".join(_why_not(h) for h in said) + "。")


def _why_not(honour) -> str:
    entry = honours.listed(honour)
    if entry is None:
        return f"{honour.name}不在二（二）3列出的荣誉和认定中"
    return f"{honours.describe(honour)}不在其列，文件写的是“{entry['listed_as']}”"


def special_evaluation_route(facts: Facts, target: str, as_of: dt.date, shared: _Shared) -> Route:
    """绝招绝技绝活 and long front-line service: a special method set locally, no level set."""
    p = load_parameters()
    clause_ids = [p.clause("special_evaluation")]
    open_condition = (
        "特殊评价的具体办法由各地区、各有关单位制定，文件没有规定可以申报哪一级职称，这两份文件也没有写具体条件。"
    )
    in_yunnan = yunnan_rules_apply(facts, as_of)
    if in_yunnan:
        clause_ids.append(p.clause("yunnan_special_evaluation"))
        open_condition = "云南对这类人才建立绿色通道、实行特殊评审，具体办法和可以申报的等级这两份文件没有写。"
    mastery = _yes_no_check(
        facts.front_line_mastery,
        "front_line_mastery",
        "具有绝招、绝技、绝活，并长期坚守在生产服务一线岗位工作的高技能领军人才",
        clause_ids,
    )
    checks = [shared.floor, mastery]
    if not in_yunnan:
        checks.append(_contribution_check(facts, as_of, [p.clause("special_evaluation")]))
    return Route(
        SPECIAL,
        target,
        [*checks, shared.reading.other_routes.check, shared.reviews],
        open_conditions=[open_condition, *shared.reading.other_routes.open_conditions],
        considered=green_channel_in_question(facts),
        claimed_by=("front_line_mastery", "major_contribution"),
    )


def _contribution_check(facts: Facts, as_of: dt.date, clause_ids: list[str]) -> Check:
    """Nationally the special route also needs 突出贡献; Yunnan's notice does not ask it."""
    requirement = "为国家经济发展和重大战略实施作出突出贡献（国家文件的要求）"
    # a contribution settles it wherever they apply, so it is asked first; without one, where they apply decides,
    # since Yunnan's notice does not ask it
    if facts.major_contribution is False and facts.province is None and yunnan_in_force(as_of):
        return Check(
            requirement,
            "province",
            "unknown",
            clause_ids,
            "国家文件还要求作出突出贡献，云南的通知没有这一条，需要知道您在哪个省申报。",
        )
    return _yes_no_check(facts.major_contribution, "major_contribution", requirement, clause_ids)


def _yes_no_check(value: bool | None, fact: str, requirement: str, clause_ids: list[str]) -> Check:
    status = answered(value)
    detail = {
        "unknown": "还不知道您是否属于这种情况。",
        "met": "您说属于这种情况。",
        "not_met": "您说不属于这种情况。",
    }[status]
    return Check(requirement, fact, status, clause_ids, detail)


# a 副高级 holder asking for 正高级 ------------------------------------------------------------------


def series_promotion_route(facts: Facts, target: str, shared: _Shared) -> Route:
    """A 副高级 holder: 正高级 follows the series' own rules, which these documents do not settle
    (never "only the green channel"); like every route here, for a high-skilled worker with the reviews."""
    deputy = titles()[-2]
    requirement = f"已取得{deputy}职称"
    if facts.title_held is None:
        held = Check(
            requirement,
            "title_held",
            "unknown",
            [load_parameters().clause("green_channel_titles")],
            f"如果您已是{deputy}职称，申报{target}按该系列自己的评审条件；还不知道您现在的职称。",
        )
    elif facts.held_title is None:
        held = Check(
            requirement, "title_held", "not_met", [load_parameters().clause("green_channel_titles")], "您还没有职称。"
        )
    elif titles().index(facts.held_title) >= titles().index(deputy):
        held = Check(
            requirement,
            "title_held",
            "met",
            [load_parameters().clause("green_channel_titles")],
            f"您已取得{facts.title_held}职称。",
        )
    else:
        held = Check(
            requirement,
            "title_held",
            "not_met",
            [load_parameters().clause("green_channel_titles")],
            f"您现在是{facts.title_held}职称，还不是{deputy}。",
        )
    return Route(
        PROMOTION,
        target,
        [shared.floor, held, shared.reading.other_routes.check, shared.reviews],
        open_conditions=[
            *shared.reading.other_routes.open_conditions,
            f"已取得{deputy}职称的，申报{target}职称按该系列自己的职称评审条件办理，这两份文件没有规定。",
        ],
        # (不知道啦, asked the title held: a 副高级 holder would know it — the other routes decide)
        claimed_by=("title_held",),
    )


# notes -----------------------------------------------------------------------------------------


def not_restrictive_note() -> str:
    conditions = load_parameters().value("not_restrictive_conditions")
    return "、".join(conditions) + "不作为高技能人才参加职称评审的限制性条件。"


def _local_methods_note() -> str:
    return f"绿色通道的具体办法：{load_parameters().value('green_channel_local_methods')}。"


def extra_notes(facts: Facts, decided: Route, as_of: dt.date) -> list[str]:
    """The ordinary route fails or waits for a high-skilled worker who never brought up honours or
    绝活: say that the green channel would open it (DESIGN), without asking about it."""
    if (
        decided.name != ORDINARY
        or precedence.outcome(decided) not in ("not_eligible", "not_yet")
        or green_channel_in_question(facts)
        or floor_check(facts, as_of).status == "not_met"
    ):
        return []
    return [
        "有下列荣誉或认定之一的高技能人才，可以不看年限，走绿色通道直接申报副高级或正高级职称："
        + "、".join(honours.listed_names())
        + "；具有绝招、绝技、绝活并长期坚守一线的高技能领军人才，"
        "可以走特殊评价。有这些情况的话请告诉我。"
    ]


def above_title_held(facts: Facts, target: str) -> bool:
    """A level worth aiming for: above the title already held (any level, when none is held)."""
    return facts.held_title is None or titles().index(target) > titles().index(facts.held_title)


def next_rung_target(facts: Facts) -> str | None:
    """With nothing reached: the ordinary rung of the highest level held (助理级 below 高级工),
    above any title already held; None while the certificates are unknown and no title is held."""
    if facts.skill_certificates is None:
        return _above(facts.held_title) if facts.held_title else None
    top = highest_level(facts.skill_certificates)
    rung = (rung_for(skill=top) if top else None) or load_parameters()[RUNGS[0]]  # below 高级工: the first
    title = rung.value["title"]
    if facts.held_title and titles().index(facts.held_title) >= titles().index(title):
        return _above(facts.held_title)
    return title


def _above(title: str) -> str:
    return titles()[min(titles().index(title) + 1, len(titles()) - 1)]
