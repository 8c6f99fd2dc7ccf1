"""Skill → title: a high-skilled worker applying for a professional title (职称)."""

from __future__ import annotations

import datetime as dt

from rules.certificates import Holding, holding, highest_level
from rules.checks import Check, Path
from rules.dates import chinese_date, years_completed_on
from rules.facts import Facts
from rules.normalise import is_yunnan, province_name, series_name
from rules.parameters import load_parameters

RUNGS = ("assistant_title_rung", "intermediate_title_rung", "deputy_senior_title_rung")


def title_targets() -> list[str]:
    """Titles a skill→title verdict can be about when none was asked: 助理级 and up."""
    return load_parameters().value("title_levels")[1:]


def paths(facts: Facts, target: str, as_of: dt.date) -> list[Path]:
    found = [years_path(facts, target, as_of)]
    if target in load_parameters().value("green_channel_titles"):
        found.append(green_channel_path(facts, target))
    found.append(special_evaluation_path(facts, target))
    return found


# shared checks ---------------------------------------------------------------------------------

def series_check(facts: Facts) -> tuple[Check, list[str]]:
    """Is the series one where skills lead to titles? Returns the check and what it leaves open."""
    p = load_parameters()
    integrated = p.value("integrated_series")
    requirement = "申报的职称系列属于贯通领域（" + "、".join(integrated) + "等）"
    national, yunnan = p.clause("integrated_series"), p.clause("yunnan_other_series")
    if facts.new_occupation:
        return new_occupation_check(facts, requirement)
    if facts.series is None:
        return Check(requirement, "series", "unknown", [national], "还不知道您想评哪个职称系列。"), []
    series = series_name(facts.series)
    if series in integrated:
        return Check(requirement, "series", "met", [national], f"{series}系列在贯通领域内。"), []
    if facts.province is None:
        return Check(requirement, "province", "unknown", [national, yunnan],
                     f"{series}系列不在国家文件列出的贯通领域内；云南对其他系列另有规定，"
                     "需要知道您在哪个省。"), []
    if is_yunnan(facts.province):
        return (Check(requirement, "series", "met", [national, yunnan],
                      f"{series}系列不在国家文件列出的贯通领域内，但云南规定其他系列中有一定"
                      "技术含量的高技能人才也可申报职称评审。"),
                [f"{series}系列：须从事有一定技术含量的工作，具体申报条件以云南该系列的职称评审条件为准"
                 "（这两份文件没有写）。"])
    if facts.new_occupation is None:
        return Check(requirement, "new_occupation", "unknown", [national],
                     f"{series}系列不在国家文件列出的贯通领域内；如果属于新兴职业、新兴领域，"
                     "当地可以另定贯通办法。"), []
    return Check(requirement, "series", "not_met", [national],
                 f"{series}系列不在国家文件列出的贯通领域内；这两份文件没有为"
                 f"{province_name(facts.province)}的这个系列规定贯通办法，当地如另有规定以当地为准。"), []


def new_occupation_check(facts: Facts, requirement: str) -> tuple[Check, list[str]]:
    p = load_parameters()
    clause_ids = [p.clause("new_occupation_mapping")]
    open_condition = "属于新兴职业、新兴领域：须由当地有关部门制定贯通办法、明确对应的职称专业，这两份文件没有写具体对应关系。"
    if is_yunnan(facts.province):
        clause_ids.append(p.clause("yunnan_new_occupation_mapping"))
        open_condition = ("属于新兴职业、新兴领域：须由云南省级行业主管部门制定具体贯通办法、明确对应的职称专业，"
                          "报省人力资源社会保障厅审核后实施；这两份文件没有写具体对应关系。")
    return Check(requirement, "new_occupation", "met", clause_ids,
                 "您说属于新兴职业、新兴领域，文件允许另定贯通办法。"), [open_condition]


def annual_review_check(facts: Facts) -> Check:
    p = load_parameters()
    rule = p.value("annual_review_requirement")
    requirement = f"现工作岗位近{rule['years']}年年度考核都是{rule['result']}（基本合格不算合格）"
    clause_ids = [p.clause("annual_review_requirement")]
    results = facts.annual_review_results or []
    failed = [r for r in results if r in ("基本合格", "不合格")]
    if failed:
        return Check(requirement, "annual_review_results", "not_met", clause_ids,
                     f"近几年考核中有“{'”“'.join(failed)}”，不满足“近{rule['years']}年年度考核合格”。")
    if len(results) >= rule["years"] and all(r == "合格" for r in results):
        return Check(requirement, "annual_review_results", "met", clause_ids,
                     f"近{rule['years']}年年度考核都是合格。")
    if facts.annual_reviews_all_pass is True:
        return Check(requirement, "annual_reviews_all_pass", "met", clause_ids,
                     f"您说近{rule['years']}年年度考核都合格。")
    if facts.annual_reviews_all_pass is False:
        return Check(requirement, "annual_reviews_all_pass", "not_met", clause_ids,
                     f"您说近{rule['years']}年年度考核不都是合格。")
    told = f"目前只知道{len([r for r in results if r == '合格'])}年合格，" if results else ""
    return Check(requirement, "annual_review_results", "unknown", clause_ids,
                 f"{told}还需要知道近{rule['years']}年每年的考核结果。")


def technical_work_check(facts: Facts) -> Check:
    requirement = "取得证书后一直从事技术技能工作"
    clause_ids = [load_parameters().clause("assistant_title_rung")]
    if facts.technical_work_since is None:
        return Check(requirement, "technical_work_since", "unknown", clause_ids,
                     "还不知道取证后是否一直从事技术技能工作（年限按从事技术技能工作的时间算）。")
    if facts.technical_work_since:
        return Check(requirement, "technical_work_since", "met", clause_ids, "取证后一直从事技术技能工作。")
    return Check(requirement, "technical_work_since", "not_met", clause_ids,
                 "取证后没有一直从事技术技能工作，文件要求的年限是从事技术技能工作的年限。")


def _level_held_check(facts: Facts, level: str, requirement: str, clause_id: str,
                      as_of: dt.date) -> tuple[Check, Holding | None]:
    if facts.skill_certificates is None:
        return Check(requirement, "skill_certificates", "unknown", [clause_id],
                     "还不知道您有哪一级职业技能等级证书。"), None
    held = holding(facts.skill_certificates, level, as_of)
    if not held.held:
        top = highest_level(facts.skill_certificates)
        told = f"您目前最高是{top}" if top else "您没有职业技能等级证书"
        return Check(requirement, "skill_certificates", "not_met", [clause_id],
                     f"{told}，还没有{level}（或更高等级）。"), held
    return Check(requirement, "skill_certificates", "met", [clause_id],
                 f"您有{level}或更高等级的证书。"), held


# paths -----------------------------------------------------------------------------------------

def years_path(facts: Facts, target: str, as_of: dt.date) -> Path:
    """The ordinary route: a skill level held for N full years of technical-skill work."""
    p = load_parameters()
    series, left_open = series_check(facts)
    rung = next((p[name] for name in RUNGS if p.value(name)["title"] == target), None)
    if rung is None:
        return _no_rung_path(facts, target, as_of, series, left_open)
    level, years = rung.value["skill_level"], rung.value["years"]
    requirement = f"取得{level}（或更高等级）后从事技术技能工作满{years}年"
    check, held = _level_held_check(facts, level, requirement, rung.clause_id, as_of)
    assumptions = []
    if held is not None and held.held:
        check, assumptions = _years_check(requirement, rung.clause_id, held, level, years, as_of)
    return Path(target, [series, check, technical_work_check(facts), annual_review_check(facts)],
                open_conditions=left_open, assumptions=assumptions,
                notes=[_not_restrictive_note()], clause_ids=[p.clause("not_restrictive_conditions")])


def _years_check(requirement: str, clause_id: str, held: Holding, level: str, years: int,
                 as_of: dt.date) -> tuple[Check, list[str]]:
    if held.since is None:
        return Check(requirement, "skill_certificates", "unknown", [clause_id],
                     f"您有{level}或更高等级的证书，但还不知道是哪一年取得的。"), []
    completed = years_completed_on(held.since, years)
    since = f"按{chinese_date(held.since)}取得{level}（或更高等级）计算，"
    if completed <= as_of:
        return Check(requirement, "skill_certificates", "met", [clause_id],
                     f"{since}已于{chinese_date(completed)}满{years}年。"), held.assumptions
    if held.undated:
        return Check(requirement, "skill_certificates", "unknown", [clause_id],
                     f"{since}要到{chinese_date(completed)}才满{years}年；另有证书没有写取得时间，"
                     "如果它取得得更早，可能已经满了。"), held.assumptions
    return Check(requirement, "skill_certificates", "not_met", [clause_id],
                 f"{since}要到{chinese_date(completed)}才满{years}年。",
                 met_on=completed), held.assumptions


def _no_rung_path(facts: Facts, target: str, as_of: dt.date, series: Check,
                  left_open: list[str]) -> Path:
    """员级 and 正高级: the documents set no years rule for them."""
    p = load_parameters()
    minimum, clause_id = p.value("minimum_skill_level_for_titles"), p.clause("minimum_skill_level_for_titles")
    if target == "正高级":
        gate = Check("凭技能等级和年限申报正高级职称", "target_level", "not_met",
                     [clause_id, p.clause("green_channel_titles")],
                     "这两份文件没有规定凭技能等级和年限申报正高级职称；正高级只能走绿色通道直接申报。")
        return Path(target, [series, gate])
    check, _ = _level_held_check(facts, minimum, f"具备{minimum}以上职业资格或职业技能等级", clause_id, as_of)
    open_condition = f"这两份文件没有规定{target}职称的申报年限，具体以该系列的职称评审条件为准。"
    return Path(target, [series, check, annual_review_check(facts)],
                open_conditions=left_open + [open_condition])


def green_channel_path(facts: Facts, target: str) -> Path:
    """Listed honours: apply directly for 副高级 or 正高级, no years rule."""
    p = load_parameters()
    honours = p.value("green_channel_honours")
    requirement = "获得下列荣誉或认定之一：" + "、".join(honours)
    clause_ids = [p.clause("green_channel_honours")]
    if facts.honours is None:
        check = Check(requirement, "honours", "unknown", clause_ids,
                      "还不知道您是否获得过这些荣誉或认定；有的话可以不看年限，直接申报副高级或正高级。")
    elif facts.honours:
        check = Check(requirement, "honours", "met", clause_ids,
                      f"您获得了{'、'.join(facts.honours)}，可直接申报评审正高级或副高级职称。")
    else:
        check = Check(requirement, "honours", "not_met", clause_ids, "您没有获得这些荣誉或认定。")
    series, left_open = series_check(facts)
    return Path(target, [check, series, annual_review_check(facts)], open_conditions=left_open)


def special_evaluation_path(facts: Facts, target: str) -> Path:
    """绝招绝技绝活 and long front-line service: special evaluation, methods set locally."""
    p = load_parameters()
    clause_ids = [p.clause("special_evaluation")]
    open_condition = "特殊评价的具体办法由各地区、各有关单位制定，这两份文件没有写具体条件。"
    if is_yunnan(facts.province):
        clause_ids.append(p.clause("yunnan_special_evaluation"))
        open_condition = "云南对这类人才建立绿色通道、实行特殊评审，具体办法这两份文件没有写。"
    requirement = "具有绝招、绝技、绝活，并长期坚守在生产服务一线岗位的高技能领军人才"
    status = {None: "unknown", True: "met", False: "not_met"}[facts.front_line_mastery]
    detail = {"unknown": "还不知道您是否属于这种情况。", "met": "您说属于这种情况，可以走特殊评价。",
              "not_met": "您说不属于这种情况。"}[status]
    check = Check(requirement, "front_line_mastery", status, clause_ids, detail)
    series, left_open = series_check(facts)
    return Path(target, [check, series], open_conditions=[open_condition] + left_open,
                gated=facts.front_line_mastery is None)


def _not_restrictive_note() -> str:
    conditions = load_parameters().value("not_restrictive_conditions")
    return "、".join(conditions) + "不作为高技能人才参加职称评审的限制性条件。"
