"""The FAQ as data: entries with verbatim citations and, for eligibility, rules checks."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from assistant.faq.render_html import render_html
from assistant.faq.render_markdown import render_markdown
from assistant.faq.topics import Topic


@dataclass(frozen=True)
class FaqCitation:
    clause_id: str
    label: str
    quote: str  # a verbatim substring of the clause's text

    def to_dict(self) -> dict:
        return {"clause_id": self.clause_id, "label": self.label, "quote": self.quote}


@dataclass(frozen=True)
class Expectation:
    """What the FAQ's answer implies the rules engine must decide."""

    outcome: str
    target: str | None = None
    earliest_date: dt.date | None = None
    # (Facts field, met|not_met|unknown): for answers whose point is one condition, such as
    # "5人以上 must, fewer may", where the outcome alone does not show the difference.
    conditions: tuple[tuple[str, str], ...] = ()

    def to_dict(self) -> dict:
        return {
            "outcome": self.outcome,
            "target": self.target,
            "earliest_date": self.earliest_date.isoformat() if self.earliest_date else None,
            "conditions": dict(self.conditions),
        }


@dataclass(frozen=True)
class Example:
    """An example situation an eligibility answer is re-checked on."""

    situation: str  # Chinese, what the person's case is
    facts: dict[str, Any]
    as_of: dt.date
    expected: Expectation


@dataclass(frozen=True)
class RulesCheck:
    """An example situation after the rules engine has decided it (and agreed)."""

    example: Example
    summary: str  # the engine's own one-sentence verdict

    def to_dict(self) -> dict:
        return {
            "situation": self.example.situation,
            "facts": self.example.facts,
            "as_of": self.example.as_of.isoformat(),
            **self.example.expected.to_dict(),
            "summary": self.summary,
        }


@dataclass(frozen=True)
class FaqEntry:
    entry_id: str  # ASCII, stable across builds, also the HTML anchor
    topic_id: str
    question: str
    summary: str  # the plain-language answer, before the quotes
    citations: tuple[FaqCitation, ...]
    notes: tuple[str, ...] = ()  # what these documents leave to others, stated as such
    parameter: str | None = None  # the rules parameter this entry comes from, if any
    examples: tuple[Example, ...] = ()
    verified_by: tuple[RulesCheck, ...] = ()

    @property
    def source(self) -> str:
        return "rules" if self.parameter else "clause"

    @property
    def answer_markdown(self) -> str:
        return self.render_answer(lambda citation: citation.label)

    def render_answer(self, cite: Callable[[FaqCitation], str]) -> str:
        """The answer as Chinese markdown; `cite` writes a citation's label (plain or linked)."""
        quotes = [f"> “{c.quote}”——{cite(c)}" for c in self.citations]
        parts = [self.summary, "\n>\n".join(quotes)]
        parts += [f"**说明**：{note}" for note in self.notes]
        return "\n\n".join(part for part in parts if part)

    def to_dict(self) -> dict:
        return {
            "id": self.entry_id,
            "anchor": self.entry_id,
            "topic": self.topic_id,
            "question": self.question,
            "answer": self.answer_markdown,
            "summary": self.summary,
            "notes": list(self.notes),
            "citations": [c.to_dict() for c in self.citations],
            "source": self.source,
            "parameter": self.parameter,
            "verified_by": [check.to_dict() for check in self.verified_by],
        }


@dataclass(frozen=True)
class ClauseText:
    """A cited clause, reproduced in the FAQ so readers can check every quote."""

    clause_id: str
    label: str
    heading: str
    text: str

    @property
    def anchor(self) -> str:
        return "clause-" + "".join(ch if ch.isalnum() else "-" for ch in self.clause_id)


@dataclass(frozen=True)
class Coverage:
    """Which substantive clauses at least one entry cites, and which none does."""

    substantive: tuple[str, ...]
    covered: dict[str, tuple[str, ...]]  # clause id -> ids of entries citing it
    excluded: dict[str, str]  # clause id -> why it is not substantive
    parameters: dict[str, tuple[str, ...]] = field(default_factory=dict)  # name -> entry ids

    @property
    def uncovered(self) -> tuple[str, ...]:
        return tuple(c for c in self.substantive if not self.covered.get(c))

    @property
    def uncovered_parameters(self) -> tuple[str, ...]:
        return tuple(name for name, ids in self.parameters.items() if not ids)

    @property
    def complete(self) -> bool:
        return not self.uncovered and not self.uncovered_parameters

    def to_dict(self) -> dict:
        return {
            "complete": self.complete,
            "substantive_clauses": list(self.substantive),
            "covered": {c: list(ids) for c, ids in self.covered.items()},
            "uncovered": list(self.uncovered),
            "excluded": dict(self.excluded),
            "parameters": {name: list(ids) for name, ids in self.parameters.items()},
            "uncovered_parameters": list(self.uncovered_parameters),
        }


@dataclass(frozen=True)
class Faq:
    title: str
    documents: tuple[str, ...]  # 文号 of the documents the FAQ is built from
    corpus_hash: str
    topics: tuple[Topic, ...]
    entries: tuple[FaqEntry, ...]
    clauses: tuple[ClauseText, ...]  # every clause an entry cites, in document order
    coverage: Coverage

    def entries_in(self, topic_id: str) -> list[FaqEntry]:
        return [e for e in self.entries if e.topic_id == topic_id]

    def clause_text(self, clause_id: str) -> ClauseText:
        return next(c for c in self.clauses if c.clause_id == clause_id)

    def to_dict(self) -> dict:
        return {
            "title": self.title,
            "documents": list(self.documents),
            "corpus_hash": self.corpus_hash,
            "topics": [
                {
                    "id": t.topic_id,
                    "name": t.name,
                    "description": t.description,
                    "entry_ids": [e.entry_id for e in self.entries_in(t.topic_id)],
                }
                for t in self.topics
            ],
            "entries": [e.to_dict() for e in self.entries],
            "clauses": [
                {"clause_id": c.clause_id, "label": c.label, "heading": c.heading, "text": c.text, "anchor": c.anchor}
                for c in self.clauses
            ],
            "coverage": self.coverage.to_dict(),
        }

    def to_markdown(self) -> str:
        return render_markdown(self)

    def to_html(self) -> str:
        return render_html(self)
