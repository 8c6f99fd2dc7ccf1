"""evaluate(facts, as_of) -> Verdict: the deterministic decision (being filled in)."""

from __future__ import annotations

import datetime as dt

from rules.facts import Facts
from rules.verdict import Verdict


def evaluate(facts: Facts, as_of: dt.date) -> Verdict:
    return Verdict(outcome="need_info", track=facts.track, target=facts.target_level, as_of=as_of,
                   missing_facts=["track"], summary="规则引擎正在建设中。")
