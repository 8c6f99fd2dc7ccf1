"""Lexical retrieval: BM25 (bm25s) over jieba words and character bigrams.

Two indexes over the same features: one per clause — all of a clause's units (heading chain,
sentences, curated questions) as one document, which ranks clauses — and one per unit, which
picks the sentence to quote. Character bigrams keep a typo (职成, 论问) or an unknown word
from costing the whole term.
"""

from __future__ import annotations

import bm25s
import numpy as np

from retrieval.tokenize import char_bigrams, tokenize
from retrieval.units import Unit


def lexical_features(text: str) -> list[str]:
    """What BM25 matches on: jieba search-mode words, then character bigrams."""
    return tokenize(text) + char_bigrams(text)


class _BM25:
    def __init__(self, documents: list[list[str]]):
        self._bm25 = bm25s.BM25()
        self._bm25.index(documents, show_progress=False)
        self._vocabulary = {t for tokens in documents for t in tokens}
        self._size = len(documents)

    def scores(self, query_features: list[str]) -> np.ndarray:
        known = [t for t in query_features if t in self._vocabulary]
        if not known:
            return np.zeros(self._size, dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)


class LexicalIndex:
    def __init__(self, units: list[Unit]):
        self.unit_tokens = [tokenize(u.text) for u in units]  # words, to explain a match
        features = [lexical_features(u.text) for u in units]
        self.clause_ids = list(dict.fromkeys(u.clause_id for u in units))
        by_clause: dict[str, list[str]] = {cid: [] for cid in self.clause_ids}
        for unit, unit_features in zip(units, features, strict=True):
            by_clause[unit.clause_id] += unit_features
        self._units = _BM25(features)
        self._clauses = _BM25(list(by_clause.values()))

    def unit_scores(self, query_features: list[str]) -> np.ndarray:
        """BM25 score of every unit, in unit order (zeros when no feature is known)."""
        return self._units.scores(query_features)

    def clause_scores(self, query_features: list[str]) -> np.ndarray:
        """BM25 score of every clause (its units as one document), in `clause_ids` order."""
        return self._clauses.scores(query_features)
