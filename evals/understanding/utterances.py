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
    if asked == "clarify":
        state.pending_fact = None
        # (the word as the assistant quoted it: 高功, typed, is 高工 once the message is normalised)
        question = normalise_text(item.get("question") or "")
        words = [m for m in load_lexicon().find(question) if m.entry.kind == "ambiguous"]
        if words:
            state.pending_ambiguity = PendingAmbiguity(
                surface=words[0].surface,
                readings=list(words[0].entry.ambiguous),
                message=_message_quoted(question, words[0].surface),
            )
    return state


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
