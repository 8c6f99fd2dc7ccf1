"""The vector index in ChromaDB: embedded on local disk, or a Chroma server by URL.

Chroma's default embedding function would download a model, so it is never used: every
collection is created with `embedding_function=None` and we always pass vectors.
A collection's name carries the units fingerprint (corpus hash + curated questions) and the
model id, so a changed corpus or model gets a fresh collection instead of stale vectors.

Several processes may open the index at once (`guantong serve --workers N`, replicas sharing a
Chroma server): building upserts vectors by unit id, so two builders store the same vectors
instead of deleting each other's collection; on local disk a file lock also keeps a second
process from opening the directory while the first is writing it.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any
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
    url = _server_url()
    if url:
        parsed = urlparse(url if "://" in url else f"http://{url}")
        if not parsed.hostname:
            raise VectorStoreError(f"{CHROMA_URL_ENV}={url} 不是有效的地址，例如 http://127.0.0.1:8000")
        return chromadb.HttpClient(
            host=parsed.hostname, port=parsed.port or 8000, ssl=parsed.scheme == "https", settings=settings
        )
    return chromadb.PersistentClient(path=str(_embedded_path()), settings=settings)


def _embedded_path() -> Path:
    return data_dir() / "chroma"


def open_vector_index(
    name: str,
    units: list[Unit],
    embed_passages: Callable[[list[str]], np.ndarray],
    rebuild: bool = False,
    progress: Callable[[int, int], None] | None = None,
) -> VectorIndex:
    """The index `name`, built first if it is missing, incomplete or `rebuild`. Other versions'
    collections are pruned on local disk only: on a shared server, replicas of the previous
    version may still be answering from theirs during a rolling upgrade."""
    with _exclusive_on_local_disk():
        index = VectorIndex(chroma_client(), name)
        if rebuild or not index.is_complete(units):
            index.build(units, embed_passages, progress)
            if not _server_url():
                index.prune_others()
    return index


def _server_url() -> str | None:
    return os.environ.get(CHROMA_URL_ENV) or None


@contextlib.contextmanager
def _exclusive_on_local_disk() -> Iterator[None]:
    """One process at a time opens and builds the embedded store. On a server, builders that race
    upsert the same vectors, and the server takes their writes one at a time."""
    if _server_url():
        yield
        return
    path = _embedded_path()
    path.mkdir(parents=True, exist_ok=True)
    with open(path / ".guantong-build.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def vector_store_health(index: VectorIndex | None) -> dict[str, Any]:
    """Which vector store this process uses, where, and whether it answers (None: not opened yet)."""
    url = _server_url()
    health: dict[str, Any] = {
        "backend": "chroma-server" if url else "chroma-embedded",
        "location": url or str(_embedded_path()),
        "reachable": None,
        "problem": None,
    }
    if index is not None:
        try:
            index.client.heartbeat()
            health["reachable"] = True
        except Exception as error:  # any failure to answer is "unreachable", with why
            health["reachable"], health["problem"] = False, f"向量库无法访问：{type(error).__name__}: {error}"
    return health


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
        with _answering():
            return self.collection.count() == len(units)

    def build(
        self,
        units: list[Unit],
        embed_passages: Callable[[list[str]], np.ndarray],
        progress: Callable[[int, int], None] | None = None,
    ) -> None:
        """Embed and store every unit, in batches; `progress(done, total)` after each batch.
        Upserts, so a concurrent builder of the same index writes the same vectors."""
        wanted = {u.unit_id for u in units}
        stale = [uid for uid in self.collection.get(include=[])["ids"] if uid not in wanted]
        if stale:
            self.collection.delete(ids=stale)
        for start in range(0, len(units), BATCH):
            batch = units[start : start + BATCH]
            vectors = embed_passages([u.text for u in batch])
            self.collection.upsert(
                ids=[u.unit_id for u in batch],
                embeddings=vectors,
                documents=[u.text for u in batch],
                metadatas=[{"clause_id": u.clause_id, "kind": u.kind} for u in batch],
            )
            if progress:
                progress(len(batch), len(units))

    def similarities(self, query_vector: np.ndarray) -> dict[str, float]:
        """Cosine similarity of the query to every unit, by unit id."""
        with _answering():
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


@contextlib.contextmanager
def _answering() -> Iterator[None]:
    """A store that does not answer (a Chroma server down) is a VectorStoreError, in words."""
    try:
        yield
    except Exception as error:  # the HTTP client and chromadb raise many kinds for one cause
        raise VectorStoreError(f"向量库暂时无法访问（{type(error).__name__}），请稍后再试。") from error


def _collection_names(client: chromadb.ClientAPI) -> list[str]:
    return [c if isinstance(c, str) else c.name for c in client.list_collections()]
