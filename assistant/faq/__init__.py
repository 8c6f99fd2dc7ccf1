"""FAQ generation: questions from the rules parameters and the clauses, every answer quoting
the text verbatim, every eligibility answer re-checked by the rules engine.

    from assistant.faq import build_faq
    faq = build_faq()           # built once per process, deterministic
    faq.to_dict(); faq.to_markdown(); faq.to_html()
"""

from __future__ import annotations

import functools

from assistant.faq.builder import QuestionPolisher, build_faq_from
from assistant.faq.errors import FaqVerificationError
from assistant.faq.model import Faq, FaqEntry
from assistant.llm import configured_model, polish_question
from corpus import load_corpus
from rules import Facts, evaluate, load_parameters


@functools.cache
def build_faq() -> Faq:
    """The project's FAQ; raises FaqVerificationError if text, rules and FAQ disagree.

    With an LLM configured (GUANTONG_LLM_*), question wording is polished behind the guard.
    """
    polisher = (lambda question, entry: polish_question(question)) if configured_model() else None
    return build_faq_from(load_corpus(), load_parameters(), evaluate, Facts.model_validate, polish_question=polisher)


__all__ = ["Faq", "FaqEntry", "FaqVerificationError", "QuestionPolisher", "build_faq", "build_faq_from"]
