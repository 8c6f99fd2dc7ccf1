"""Properties that hold for any facts: DESIGN's precedence, monotone years and levels, dates that
keep their word, clauses that exist. Situations come from tests/rules/strategies.py."""

from __future__ import annotations

import datetime as dt

from hypothesis import assume, given, settings
from hypothesis import strategies as st

from corpus import load_corpus
from rules import Facts, evaluate
from rules.documents import in_force_from
from rules.precedence import BEST_FIRST
from rules.skill_to_title import green_channel_in_question
from tests.rules.strategies import SKILL_LEVELS, facts, waiting_facts

# Facts that open a route nobody is asked about (DESIGN: honours and 绝活 only when brought up;
# a title the person never mentioned): revealing them may open that route sooner, by design.
NEVER_ASKED = {"honours", "front_line_mastery", "major_contribution", "wants_direct_application", "title_held"}
REVEALED_VALUES = {
    "province": st.sampled_from(["云南", "广东"]),
    "series": st.sampled_from(["工程", "卫生"]),
    "annual_review_results": st.sampled_from([["合格"] * 3, ["优秀", "合格", "不合格"], ["基本合格"]]),
    "annual_reviews_all_pass": st.booleans(),
    "technical_work_interrupted": st.booleans(),
    "technical_work_gap_years": st.sampled_from([0.5, 1, 3]),
    "new_occupation": st.booleans(),
    "meets_occupation_standard": st.booleans(),
    "occupation_matches_post": st.booleans(),
}


YUNNAN_NOTICE = in_force_from("yunnan_in_force_from")


def verdict(situation: dict, as_of: dt.date):
    return evaluate(Facts.model_validate(situation), as_of)


def worse_or_same(after, before) -> bool:
    return BEST_FIRST.index(after.outcome) >= BEST_FIRST.index(before.outcome)


@settings(max_examples=400, deadline=None)
@given(facts("skill_to_title"), st.sampled_from(["review", "certificates"]))
def test_a_known_failure_never_makes_it_better(case, failure):
    situation, as_of = case
    assume(situation.get("target_level"))
    before = verdict(situation, as_of)
    failing = (
        {"annual_review_results": ["不合格"], "annual_reviews_all_pass": None}
        if failure == "review"
        else {"skill_certificates": [{"level": SKILL_LEVELS[1], "obtained": "2010"}]}
    )
    after = verdict({**situation, **failing}, as_of)
    assert worse_or_same(after, before)
    if before.outcome == "not_eligible":
        assert after.outcome == "not_eligible"


@settings(max_examples=500, deadline=None)
@given(waiting_facts(), st.data())
def test_revealing_an_unknown_never_brings_the_date_forward(case, data):
    situation, as_of = case
    before = verdict(situation, as_of)
    assume(before.outcome == "not_yet")
    asked = set() if green_channel_in_question(Facts.model_validate(situation)) else NEVER_ASKED
    unknown = sorted(name for name in REVEALED_VALUES if name not in situation and name not in asked)
    assume(unknown)
    name = data.draw(st.sampled_from(unknown))
    after = verdict({**situation, name: data.draw(REVEALED_VALUES[name])}, as_of)
    # A series outside the integrated list in Yunnan is judged by that series' own conditions, not
    # the 2/3/4-year rungs (yunnan-2021-28:4, DESIGN): another route, not an earlier date.
    assume(after.route != "yunnan_other_series")
    assert after.outcome not in ("eligible", "conditional"), (name, after.summary)
    if after.outcome == "not_yet":
        assert after.earliest_date >= before.earliest_date


@settings(max_examples=300, deadline=None)
@given(waiting_facts(), st.integers(1, 3000))
def test_more_years_never_make_it_worse(case, days_earlier):
    situation, as_of = case
    earlier = dict(situation["skill_certificates"][0])
    earlier["obtained"] = str(dt.date.fromisoformat(earlier["obtained"]) - dt.timedelta(days_earlier))
    before = verdict(situation, as_of)
    after = verdict({**situation, "skill_certificates": [earlier]}, as_of)
    assert worse_or_same(before, after), (before.summary, after.summary)


@settings(max_examples=300, deadline=None)
@given(waiting_facts(), st.data())
def test_a_higher_skill_level_never_makes_it_worse(case, data):
    """Skill → title: a higher level counts as each lower one (晋级 asks for the level below exactly)."""
    situation, as_of = case
    assume(situation["track"] == "skill_to_title")
    certificates = situation["skill_certificates"]
    index = data.draw(st.integers(0, len(certificates) - 1))
    current = certificates[index]["level"]
    raised = [dict(c) for c in certificates]
    raised[index]["level"] = data.draw(st.sampled_from(SKILL_LEVELS[SKILL_LEVELS.index(current) :]))
    before, after = verdict(situation, as_of), verdict({**situation, "skill_certificates": raised}, as_of)
    assert worse_or_same(before, after)


@settings(max_examples=400, deadline=None)
@given(st.one_of(facts(), waiting_facts()))
def test_earliest_date_keeps_its_word(case):
    """Between as_of and the date the rules must not change: both documents already apply. The day before, the
    same target is still not yet (with no level asked, DESIGN lets a lower level reached sooner become the
    target: a 技师 waiting for 中级 may reach 助理级 first)."""
    situation, as_of = case
    assume(as_of >= YUNNAN_NOTICE and not any("years_held" in c for c in situation.get("skill_certificates") or []))
    given_verdict = verdict(situation, as_of)
    if given_verdict.earliest_date is None:
        return
    day = given_verdict.earliest_date
    assert given_verdict.outcome == "not_yet" and day > as_of
    on_the_day = verdict(situation, day)
    assert on_the_day.outcome in ("eligible", "conditional", "need_info"), on_the_day.summary
    if not given_verdict.missing_facts:
        assert on_the_day.outcome in ("eligible", "conditional")
    day_before = verdict({**situation, "target_level": given_verdict.target}, day - dt.timedelta(days=1))
    assert day_before.outcome == "not_yet" and day_before.earliest_date == day


@settings(max_examples=400, deadline=None)
@given(facts())
def test_every_cited_clause_exists_and_verdicts_are_repeatable(case):
    situation, as_of = case
    corpus = load_corpus()
    parsed = Facts.model_validate(situation)
    result = evaluate(parsed, as_of)
    cited = {i for c in result.conditions for i in c.clause_ids}
    assert all(clause_id in corpus for clause_id in set(result.clause_ids) | cited)
    assert cited <= set(result.clause_ids)
    assert evaluate(parsed, as_of) == result
    assert result.summary and (result.outcome != "need_info" or result.missing_facts)
