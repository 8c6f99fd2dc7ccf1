"""Optional LLM rephrasing behind a guard. Off unless GUANTONG_LLM_BASE_URL and GUANTONG_LLM_MODEL are set.

The language model may only reword the deterministic answer. The guard rejects its output when
it changes the outcome, the target or any number or date, cites a clause the composed answer
does not cite, or alters a verbatim quote; the deterministic answer is then returned unchanged.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from typing import Any

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.answer import Answer

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "你是政策热线的文字编辑。请把下面的回答改写得更口语、更好懂，面向没有法律知识的工人。"
    "必须保留：结论的意思、所有数字和日期、所有条款名称、所有引号或引用块里的原文，一字不改。"
    "不得增加任何新的事实、数字、条款或建议。只输出改写后的回答。"
)

# The words that carry each outcome; an answer for one outcome must not gain another's words.
OUTCOME_PHRASES = {
    "eligible": ("可以申报",),
    "not_yet": ("暂时还不能", "还不能申报", "暂不能"),
    "not_eligible": ("不符合", "不能申报"),
    "need_info": ("还需要了解", "需要更多信息"),
    "conditional": ("原则上可以", "有条件"),
}
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE_ID = re.compile(r"[a-z]+-\d{4}-\d+:[\w.]+")
_LABEL = re.compile(r"(?:人社部发〔2020〕96号|云人社通〔2021〕28号)\s*[一二三四五六七八九十（）\d导语结尾]*")


def guard_problems(original: str, candidate: str, verdict: dict[str, Any] | None = None,
                   quotes: list[str] = ()) -> list[str]:
    """Why `candidate` may not replace `original` (empty when it may)."""
    problems = []
    added_numbers = set(_NUMBER.findall(candidate)) - set(_NUMBER.findall(original))
    if added_numbers:
        problems.append(f"numbers not in the answer: {sorted(added_numbers)}")
    for pattern, kind in ((_CLAUSE_ID, "clause ids"), (_LABEL, "clause labels")):
        added = {m.strip() for m in pattern.findall(candidate)} - {m.strip() for m in pattern.findall(original)}
        if added:
            problems.append(f"{kind} not cited in the answer: {sorted(added)}")
    problems += [f"quote changed: {q[:20]}…" for q in quotes if q in original and q not in candidate]
    if verdict:
        problems += _verdict_problems(original, candidate, verdict)
    return problems


def _verdict_problems(original: str, candidate: str, verdict: dict[str, Any]) -> list[str]:
    problems = []
    if verdict.get("target") and verdict["target"] not in candidate:
        problems.append(f"target {verdict['target']} dropped")
    for outcome, phrases in OUTCOME_PHRASES.items():
        for phrase in phrases:
            if outcome != verdict["outcome"] and candidate.count(phrase) > original.count(phrase):
                problems.append(f"outcome changed: gains “{phrase}”")
    own = OUTCOME_PHRASES[verdict["outcome"]]
    if any(p in original for p in own) and not any(p in candidate for p in own):
        problems.append("outcome words dropped")
    return problems


@functools.cache
def configured_model() -> BaseChatModel | None:
    """The chat model named by the environment, or None (the default: no LLM)."""
    base_url, model = os.environ.get("GUANTONG_LLM_BASE_URL"), os.environ.get("GUANTONG_LLM_MODEL")
    if not (base_url and model):
        return None
    from langchain_openai import ChatOpenAI  # the optional `llm` extra

    return ChatOpenAI(base_url=base_url, model=model, api_key=os.environ.get("GUANTONG_LLM_API_KEY", "none"),
                      timeout=20, max_retries=1, temperature=0)


def rephrase_text(text: str, model: BaseChatModel | None = None, verdict: dict[str, Any] | None = None,
                  quotes: list[str] = ()) -> str:
    """The model's rewording of `text` if the guard accepts it, else `text` itself."""
    model = model or configured_model()
    if model is None:
        return text
    try:
        candidate = model.invoke([SystemMessage(SYSTEM_PROMPT), HumanMessage(text)]).content
    except Exception as error:  # an unreachable or failing endpoint must never break an answer
        log.warning("LLM rephrasing failed, keeping the deterministic answer: %s", error)
        return text
    problems = guard_problems(text, str(candidate), verdict, quotes) if candidate else ["empty output"]
    if problems:
        log.warning("LLM output rejected by the guard: %s", "; ".join(problems))
        return text
    return str(candidate)


def rephrase(answer: Answer, model: BaseChatModel | None = None) -> Answer:
    quotes = [c.quote for c in answer.citations]
    text = rephrase_text(answer.answer, model, answer.verdict, quotes)
    return answer if text == answer.answer else answer.model_copy(update={"answer": text})
