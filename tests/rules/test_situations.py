"""The example situations in situations/*.yaml, each checked against the engine.

Keys under `expect` (all optional but `outcome`):
- outcome, track, target, route, obligation: equal;
- earliest_date: equal (null: none); clause_ids: each is cited;
- missing_facts (the whole list), missing_first, missing_contains, missing_lacks;
- other_options: {target: outcome};
- summary_contains / summary_lacks, notes_contain, open_contain, assumptions_contain /
  assumptions_lack, conditions_contain / conditions_lack: a piece of text in that part of the verdict.
A situation may carry `issue` (the defect of issue #10 it pins down), `ask` (the same case in
a person's words, which tests/ui/test_surfaces_agree.py sends through every front door) and `unsure`
(the facts the person was asked about and could not say).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from rules import Facts, evaluate

SITUATIONS_DIR = Path(__file__).parent / "situations"
EQUAL_KEYS = ("outcome", "track", "target", "route", "obligation", "earliest_date")


def _as_fact_value(value):
    """YAML reads 2021-05-10 as a date and 2020 as a number; facts take dates as text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {
            k: (str(v) if k in ("obtained", "title_obtained") and isinstance(v, int) else _as_fact_value(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_as_fact_value(v) for v in value]
    return value


def load_situations() -> list[dict]:
    situations = []
    for path in sorted(SITUATIONS_DIR.glob("*.yaml")):
        for item in yaml.safe_load(path.read_text(encoding="utf-8")):
            situations.append({**item, "file": path.stem, "facts": _as_fact_value(item["facts"])})
    return situations


SITUATIONS = load_situations()
IDS = [f"{s['file']}:{s['name']}" for s in SITUATIONS]


def verdict_of(situation):
    return evaluate(Facts.model_validate(situation["facts"]), situation["as_of"], situation.get("unsure", ()))


def _text(verdict, part: str) -> str:
    if part == "conditions":
        return "\n".join(c.requirement + c.detail for c in verdict.conditions)
    if part == "open":
        return "\n".join(verdict.open_conditions)
    return "\n".join(getattr(verdict, part)) if part != "summary" else verdict.summary


def check_expectations(verdict, expect: dict) -> None:
    for key in EQUAL_KEYS:
        if key in expect:
            assert getattr(verdict, key) == expect[key], (key, verdict.summary)
    assert set(expect.get("clause_ids", [])) <= set(verdict.clause_ids)
    _check_missing(verdict.missing_facts, expect)
    options = {o.target: o.outcome for o in verdict.other_options}
    for target, outcome in expect.get("other_options", {}).items():
        assert options.get(target) == outcome, options
    for part in ("summary", "notes", "open", "assumptions", "conditions"):
        if f"{part}_contains" in expect:
            assert expect[f"{part}_contains"] in _text(verdict, part)
        if f"{part}_lacks" in expect:
            assert expect[f"{part}_lacks"] not in _text(verdict, part)


def _check_missing(missing: list[str], expect: dict) -> None:
    if "missing_facts" in expect:
        assert missing == expect["missing_facts"]
    if "missing_first" in expect:
        assert missing[:1] == [expect["missing_first"]], missing
    if "missing_contains" in expect:
        assert expect["missing_contains"] in missing
    if "missing_lacks" in expect:
        assert expect["missing_lacks"] not in missing


def test_there_are_many_situations_with_unique_names():
    assert len(SITUATIONS) >= 120
    assert len(set(IDS)) == len(SITUATIONS), "situation names must be unique within a file"


@pytest.mark.parametrize("situation", SITUATIONS, ids=IDS)
def test_situation(situation):
    check_expectations(verdict_of(situation), situation["expect"])


@pytest.mark.parametrize("situation", SITUATIONS, ids=IDS)
def test_every_verdict_is_explained(situation):
    """Whatever the outcome: a summary, each condition with clauses, need_info names a fact."""
    verdict = verdict_of(situation)
    assert verdict.summary.endswith("。")
    assert all(c.clause_ids and c.detail for c in verdict.conditions)
    assert (verdict.outcome == "need_info") <= bool(verdict.missing_facts)
    assert (verdict.outcome == "not_yet") == (verdict.earliest_date is not None)
    assert (verdict.outcome == "conditional") <= bool(verdict.open_conditions)
    assert (verdict.obligation is not None) <= (verdict.track == "organiser")
