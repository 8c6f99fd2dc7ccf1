"""Lexical retrieval: BM25 (bm25s) over jieba tokens of the index units."""

from __future__ import annotations

import bm25s
import numpy as np

from retrieval.tokenize import tokenize
from retrieval.units import Unit


class LexicalIndex:
    def __init__(self, units: list[Unit]):
        self.unit_tokens = [tokenize(u.text) for u in units]
        self._bm25 = bm25s.BM25()
        self._bm25.index(self.unit_tokens, show_progress=False)
        self._vocabulary = {t for tokens in self.unit_tokens for t in tokens}

    def scores(self, query_tokens: list[str]) -> np.ndarray:
        """BM25 score of every unit, in unit order (zeros when no token is known)."""
        known = [t for t in query_tokens if t in self._vocabulary]
        if not known:
            return np.zeros(len(self.unit_tokens), dtype=np.float32)
        return np.asarray(self._bm25.get_scores(known), dtype=np.float32)
