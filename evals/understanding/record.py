"""The last whole measurement of both blind splits, kept in `measured.json` and shown in README's understanding
table. `python -m evals.understanding.record` (`make figures`) measures the tuning and held-out splits in full
(about ten minutes on two cores) and writes both; `--check` (`make bench`) measures and compares instead.

`make test` holds the record to the code without measuring everything again (that took over a third of CI's
time): the held-out split in full, and one tuning item in `CHECKED_SAMPLE`, whose outcomes must be the recorded
ones (tests/evals/test_understanding_figures.py). Only tuning ids are kept: the held-out split is only ever
scored."""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path
from typing import Any

RECORD = Path(__file__).parent / "measured.json"
README = Path(__file__).parents[2] / "README.md"
SPLITS = ("tuning", "heldout")
CHECKED_SAMPLE = 8  # (one in four took six minutes of CI by round 205: the tuning split grows every round)
# README's row labels, each with the cell a split's record gives it
ROWS = {
    "单句：事实全对": lambda r: f"{_ratio(r['facts_right'], r['sentences'])}（{r['sentences']} 句）",
    "单句：意图": lambda r: _ratio(r["intent_right"], r["sentences"]),
    "对话：6 轮内结论正确": lambda r: f"{_ratio(r['verdicts_right'], r['dialogues'])}（{r['dialogues']} 段）",
    "对话：回答问题被当成超出范围": lambda r: str(r["out_of_scope_answers"]),
}


def summary(measured: dict[str, tuple[Any, Any]]) -> dict[str, dict[str, Any]]:
    """{split: counts}, and for the tuning split the ids that failed (measure.measure's reports)."""
    record = {}
    for split, (said, played) in measured.items():
        record[split] = {
            "sentences": said.cases,
            "facts_right": said.facts_right,
            "intent_right": said.intent_right,
            "dialogues": played.cases,
            "verdicts_right": played.right,
            "out_of_scope_answers": played.out_of_scope_answers,
        }
        if split == "tuning":
            record[split] |= {
                "facts_wrong": sorted(said.facts_wrong),
                "intent_wrong": sorted(said.intent_wrong),
                "verdicts_wrong": sorted(played.wrong),
            }
    return record


def load_record() -> dict[str, dict[str, Any]]:
    return json.loads(RECORD.read_text(encoding="utf-8"))


def table_cells(record: dict[str, dict[str, Any]]) -> dict[str, list[str]]:
    """{row label: [tuning cell, held-out cell]} as README shows them."""
    return {label: [cell(record[split]) for split in SPLITS] for label, cell in ROWS.items()}


def readme_with(record: dict[str, dict[str, Any]], readme: str) -> str:
    for label, cells in table_cells(record).items():
        pattern = re.compile(rf"^\| {re.escape(label)} \|[^|\n]*\|[^|\n]*\|", re.MULTILINE)
        readme, found = pattern.subn(f"| {label} | {cells[0]} | {cells[1]} |", readme)
        if found != 1:
            raise ValueError(f"README 里找不到“{label}”这一行")
    return readme


def _ratio(right: int, cases: int) -> str:
    return f"{right / max(cases, 1):.3f}"


def main(argv: list[str] | None = None) -> int:
    from evals.understanding.measure import measure

    parser = argparse.ArgumentParser(description="Measure both blind splits in full; write or check the record.")
    parser.add_argument("--check", action="store_true", help="compare with measured.json instead of writing it")
    args = parser.parse_args(argv)
    record = summary(measure(SPLITS))
    if args.check:
        recorded = load_record()
        stale = [split for split in SPLITS if record[split] != recorded[split]]
        print("记录与本次测量一致。" if not stale else f"记录已过时（{'、'.join(stale)}），请运行 make figures。")
        return 1 if stale else 0
    RECORD.write_text(json.dumps(record, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    README.write_text(readme_with(record, README.read_text(encoding="utf-8")), encoding="utf-8")
    print(json.dumps({split: {k: v for k, v in r.items() if not k.endswith("wrong")} for split, r in record.items()}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
