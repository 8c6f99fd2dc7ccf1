"""Title → skill: a professional (职称 holder) applying for a skill level, and 晋级 after 1 year."""

from __future__ import annotations

import datetime as dt

from rules.certificates import highest_level, holding, skill_rank
from rules.checks import Check, Path
from rules.dates import chinese_date, years_completed_on
from rules.facts import Facts
from rules.parameters import load_parameters

OCCUPATION_STANDARD_OPEN = ("累计工作年限须达到该职业（工种）国家职业技能标准规定的申报条件；"
                            "具体年限这两份文件没有写，以该职业的标准为准。")


def mapped_level(title: str) -> str:
    """The skill level a title leads to; 正高级 is not named, so it leads no higher than 副高级."""
    mapping = load_parameters().value("title_to_skill_mapping")
    return mapping.get(title, mapping["副高级"])


def default_target(facts: Facts) -> str | None:
    """With no level asked: the level the title leads to, else the next level above the highest held."""
    if facts.title_held:
        return mapped_level(facts.title_held)
    top = highest_level(facts.skill_certificates or [])
    levels = load_parameters().value("skill_levels")
    if top and skill_rank(top) + 1 < len(levels):
        return levels[skill_rank(top) + 1]
    return None


def paths(facts: Facts, target: str, as_of: dt.date) -> list[Path]:
    return [title_path(facts, target), promotion_path(facts, target, as_of)]


def occupation_standard_check(facts: Facts, clause_id: str) -> Check:
    requirement = "累计工作年限达到该职业（工种）的申报条件"
    years = (f"您累计工作{facts.cumulative_work_years:g}年；"
             if facts.cumulative_work_years is not None else "")
    if facts.meets_occupation_standard is None:
        return Check(requirement, "meets_occupation_standard", "unknown", [clause_id],
                     f"{years}所需年限由该职业的国家职业技能标准规定，这两份文件没有写，还不知道是否达到。",
                     open_if_unknown=OCCUPATION_STANDARD_OPEN)
    if facts.meets_occupation_standard:
        return Check(requirement, "meets_occupation_standard", "met", [clause_id],
                     f"{years}您说已达到该职业标准规定的申报年限。")
    return Check(requirement, "meets_occupation_standard", "not_met", [clause_id],
                 f"{years}您说还没有达到该职业标准规定的申报年限。")


def title_path(facts: Facts, target: str) -> Path:
    """助理级 → 高级工, 中级 → 技师, 副高级 → 高级技师 (2.4)."""
    p = load_parameters()
    clause_id = p.clause("title_to_skill_mapping")
    requirement = "取得与所申报等级对应的职称（助理级→高级工，中级→技师，副高级→高级技师）"
    open_conditions, notes = [], [_post_note(), _diploma_note(facts)]
    if facts.title_held is None:
        title = Check(requirement, "title_held", "unknown", [clause_id], "还不知道您取得了哪一级职称。")
    elif skill_rank(target) <= skill_rank(mapped_level(facts.title_held)):
        title = Check(requirement, "title_held", "met", [clause_id],
                      f"您是{facts.title_held}职称，可申请{mapped_level(facts.title_held)}"
                      + ("及以下等级。" if target != mapped_level(facts.title_held) else "。"))
        if facts.title_held == "正高级":
            open_conditions.append("文件只写了助理级、中级、副高级职称分别对应的技能等级，没有写正高级；"
                                   "按不高于副高级的对应等级（高级技师）判断，请向评价机构确认。")
        if target != mapped_level(facts.title_held):
            open_conditions.append(f"文件写的是职称对应的等级；申报比它低的{target}，"
                                   "按“符合职业技能评价条件的专业技术人员可按有关规定申请”办理。")
    else:
        title = Check(requirement, "title_held", "not_met", [clause_id],
                      f"{facts.title_held}职称对应的是{mapped_level(facts.title_held)}，不是{target}。")
        notes.append(_direct_application_note())
    return Path(target, [title, occupation_standard_check(facts, clause_id)],
                open_conditions=open_conditions, notes=notes,
                clause_ids=[p.clause("related_major_exemption")])


def promotion_path(facts: Facts, target: str, as_of: dt.date) -> Path:
    """晋级: one year after obtaining the level just below, by cumulative work years (2.4)."""
    p = load_parameters()
    clause_id, wait = p.clause("promotion_wait_years"), p.value("promotion_wait_years")
    levels = p.value("skill_levels")
    if skill_rank(target) == 0:
        below = None
    else:
        below = levels[skill_rank(target) - 1]
    requirement = f"取得{below}满{wait}年后，按累计工作年限晋级申报{target}" if below else f"晋级申报{target}"
    checks = [_promotion_check(facts, below, wait, requirement, clause_id, as_of),
              occupation_standard_check(facts, clause_id)]
    assumptions = []
    if below and facts.skill_certificates:
        assumptions = holding(facts.skill_certificates, below, as_of, exact=True).assumptions
    return Path(target, checks, assumptions=assumptions, notes=[_diploma_note(facts)],
                clause_ids=[p.clause("related_major_exemption")])


def _promotion_check(facts: Facts, below: str | None, wait: int, requirement: str, clause_id: str,
                     as_of: dt.date) -> Check:
    if below is None:
        return Check(requirement, "target_level", "not_met", [clause_id], "初级工是最低等级，没有下一级可以晋级。")
    if facts.skill_certificates is None:
        return Check(requirement, "skill_certificates", "unknown", [clause_id],
                     f"还不知道您是否有{below}证书。")
    held = holding(facts.skill_certificates, below, as_of, exact=True)
    if not held.held:
        return Check(requirement, "skill_certificates", "not_met", [clause_id],
                     f"您没有{below}证书，不能按晋级申报{levels_above(below)}。")
    if held.since is None:
        return Check(requirement, "skill_certificates", "unknown", [clause_id],
                     f"您有{below}证书，但还不知道是什么时候取得的。")
    completed = years_completed_on(held.since, wait)
    detail = f"按{chinese_date(held.since)}取得{below}计算，"
    if completed <= as_of:
        return Check(requirement, "skill_certificates", "met", [clause_id],
                     f"{detail}已于{chinese_date(completed)}满{wait}年。")
    return Check(requirement, "skill_certificates", "not_met", [clause_id],
                 f"{detail}要到{chinese_date(completed)}才满{wait}年。", met_on=completed)


def levels_above(level: str) -> str:
    levels = load_parameters().value("skill_levels")
    return levels[min(skill_rank(level) + 1, len(levels) - 1)]


def _post_note() -> str:
    return "申请的职业（工种）要与现工作岗位相对应。"


def _diploma_note(facts: Facts) -> str:
    if facts.related_major_diploma:
        return "您有所申报职业相关专业的毕业证书，可免于理论知识考试。"
    return "有所申报职业相关专业毕业证书的，可免于理论知识考试。"


def _direct_application_note() -> str:
    return load_parameters()["direct_skill_application"].description
