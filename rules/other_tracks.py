"""Qualification exams (2.1) and the organiser's side of evaluations (2.3; yunnan-2021-28:3)."""

from __future__ import annotations

from rules.checks import Check, Path
from rules.facts import Facts
from rules.normalise import exam_name, is_yunnan
from rules.parameters import load_parameters

PANEL_TARGET = "单设高技能人才评审组"


def exam_path(facts: Facts) -> Path:
    p = load_parameters()
    exams, clause_id = p.value("qualification_exams"), p.clause("qualification_exams")
    requirement = "属于文件支持高技能人才取得的职业资格（" + "、".join(exams) + "等）"
    if facts.exam is None:
        check = Check(requirement, "exam", "unknown", [clause_id], "还不知道您想考哪一类职业资格。")
        return Path("职业资格考试", [check])
    name = exam_name(facts.exam)
    if name in exams:
        check = Check(requirement, "exam", "met", [clause_id], f"{name}在文件列出的范围内。")
        return Path(name, [check], open_conditions=[
            f"还须符合{name}职业资格考试本身的报名条件，这两份文件没有写这些条件。"],
                    summary=f"文件支持高技能人才取得{name}专业技术人员职业资格，能否报考还要看该考试本身的报名条件。")
    check = Check(requirement, "exam", "not_met", [clause_id],
                  f"“{facts.exam}”不在文件点名支持的范围内；文件没有说不能考，也没有说能考。",
                  blocking=False)
    return Path(facts.exam, [check], open_conditions=[
        f"这两份文件没有涉及“{facts.exam}”考试，能否报考由该考试自己的报名条件决定。"],
                summary=f"这两份文件没有涉及“{facts.exam}”考试，既没说能考，也没说不能考，"
                        "请以该考试自己的报名条件为准。")


def organiser_path(facts: Facts) -> Path:
    """Yunnan: 5 or more applicants (含5人) → must set up a separate panel; fewer → may."""
    p = load_parameters()
    if facts.province is None:
        check = Check("确定适用国家规定还是云南省规定", "province", "unknown",
                      [p.clause("national_separate_panel"), p.clause("separate_panel_threshold")],
                      "云南对单设评审组有人数规定，需要知道在哪个省组织评审。")
        return Path(PANEL_TARGET, [check])
    if not is_yunnan(facts.province):
        check = Check("有条件的地区和单位", "province", "met", [p.clause("national_separate_panel")],
                      "国家文件支持有条件的地区和单位对高技能人才单独分组、单独评审，没有规定人数门槛。")
        return Path(PANEL_TARGET, [check], notes=[_enterprise_note(facts)],
                    clause_ids=[p.clause("enterprise_self_evaluation")],
                    summary="国家文件支持有条件的地区和单位对高技能人才单独分组、单独评审，没有规定人数门槛；"
                            "当地如有具体规定，以当地为准。",
                    open_conditions=["国家文件用的是“支持有条件的地区和单位”，是否单独分组由当地和评委会"
                                     "根据条件决定；当地如有具体规定以当地为准。"])
    threshold = p.value("separate_panel_threshold")["applicants"]
    clause_id = p.clause("separate_panel_threshold")
    requirement = f"高技能人才申报人数{threshold}人以上（含{threshold}人）的，应当单设评审组"
    count, summary = facts.applicant_count, None
    if count is None:
        check = Check(requirement, "applicant_count", "unknown", [clause_id],
                      "还不知道高技能人才申报人数，人数决定是“应当”还是“可以”单设评审组。")
    elif count >= threshold:
        check = Check(requirement, "applicant_count", "met", [clause_id],
                      f"申报{count}人，达到{threshold}人（含{threshold}人），应当单设评审组。")
        summary = (f"在云南，高技能人才申报{count}人，达到{threshold}人以上（含{threshold}人），应当单设评审组，"
                   "高技能人才评委须占评委人数一半以上（含一半）。")
    else:
        check = Check(requirement, "applicant_count", "not_met", [clause_id],
                      f"申报{count}人，不到{threshold}人，不是必须单设，但可以单设。", blocking=False)
        summary = (f"在云南，高技能人才申报{count}人，不到{threshold}人，可以单设评审组，但不是必须；"
                   "单设的话，高技能人才评委须占一半以上（含一半）。")
    return Path(PANEL_TARGET, [check], notes=[judges_note(), _enterprise_note(facts)],
                clause_ids=[p.clause("yunnan_enterprise_self_evaluation")], summary=summary)


def minimum_skilled_judges(panel_size: int) -> int:
    """一半以上 includes one half: a panel of 7 needs 4 high-skilled judges, a panel of 8 needs 4."""
    share = load_parameters().value("skill_judges_share")["share"]
    needed = panel_size * share
    return int(needed) if needed == int(needed) else int(needed) + 1


def judges_note() -> str:
    return ("单设的评审组中，高技能人才评委须占评委人数一半以上（含一半），"
            f"例如评审组7名评委的至少{minimum_skilled_judges(7)}名，8名评委的至少{minimum_skilled_judges(8)}名。")


def _enterprise_note(facts: Facts) -> str:
    name = "yunnan_enterprise_self_evaluation" if is_yunnan(facts.province) else "enterprise_self_evaluation"
    return load_parameters()[name].description
