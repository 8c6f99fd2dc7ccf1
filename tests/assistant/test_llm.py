"""The optional LLM layer: a faithful fake model's rewording is used, a lying one's is rejected.

Only the external LLM endpoint is faked (LangChain's fake chat models); retrieval and rules are real.
"""

import datetime as dt

import pytest
from langchain_core.language_models.fake_chat_models import FakeListChatModel

from assistant.llm import configured_model, guard_problems
from assistant.pipeline import Assistant

AS_OF = dt.date(2026, 11, 29)
QUESTION = "我2024年3月取得技师，一直从事技术工作，考核每年都合格，想评工程系列中级"


@pytest.fixture(scope="module")
def deterministic():
    return Assistant().ask(QUESTION, as_of=AS_OF)


def with_model(reply: str):
    return Assistant(llm=FakeListChatModel(responses=[reply])).ask(QUESTION, as_of=AS_OF)


def test_off_by_default(monkeypatch):
    monkeypatch.delenv("GUANTONG_LLM_BASE_URL", raising=False)
    configured_model.cache_clear()
    assert configured_model() is None


def test_faithful_rewording_is_used(deterministic):
    summary = deterministic.verdict.summary
    faithful = (
        f"**结论**：{summary}\n"
        "简单说：拿到技师以后，要在技术技能岗位上干满3年（人社部发〔2020〕96号 二（二）1），"
        "到2027年3月31日就满了。"
    )
    answer = with_model(faithful)
    assert answer.answer == faithful
    assert answer.verdict == deterministic.verdict and answer.citations == deterministic.citations


@pytest.mark.parametrize(
    "lie,why",
    [
        ("**结论**：您现在可以申报工程系列中级职称。依据人社部发〔2020〕96号 二（二）1。", "outcome"),
        ("**结论**：您还不能申报中级职称，从2026年3月31日起可以。依据人社部发〔2020〕96号 二（二）1。", "dates"),
        ("**结论**：您暂时还不能申报中级，2027年3月31日起可以。依据云人社通〔2021〕28号 二。", "citation"),
        ("**结论**：您暂时还不能申报，2027年3月31日起可以。依据人社部发〔2020〕96号 二（二）1。", "target"),
    ],
)
def test_lies_are_rejected_and_the_deterministic_answer_returned(deterministic, lie, why):
    answer = with_model(lie)
    assert answer.answer == deterministic.answer, why


def test_guard_names_each_problem():
    summary = "您现在还不能申报中级职称，从2027年3月31日起可以。"
    original = f"{summary}\n\n依据：人社部发〔2020〕96号 二（二）1"
    assert guard_problems(original, original, has_verdict=True) == []
    problems = guard_problems(original, "您可以申报副高级职称，2025年就行。（mohrss-2020-96:2.5）", has_verdict=True)
    assert any("numbers" in p for p in problems) and any("clause ids" in p for p in problems)
    assert any("first paragraph" in p for p in problems) and any("可以申报" in p for p in problems)
    assert guard_problems(original, original.replace("二（二）1", "二（五）"), has_verdict=True) == [
        "clause labels not cited in the answer: ['人社部发〔2020〕96号 二（五）']"
    ]


def test_a_failing_endpoint_keeps_the_deterministic_answer(deterministic):
    class Broken(FakeListChatModel):
        def invoke(self, *args, **kwargs):
            raise ConnectionError("endpoint down")

    answer = Assistant(llm=Broken(responses=["x"])).ask(QUESTION, as_of=AS_OF)
    assert answer.answer == deterministic.answer


def test_faq_questions_are_polished_behind_the_same_guard():
    from assistant.faq import build_faq_from
    from assistant.llm import polish_question
    from corpus import load_corpus
    from rules import Facts, evaluate, load_parameters

    def build(reply):
        model = FakeListChatModel(responses=[reply])
        return build_faq_from(
            load_corpus(),
            load_parameters(),
            evaluate,
            Facts.model_validate,
            polish_question=lambda question, entry: polish_question(question, model),
        )

    plain = build_faq_from(load_corpus(), load_parameters(), evaluate, Facts.model_validate)
    polished = build("拿了技师证，要干几年才能评中级职称？")
    lying = build("拿了技师证，干满1年就能评中级职称吗？")  # adds a number: rejected
    assert {e.question for e in polished.entries} == {"拿了技师证，要干几年才能评中级职称？"}
    assert [e.question for e in lying.entries] == [e.question for e in plain.entries]
    assert [e.answer_markdown for e in polished.entries] == [e.answer_markdown for e in plain.entries]
