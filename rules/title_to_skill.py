"""Title → skill: a professional (职称 holder) applying for a skill level (2.4).

Routes to a skill level:
- by title: 助理级 → 高级工, 中级 → 技师, 副高级 → 高级技师 (员级 and 正高级 are not named: the
  general sentence of 2.4, "按有关规定"), in the occupation that corresponds to the current post;
- 晋级: one year after obtaining the level just below, by cumulative work years.
Both leave the cumulative years to the occupation's national skill standard: conditional.
"""

from __future__ import annotations

import datetime as dt

from rules.certificates import highest_level, holding, skill_rank
from rules.checks import Check, Route
from rules.dates import chinese_date, years_completed_on
from rules.facts import Facts
from rules.parameters import load_parameters

BY_TITLE, GENERAL, PROMOTION = "title_mapping", "general_skill_evaluation", "skill_promotion"
OCCUPATION_STANDARD_OPEN = (
    "累计工作年限要达到该职业（工种）国家职业技能标准规定的申报条件；具体年限这两份文件没有写，以该职业的标准为准。"
)
# Said to be met: still the standard's, not these documents' — but the person is heard, not asked again.
OCCUPATION_STANDARD_SAID_MET = (
    "评价机构按该职业（工种）国家职业技能标准核对您的累计工作年限（您说已达到；具体年限这两份文件没有写）。"
)


def occupation_standard_open(facts: Facts) -> str:
    return OCCUPATION_STANDARD_SAID_MET if facts.meets_occupation_standard else OCCUPATION_STANDARD_OPEN


def skill_levels() -> list[str]:
    return load_parameters().value("skill_levels")


def skill_targets() -> list[str]:
    """The levels 2.4 names (高级工, 技师, 高级技师): the other options a verdict lists."""
    return list(load_parameters().value("title_to_skill_mapping").values())


def mapped_level(title: str) -> str | None:
    """The skill level 2.4 names for a title; None for 员级 and 正高级, which it does not name."""
    return load_parameters().value("title_to_skill_mapping").get(title)


def candidate_targets(facts: Facts) -> list[str]:
    """Levels worth aiming for when none was asked: the one the title leads to, and the one above
    the highest level held — both above what is held."""
    top = highest_level(facts.skill_certificates or [])
    held = skill_rank(top) if top else -1
    candidates = [
        mapped_level(facts.held_title) if facts.held_title else None,
        skill_levels()[held + 1] if held + 1 < len(skill_levels()) and top else None,
    ]
    return [level for level in dict.fromkeys(candidates) if level and skill_rank(level) > held]


def routes(facts: Facts, target: str, as_of: dt.date) -> list[Route]:
    return [title_route(facts, target), promotion_route(facts, target, as_of)]


def occupation_standard_check(facts: Facts, clause_id: str) -> Check:
    requirement = "累计工作年限达到该职业（工种）的申报条件"
    years = f"您累计工作{facts.cumulative_work_years:g}年；" if facts.cumulative_work_years is not None else ""
    if facts.meets_occupation_standard is None:
        return Check(
            requirement,
            "meets_occupation_standard",
            "unknown",
            [clause_id],
            f"{years}所需年限由该职业的国家职业技能标准规定，这两份文件没有写，还不知道是否达到。",
            open_if_unknown=OCCUPATION_STANDARD_OPEN,
        )
    if facts.meets_occupation_standard:
        return Check(
            requirement, "meets_occupation_standard", "met", [clause_id], f"{years}您说已达到该职业标准规定的申报年限。"
        )
    return Check(
        requirement,
        "meets_occupation_standard",
        "not_met",
        [clause_id],
        f"{years}您说还没有达到该职业标准规定的申报年限；达到以后可以申请。",
    )


def post_check(facts: Facts) -> Check:
    p = load_parameters()
    requirement = "申请的职业（工种）与现工作岗位相对应"
    clause_ids = [p.clause("post_correspondence")]
    if facts.occupation_matches_post is None:
        return Check(
            requirement,
            "occupation_matches_post",
            "unknown",
            clause_ids,
            "要申请与您现在工作岗位相对应的职业（工种），还不知道是否对应。",
        )
    if facts.occupation_matches_post:
        return Check(
            requirement, "occupation_matches_post", "met", clause_ids, "您说申请的职业（工种）与现岗位相对应。"
        )
    return Check(
        requirement,
        "occupation_matches_post",
        "not_met",
        clause_ids,
        "您说申请的职业（工种）与现岗位不对应；文件写的是“与现岗位相对应职业（工种）”。",
    )


def title_route(facts: Facts, target: str | None) -> Route:
    """助理级 → 高级工, 中级 → 技师, 副高级 → 高级技师 (2.4); 员级, 正高级: the general sentence."""
    p = load_parameters()
    clause_id = p.clause("title_to_skill_mapping")
    mapping = "、".join(f"{title}→{level}" for title, level in p.value("title_to_skill_mapping").items())
    requirement = f"取得与所申报等级对应的职称（{mapping}）"
    open_conditions, notes, name = [occupation_standard_open(facts)], [_diploma_note(facts)], BY_TITLE
    if facts.title_held is None:
        title = Check(requirement, "title_held", "unknown", [clause_id], "还不知道您取得了哪一级职称。")
    elif facts.held_title is None:
        title = Check(
            requirement,
            "title_held",
            "not_met",
            [clause_id],
            "您没有职称；这一条说的是取得助理级、中级、副高级职称的专业技术人员。",
        )
    elif (level := mapped_level(facts.title_held)) is None:
        name = GENERAL
        title = Check(
            requirement,
            "title_held",
            "met",
            [p.clause("general_skill_evaluation")],
            f"文件点名的是助理级、中级、副高级职称，没有点名{facts.title_held}职称对应哪一级；"
            "按“符合职业技能评价条件的专业技术人员，可按有关规定申请参加相应职业（工种）的职业技能评价”办理。",
        )
        open_conditions.append(
            f"{facts.title_held}职称申请{target or '职业技能评价'}：按有关规定办理，这两份文件没有写具体条件。"
        )
    elif skill_rank(target or level) <= skill_rank(level):  # no level asked: the one the title leads to
        lower = f"，也可以申请比它低的{target}" if target and target != level else ""
        title = Check(
            requirement, "title_held", "met", [clause_id], f"您是{facts.title_held}职称，对应{level}{lower}。"
        )
    else:
        title = Check(
            requirement, "title_held", "not_met", [clause_id], f"{facts.title_held}职称对应的是{level}，不是{target}。"
        )
        notes.append(p["direct_skill_application"].description)
    checks = [title, post_check(facts), occupation_standard_check(facts, clause_id)]
    # A worker who speaks of skill certificates only is not asked for a title they never mentioned.
    considered = facts.title_held is not None or not facts.skill_certificates
    return Route(
        name,
        target,
        checks,
        open_conditions=open_conditions,
        notes=notes,
        clause_ids=[p.clause("related_major_exemption")],
        considered=considered,
    )


def promotion_route(facts: Facts, target: str, as_of: dt.date) -> Route:
    """晋级: one year after obtaining the level just below, by cumulative work years (2.4).
    Considered once the person's certificates are known: it is never the reason to ask them."""
    p = load_parameters()
    clause_id, wait = p.clause("promotion_wait_years"), p.value("promotion_wait_years")
    below = skill_levels()[skill_rank(target) - 1] if skill_rank(target) > 0 else None
    requirement = f"取得{below}满{wait}年后，按累计工作年限晋级申报{target}" if below else f"晋级申报{target}"
    assumptions = []
    if below and facts.skill_certificates:
        assumptions = holding(facts.skill_certificates, below, as_of, exact=True).assumptions
    checks = [
        _promotion_check(facts, below, wait, requirement, clause_id, as_of),
        occupation_standard_check(facts, clause_id),
    ]
    return Route(
        PROMOTION,
        target,
        checks,
        open_conditions=[occupation_standard_open(facts)],
        assumptions=assumptions,
        notes=[_diploma_note(facts)],
        clause_ids=[p.clause("related_major_exemption")],
        considered=facts.skill_certificates is not None,
    )


def _promotion_check(
    facts: Facts, below: str | None, wait: int, requirement: str, clause_id: str, as_of: dt.date
) -> Check:
    if below is None:
        return Check(
            requirement, "target_level", "not_met", [clause_id], f"{skill_levels()[0]}是最低等级，没有下一级可以晋级。"
        )
    if facts.skill_certificates is None:
        return Check(requirement, "skill_certificates", "unknown", [clause_id], f"还不知道您是否有{below}证书。")
    held = holding(facts.skill_certificates, below, as_of, exact=True)
    if not held.held:
        return Check(
            requirement,
            "skill_certificates",
            "not_met",
            [clause_id],
            f"您没有{below}证书，不能按晋级申报{skill_levels()[skill_rank(below) + 1]}。",
        )
    if held.since is None:
        return Check(
            requirement, "skill_certificates", "unknown", [clause_id], f"您有{below}证书，但还不知道是什么时候取得的。"
        )
    completed = years_completed_on(held.since, wait)
    detail = f"按{chinese_date(held.since)}取得{below}计算，"
    if completed <= as_of:
        return Check(
            requirement, "skill_certificates", "met", [clause_id], f"{detail}已于{chinese_date(completed)}满{wait}年。"
        )
    return Check(
        requirement,
        "skill_certificates",
        "not_met",
        [clause_id],
        f"{detail}要到{chinese_date(completed)}才满{wait}年。",
        met_on=completed,
    )


def _diploma_note(facts: Facts) -> str:
    if facts.related_major_diploma:
        return "您有所申报职业相关专业的毕业证书，可免于理论知识考试。"
    return load_parameters()["related_major_exemption"].description
