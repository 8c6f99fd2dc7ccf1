"""Generation fails loudly, naming the entry, when the text, the rules and the FAQ disagree."""

import pytest

from assistant.faq import FaqVerificationError, build_faq_from
from assistant.faq.rules_questions import TEMPLATES, entry_id_for
from assistant.faq.verify import check_against_rules, cite
from corpus import load_corpus
from rules import Facts, Parameter, Parameters, evaluate, load_parameters


def parameters_with(name: str, value) -> Parameters:
    """The project's parameters with one value deliberately wrong."""
    return Parameters(
        [Parameter(**{**p.model_dump(), "value": value}) if p.name == name else p for p in load_parameters()]
    )


def test_a_wrong_years_parameter_stops_generation_naming_the_entry():
    wrong = {"skill_level": "技师", "years": 4, "title": "中级"}  # the text says 满3年
    with pytest.raises(FaqVerificationError) as raised:
        build_faq_from(load_corpus(), parameters_with("intermediate_title_rung", wrong), evaluate, Facts.model_validate)
    error = raised.value
    assert error.entry_id == "rules-intermediate-title-rung"
    message = str(error)
    assert "rules-intermediate-title-rung" in message and "满4年" in message
    assert "校验失败" in message and "failed verification" in message


def test_a_wrong_series_list_stops_generation():
    wrong = [*load_parameters().value("integrated_series"), "卫生"]
    with pytest.raises(FaqVerificationError, match="rules-integrated-series"):
        build_faq_from(load_corpus(), parameters_with("integrated_series", wrong), evaluate, Facts.model_validate)


def test_a_wrong_panel_threshold_stops_generation():
    with pytest.raises(FaqVerificationError, match="rules-separate-panel-threshold"):
        build_faq_from(
            load_corpus(),
            parameters_with("separate_panel_threshold", {"applicants": 6, "inclusive": True}),
            evaluate,
            Facts.model_validate,
        )


def test_examples_from_a_wrong_parameter_disagree_with_the_engine():
    """The rules check on its own: the engine (3 years) must reject examples built for 4."""
    name = "intermediate_title_rung"
    wrong = {"skill_level": "技师", "years": 4, "title": "中级"}
    template = TEMPLATES[name]
    entry = build_faq_from(load_corpus(), load_parameters(), evaluate, Facts.model_validate)
    (right_entry,) = [e for e in entry.entries if e.parameter == name]
    wrong_entry = type(right_entry)(
        **{**right_entry.__dict__, "examples": tuple(template.examples(wrong, load_parameters())), "verified_by": ()}
    )
    with pytest.raises(FaqVerificationError) as raised:
        check_against_rules(wrong_entry, evaluate, Facts.model_validate)
    assert raised.value.entry_id == entry_id_for(name)
    assert "规则引擎" in str(raised.value) and "rules engine" in str(raised.value)


def test_a_quote_that_is_not_in_the_clause_is_refused():
    with pytest.raises(FaqVerificationError, match="some-entry"):
        cite(load_corpus(), "some-entry", "mohrss-2020-96:2.2.1", "取得技师后满2年可申报中级职称")


def test_a_citation_of_an_unknown_clause_is_refused():
    with pytest.raises(FaqVerificationError, match="mohrss-2020-96:9"):
        cite(load_corpus(), "some-entry", "mohrss-2020-96:9", "任意文字")
