"""The console's form stands for the facts exactly: every situation of the rules goes into the
form and comes back the same; what a caller says in words the form cannot hold is reported in
Chinese and the rest still counts; the call record masks numbers."""

import datetime as dt

import pytest

from rules import Facts, evaluate
from tests.rules.test_situations import IDS, SITUATIONS
from ui.web import console_form
from ui.web.console import call_record, decide


@pytest.mark.parametrize("situation", SITUATIONS, ids=IDS)
def test_every_situation_fills_the_form_and_reads_back_the_same(situation):
    facts = Facts.model_validate(situation["facts"])
    form = console_form.form_from_facts(facts)
    assert set(form) == {f.key for f in console_form.all_fields()}
    assert Facts.model_validate(console_form.facts_from_form(form)) == facts


def test_an_empty_form_is_no_facts_at_all():
    assert console_form.facts_from_form(console_form.empty_form()) == {}


def test_how_the_form_reads_what_the_operator_chose():
    form = {
        **console_form.empty_form(),
        "cert_level_0": "技师",
        "cert_when_0": "3.5年",
        "cert_level_1": "高级工",
        "cert_when_1": " 2016-05 ",
        "review_1": "合格",
        "honour_name": console_form.NONE_HELD,
        "technical_work_interrupted": console_form.NO,
        "applicant_count": "5",
        "technical_work_gap_years": "0.5",
    }
    assert console_form.facts_from_form(form) == {
        "skill_certificates": [{"level": "技师", "years_held": 3.5}, {"level": "高级工", "obtained": "2016-05"}],
        "annual_review_results": ["unknown", "合格"],
        "honours": [],
        "technical_work_interrupted": False,
        "applicant_count": 5,
        "technical_work_gap_years": 0.5,
    }


def test_no_certificate_is_a_known_none_that_settles_the_title_question():
    form = {**console_form.empty_form(), "track": "skill_to_title", "cert_level_0": console_form.NONE_HELD}
    facts = Facts.model_validate(console_form.facts_from_form(form))
    assert facts.skill_certificates == [] and evaluate(facts, dt.date(2024, 6, 1)).outcome == "not_eligible"


def test_what_the_rules_cannot_read_is_named_in_chinese_and_the_rest_still_counts():
    form = {
        **console_form.empty_form(),
        "as_of": "2024年",
        "track": "organiser",
        "province": "云南",
        "applicant_count": "五个",
        "title_obtained": "前年",
    }
    facts, as_of, problems = decide(form)
    assert as_of == dt.date.today() and facts.province == "云南" and facts.applicant_count is None
    assert len(problems) == 3 and all("暂" in p for p in problems)
    assert any("判断日期" in p for p in problems) and any("高技能人才申报人数" in p for p in problems)
    assert any("前年" in p and "格式不对" in p for p in problems)


def test_the_call_record_masks_numbers_and_says_what_was_decided():
    form = {
        **console_form.empty_form(),
        "as_of": "2024-06-01",
        "track": "organiser",
        "province": "云南",
        "applicant_count": "5",
        "series": "电话13812345678",
    }
    record = call_record(form, "来电人身份证530102199001011234，手机 138 1234 5678", dt.datetime(2024, 6, 1, 9, 30))
    assert "记录时间：2024-06-01 09:30" in record and "高技能人才申报人数：5" in record
    assert "结论：符合条件，可以申报" in record and "应当" in record
    assert "530***********1234" in record and "138****5678" in record
    assert "13812345678" not in record and "530102199001011234" not in record
