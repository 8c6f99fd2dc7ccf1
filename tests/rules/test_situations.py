"""The example situations in situations/*.yaml, each checked against the engine.

Keys under `expect` (all optional but `outcome`): outcome, track, target, earliest_date (null means
none), clause_ids (each must be cited), missing_first, missing_contains, other_options
({target: outcome}), summary_contains, summary_lacks, notes_contain, assumptions (true: some stated).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from rules import Facts, evaluate

SITUATIONS_DIR = Path(__file__).parent / "situations"


def _as_fact_value(value):
    """YAML reads 2021-05-10 as a date and 2020 as a number; facts take dates as text."""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: (str(v) if k in ("obtained", "title_obtained") and isinstance(v, int) else _as_fact_value(v))
                for k, v in value.items()}
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


def test_there_are_at_least_60_situations():
    assert len(SITUATIONS) >= 60
    assert len({s["name"] for s in SITUATIONS}) == len(SITUATIONS), "situation names must be unique"


@pytest.mark.parametrize("situation", SITUATIONS, ids=[f"{s['file']}:{s['name']}" for s in SITUATIONS])
def test_situation(situation):
    verdict = evaluate(Facts.model_validate(situation["facts"]), situation["as_of"])
    expect = situation["expect"]
    assert verdict.outcome == expect["outcome"], verdict.summary
    for key in ("track", "target"):
        if key in expect:
            assert getattr(verdict, key) == expect[key]
    if "earliest_date" in expect:
        assert verdict.earliest_date == expect["earliest_date"]
    assert set(expect.get("clause_ids", [])) <= set(verdict.clause_ids)
    if "missing_first" in expect:
        assert verdict.missing_facts[:1] == [expect["missing_first"]], verdict.missing_facts
    if "missing_contains" in expect:
        assert expect["missing_contains"] in verdict.missing_facts
    options = {o.target: o.outcome for o in verdict.other_options}
    for target, outcome in expect.get("other_options", {}).items():
        assert options.get(target) == outcome, options
    if "summary_contains" in expect:
        assert expect["summary_contains"] in verdict.summary
    if "summary_lacks" in expect:
        assert expect["summary_lacks"] not in verdict.summary
    if "notes_contain" in expect:
        assert any(expect["notes_contain"] in note for note in verdict.notes)
    if "assumptions" in expect:
        assert bool(verdict.assumptions) == expect["assumptions"]


@pytest.mark.parametrize("situation", SITUATIONS, ids=[f"{s['file']}:{s['name']}" for s in SITUATIONS])
def test_every_verdict_is_explained(situation):
    """Whatever the outcome: a summary, each condition with clauses, need_info names a fact."""
    verdict = evaluate(Facts.model_validate(situation["facts"]), situation["as_of"])
    assert verdict.summary.endswith("。")
    assert all(c.clause_ids and c.detail for c in verdict.conditions)
    assert (verdict.outcome == "need_info") <= bool(verdict.missing_facts)
    assert (verdict.outcome == "not_yet") == (verdict.earliest_date is not None)
    assert (verdict.outcome == "conditional") <= bool(verdict.open_conditions)
