"""Grounded answer composition: Markdown in Chinese, every citation a verbatim quote of its clause."""

from __future__ import annotations

import re
from typing import Any

from assistant.answer import Citation
from assistant.config import load_config
from assistant.questions import where_to_find_out
from corpus import Clause, load_corpus
from rules import OtherOption, Verdict, load_parameters
from rules.dates import chinese_date
from rules.labels import label
from rules.skill_to_title import not_restrictive_note


def replies() -> dict[str, Any]:
    return load_config("replies")


def reply(name: str, **values: str) -> str:
    return replies()[name].format(scope=replies()["scope"], **values)


def _bigrams(text: str) -> set[str]:
    return {text[i : i + 2] for i in range(len(text) - 1)}


def best_sentence(clause: Clause, hint: str) -> str:
    """The clause sentence that shares most character pairs with `hint` (a verbatim substring)."""
    sentences = clause.quotable_sentences or [clause.text]
    wanted = _bigrams(hint)
    return max(sentences, key=lambda s: (len(_bigrams(s) & wanted), -sentences.index(s)))


def cite(clause_id: str, hint: str) -> Citation:
    clause = load_corpus().clause(clause_id)
    return Citation(clause_id=clause_id, label=clause.label, quote=best_sentence(clause, hint))


def unique(citations: list[Citation]) -> list[Citation]:
    seen, kept = set(), []
    for citation in citations:
        key = (citation.clause_id, citation.quote)
        if key not in seen:
            seen.add(key)
            kept.append(citation)
    return kept


def fact_label(name: str) -> str:
    """The rules' own Chinese label for a fact: one wording for engine, assistant and UI."""
    return label("fields", name)


def _labels(clause_ids: list[str]) -> str:
    corpus = load_corpus()
    return "、".join(corpus.clause(i).label for i in clause_ids)


# 学历不够是不是就没戏了 / 我没写过论文 能评不 / 会不会卡学历: a condition the rules say does not limit, asked beside
# a case
_RESTRICTIVE_WORDS = r"(学历|文凭|论文|外语|英语|计算机(?=水平|考试|等级考试))"
_NOT_RESTRICTIVE_ASKED = re.compile(
    _RESTRICTIVE_WORDS + r"[^，,。？?]{0,8}"
    r"(不够|不行|太低|低|不高|没有|没得|限制|要求|影响|卡|没戏|能不能|行不行|可不可以|要不要|需不需要|需要|算不算)|"
    r"(卡|限制|看|要求)(不)?" + _RESTRICTIVE_WORDS
)
_ASKED_AS = {"文凭": "学历", "英语": "外语"}


def not_restrictive_answered(text: str, verdict: Verdict) -> tuple[str, Verdict] | None:
    """学历不够是不是就没戏了, asked beside the person's case: the verdict's note that says it does not limit them,
    said as the answer to their question (and no longer among the notes)."""
    asked = _NOT_RESTRICTIVE_ASKED.search(text)
    note = not_restrictive_note()
    if asked is None or note not in verdict.notes:
        return None
    said = re.findall(_RESTRICTIVE_WORDS, asked.group())[0]  # (卡学历: the word after the verb)
    word = _ASKED_AS.get(said, said)
    source = _labels([load_parameters().clause("not_restrictive_conditions")])
    answered = reply("not_restrictive_asked", asked=word, note=note.rstrip("。"), source=source)
    return answered, verdict.model_copy(update={"notes": [n for n in verdict.notes if n != note]})


def compose_eligibility(
    verdict: Verdict, question: str | None, disclaimer: bool = True, aside: str | None = None
) -> tuple[str, list[Citation]]:
    """What to say first — the verdict sentence, or the one question being asked — then the detail:
    依据 → 还差什么/何时可以 → 其他选择 → 下一步, from the verdict alone. `aside`: a word on how the
    message was read (several people: whose case this is), right after what is said first."""
    lines = [_first_paragraph(verdict, question)]
    if question and verdict.outcome != "need_info":
        lines += ["", question]  # a verdict turn that still asks: the question right after it
    if aside:
        lines += ["", aside]
    citations = []
    if verdict.conditions:
        lines += ["", "**依据**"]
    for condition in verdict.conditions:
        source = f"（{_labels(condition.clause_ids)}）" if condition.clause_ids else ""
        mark = replies()["outcome_marks"][condition.status]
        lines.append(f"- {mark} {condition.requirement}：{condition.detail}{source}")
        hint = condition.requirement + condition.detail + (verdict.target or "")
        citations += [cite(clause_id, hint) for clause_id in condition.clause_ids]
    lines += _still_needed(verdict)
    others = [o for o in verdict.other_options if o.outcome in ("eligible", "not_yet", "conditional")]
    if others:
        lines += ["", "**其他选择**", *(f"- {_option_line(option)}" for option in others)]
    lines += ["", "**下一步**", f"- {_next_step(verdict, bool(others))}"]
    if disclaimer:
        lines += ["", f"_{replies()['disclaimer']}_"]
    cited = {c.clause_id for c in citations}
    citations += [cite(i, verdict.summary) for i in verdict.clause_ids if i not in cited]
    return "\n".join(lines), unique(citations)


FIRST_PARAGRAPH_CHARS = 120  # a question turn opens with at most this much: it must fit a phone screen


def _first_paragraph(verdict: Verdict, question: str | None) -> str:
    """The verdict sentence; for a turn that only asks, the question with its reason in a few words."""
    if verdict.outcome != "need_info":
        return verdict.summary
    if not question:
        return "".join([verdict.summary, *where_to_find_out(verdict.missing_facts_named()), reply("unsure_left")])
    reason = verdict.summary.split("还需要知道")[0]
    return reason + question if len(reason + question) <= FIRST_PARAGRAPH_CHARS else question


def _next_step(verdict: Verdict, has_options: bool) -> str:
    steps = replies()["next_steps"]
    outcome = "not_eligible_with_options" if verdict.outcome == "not_eligible" and has_options else verdict.outcome
    return steps.get(verdict.track or "", {}).get(outcome) or steps[outcome]


def _still_needed(verdict: Verdict) -> list[str]:
    lines = []
    if verdict.earliest_date:
        lines.append(f"- 最早可以申报的日期：{chinese_date(verdict.earliest_date)}")
    if verdict.missing_facts:
        missing = "；".join(fact_label(name) for name in verdict.missing_facts_named())
        lines.append(f"- 还需要了解：{missing}")
    lines += [f"- 这两份文件没有规定、要按其他规定确认的：{item}" for item in verdict.open_conditions]
    lines += [f"- 说明：{item}" for item in verdict.assumptions]
    lines += [f"- 另外：{item}" for item in verdict.notes]
    return ["", "**还差什么 / 何时可以**", *lines] if lines else []


def _option_line(option: OtherOption) -> str:
    when = f"，最早 {chinese_date(option.earliest_date)}" if option.earliest_date else ""
    return f"{option.target}：{label('outcomes', option.outcome)}{when}"


def compose_policy(hits: list[Any], unmentioned: list[str], disclaimer: bool = True) -> tuple[str, list[Citation]]:
    """A plain lead sentence, then one to three verbatim sentences with their labels.

    Words of the question the documents never use are named first: the quotes are the nearest
    text, not an answer the documents do not give.
    """
    corpus = load_corpus()
    top = corpus.clause(hits[0].clause_id)
    lead = reply("policy_lead", label=top.label, heading=top.heading)
    if unmentioned:
        lead = reply("policy_partial", words="、".join(f"“{w}”" for w in unmentioned)) + lead
    lines = [lead, ""]
    citations = [Citation(clause_id=hit.clause_id, label=hit.label, quote=hit.sentence) for hit in hits]
    for citation in unique(citations):
        lines += [f"> {citation.quote}", f"> ——{citation.label}", ""]
    if disclaimer:
        lines.append(f"_{replies()['disclaimer']}_")
    return "\n".join(lines).rstrip(), unique(citations)


def compose_understood(facts: dict[str, Any]) -> str:
    known = {name: value for name, value in facts.items() if value not in (None, "")}
    if not known:
        return reply("understood_none")
    return "\n".join([reply("understood"), facts_markdown(known), "\n说“重新开始”可以清空这些信息。"])


def facts_markdown(facts: dict[str, Any]) -> str:
    """One line per known fact, in the rules' labels: the chat reply and the UI panel alike."""
    return "\n".join(
        f"- **{fact_label(name)}**：{describe_value(value)}" for name, value in facts.items() if value not in (None, "")
    )


_VALUE_WORDS = {True: "是", False: "否"}


def describe_value(value: Any) -> str:
    if isinstance(value, list):
        return "、".join(describe_value(v) for v in value) if value else "没有"
    if isinstance(value, dict):
        parts = [value.get("level", "")]
        if value.get("obtained"):
            parts.append(f"{value['obtained']} 取得")
        elif value.get("years_held") is not None:
            parts.append(f"已持有约 {value['years_held']:g} 年")
        return "（".join(parts) + ("）" if len(parts) > 1 else "")
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, bool):
        return _VALUE_WORDS[value]
    return label("tracks", value) if isinstance(value, str) else str(value)
