"""The path map agrees with `evaluate` on every rung of every situation, and climbs exactly the
levels above the ones held."""

from __future__ import annotations

import datetime as dt

import pytest

from rules import Facts, evaluate, load_parameters, path_map
from tests.rules.test_situations import IDS, SITUATIONS

LADDER_TRACKS = ("skill_to_title", "title_to_skill")


def _facts(situation) -> Facts:
    return Facts.model_validate(situation["facts"])


def _levels_above_held(facts: Facts, track: str) -> list[str]:
    """Worked out from the parameters, not from the path map: the titles from 助理级 up, above the
    title held; the skill levels 2.4 names, above the highest certificate."""
    p = load_parameters()
    if track == "skill_to_title":
        titles = p.value("title_levels")
        floor = titles.index(facts.held_title) + 1 if facts.held_title else 1
        return titles[max(floor, 1) :]
    skills = p.value("skill_levels")
    held = max((skills.index(c.level) for c in facts.skill_certificates or []), default=-1)
    return [s for s in p.value("title_to_skill_mapping").values() if skills.index(s) > held]


@pytest.mark.parametrize("situation", SITUATIONS, ids=IDS)
def test_every_rung_is_the_verdict_for_that_level(situation):
    facts, as_of, unsure = _facts(situation), situation["as_of"], situation.get("unsure", ())
    path = path_map(facts, as_of, unsure)
    for track in LADDER_TRACKS:
        assert [r.target for r in path.rungs if r.track == track] == _levels_above_held(facts, track)
    for rung in path.rungs:
        verdict = evaluate(facts.model_copy(update={"track": rung.track, "target_level": rung.target}), as_of, unsure)
        assert (rung.outcome, rung.earliest_date, rung.route) == (verdict.outcome, verdict.earliest_date, verdict.route)
        assert rung.clause_ids == verdict.clause_ids and rung.summary == verdict.summary
        assert rung.missing_facts == verdict.missing_facts


ASKED_ON_A_LADDER = [
    s
    for s in SITUATIONS
    if s["facts"].get("track") in LADDER_TRACKS and s["facts"].get("target_level") and "outcome" in s["expect"]
]


@pytest.mark.parametrize("situation", ASKED_ON_A_LADDER, ids=[f"{s['file']}:{s['name']}" for s in ASKED_ON_A_LADDER])
def test_the_rung_asked_about_has_the_situations_expected_outcome(situation):
    """The hand-written expectation of a situation about one level is what its rung says."""
    facts, expect = _facts(situation), situation["expect"]
    rung = next(
        (
            r
            for r in path_map(facts, situation["as_of"], situation.get("unsure", ())).rungs
            if (r.track, r.target) == (facts.track, facts.target_level)
        ),
        None,
    )
    if rung is None:  # a level already held: no rung to climb
        assert facts.target_level not in _levels_above_held(facts, facts.track)
        return
    assert rung.outcome == expect["outcome"]
    if "earliest_date" in expect:
        assert rung.earliest_date == expect["earliest_date"]


def test_there_are_enough_situations_asked_on_a_ladder():
    assert len(ASKED_ON_A_LADDER) >= 80


def test_standing_is_the_highest_level_held_with_its_date():
    facts = Facts.model_validate(
        {
            "skill_certificates": [
                {"level": "高级工", "obtained": "2016-05"},
                {"level": "技师", "obtained": "2020-07-01"},
            ],
            "title_held": "助理级",
            "title_obtained": "2019",
        }
    )
    standing = path_map(facts, dt.date(2024, 6, 1)).standing
    assert (standing.skill_level, standing.skill_since) == ("技师", dt.date(2020, 7, 1))
    assert (standing.title_level, standing.title_since) == ("助理级", dt.date(2019, 12, 31))
