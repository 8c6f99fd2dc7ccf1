"""The answer pipeline, written out step by step in one place.

    message → clean → meta commands → extract facts → route intent →
      eligibility: merge facts → rules.evaluate → compose verdict → next question
      policy:      retrieve clauses → quote 1–3 sentences verbatim
      otherwise:   a fixed reply from config
    → optional LLM rephrasing behind the guard → Answer

The rules decide; nothing here guesses a verdict. `ask` is one stateless turn; `chat` keeps a
DialogueState that the caller stores (the CLI in memory, the service in SQLite).
"""

from __future__ import annotations

import datetime as dt

from langchain_core.language_models import BaseChatModel
from pydantic import ValidationError

from assistant.answer import Answer, NextQuestion, plain_first_paragraph
from assistant.compose import compose_eligibility, compose_policy, compose_understood, reply
from assistant.dialogue import DialogueState, PendingAmbiguity, Turn
from assistant.extract import extract
from assistant.intent import out_of_scope_pointer, route
from assistant.llm import rephrase
from assistant.questions import ambiguity_question, next_question
from assistant.vocabulary import unmentioned_words
from corpus.normalise import normalise_text
from retrieval import Retriever
from rules import Facts, evaluate

MAX_MESSAGE_CHARS = 2000  # longer input is read up to here; the service rejects it before
RELATIVE_SCORE_TO_QUOTE = 0.8  # quote the runners-up that score close to the best clause
MAX_UNMENTIONED_WORDS = 3  # this many topic words the documents never use: nothing here answers it


class Assistant:
    def __init__(self, retriever: Retriever | None = None, llm: BaseChatModel | None = None):
        """`retriever`: the clause retriever (default: the index in the data directory, opened on
        the first policy question); `llm`: a LangChain chat model for rephrasing (default none)."""
        self._retriever = retriever
        self.llm = llm

    @property
    def retriever(self) -> Retriever:
        if self._retriever is None:
            self._retriever = Retriever.load()
        return self._retriever

    def ask(self, question: str, as_of: dt.date | None = None, province: str | None = None) -> Answer:
        """One stateless question."""
        return self.chat(DialogueState(), question, as_of=as_of, province=province)

    def chat(
        self, state: DialogueState, message: str, as_of: dt.date | None = None, province: str | None = None
    ) -> Answer:
        """One turn of a conversation; updates `state` in place."""
        today = as_of or dt.date.today()
        text = normalise_text(message or "")[:MAX_MESSAGE_CHARS]
        state.turns.append(Turn(role="user", text=text))
        answer = self._answer(state, text, today, province)
        answer.summary = plain_first_paragraph(answer.answer)
        state.turns.append(Turn(role="assistant", text=answer.answer))
        return answer

    def _answer(self, state: DialogueState, text: str, today: dt.date, province: str | None) -> Answer:
        # 1. Nothing said.
        if not text:
            return Answer(answer=reply("empty"), intent="smalltalk", facts=state.facts)
        # 2. A reply that picks one reading of an ambiguous word: re-read the original message.
        if state.pending_ambiguity:
            text = _resolve_ambiguity(state, text)
        # 3. Extract facts and route.
        extraction = extract(text, today, state.pending_fact)
        routed = route(text, extraction, state.pending_fact, bool(state.facts))
        # 4. Meta commands, small talk, out of scope: fixed replies, facts kept.
        if routed.meta == "reset":
            state.reset()
            return Answer(answer=reply("reset"), intent="smalltalk", facts=state.facts)
        if routed.meta == "understood":
            return Answer(
                answer=compose_understood(state.facts),
                intent="smalltalk",
                facts=state.facts,
                next_question=_repeat_question(state, today),
            )
        if routed.reply_name:
            pointer = out_of_scope_pointer(text) if routed.reply_name == "out_of_scope" else ""
            return Answer(
                answer=reply(routed.reply_name, pointer=pointer),
                intent=routed.intent,
                facts=state.facts,
                next_question=_repeat_question(state, today),
            )
        # 5. Policy questions: quote the clauses that answer them.
        if routed.intent == "policy":
            return self._policy(state, text, today)
        # 6. Eligibility: merge the facts, ask about an ambiguous word first.
        state.apply(extraction, text)
        if province and not state.facts.get("province"):
            state.facts["province"] = province
        if extraction.ambiguities:
            return _ask_ambiguity(state, text, extraction.ambiguities[0])
        return self._eligibility(state, today)

    def _policy(self, state: DialogueState, text: str, today: dt.date) -> Answer:
        hits = self.retriever.search(text, k=3)
        unmentioned = unmentioned_words(text)
        if not hits or len(unmentioned) >= MAX_UNMENTIONED_WORDS:
            return Answer(
                answer=reply("not_found"),
                intent="policy",
                facts=state.facts,
                next_question=_repeat_question(state, today),
            )
        answering = [hit for hit in hits if hit.score >= RELATIVE_SCORE_TO_QUOTE * hits[0].score]
        markdown, citations = compose_policy(answering, unmentioned)
        return rephrase(
            Answer(
                answer=markdown,
                intent="policy",
                citations=citations,
                facts=state.facts,
                next_question=_repeat_question(state, today),
            ),
            self.llm,
        )

    def _eligibility(self, state: DialogueState, today: dt.date) -> Answer:
        verdict = evaluate(_valid_facts(state), today).model_dump(mode="json")
        question = next_question(verdict, state.facts, today, state.occupation)
        state.pending_fact = question.fact if question else None
        markdown, citations = compose_eligibility(verdict, question.text if question else None)
        answer = Answer(
            answer=markdown,
            intent="eligibility",
            citations=citations,
            verdict=verdict,
            facts=state.facts,
            next_question=question,
        )
        return rephrase(answer, self.llm)


def _valid_facts(state: DialogueState) -> Facts:
    """The state's facts as the rules' model; a value the rules reject is dropped, not fatal."""
    while True:
        try:
            return Facts.model_validate(state.facts)
        except ValidationError as error:
            rejected = {str(problem["loc"][0]) for problem in error.errors() if problem["loc"]}
            if not rejected & state.facts.keys():
                raise  # not a single fact's fault: a bug, not a user's input
            for name in rejected:
                state.facts.pop(name, None)


def _resolve_ambiguity(state: DialogueState, text: str) -> str:
    pending = state.pending_ambiguity
    state.pending_ambiguity = None
    # Longest first: 高级工程师 contains 高级工.
    chosen = next((r for r in sorted(pending.readings, key=len, reverse=True) if r in text), None)
    if chosen is None:
        return text
    state.pending_fact = None
    return pending.message.replace(pending.surface, chosen)


def _ask_ambiguity(state: DialogueState, text: str, ambiguity) -> Answer:
    state.pending_ambiguity = PendingAmbiguity(surface=ambiguity.surface, readings=ambiguity.readings, message=text)
    question = ambiguity_question(ambiguity.surface, ambiguity.readings)
    return Answer(answer=question.text, intent="eligibility", facts=state.facts, next_question=question)


def _repeat_question(state: DialogueState, today: dt.date) -> NextQuestion | None:
    """Keep the open question visible after a side question, so the check can go on."""
    if not state.pending_fact:
        return None
    verdict = evaluate(_valid_facts(state), today).model_dump(mode="json")
    return next_question(verdict, state.facts, today, state.occupation)
