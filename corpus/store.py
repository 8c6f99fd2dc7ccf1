"""The Corpus: every document under corpus/documents/, parsed once per process."""

from __future__ import annotations

import difflib
import functools
import hashlib
import tomllib
from collections.abc import Iterator
from pathlib import Path

from corpus.model import Clause, Document, DocumentMeta
from corpus.parser import parse_document

DOCUMENTS_DIR = Path(__file__).parent / "documents"


class UnknownClauseError(KeyError):
    """Raised for a clause id that is not in the corpus; carries near matches."""

    def __init__(self, clause_id: str, suggestions: list[str]):
        super().__init__(clause_id)
        self.clause_id = clause_id
        self.suggestions = suggestions


def load_document(text_path: Path) -> Document:
    """Parse `<doc_id>.md` with the metadata in `<doc_id>.toml` beside it."""
    meta_path = text_path.with_suffix(".toml")
    meta = DocumentMeta(**tomllib.loads(meta_path.read_text(encoding="utf-8")))
    return parse_document(text_path.read_text(encoding="utf-8"), meta)


class Corpus:
    def __init__(self, documents: list[Document]):
        self._documents = {doc.doc_id: doc for doc in documents}
        self._clauses = {c.clause_id: c for doc in documents for c in doc.clauses}
        digest = hashlib.sha256()
        for clause in self._clauses.values():
            digest.update(f"{clause.clause_id}\0{clause.heading}\0{clause.text}\0".encode())
        self.content_hash = digest.hexdigest()[:16]

    @classmethod
    def from_directory(cls, directory: Path) -> Corpus:
        return cls([load_document(path) for path in sorted(directory.glob("*.md"))])

    # documents
    def documents(self) -> list[Document]:
        """Documents in reading order: a forwarding notice before what it forwards."""
        return sorted(self._documents.values(), key=lambda d: d.meta.forwards is None)

    def document(self, doc_id: str) -> Document:
        return self._documents[doc_id]

    # clauses
    def __contains__(self, clause_id: str) -> bool:
        return clause_id in self._clauses

    def clause(self, clause_id: str) -> Clause:
        try:
            return self._clauses[clause_id]
        except KeyError:
            raise UnknownClauseError(clause_id, self.near_ids(clause_id)) from None

    def near_ids(self, clause_id: str, n: int = 5) -> list[str]:
        ids = list(self._clauses)
        close = difflib.get_close_matches(clause_id, ids, n=n, cutoff=0.5)
        tail = clause_id.split(":")[-1]
        same_path = [i for i in ids if i.split(":")[-1] == tail and i not in close]
        return (close + same_path)[:n]

    def clauses(self) -> Iterator[Clause]:
        """Every clause, documents in reading order, each in document order."""
        for doc in self.documents():
            yield from doc.clauses

    def leaves(self) -> Iterator[Clause]:
        return (c for c in self.clauses() if c.is_leaf)

    def children(self, clause_id: str) -> list[Clause]:
        return [self._clauses[i] for i in self.clause(clause_id).child_ids]

    def parent(self, clause_id: str) -> Clause | None:
        parent_id = self.clause(clause_id).parent_id
        return self._clauses[parent_id] if parent_id else None

    def ancestors(self, clause_id: str) -> list[Clause]:
        """Parents from the top level down, without the clause itself."""
        chain = []
        parent = self.parent(clause_id)
        while parent:
            chain.append(parent)
            parent = self.parent(parent.clause_id)
        return chain[::-1]

    def walk(self, clause_id: str) -> Iterator[Clause]:
        """The clause and all its descendants, depth first."""
        clause = self.clause(clause_id)
        yield clause
        for child_id in clause.child_ids:
            yield from self.walk(child_id)


@functools.cache
def load_corpus() -> Corpus:
    """The project's corpus, parsed once per process."""
    return Corpus.from_directory(DOCUMENTS_DIR)
