"""The organiser's side (2.3; yunnan-2021-28:3): a separate panel for high-skilled applicants
(Yunnan: 5 or more, 含5人, must; fewer may), and enterprises running their own evaluation
(a different question: never a head count)."""

from __future__ import annotations

import datetime as dt

from rules.checks import Check, Route, answered
from rules.documents import yunnan_in_force, yunnan_rules_apply
from rules.facts import Facts
from rules.parameters import load_parameters

PANEL, SELF_EVALUATION = "separate_panel", "enterprise_self_evaluation"


def organiser_route(facts: Facts, as_of: dt.date) -> Route:
    topic = facts.organiser_topic or _topic_from(facts)
    if topic == PANEL:
        return panel_route(facts, as_of)
    if topic == SELF_EVALUATION:
        return self_evaluation_route(facts, as_of)
    p = load_parameters()
    return Route(
        PANEL,
        None,
        [
            Check(
                "确定要问的是哪件事：单设评审组，还是企业自主评审",
                "organiser_topic",
                "unknown",
                [p.clause("national_separate_panel")],
                "组织评审有两件事：单设高技能人才评审组，和企业自主开展评审，规定不同。",
            )
        ],
    )


def _topic_from(facts: Facts) -> str | None:
    """A head count alone is about a panel, the enterprise's size alone about self-evaluation;
    both, or neither: ask."""
    counted, sized = facts.applicant_count is not None, facts.enterprise_above_scale is not None
    return PANEL if counted and not sized else SELF_EVALUATION if sized and not counted else None


def panel_route(facts: Facts, as_of: dt.date) -> Route:
    p = load_parameters()
    if facts.province is None and yunnan_in_force(as_of):
        check = Check(
            "确定适用国家规定还是云南省规定",
            "province",
            "unknown",
            [p.clause("national_separate_panel"), p.clause("separate_panel_threshold")],
            "云南对单设评审组有人数规定，需要知道在哪个省组织评审。",
        )
        return Route(PANEL, None, [check])
    if not yunnan_rules_apply(facts, as_of):
        check = Check(
            "有条件的地区和单位",
            "province",
            "met",
            [p.clause("national_separate_panel")],
            "国家文件支持有条件的地区和单位对高技能人才单独分组、单独评审，没有规定人数门槛。",
        )
        return Route(
            PANEL,
            None,
            [check],
            obligation="may",  # S12: supported, with no threshold — a "may", not a condition left to other rules
            notes=[
                "国家文件用的是“支持有条件的地区和单位”：是否单独分组由当地和评委会"
                "根据条件决定，当地如有具体规定以当地为准。"
            ],
            summary="国家文件支持有条件的地区和单位对高技能人才单独分组、单独评审，没有规定人数门槛，"
            "可以单设但不是必须；当地如有具体规定，以当地为准。",
        )
    return _yunnan_panel(facts)


def _yunnan_panel(facts: Facts) -> Route:
    p = load_parameters()
    threshold = p.value("separate_panel_threshold")["applicants"]
    clause_id = p.clause("separate_panel_threshold")
    requirement = f"高技能人才申报人数{threshold}人以上（含{threshold}人）的，应当单设评审组"
    count = facts.applicant_count
    if count is None:
        check = Check(
            requirement,
            "applicant_count",
            "unknown",
            [clause_id],
            "还不知道高技能人才申报人数，人数决定是“应当”还是“可以”单设评审组。",
        )
        return Route(PANEL, None, [check], notes=[judges_note()])
    if count >= threshold:
        check = Check(
            requirement,
            "applicant_count",
            "met",
            [clause_id],
            f"申报{count}人，达到{threshold}人（含{threshold}人），应当单设评审组。",
        )
        return Route(
            PANEL,
            None,
            [check],
            notes=[judges_note()],
            obligation="must",
            summary=f"在云南，高技能人才申报{count}人，达到{threshold}人以上（含{threshold}人），应当单设评审组，"
            "高技能人才评委须占评委人数一半以上（含一半）。",
        )
    check = Check(
        requirement,
        "applicant_count",
        "not_met",
        [clause_id],
        f"申报{count}人，不到{threshold}人，不是必须单设，但可以单设。",
        blocking=False,
    )
    return Route(
        PANEL,
        None,
        [check],
        notes=[judges_note()],
        obligation="may",
        summary=f"在云南，高技能人才申报{count}人，不到{threshold}人，可以单设评审组，但不是必须；"
        "单设的话，高技能人才评委须占一半以上（含一半）。",
    )


def self_evaluation_route(facts: Facts, as_of: dt.date) -> Route:
    yunnan = yunnan_rules_apply(facts, as_of)
    name = "yunnan_enterprise_self_evaluation" if yunnan else "enterprise_self_evaluation"
    p = load_parameters()
    requirement = "规模以上企业（高技能人才密集、技术实力较强、内部管理规范）"
    clause_ids = [p.clause(name)] + ([p.clause("enterprise_self_evaluation")] if yunnan else [])
    said = answered(facts.enterprise_above_scale)
    detail = {
        "unknown": "还不知道企业是不是规模以上企业。",
        "met": "您说是规模以上企业。",
        "not_met": "您说不是规模以上企业；文件支持的是规模以上企业自主评审。",
    }[said]
    check = Check(requirement, "enterprise_above_scale", said, clause_ids, detail)
    open_conditions = [
        "企业要高技能人才密集、技术实力较强、内部管理规范，这些由主管部门审核认定，这两份文件没有具体标准。"
    ]
    if yunnan:
        open_conditions.append("在云南，要按管理权限经审核备案后，才能自主开展高技能人才职称评审。")
    return Route(
        SELF_EVALUATION,
        None,
        [check],
        open_conditions=open_conditions,
        obligation="may" if said == "met" else None,
        summary=None if said != "met" else p[name].description,
    )


def minimum_skilled_judges(panel_size: int) -> int:
    """一半以上 includes one half: a panel of 7 needs 4 high-skilled judges, a panel of 8 needs 4."""
    share = load_parameters().value("skill_judges_share")["share"]
    needed = panel_size * share
    return int(needed) if needed == int(needed) else int(needed) + 1


def judges_note() -> str:
    return (
        "单设的评审组中，高技能人才评委须占评委人数一半以上（含一半），"
        f"例如评审组7名评委的至少{minimum_skilled_judges(7)}名，8名评委的至少{minimum_skilled_judges(8)}名。"
    )
