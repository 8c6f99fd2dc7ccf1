"""Ranking metrics over a question set."""

from __future__ import annotations

from collections.abc import Sequence

KS = (1, 3, 5)


def first_relevant_rank(ranked_ids: Sequence[str], gold: Sequence[str]) -> int | None:
    """1-based rank of the first gold clause in the ranking, None if absent."""
    return next((rank for rank, cid in enumerate(ranked_ids, 1) if cid in gold), None)


def summarise(ranks: list[int | None], ks: Sequence[int] = KS) -> dict[str, float]:
    """recall@k (share of questions with a gold clause in the top k) and MRR."""
    count = len(ranks) or 1
    scores = {f"recall@{k}": sum(1 for r in ranks if r is not None and r <= k) / count for k in ks}
    scores["mrr"] = sum(1.0 / r for r in ranks if r is not None) / count
    return scores
