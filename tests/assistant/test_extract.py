"""Fact extraction from free Chinese text into the rules' facts."""

import datetime as dt

import pytest

from assistant.extract import extract
from rules import Facts

TODAY = dt.date(2026, 11, 29)


@pytest.mark.parametrize(
    "text,updates,held",
    [
        (
            "我是电工，2020年7月拿的技师证，能评中级职称吗",
            {"target_level": "中级", "track": "skill_to_title"},
            [{"level": "技师", "obtained": "2020-07"}],
        ),
        ("我有高级工证，想评助工", {"series": "工程", "target_level": "助理级"}, [{"level": "高级工"}]),
        (
            "我是助理工程师，能考高级工吗",
            {"title_held": "助理级", "target_level": "高级工", "track": "title_to_skill"},
            [],
        ),
        ("我是讲师，想考技师", {"series": "技工院校教师", "title_held": "中级", "target_level": "技师"}, []),
        ("拿技师证三年多了", {}, [{"level": "技师", "years_held": 3.0}]),
        (
            "我是高级技师，2019年取得，在昆明，想评副高",
            {"province": "云南", "target_level": "副高级"},
            [{"level": "高级技师", "obtained": "2019"}],
        ),
        ("我們廠裡的技師能評工程師嗎", {"series": "工程", "target_level": "中级"}, [{"level": "技师"}]),
        ("我是二级技能等级，2020年取得", {}, [{"level": "技师", "obtained": "2020"}]),
        ("近三年考核都合格", {"annual_reviews_all_pass": True, "annual_review_results": ["合格"] * 3}, []),
        ("有一年基本合格", {"annual_reviews_all_pass": False, "annual_review_results": ["基本合格"]}, []),
        ("去年不合格", {"annual_reviews_all_pass": False, "annual_review_results": ["不合格"]}, []),
        (
            "我是全国技术能手，能直接评正高吗",
            {"honours": [{"name": "技术能手", "level": "国家级"}], "target_level": "正高级"},
            [],
        ),
        ("我是省技术能手", {"honours": [{"name": "技术能手", "level": "省级"}]}, []),
        ("享受州政府津贴", {"honours": [{"name": "政府特殊津贴", "level": "市级"}]}, []),
        ("我们单位有6个人申报，要单独设评审组吗", {"applicant_count": 6, "track": "organiser"}, []),
        ("我想考会计证", {"exam": "会计", "track": "qualification_exam"}, []),
        ("没有证书", {"skill_certificates": []}, []),
        ("还没有高级工证书", {"skill_certificates": []}, []),
        ("我在广东，想评卫生系列中级", {"province": "广东", "series": "卫生", "target_level": "中级"}, []),
        ("中间转岗了两年没干技术活", {"technical_work_interrupted": True, "technical_work_gap_years": 2.0}, []),
        ("累计工作年限已经达到职业标准的要求了", {"meets_occupation_standard": True}, []),
        ("工作年限够不够还不清楚", {}, []),
    ],
)
def test_extracts_facts(text, updates, held):
    result = extract(text, TODAY)
    assert {k: result.updates[k] for k in updates if k in result.updates} == updates
    assert result.held_skills == held


def test_every_extracted_fact_is_valid_for_the_rules():
    for text in (
        "我是电工，2020年7月拿的技师证，一直在一线，考核都合格，能评工程系列中级职称吗",
        "我是高级工程师，累计年限已经达到了，想评高级技师",
        "我们在昆明，有5个高技能人才申报",
    ):
        result = extract(text, TODAY)
        Facts.model_validate({**result.updates, "skill_certificates": result.held_skills or None})


def test_ambiguous_word_is_asked_about_not_guessed():
    result = extract("我是高工，能评正高吗", TODAY)
    assert [(a.surface, a.readings) for a in result.ambiguities] == [("高工", ["高级工程师", "高级工"])]
    assert not result.held_skills and "title_held" not in result.updates


@pytest.mark.parametrize(
    "reply,pending,expected",
    [
        ("不清楚", "meets_occupation_standard", None),
        ("对应", "occupation_matches_post", True),
        ("够", "meets_occupation_standard", True),
        ("不是", "new_occupation", False),
    ],
)
def test_short_replies_answer_only_the_pending_question(reply, pending, expected):
    assert extract(reply, TODAY, pending_fact=pending).updates == {pending: expected}


@pytest.mark.parametrize("reply", ["是", "不是", "够", "不清楚"])
def test_yes_or_no_without_a_question_says_nothing(reply):
    assert extract(reply, TODAY).updates == {}


def test_date_alone_corrects_only_with_a_cue_or_a_date_question():
    assert extract("不对，是2021年拿的", TODAY).corrected_date == "2021"
    assert extract("2021年", TODAY).corrected_date is None
    assert extract("2021年", TODAY, pending_fact="skill_certificates_obtained").corrected_date == "2021"
