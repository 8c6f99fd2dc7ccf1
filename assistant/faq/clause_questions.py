"""Entries written against the clauses, from clause_questions.toml."""

from __future__ import annotations

import functools
import tomllib
from pathlib import Path

from assistant.faq.errors import FaqVerificationError
from assistant.faq.model import Example, Expectation, FaqEntry
from assistant.faq.topics import TOPIC_IDS
from assistant.faq.verify import cite
from corpus import Corpus

QUESTIONS_FILE = Path(__file__).with_name("clause_questions.toml")


@functools.cache
def _load_table() -> tuple[dict, ...]:
    with QUESTIONS_FILE.open("rb") as handle:
        return tuple(tomllib.load(handle)["entry"])


def clause_entries(corpus: Corpus) -> list[FaqEntry]:
    return [_entry(corpus, row) for row in _load_table()]


def _entry(corpus: Corpus, row: dict) -> FaqEntry:
    entry_id = row["id"]
    if row["topic"] not in TOPIC_IDS:
        raise FaqVerificationError(entry_id, f"主题“{row['topic']}”不存在。", f"unknown topic {row['topic']!r}.")
    return FaqEntry(
        entry_id=entry_id,
        topic_id=row["topic"],
        question=row["question"],
        summary=row["summary"],
        citations=tuple(cite(corpus, entry_id, c["clause"], c["quote"]) for c in row["citations"]),
        notes=tuple(row.get("notes", ())),
        examples=tuple(_example(e) for e in row.get("example", ())),
    )


def _example(row: dict) -> Example:
    return Example(
        situation=row["situation"],
        facts=row["facts"],
        as_of=row["as_of"],
        expected=Expectation(outcome=row["outcome"], target=row.get("target"), earliest_date=row.get("earliest_date")),
    )
