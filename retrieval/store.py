"""The vector index in ChromaDB: embedded on local disk, or a Chroma server by URL.

Chroma's default embedding function would download a model, so it is never used: every
collection is created with `embedding_function=None` and we always pass vectors.
A collection's name carries the units fingerprint (corpus hash + curated questions) and the
model id, so a changed corpus or model gets a fresh collection instead of stale vectors.
"""

from __future__ import annotations

import os
import re
from collections.abc import Callable
from urllib.parse import urlparse

import chromadb
import numpy as np
from chromadb.config import Settings

from corpus.runtime import data_dir
from retrieval.units import Unit

CHROMA_URL_ENV = "GUANTONG_CHROMA_URL"
COLLECTION_PREFIX = "guantong"
BATCH = 32


class VectorStoreError(RuntimeError):
    """The vector store cannot be reached or opened; the message is for the user."""


def chroma_client() -> chromadb.ClientAPI:
    settings = Settings(anonymized_telemetry=False)
    url = os.environ.get(CHROMA_URL_ENV)
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise VectorStoreError(f"{CHROMA_URL_ENV}={url} 不是有效的地址，例如 http://127.0.0.1:8000")
        return chromadb.HttpClient(
            host=parsed.hostname, port=parsed.port or 8000, ssl=parsed.scheme == "https", settings=settings
        )
    return chromadb.PersistentClient(path=str(data_dir() / "chroma"), settings=settings)


def collection_name(fingerprint: str, model_id: str) -> str:
    slug = re.sub(r"[^a-zA-Z0-9_-]+", "-", model_id).strip("-")[:60]
    return f"{COLLECTION_PREFIX}-{fingerprint}-{slug}"


class VectorIndex:
    """Unit vectors for one (corpus, model) pair."""

    def __init__(self, client: chromadb.ClientAPI, name: str):
        self.client, self.name = client, name
        self.collection = client.get_or_create_collection(
            name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )

    def is_complete(self, units: list[Unit]) -> bool:
        return self.collection.count() == len(units)

    def build(
        self,
        units: list[Unit],
        embed_passages: Callable[[list[str]], np.ndarray],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Embed and store every unit, in batches; `progress(done, total)` after each batch."""
        self.client.delete_collection(self.name)
        self.collection = self.client.create_collection(
            self.name, embedding_function=None, configuration={"hnsw": {"space": "cosine"}}
        )
        for start in range(0, len(units), BATCH):
            batch = units[start : start + BATCH]
            vectors = embed_passages([u.text for u in batch])
            self.collection.add(
                ids=[u.unit_id for u in batch],
                embeddings=vectors,
                documents=[u.text for u in batch],
                metadatas=[{"clause_id": u.clause_id, "kind": u.kind} for u in batch],
            )
            if progress:
                progress(len(batch), len(units))

    def similarities(self, query_vector: np.ndarray) -> dict[str, float]:
        """Cosine similarity of the query to every unit, by unit id."""
        count = self.collection.count()
        result = self.collection.query(query_embeddings=[query_vector], n_results=count, include=["distances"])
        distances = result["distances"]
        assert distances is not None  # asked for in `include`
        return {uid: 1.0 - dist for uid, dist in zip(result["ids"][0], distances[0], strict=True)}

    def prune_others(self) -> None:
        """Drop this project's collections for other corpus versions of the same model."""
        model_part = self.name.split("-", 2)[2]
        for name in _collection_names(self.client):
            parts = name.split("-", 2)
            if name != self.name and len(parts) == 3 and parts[0] == COLLECTION_PREFIX and parts[2] == model_part:
                self.client.delete_collection(name)


def _collection_names(client: chromadb.ClientAPI) -> list[str]:
    return [c if isinstance(c, str) else c.name for c in client.list_collections()]
