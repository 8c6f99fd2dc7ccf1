"""The FAQ's content: every quote verbatim, every parameter and substantive clause answered,
every eligibility answer re-decided by the rules engine, nothing stated beyond the quotes."""

import re

import pytest

from assistant.faq import build_faq
from assistant.faq.topics import TOPICS
from corpus import load_corpus
from rules import Facts, evaluate, load_parameters

# The topics the issue asks for (an overview topic comes on top of them).
REQUIRED_TOPICS = {"申报条件", "绿色通道", "评价方式", "专业技术人员考技能等级", "待遇", "云南规定", "组织评审"}

# Parameters the engine decides eligibility with: their answers must be re-checked on examples.
DECIDING_PARAMETERS = {
    "minimum_skill_level_for_titles",
    "assistant_title_rung",
    "intermediate_title_rung",
    "deputy_senior_title_rung",
    "annual_review_requirement",
    "integrated_series",
    "yunnan_other_series",
    "new_occupation_mapping",
    "green_channel_honours",
    "green_channel_titles",
    "special_evaluation",
    "title_to_skill_mapping",
    "promotion_wait_years",
    "qualification_exams",
    "separate_panel_threshold",
}


@pytest.fixture(scope="module")
def faq():
    return build_faq()


def test_every_quote_is_a_verbatim_substring_of_its_clause(faq):
    corpus = load_corpus()
    citations = [(e.entry_id, c) for e in faq.entries for c in e.citations]
    assert citations
    for entry_id, citation in citations:
        clause = corpus.clause(citation.clause_id)
        assert citation.quote and citation.quote in clause.text, (entry_id, citation.quote)
        assert citation.label == clause.label, entry_id


def test_every_entry_cites_something(faq):
    assert all(entry.citations for entry in faq.entries)


def test_every_parameter_yields_at_least_one_entry(faq):
    from_rules = {e.parameter for e in faq.entries if e.source == "rules"}
    assert {p.name for p in load_parameters()} <= from_rules
    assert not faq.coverage.uncovered_parameters


def test_rules_entries_cite_their_parameters_clause(faq):
    parameters = load_parameters()
    for entry in faq.entries:
        if entry.parameter:
            cited = {c.clause_id for c in entry.citations}
            assert parameters.clause(entry.parameter) in cited, entry.entry_id


def test_every_substantive_clause_is_answered(faq):
    coverage = faq.coverage
    assert coverage.complete and not coverage.uncovered
    corpus = load_corpus()
    with_body = {c.clause_id for c in corpus.clauses() if c.text.strip()}
    # Only clauses without any policy content may be left out, each with a stated reason.
    assert with_body - set(coverage.substantive) == {"yunnan-2021-28:closing"}
    assert all(coverage.excluded.values())


@pytest.mark.parametrize("name", sorted(DECIDING_PARAMETERS))
def test_eligibility_answers_are_verified_by_the_engine(faq, name):
    entries = [e for e in faq.entries if e.parameter == name]
    assert entries and all(e.verified_by for e in entries)


def test_every_verified_example_really_gets_that_verdict(faq):
    """Re-run each example independently of the builder's own check."""
    checks = [c for e in faq.entries for c in e.verified_by]
    assert len(checks) >= 40
    for check in checks:
        example = check.example
        verdict = evaluate(Facts.model_validate(example.facts), example.as_of)
        assert verdict.outcome == example.expected.outcome, example.situation
        if example.expected.target:
            assert verdict.target == example.expected.target, example.situation
        if example.expected.earliest_date:
            assert verdict.earliest_date == example.expected.earliest_date, example.situation
        assert check.summary == verdict.summary


def test_each_years_rule_is_checked_on_and_one_day_before_the_anniversary(faq):
    for name in ("assistant_title_rung", "intermediate_title_rung", "deputy_senior_title_rung"):
        rung = load_parameters().value(name)
        (entry,) = [e for e in faq.entries if e.parameter == name]
        outcomes = {c.example.expected.outcome: c.example for c in entry.verified_by}
        eligible, not_yet = outcomes["eligible"], outcomes["not_yet"]
        obtained = eligible.facts["skill_certificates"][0]["obtained"]
        assert eligible.as_of.isoformat() == f"{int(obtained[:4]) + rung['years']}{obtained[4:]}"
        assert (eligible.as_of - not_yet.as_of).days == 1
        assert not_yet.expected.earliest_date == eligible.as_of
        assert f"满{rung['years']}年" in entry.summary


def test_numbers_in_answers_come_from_their_quotes(faq):
    """An answer may not state a number (years, people, dates) that its quotes do not contain."""
    for entry in faq.entries:
        quoted = "".join(c.quote for c in entry.citations)
        for number in re.findall(r"\d+", entry.summary):
            assert number in quoted, (entry.entry_id, number)


def test_what_the_documents_leave_open_is_said_to_be_left_open(faq):
    by_parameter = {e.parameter: e for e in faq.entries if e.parameter}
    for name in ("title_to_skill_mapping", "promotion_wait_years"):
        notes = "".join(by_parameter[name].notes)
        assert "国家职业技能标准" in notes and "没有写明" in notes


def test_every_issue_topic_has_entries_and_every_entry_a_known_topic(faq):
    names = {t.topic_id: t.name for t in TOPICS}
    used = {names[e.topic_id] for e in faq.entries}
    assert used >= REQUIRED_TOPICS


def test_entry_ids_are_unique_ascii_anchors(faq):
    ids = [e.entry_id for e in faq.entries]
    assert len(ids) == len(set(ids))
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)


def test_questions_are_questions_and_unique(faq):
    questions = [e.question for e in faq.entries]
    assert len(questions) == len(set(questions))
    assert all(q.endswith("？") for q in questions)
