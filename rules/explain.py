"""A verdict as text a hotline operator can read aloud, each condition with its clause label."""

from __future__ import annotations

from corpus import load_corpus
from rules.dates import chinese_date
from rules.labels import label
from rules.verdict import Verdict

STATUS_MARKS = {"met": "✓", "not_met": "✗", "unknown": "？"}


def clause_labels(clause_ids: list[str]) -> str:
    corpus = load_corpus()
    return "；".join(corpus.clause(i).label for i in clause_ids)


def describe(verdict: Verdict) -> str:
    lines = [f"结论：{label('outcomes', verdict.outcome)}", verdict.summary]
    if verdict.track:
        lines.append(
            f"事项：{label('tracks', verdict.track)}"
            + (f"　申报：{verdict.target}" if verdict.target else "")
            + f"　判断日期：{chinese_date(verdict.as_of)}"
        )
    if verdict.route:
        lines.append(f"判断途径：{label('routes', verdict.route)}")
    if verdict.obligation:
        lines.append(f"单设评审组：{label('obligations', verdict.obligation)}")
    if verdict.earliest_date:
        lines.append(f"最早可申报日期：{chinese_date(verdict.earliest_date)}")
    if verdict.conditions:
        lines.append("\n逐条条件：")
        for number, condition in enumerate(verdict.conditions, 1):
            route = f"【{label('routes', condition.route)}】" if condition.route != verdict.route else ""
            lines.append(
                f"{number}. {STATUS_MARKS[condition.status]} {route}{condition.requirement}"
                f"（{label('statuses', condition.status)}）"
            )
            lines.append(f"   {condition.detail}")
            lines.append(f"   依据：{clause_labels(condition.clause_ids)}")
    sections = (
        ("还需要补充的情况", [label("fields", f) for f in verdict.missing_facts]),
        ("文件之外还要满足的条件", verdict.open_conditions),
        ("其他可以考虑的", [_option(o) for o in verdict.other_options]),
        ("相关规定", verdict.notes),
        ("判断时的假设", verdict.assumptions),
    )
    for title, items in sections:
        if items:
            lines.append(f"\n{title}：")
            lines += [f"- {item}" for item in items]
    if verdict.clause_ids:
        lines.append(f"\n引用条款：{clause_labels(verdict.clause_ids)}")
    lines.append("\n本结论只依据人社部发〔2020〕96号和云人社通〔2021〕28号原文，最终以评审机构的认定为准。")
    return "\n".join(lines)


def _option(option) -> str:
    when = f"，{chinese_date(option.earliest_date)}起" if option.earliest_date else ""
    return f"{option.target}：{label('outcomes', option.outcome)}{when}"
