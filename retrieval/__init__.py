"""Retrieval: query normalisation, BM25, dense embeddings in ChromaDB, fusion."""
