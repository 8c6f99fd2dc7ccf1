"""Optional LLM rephrasing behind a guard. Off unless GUANTONG_LLM_BASE_URL and GUANTONG_LLM_MODEL are set.

The language model may only reword the deterministic answer. The guard rejects its output when
it changes the verdict sentence (outcome, target, date), adds a number or a verdict claim, cites
a clause the composed answer does not cite, or alters a verbatim quote; the deterministic answer
is then returned unchanged.
"""

from __future__ import annotations

import functools
import logging
import os
import re
from collections.abc import Sequence

from langchain_core.language_models import BaseChatModel
from langchain_core.messages import HumanMessage, SystemMessage

from assistant.answer import Answer
from corpus import load_corpus

log = logging.getLogger(__name__)

SYSTEM_PROMPT = (
    "你是政策热线的文字编辑。请把下面的回答改写得更口语、更好懂，面向没有法律知识的工人。"
    "第一段（结论或正在问的问题）必须原样保留；所有数字和日期、所有条款名称、所有引用块里的原文也一字不改。"
    "不得增加任何新的事实、数字、条款或建议。只输出改写后的回答。"
)

QUESTION_PROMPT = (
    "你是政策热线的文字编辑。请把下面这个常见问题改写成工人平时会怎么问的说法，只输出一个问句。"
    "不得增加或改动任何数字、等级、系列名称或条款名称。"
)

# Claims that flip a verdict when an LLM adds them: never more of them than the answer had.
VERDICT_CLAIMS = ("现在可以申报", "可以申报", "不能申报", "不符合", "符合条件", "不需要", "必须")
_NUMBER = re.compile(r"\d+(?:\.\d+)?")
_CLAUSE_ID = re.compile(r"[a-z]+-\d{4}-\d+:[\w.]+")


def _labels_in(text: str) -> set[str]:
    """Clause labels named in `text`; 二（二） inside 二（二）1 is not a label of its own."""
    labels = {clause.label for clause in load_corpus().clauses()}
    return {label for label in labels if re.search(re.escape(label) + r"(?![\d（(])", text)}


def guard_problems(original: str, candidate: str, has_verdict: bool = False, quotes: Sequence[str] = ()) -> list[str]:
    """Why `candidate` may not replace `original` (empty when it may)."""
    problems = []
    added_numbers = set(_NUMBER.findall(candidate)) - set(_NUMBER.findall(original))
    if added_numbers:
        problems.append(f"numbers not in the answer: {sorted(added_numbers)}")
    added_ids = set(_CLAUSE_ID.findall(candidate)) - set(_CLAUSE_ID.findall(original))
    if added_ids:
        problems.append(f"clause ids not cited in the answer: {sorted(added_ids)}")
    added_labels = _labels_in(candidate) - _labels_in(original)
    if added_labels:
        problems.append(f"clause labels not cited in the answer: {sorted(added_labels)}")
    problems += [f"quote changed: {q[:20]}…" for q in quotes if q in original and q not in candidate]
    first = original.strip().split("\n\n")[0].strip()
    if has_verdict and first and first not in candidate:
        problems.append("the first paragraph (the verdict sentence or the question) was changed")
    problems += [
        f"adds the claim “{claim}”" for claim in VERDICT_CLAIMS if candidate.count(claim) > original.count(claim)
    ]
    return problems


@functools.cache
def configured_model() -> BaseChatModel | None:
    """The chat model named by the environment, or None (the default: no LLM)."""
    base_url, model = os.environ.get("GUANTONG_LLM_BASE_URL"), os.environ.get("GUANTONG_LLM_MODEL")
    if not (base_url and model):
        return None
    from langchain_openai import ChatOpenAI  # the optional `llm` extra

    return ChatOpenAI(
        base_url=base_url,
        model=model,
        api_key=os.environ.get("GUANTONG_LLM_API_KEY", "none"),
        timeout=20,
        max_retries=1,
        temperature=0,
    )


def rephrase_text(
    text: str,
    model: BaseChatModel | None = None,
    has_verdict: bool = False,
    quotes: Sequence[str] = (),
    instruction: str = SYSTEM_PROMPT,
) -> str:
    """The model's rewording of `text` if the guard accepts it, else `text` itself."""
    model = model or configured_model()
    if model is None:
        return text
    try:
        candidate = model.invoke([SystemMessage(instruction), HumanMessage(text)]).content
    except Exception as error:  # an unreachable or failing endpoint must never break an answer
        log.warning("LLM rephrasing failed, keeping the deterministic answer: %s", error)
        return text
    problems = guard_problems(text, str(candidate), has_verdict, quotes) if candidate else ["empty output"]
    if problems:
        log.warning("LLM output rejected by the guard: %s", "; ".join(problems))
        return text
    return str(candidate)


def rephrase(answer: Answer, model: BaseChatModel | None = None) -> Answer:
    quotes = [c.quote for c in answer.citations]
    text = rephrase_text(answer.answer, model, answer.verdict is not None, quotes)
    return answer if text == answer.answer else answer.model_copy(update={"answer": text})


def polish_question(question: str, model: BaseChatModel | None = None) -> str:
    """An FAQ question in workers' words, behind the same guard; unchanged when no LLM is set."""
    return rephrase_text(question, model, instruction=QUESTION_PROMPT)
