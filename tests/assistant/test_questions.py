"""Every quick reply the assistant offers is understood as an answer to its own question."""

import datetime as dt

import pytest

from assistant.questions import _question_for, next_question, questions, the_rung_held_offered, where_to_find_out
from assistant.reading import replies
from assistant.reading.facts import read
from rules import Facts, evaluate, load_parameters

TODAY = dt.date(2026, 11, 29)
TRACKS = {"target_level_skill": "title_to_skill"}
ASKED_BY_FACT = [
    key
    for key in questions()
    if key
    not in (
        "ambiguity",
        "own_case",
        "organisers_case",
        "series_suggested",
        "skill_certificates_obtained",
        "title_obtained",
        "target_level_skill",
        "annual_reviews_partly",
        "meets_occupation_standard_years",
        "target_level_reachable",
    )
]


@pytest.mark.parametrize("key", [*ASKED_BY_FACT, "target_level_skill"])
def test_each_quick_reply_answers_its_question(key):
    fact = "target_level" if key == "target_level_skill" else key
    question = _question_for(fact, TRACKS.get(key), {}, TODAY)
    assert question.options, key
    for option in question.options:  # read as the pipeline reads a reply to the open question
        result = read(option, TODAY, pending_fact=question.fact)
        kind = replies.answer(option, question.fact, result, classifier=None)
        understood = kind == "unsure" or (kind in ("yes", "no") and (result.updates or result.held_skills))
        assert understood, f"{key}: quick reply “{option}” is not understood"


def test_a_partial_answer_about_reviews_is_asked_on_with_quick_replies_that_are_understood():
    question = _question_for(
        "annual_review_results", "skill_to_title", {"annual_review_results": ["合格", "合格"]}, TODAY
    )
    assert "还差最早那一年的" in question.text
    for option in question.options:
        result = read(option, TODAY, pending_fact=question.fact)
        kind = replies.answer(option, question.fact, result, classifier=None)
        assert kind in ("yes", "no") and result.updates, f"quick reply “{option}” is not understood"


def test_the_latest_review_missing_is_asked_for_by_its_place():
    facts = {"annual_review_results": ["unknown", "合格", "合格"]}
    question = _question_for("annual_review_results", "skill_to_title", facts, TODAY)
    assert "您说了2年的结果，还差最近一年的" in question.text


def test_the_years_told_are_said_back_when_the_standard_is_asked_with_quick_replies_that_are_understood():
    question = _question_for("meets_occupation_standard", "title_to_skill", {"cumulative_work_years": 12.0}, TODAY)
    assert question.fact == "meets_occupation_standard" and "12年" in question.text
    for option in question.options:
        result = read(option, TODAY, pending_fact=question.fact)
        kind = replies.answer(option, question.fact, result, classifier=None)
        understood = kind == "unsure" or (kind in ("yes", "no") and result.updates)
        assert understood, f"quick reply “{option}” is not understood"


def test_policy_lists_in_quick_replies_are_the_rules_parameters():
    parameters = load_parameters()
    series = _question_for("series", None, {}, TODAY).options
    assert series[:-1] == parameters.value("integrated_series")
    assert _question_for("exam", None, {}, TODAY).options == parameters.value("qualification_exams")
    assert _question_for("honours", None, {}, TODAY).options[:-1] == [
        entry["listed_as"] for entry in parameters.value("green_channel_honours")
    ]
    years = parameters.value("annual_review_requirement")["years"]
    assert f"近{years}年" in _question_for("annual_review_results", None, {}, TODAY).text


@pytest.mark.parametrize("key", ["skill_certificates_obtained", "title_obtained"])
def test_date_questions_offer_recent_years_that_read_as_dates(key):
    question = _question_for(
        "skill_certificates" if key.startswith("skill") else key,
        None,
        {"skill_certificates": [{"level": "技师"}]},
        TODAY,
    )
    assert question.fact == key
    for option in question.options:
        assert read(option, TODAY, pending_fact=key).corrected_date == option.rstrip("年")


def test_a_fact_the_person_cannot_tell_says_where_to_find_it_out():
    series, reviews = where_to_find_out(["series", "annual_review_results", "province"])
    assert "、".join(load_parameters().value("integrated_series")) in series and "人事" in reviews


def test_a_rule_asked_from_a_title_to_a_skill_level_offers_the_title_held_first():
    from assistant.questions import own_case_question
    from corpus.lexicon import load_lexicon

    named = [m.entry for m in load_lexicon().find("正高级工程师可以申请高级技师评价吗")]
    assert own_case_question(named).fact == "title_held"
    assert own_case_question([m.entry for m in load_lexicon().find("高级技师可以评高级工程师吗")]).fact == (
        "skill_certificates"
    )


@pytest.mark.parametrize(
    ("held", "asked"),
    [
        ({"level": "技师", "years_held": 2.0}, True),  # 拿了快三年了: counted from whole years, the date may be earlier
        ({"level": "技师", "obtained": "2024"}, True),  # 去年: counted from the year's last day
        ({"level": "技师", "obtained": "2024-05"}, False),  # the month said: nothing to bring forward
    ],
)
def test_a_rough_certificate_date_that_decides_the_wait_is_asked(held, asked):
    facts = {
        "track": "skill_to_title",
        "province": "四川",
        "skill_certificates": [held],
        "target_level": "中级",
        "series": "工程",
        "technical_work_interrupted": False,
        "annual_reviews_all_pass": True,
    }
    verdict = evaluate(Facts.model_validate(facts), TODAY)
    question = next_question(verdict, facts, TODAY)
    assert verdict.outcome == "not_yet"
    assert (question is not None and question.fact == "skill_certificates_obtained") == asked


@pytest.mark.parametrize(
    ("said", "asked"),
    [
        ({}, True),  # 经济系列 in 浙江: closed, unless the work is a new occupation
        ({"new_occupation": False}, False),  # said not to be one: nothing left to ask
        ({"skill_certificates": [{"level": "中级工", "obtained": "2019"}]}, False),  # the level fails too
    ],
)
def test_a_series_outside_the_list_asks_whether_the_work_is_a_new_occupation(said, asked):
    facts = {
        "track": "skill_to_title",
        "province": "浙江",
        "skill_certificates": [{"level": "技师", "obtained": "2019"}],
        "target_level": "中级",
        "series": "经济",
        "technical_work_interrupted": False,
        "annual_reviews_all_pass": True,
    } | said
    verdict = evaluate(Facts.model_validate(facts), TODAY)
    question = next_question(verdict, facts, TODAY)
    assert verdict.outcome == "not_eligible"
    assert (question is not None and question.fact == "new_occupation") == asked


def test_the_title_the_level_held_reaches_is_offered_with_quick_replies_that_are_understood():
    facts = {
        "track": "skill_to_title",
        "series": "工程",
        "target_level": "副高级",
        "skill_certificates": [{"level": "技师"}],
    }
    title, question = the_rung_held_offered(
        evaluate(Facts.model_validate(facts), TODAY), facts, ["技师 想评高级工程师"]
    )
    assert title == "中级" and question.fact == "target_level" and "中级" in question.text and "3年" in question.text
    taken, refused = (read(option, TODAY, pending_fact="target_level", known=facts) for option in question.options)
    assert taken.updates.get("target_level") == "中级" and "target_level" not in refused.updates
    assert replies.kind_by_words(question.options[-1]) == replies.NO
    assert the_rung_held_offered(evaluate(Facts.model_validate(facts), TODAY), facts, ["助理的不要 中级也不要"]) is None


@pytest.mark.parametrize(
    ("held", "asked"),
    [
        ({"level": "高级工", "obtained": "2022-11"}, True),  # years met, counted on no break: a break may put them off
        ({"level": "高级工", "obtained": "2026-05"}, True),  # not yet, whatever else is open: a break moves the date
        ({"level": "高级工"}, False),  # no date: nothing counted, so nothing a break could move
    ],
)
def test_a_break_is_asked_while_the_reviews_are_left_unsure(held, asked):
    facts = {
        "track": "skill_to_title",
        "province": "贵州",
        "skill_certificates": [held],
        "target_level": "助理级",
        "series": "农业",
    }
    unsure = ["annual_review_results", "skill_certificates_obtained"]
    verdict = evaluate(Facts.model_validate(facts), TODAY, unsure)
    question = next_question(verdict, facts, TODAY, skip=unsure)
    assert (question is not None and question.fact == "technical_work_interrupted") == asked
