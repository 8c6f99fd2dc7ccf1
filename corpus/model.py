"""The corpus data model: documents made of clauses, clauses made of sentences."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field


@dataclass(frozen=True)
class DocumentMeta:
    """What a policy document is, independent of its text."""

    doc_id: str
    wenhao: str
    title: str
    issuer: str
    scope: str  # "national" or "provincial"
    source: str
    print_date: dt.date
    issue_date: dt.date | None = None
    province: str | None = None
    forwards: str | None = None


@dataclass
class Clause:
    """One numbered part of a document (or its preamble / closing).

    `lead` is the source text consumed as the clause's own numbered heading line
    (e.g. "1. 淡化学历要求。"); `text` is the verbatim body after it, paragraphs
    joined by "\\n". Together, in document order, they reproduce the document body.
    """

    clause_id: str
    doc_id: str
    path: tuple[int, ...] | str  # numeric path, or "preamble" / "closing"
    label: str
    heading: str
    lead: str
    text: str
    parent_id: str | None = None
    child_ids: list[str] = field(default_factory=list)
    sentence_spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def sentences(self) -> list[str]:
        return [self.text[start:end] for start, end in self.sentence_spans]

    @property
    def quotable_sentences(self) -> list[str]:
        """The sentences worth quoting as an answer: not the asides on the document itself."""
        return [s for s in self.sentences if not is_aside(s)]

    @property
    def is_leaf(self) -> bool:
        return not self.child_ids

    def to_dict(self) -> dict:
        """The contract shape of `guantong clause --json` and GET /v1/clauses/{id}."""
        return {
            "clause_id": self.clause_id,
            "label": self.label,
            "heading": self.heading,
            "text": self.text,
        }


@dataclass
class Document:
    meta: DocumentMeta
    header: str  # red-head, 文号 and title lines: not part of any clause
    clauses: list[Clause]

    @property
    def doc_id(self) -> str:
        return self.meta.doc_id


_ASIDE = re.compile(r"\s*[(（][^)）]*[)）]\s*")


def is_aside(sentence: str) -> bool:
    """(此件主动公开) / (联系单位：…): a note on the document in brackets, never an answer."""
    return bool(_ASIDE.fullmatch(sentence))
