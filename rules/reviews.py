"""近3年年度考核合格: every route to a title, the green channel and special evaluation included."""

from __future__ import annotations

import datetime as dt

from rules.checks import Check
from rules.facts import Facts
from rules.parameters import load_parameters


def review_check(facts: Facts, as_of: dt.date) -> Check:
    p = load_parameters()
    rule, grades = p.value("annual_review_requirement"), p.value("annual_review_grades")
    years = rule["years"]
    requirement = f"现工作岗位近{years}年年度考核都合格（优秀、称职也算；基本合格不算）"
    clause_ids = [p.clause("annual_review_requirement")]
    results = facts.annual_review_results or []
    failing = [(index, r) for index, r in enumerate(results[:years]) if r in grades["failing"]]
    if failing:
        return Check(
            requirement, "annual_review_results", "not_met", clause_ids, _failing_detail(failing, years, as_of)
        )
    passing = [r for r in results[:years] if r in grades["passing"]]
    if facts.annual_reviews_all_pass is False:
        return Check(
            requirement,
            "annual_review_results",
            "not_met",
            clause_ids,
            f"您说近{years}年年度考核不都是合格；有一年不合格（或基本合格），就不满足这一条。"
            f"等那一年不在“近{years}年”之内、之后的考核都合格时，可以再申报。",
        )
    if len(passing) >= years or facts.annual_reviews_all_pass is True:
        said = "、".join(passing) if len(passing) >= years else "都合格"
        return Check(
            requirement, "annual_review_results", "met", clause_ids, f"近{years}年年度考核{said}，满足“考核合格”。"
        )
    told = f"目前只知道{len(passing)}年合格，" if passing else ""
    return Check(
        requirement, "annual_review_results", "unknown", clause_ids, f"{told}还需要知道近{years}年每年的考核结果。"
    )


def _failing_detail(failing: list[tuple[int, str]], years: int, as_of: dt.date) -> str:
    """Which result fails, and the year it leaves the window (the most recent is last year's)."""
    index, result = failing[0]
    year = as_of.year - 1 - index
    return (
        f"近{years}年考核中有“{result}”，不满足“近{years}年年度考核合格”。按最近一年是{as_of.year - 1}年度算，"
        f"这是{year}年度的结果，要到{year + years}年度考核结束后才不在“近{years}年”之内；"
        f"之后若近{years}年都合格，可以再申报。"
    )
