"""The engine against an independent encoding of the rules (tests/rules/oracle/), the way
PolicyEngine is checked against TAXSIM. The oracle was written from DESIGN and the text alone by an
author who never read the engine; every disagreement found was settled against the text (see
oracle/READINGS.md) and pinned as a situation test. Here both decide thousands of random
situations and must agree on outcome, target, earliest date and obligation."""

from __future__ import annotations

import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from rules import Facts, evaluate
from tests.rules.oracle.oracle import decide
from tests.rules.strategies import facts, waiting_facts

SITUATIONS = int(os.environ.get("GUANTONG_ORACLE_SITUATIONS", "10000"))
COMPARED = ("outcome", "target", "earliest_date", "obligation")


def compare(situation: dict, as_of) -> None:
    engine = evaluate(Facts.model_validate(situation), as_of)
    oracle = decide(situation, as_of)
    got = {key: getattr(engine, key) for key in COMPARED}
    expected = {key: oracle[key] for key in COMPARED}
    assert got == expected, (situation, as_of.isoformat(), engine.summary)


@settings(max_examples=SITUATIONS, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(facts(), waiting_facts()))
def test_engine_and_oracle_agree(case):
    compare(*case)
