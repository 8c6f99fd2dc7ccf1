"""Qualification exams (2.1): the eight named exams are supported, on the exam's own entry rules;
any other exam is not settled by these documents."""

from __future__ import annotations

import datetime as dt

from rules.certificates import holding
from rules.checks import Check, Route
from rules.facts import Facts
from rules.normalise import exam_name
from rules.parameters import load_parameters

EXAM = "qualification_exam"


def exam_route(facts: Facts, as_of: dt.date) -> Route:
    p = load_parameters()
    exams, clause_id = p.value("qualification_exams"), p.clause("qualification_exams")
    requirement = "属于文件支持高技能人才取得的职业资格（" + "、".join(exams) + "等）"
    if facts.exam is None:
        return Route(EXAM, None, [Check(requirement, "exam", "unknown", [clause_id], "还不知道您想考哪一类职业资格。")])
    name = exam_name(facts.exam)
    if name not in exams:
        check = Check(
            requirement,
            "exam",
            "not_met",
            [clause_id],
            f"“{facts.exam}”不在文件点名支持的职业资格里；文件没有说能考，也没有说不能考。",
        )
        return Route(
            EXAM,
            name,
            [check],
            notes=[_own_rules(name)],
            summary=f"这两份文件没有涉及{name}考试，不能据此说能考或不能考；能否报考以该考试自己的报名条件为准。",
        )
    checks = [
        Check(requirement, "exam", "met", [clause_id], f"{name}在文件列出的范围内。"),
        _high_skilled_check(facts, as_of, clause_id),
    ]
    return Route(
        EXAM,
        name,
        checks,
        open_conditions=[_own_rules(name)],
        summary=f"文件支持高技能人才取得{name}专业技术人员职业资格；能否报考还要看该考试本身的报名条件。",
    )


def _high_skilled_check(facts: Facts, as_of: dt.date, clause_id: str) -> Check:
    """The support is for 高技能人才 (高级工 or above)."""
    minimum = load_parameters().value("minimum_skill_level_for_titles")
    requirement = f"是高技能人才（{minimum}以上）"
    if facts.skill_certificates is None:
        return Check(
            requirement,
            "skill_certificates",
            "unknown",
            [clause_id],
            f"文件支持的是高技能人才（{minimum}以上），还不知道您有哪一级职业技能等级证书。",
        )
    if holding(facts.skill_certificates, minimum, as_of).held:
        return Check(requirement, "skill_certificates", "met", [clause_id], "您属于高技能人才。")
    return Check(
        requirement,
        "skill_certificates",
        "not_met",
        [clause_id],
        f"文件支持的是高技能人才（{minimum}以上），您还没有{minimum}证书；能否报考以该考试的报名条件为准。",
    )


def _own_rules(name: str) -> str:
    return f"还要符合{name}职业资格考试本身的报名条件，这两份文件没有写这些条件。"
