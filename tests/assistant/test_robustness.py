"""No input makes the assistant crash, and every answer stays grounded (hypothesis fuzzing)."""

import datetime as dt

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.dialogue import DialogueState
from corpus import load_corpus

DOMAIN_WORDS = [
    "技师",
    "高级工",
    "高工",
    "副高",
    "2021年",
    "去年",
    "三年前",
    "合格",
    "基本合格",
    "云南",
    "工程",
    "能评吗",
    "不对",
    "重新开始",
    "是",
    "不是",
    "5人",
    "评审组",
    "会计",
    "😀",
    "\n",
    "<b>",
    "？",
]
messages = st.one_of(st.text(max_size=200), st.lists(st.sampled_from(DOMAIN_WORDS), max_size=8).map("".join))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(messages, min_size=1, max_size=4))
def test_any_conversation_gets_a_grounded_answer(assistant, conversation):
    state, corpus = DialogueState(), load_corpus()
    for message in conversation:
        answer = assistant.chat(state, message, as_of=dt.date(2026, 11, 29))
        assert answer.answer.strip()
        assert answer.intent in ("eligibility", "policy", "out_of_scope", "smalltalk")
        for citation in answer.citations:
            assert citation.quote in corpus.clause(citation.clause_id).text
        if answer.next_question:
            assert answer.next_question.text
