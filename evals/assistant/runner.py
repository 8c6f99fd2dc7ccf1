"""Evaluate the assistant end to end: single-turn eligibility, scripted dialogues, adversarial input.

Each task has its dataset beside this file and a threshold; `run_all()` returns one report per
task with its scores and every failing case, so a regression names the case that broke.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from corpus import load_corpus
from rules import Verdict

if TYPE_CHECKING:
    from assistant.pipeline import Assistant

HERE = Path(__file__).parent
THRESHOLDS = {"single_turn": 1.0, "dialogues": 1.0, "adversarial": 1.0}
MAX_TURNS_FOR_A_VERDICT = 5


@dataclass
class TaskReport:
    task: str
    scores: dict[str, float]
    failures: list[str] = field(default_factory=list)
    cases: int = 0

    @property
    def passed(self) -> bool:
        return all(
            score >= THRESHOLDS[self.task]
            for name, score in self.scores.items()
            if name in ("outcome", "target", "no_crash", "intent", "verbatim_quotes")
        )


def load(name: str) -> dict[str, Any]:
    return yaml.safe_load((HERE / name).read_text(encoding="utf-8"))


def _ratio(hits: int, total: int) -> float:
    return hits / total if total else 1.0


def quotes_are_verbatim(answer) -> bool:
    corpus = load_corpus()
    return all(c.quote and c.quote in corpus.clause(c.clause_id).text for c in answer.citations)


def _verdict_matches(verdict: Verdict | None, case: dict[str, Any]) -> tuple[bool, bool]:
    outcome = verdict.outcome if verdict else None
    outcome_ok = outcome in case["outcome_in"] if "outcome_in" in case else outcome == case.get("outcome")
    target_ok = "target" not in case or (verdict is not None and verdict.target == case["target"])
    return outcome_ok, target_ok


def run_single_turn(assistant) -> TaskReport:
    data = load("single_turn.yaml")
    as_of = data["as_of"]
    counts = dict.fromkeys(("outcome", "target", "earliest_date", "citations", "verbatim_quotes"), 0)
    failures = []
    for case in data["cases"]:
        answer = assistant.ask(case["q"], as_of=as_of)
        verdict = answer.verdict
        outcome_ok, target_ok = _verdict_matches(verdict, case)
        expected_date = case.get("earliest_date")
        date_ok = expected_date is None or (verdict and verdict.earliest_date == expected_date)
        cited = {c.clause_id for c in answer.citations}
        citations_ok = set(case.get("cites", [])) <= cited
        checks = {
            "outcome": outcome_ok,
            "target": target_ok,
            "earliest_date": date_ok,
            "citations": citations_ok,
            "verbatim_quotes": quotes_are_verbatim(answer),
        }
        for name, ok in checks.items():
            counts[name] += bool(ok)
        if not all(checks.values()):
            got = (verdict.outcome, verdict.target, verdict.earliest_date) if verdict else None
            failures.append(
                f"{case['q']} → got {got}, cited {sorted(cited)}; failed {[n for n, ok in checks.items() if not ok]}"
            )
    total = len(data["cases"])
    return TaskReport("single_turn", {n: _ratio(c, total) for n, c in counts.items()}, failures, total)


def run_dialogues(assistant) -> TaskReport:
    from assistant.dialogue import DialogueState

    data = load("dialogues.yaml")
    counts = dict.fromkeys(("outcome", "target", "verbatim_quotes", "within_5_turns"), 0)
    failures = []
    for dialogue in data["dialogues"]:
        state, verdict, quotes_ok, reached_at = DialogueState(), None, True, None
        for turn, message in enumerate(dialogue["turns"], 1):
            answer = assistant.chat(state, message, as_of=data["as_of"])
            verdict = answer.verdict or verdict
            quotes_ok &= quotes_are_verbatim(answer)
            if reached_at is None and all(_verdict_matches(verdict, dialogue)):
                reached_at = turn
        outcome_ok, target_ok = _verdict_matches(verdict, dialogue)
        checks = {
            "outcome": outcome_ok,
            "target": target_ok,
            "verbatim_quotes": quotes_ok,
            "within_5_turns": reached_at is not None and reached_at <= MAX_TURNS_FOR_A_VERDICT,
        }
        for name, ok in checks.items():
            counts[name] += bool(ok)
        if not all(checks.values()):
            got = (verdict.outcome, verdict.target) if verdict else None
            failures.append(f"{dialogue['name']} → got {got}; failed {[n for n, ok in checks.items() if not ok]}")
    total = len(data["dialogues"])
    return TaskReport("dialogues", {n: _ratio(c, total) for n, c in counts.items()}, failures, total)


def run_adversarial(assistant) -> TaskReport:
    cases = load("adversarial.yaml")["cases"]
    counts = dict.fromkeys(("no_crash", "intent", "verbatim_quotes"), 0)
    failures = []
    for case in cases:
        question = "技师能评中级吗？" * 625 if case["q"] == "{long_5000}" else case["q"]
        try:
            answer = assistant.ask(question, as_of=dt.date(2026, 11, 29))
        except Exception as error:  # the point of this task: count crashes, do not stop at one
            failures.append(f"{question[:30]!r} crashed: {error!r}")
            continue
        checks = {
            "no_crash": bool(answer.answer.strip()),
            "intent": case.get("expect_intent") in (None, answer.intent),
            "verbatim_quotes": quotes_are_verbatim(answer),
        }
        for name, ok in checks.items():
            counts[name] += bool(ok)
        if not all(checks.values()):
            failures.append(
                f"{question[:30]!r} → intent {answer.intent}; failed {[n for n, ok in checks.items() if not ok]}"
            )
    return TaskReport("adversarial", {n: _ratio(c, len(cases)) for n, c in counts.items()}, failures, len(cases))


def run_all(assistant: Assistant | None = None) -> list[TaskReport]:
    """Every task with `assistant` (default: one over the index in the data directory)."""
    from assistant.pipeline import Assistant

    assistant = assistant or Assistant()
    return [run_single_turn(assistant), run_dialogues(assistant), run_adversarial(assistant)]


def format_report(reports: list[TaskReport]) -> str:
    lines = []
    for report in reports:
        status = "通过" if report.passed else "未通过"
        scores = "  ".join(f"{name}={score:.2f}" for name, score in report.scores.items())
        lines.append(f"{report.task}（{report.cases} 例，{status}）：{scores}")
        lines += [f"  ✗ {failure}" for failure in report.failures]
    return "\n".join(lines)
