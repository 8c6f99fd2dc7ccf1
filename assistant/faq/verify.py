"""The checks that make the FAQ correct by construction.

Text: every quote must be a verbatim substring of the clause it cites.
Rules: every example situation attached to an eligibility answer is decided by the rules
engine, and the engine must reach the outcome (target, earliest date) the answer implies.
Either failure raises FaqVerificationError naming the entry: a FAQ that disagrees with the
documents or with the engine must not be published.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from assistant.faq.errors import FaqVerificationError
from assistant.faq.model import Example, FaqCitation, FaqEntry, RulesCheck
from corpus import Corpus, UnknownClauseError

Evaluate = Callable[[Any, Any], Any]  # rules.evaluate(facts, as_of) -> Verdict
MakeFacts = Callable[[dict], Any]  # rules.Facts.model_validate


def cite(corpus: Corpus, entry_id: str, clause_id: str, quote: str) -> FaqCitation:
    """A citation whose quote has been checked against the clause text."""
    try:
        clause = corpus.clause(clause_id)
    except UnknownClauseError:
        raise FaqVerificationError(
            entry_id, f"引用的条款 {clause_id} 不存在。", f"cites clause {clause_id}, which is not in the corpus."
        ) from None
    if not quote or quote not in clause.text:
        raise FaqVerificationError(
            entry_id,
            f"引文“{quote}”不是{clause.label}（{clause_id}）原文的一部分。",
            f"the quote {quote!r} is not a verbatim substring of {clause_id}.",
        )
    return FaqCitation(clause_id=clause_id, label=clause.label, quote=quote)


def check_against_rules(entry: FaqEntry, evaluate: Evaluate, make_facts: MakeFacts) -> tuple[RulesCheck, ...]:
    """Run each example of the entry through the rules engine; all must agree."""
    return tuple(_check_example(entry.entry_id, example, evaluate, make_facts) for example in entry.examples)


def _check_example(entry_id: str, example: Example, evaluate: Evaluate, make_facts: MakeFacts) -> RulesCheck:
    try:
        facts = make_facts(example.facts)
    except ValueError as error:
        raise FaqVerificationError(
            entry_id,
            f"示例情形“{example.situation}”的事实不合规则引擎的格式：{error}",
            f"the example facts {example.facts} are invalid for the rules engine: {error}",
        ) from None
    verdict = evaluate(facts, example.as_of)
    expected = example.expected
    statuses: dict[str, str] = {}
    for condition in verdict.conditions:
        statuses.setdefault(condition.fact, condition.status)
    actual = {
        "outcome": verdict.outcome,
        "target": verdict.target,
        "earliest_date": verdict.earliest_date,
        **{f"conditions.{fact}": statuses.get(fact) for fact, _ in expected.conditions},
    }
    wanted = {
        "outcome": expected.outcome,
        "target": expected.target,
        "earliest_date": expected.earliest_date,
        **{f"conditions.{fact}": status for fact, status in expected.conditions},
    }
    differences = {
        key: (wanted[key], actual[key]) for key in wanted if wanted[key] is not None and wanted[key] != actual[key]
    }
    if differences:
        detail = "；".join(f"{key}：问答为 {want}，规则引擎为 {got}" for key, (want, got) in differences.items())
        raise FaqVerificationError(
            entry_id,
            f"问答与规则引擎不一致。示例情形“{example.situation}”（以 {example.as_of} 计）"
            f"{detail}。请核对问答所依据的参数和条款原文。",
            f"the FAQ and the rules engine disagree on the example {example.facts} as of "
            f"{example.as_of}: "
            + "; ".join(f"{key} expected {want!r}, engine gave {got!r}" for key, (want, got) in differences.items()),
        )
    return RulesCheck(example=example, summary=verdict.summary)
