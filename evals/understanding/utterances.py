"""Task `understanding`: each blind utterance, read in its context (the facts known so far and the
question just asked), must yield exactly the labelled facts and intent."""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field
from typing import Any

from assistant.dialogue import DialogueState, PendingAmbiguity
from corpus.lexicon import load_lexicon
from corpus.normalise import normalise_text
from evals.understanding.dataset import load
from evals.understanding.scoring import differences
from evals.understanding.topics import PENDING_FACT

THRESHOLDS = {"facts": 0.95, "intent": 0.97}  # held-out targets of issue #11


@dataclass
class UtteranceReport:
    split: str
    cases: int = 0
    facts_right: int = 0
    intent_right: int = 0
    facts_wrong: list[str] = field(default_factory=list)  # ids
    intent_wrong: list[str] = field(default_factory=list)  # ids
    failures: list[str] = field(default_factory=list)

    @property
    def scores(self) -> dict[str, float]:
        return {"facts": self.facts_right / max(self.cases, 1), "intent": self.intent_right / max(self.cases, 1)}

    @property
    def passed(self) -> bool:
        return all(self.scores[name] >= threshold for name, threshold in THRESHOLDS.items())


def context(item: dict[str, Any]) -> DialogueState:
    """The conversation as it stood: the facts known and the question just asked."""
    state = DialogueState(facts=copy.deepcopy(item.get("known") or {}))
    asked = item.get("asked")
    state.pending_fact = PENDING_FACT.get(asked) if asked else None
    state.pending_options = options_listed(item.get("question") or "")
    if asked == "clarify":
        state.pending_fact = None
        # (the word as the assistant quoted it: 高功, typed, is 高工 once the message is normalised)
        question = normalise_text(item.get("question") or "")
        words = [m for m in load_lexicon().find(question) if m.entry.kind == "ambiguous"]
        if words:
            state.pending_ambiguity = PendingAmbiguity(
                surface=words[0].surface,
                readings=_in_order_asked(question, list(words[0].entry.ambiguous)),
                message=_message_quoted(question, words[0].surface),
            )
    return state


# 您想评哪个系列：工程、农业，还是工艺美术？ / 请问您想：1. 评职称 2. 有职称想评技能等级 …
_NUMBERED = re.compile(r"[1-9][.、．]\s*|[①②③④⑤⑥⑦⑧⑨]\s*|(?<=[\s：:？?])[1-9]\s+")
_BETWEEN_OPTIONS = re.compile(r"\s*(?:，?还是|、|，|,)\s*")
_ASKING = re.compile(r"^.*[：:？?]|^(请问)?(来电人)?(您|你)?(是)?(想|要)?(了解|办理|申报)?的?是?")


def options_listed(question: str) -> list[str]:
    """The choices a question lists, in order, as the quick replies shown with it (第二个 picks the second);
    none when it lists no choice."""
    asked = re.sub(r"[？?。]+$", "", question.strip())
    if _NUMBERED.search(asked):
        return [choice.strip() for choice in _NUMBERED.split(asked)[1:] if choice.strip()]
    if "还是" not in asked and not re.search(r"[：:？?][^：:？?]+、[^：:？?]+、", asked):
        return []  # (a list of three or more after a colon: 您是否获得过：中华技能大奖、全国技术能手、…)
    choices = _BETWEEN_OPTIONS.split(_ASKING.sub("", asked, count=1))
    return [re.sub(r"（[^）]*）", "", choice) for choice in choices if choice]  # (助理工程师): an example, not said


def _in_order_asked(question: str, readings: list[str]) -> list[str]:
    """The readings as the question listed them (是指高级工程师，还是高级工: 前面那个 is 高级工程师)."""
    return sorted(readings, key=lambda reading: (reading not in question, question.find(reading)))


def _message_quoted(question: str, surface: str) -> str:
    """The message that used the word is not in the item; the question may quote it (您说想评“高工”，是指…:
    想评高工). Otherwise the word alone, its role unknown."""
    quoted = re.match(r"\s*(您|你)(刚才)?(说|提到)的?([^，,。？?是指]*)", question)
    said = re.sub(r"[“”\"'「」]", "", quoted.group(4)) if quoted else ""
    return said if surface in said else surface


def understood(assistant, item: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The facts this utterance set or changed, and the intent it was routed to."""
    state = context(item)
    before = copy.deepcopy(state.facts)
    answer = assistant.chat(state, item["text"], as_of=item["as_of"], province=item.get("province"))
    touched = {name: value for name, value in state.facts.items() if before.get(name) != value}
    # A label may restate a fact already known (track: organiser, said again): kept is as good as set.
    touched |= {
        name: state.facts[name] for name in item["facts"] if name in before and state.facts.get(name) == before[name]
    }
    if item.get("province") and touched.get("province") == item["province"] and "province" not in item["facts"]:
        touched.pop("province")  # the client's field, not the person's words
    return touched, answer.intent


def run(assistant, split: str, shard: tuple[int, int] = (0, 1), every: int = 1) -> UtteranceReport:
    """`shard` (i, n): every n-th item from the i-th, for measuring a split in parts at once; `every`: a sample of
    one item in `every` (dataset.sampled)."""
    report = UtteranceReport(split)
    for item in load("utterances", split, every)[shard[0] :: shard[1]]:
        facts, intent = understood(assistant, item)
        diffs = differences(facts, item["facts"])
        report.cases += 1
        report.facts_right += not diffs
        report.intent_right += intent == item["intent"]
        if diffs:
            report.facts_wrong.append(item["id"])
        if intent != item["intent"]:
            report.intent_wrong.append(item["id"])
        if diffs or intent != item["intent"]:
            intent_note = f" intent {intent}≠{item['intent']}" if intent != item["intent"] else ""
            report.failures.append(
                f"{item['id']} [{item.get('asked') or '-'}] {item['text']} →{intent_note} {diffs if diffs else ''}"
            )
    return report
