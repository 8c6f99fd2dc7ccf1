"""Properties that must hold for any facts: monotone in years and level, dates that keep their word."""

from __future__ import annotations

import datetime as dt

from hypothesis import given, settings
from hypothesis import strategies as st

from corpus import load_corpus
from rules import Facts, evaluate
from rules.verdict import OUTCOME_RANK

SKILL_LEVELS = ["初级工", "中级工", "高级工", "技师", "高级技师"]
TITLES = ["员级", "助理级", "中级", "副高级", "正高级"]
HONOURS = ["中华技能大奖", "全国技术能手", "国家级技能大师工作室带头人", "省级以上政府特殊津贴", "高精尖缺高技能人才"]

dates = st.dates(dt.date(2000, 1, 1), dt.date(2030, 12, 31))
maybe_bool = st.sampled_from([None, True, False])
certificate = st.fixed_dictionaries({"level": st.sampled_from(SKILL_LEVELS), "obtained": dates.map(str)})
reviews = st.one_of(st.none(), st.lists(st.sampled_from(["合格", "基本合格", "不合格", "unknown"]), max_size=3))

skill_to_title_facts = st.fixed_dictionaries({
    "track": st.just("skill_to_title"),
    "province": st.sampled_from([None, "云南", "北京"]),
    "series": st.sampled_from([None, "工程", "农业", "技工院校教师", "卫生"]),
    "target_level": st.sampled_from(TITLES),
    "skill_certificates": st.lists(certificate, min_size=1, max_size=3),
    "technical_work_since": maybe_bool,
    "annual_review_results": reviews,
    "annual_reviews_all_pass": maybe_bool,
    "honours": st.one_of(st.none(), st.lists(st.sampled_from(HONOURS), max_size=2, unique=True)),
    "front_line_mastery": maybe_bool,
    "new_occupation": maybe_bool,
})

title_to_skill_facts = st.fixed_dictionaries({
    "track": st.just("title_to_skill"),
    "title_held": st.sampled_from([None, "助理级", "中级", "副高级", "正高级"]),
    "target_level": st.sampled_from(SKILL_LEVELS[2:]),
    "skill_certificates": st.lists(certificate, min_size=1, max_size=3),
    "meets_occupation_standard": maybe_bool,
})

any_facts = st.one_of(
    skill_to_title_facts, title_to_skill_facts,
    st.fixed_dictionaries({"exam": st.sampled_from([None, "会计", "软考", "注册会计师"]),
                           "track": st.just("qualification_exam")}),
    st.fixed_dictionaries({"track": st.just("organiser"), "province": st.sampled_from([None, "云南", "广东"]),
                           "applicant_count": st.one_of(st.none(), st.integers(0, 12))}),
    st.fixed_dictionaries({"target_level": st.sampled_from([None, *TITLES, *SKILL_LEVELS]),
                           "skill_certificates": st.one_of(st.none(), st.lists(certificate, max_size=2))}),
)
level_facts = st.one_of(skill_to_title_facts, title_to_skill_facts)


def rank(facts: dict, as_of: dt.date) -> int:
    return OUTCOME_RANK[evaluate(Facts.model_validate(facts), as_of).outcome]


@settings(max_examples=300, deadline=None)
@given(level_facts, dates, st.integers(0, 3000), st.data())
def test_more_years_never_make_it_worse(facts, as_of, days_earlier, data):
    index = data.draw(st.integers(0, len(facts["skill_certificates"]) - 1))
    earlier = [dict(c) for c in facts["skill_certificates"]]
    earlier[index]["obtained"] = str(dt.date.fromisoformat(earlier[index]["obtained"]) - dt.timedelta(days_earlier))
    assert rank({**facts, "skill_certificates": earlier}, as_of) >= rank(facts, as_of)


@settings(max_examples=300, deadline=None)
@given(skill_to_title_facts, dates, st.data())
def test_a_higher_skill_level_never_makes_it_worse(facts, as_of, data):
    index = data.draw(st.integers(0, len(facts["skill_certificates"]) - 1))
    current = facts["skill_certificates"][index]["level"]
    higher = data.draw(st.sampled_from(SKILL_LEVELS[SKILL_LEVELS.index(current):]))
    raised = [dict(c) for c in facts["skill_certificates"]]
    raised[index]["level"] = higher
    assert rank({**facts, "skill_certificates": raised}, as_of) >= rank(facts, as_of)


@settings(max_examples=300, deadline=None)
@given(level_facts, dates)
def test_earliest_date_keeps_its_word(facts, as_of):
    verdict = evaluate(Facts.model_validate(facts), as_of)
    if verdict.earliest_date is None:
        return
    assert verdict.outcome == "not_yet" and verdict.earliest_date > as_of
    on_the_day = evaluate(Facts.model_validate(facts), verdict.earliest_date)
    assert on_the_day.outcome in ("eligible", "conditional")
    if not on_the_day.open_conditions:
        assert on_the_day.outcome == "eligible"
    day_before = evaluate(Facts.model_validate(facts), verdict.earliest_date - dt.timedelta(days=1))
    assert day_before.outcome == "not_yet"


@settings(max_examples=400, deadline=None)
@given(any_facts, dates)
def test_every_cited_clause_exists_and_verdicts_are_repeatable(facts, as_of):
    corpus = load_corpus()
    parsed = Facts.model_validate(facts)
    verdict = evaluate(parsed, as_of)
    cited = set(verdict.clause_ids) | {i for c in verdict.conditions for i in c.clause_ids}
    assert all(clause_id in corpus for clause_id in cited)
    assert {i for c in verdict.conditions for i in c.clause_ids} <= set(verdict.clause_ids)
    assert evaluate(parsed, as_of) == verdict
    assert verdict.summary and (verdict.outcome != "need_info" or verdict.missing_facts)
