"""Index units: what gets embedded and scored, each pointing back to its clause.

The corpus is small and its clauses are long, so a whole clause makes a blurred vector.
A clause is indexed as several units — each sentence with its heading chain, the heading
chain alone, and the curated paraphrase questions in `retrieval/data/paraphrases/` — and a clause
scores as its best units.
"""

from __future__ import annotations

import functools
import hashlib
import tomllib
from dataclasses import dataclass
from pathlib import Path

from corpus import Corpus

QUESTIONS_DIR = Path(__file__).parent / "data" / "paraphrases"

SENTENCE, HEADING, QUESTION = "sentence", "heading", "question"


@dataclass(frozen=True)
class Unit:
    unit_id: str
    clause_id: str
    kind: str  # sentence | heading | question
    text: str  # what is embedded and tokenised
    sentence_index: int | None = None  # for a sentence unit: its index in clause.sentences


def searchable_clauses(corpus: Corpus):
    """Clauses with a body of their own: a bare heading (二、主要措施) has nothing to quote."""
    return [c for c in corpus.clauses() if c.text.strip()]


def heading_chain(corpus: Corpus, clause_id: str) -> str:
    """The document's province (if any) and every heading from the top down to this clause."""
    clause = corpus.clause(clause_id)
    meta = corpus.document(clause.doc_id).meta
    parts = [meta.province or ""] + [c.heading for c in corpus.ancestors(clause_id)]
    parts.append(clause.heading)
    return " ".join(p for p in parts if p)


@functools.cache
def load_questions(directory: Path = QUESTIONS_DIR) -> dict[str, tuple[str, ...]]:
    """Curated paraphrase questions by clause id, from `<doc_id>.toml` files."""
    questions: dict[str, tuple[str, ...]] = {}
    for path in sorted(directory.glob("*.toml")):
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        for clause_path, entry in data.get("clauses", {}).items():
            questions[f"{path.stem}:{clause_path}"] = tuple(entry["questions"])
    return questions


def build_units(corpus: Corpus, questions: dict[str, tuple[str, ...]] | None = None) -> list[Unit]:
    questions = load_questions() if questions is None else questions
    units = []
    for clause in searchable_clauses(corpus):
        chain = heading_chain(corpus, clause.clause_id)
        cid = clause.clause_id
        units.append(Unit(f"{cid}#h", cid, HEADING, chain))
        for index, sentence in enumerate(clause.sentences):
            if sentence.strip():
                units.append(Unit(f"{cid}#s{index}", cid, SENTENCE, f"{chain}：{sentence.strip()}", index))
        for index, question in enumerate(questions.get(cid, ())):
            units.append(Unit(f"{cid}#q{index}", cid, QUESTION, question))
    return units


def units_fingerprint(corpus: Corpus, units: list[Unit]) -> str:
    """Changes whenever the corpus or anything indexed changes: keys the vector index."""
    digest = hashlib.sha256(corpus.content_hash.encode())
    for unit in units:
        digest.update(f"{unit.unit_id}\0{unit.text}\0".encode())
    return digest.hexdigest()[:12]
