"""Assemble the FAQ: clause- and rules-derived entries, verified, ordered, with coverage."""

from __future__ import annotations

from collections.abc import Callable

from assistant.faq import wording
from assistant.faq.clause_questions import clause_entries
from assistant.faq.coverage import measure_coverage
from assistant.faq.errors import FaqVerificationError
from assistant.faq.model import ClauseText, Faq, FaqEntry
from assistant.faq.rules_questions import rules_entries
from assistant.faq.topics import TOPICS
from assistant.faq.verify import Evaluate, MakeFacts, check_against_rules
from corpus import Corpus

# The hook for the optional LLM layer: (question, entry) -> better-worded question. It must go
# through the assistant's guard (assistant/llm.py); the FAQ never calls a model on its own.
QuestionPolisher = Callable[[str, FaqEntry], str]


def build_faq_from(
    corpus: Corpus,
    parameters,
    evaluate: Evaluate,
    make_facts: MakeFacts,
    polish_question: QuestionPolisher | None = None,
) -> Faq:
    """Build and verify the FAQ; raises FaqVerificationError if text, rules and FAQ disagree."""
    entries = rules_entries(corpus, parameters) + clause_entries(corpus)
    _check_unique_ids(entries)
    entries = [_verified(entry, evaluate, make_facts) for entry in entries]
    if polish_question:
        entries = [_with_question(entry, polish_question(entry.question, entry)) for entry in entries]
    order = {topic.topic_id: index for index, topic in enumerate(TOPICS)}
    entries.sort(key=lambda e: order[e.topic_id])  # stable: rules entries lead each topic
    return Faq(
        title=wording.TITLE,
        documents=tuple(doc.meta.wenhao for doc in corpus.documents()),
        corpus_hash=corpus.content_hash,
        topics=TOPICS,
        entries=tuple(entries),
        clauses=_cited_clauses(corpus, entries),
        coverage=measure_coverage(corpus, entries, [p.name for p in parameters]),
    )


def _verified(entry: FaqEntry, evaluate: Evaluate, make_facts: MakeFacts) -> FaqEntry:
    checks = check_against_rules(entry, evaluate, make_facts)
    return FaqEntry(**{**entry.__dict__, "verified_by": checks})


def _with_question(entry: FaqEntry, question: str) -> FaqEntry:
    return FaqEntry(**{**entry.__dict__, "question": question})


def _check_unique_ids(entries: list[FaqEntry]) -> None:
    seen: set[str] = set()
    for entry in entries:
        if entry.entry_id in seen:
            raise FaqVerificationError(entry.entry_id, "条目编号重复。", "duplicate entry id.")
        seen.add(entry.entry_id)


def _cited_clauses(corpus: Corpus, entries: list[FaqEntry]) -> tuple[ClauseText, ...]:
    cited = {c.clause_id for e in entries for c in e.citations}
    return tuple(ClauseText(c.clause_id, c.label, c.heading, c.text) for c in corpus.clauses() if c.clause_id in cited)
