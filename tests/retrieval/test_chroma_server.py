"""The vector index in a real Chroma server (`chroma run`), as replicas on several machines use it."""

import threading

import numpy as np
import pytest

from evals.backing_services import ChromaServer
from retrieval import Retriever, VectorStoreError
from retrieval.store import CHROMA_URL_ENV, VectorIndex, chroma_client, open_vector_index, vector_store_health

pytestmark = pytest.mark.integration

QUERIES = [
    "技师评中级职称要几年",
    "哪些职称系列可以贯通",
    "全国技术能手能直接评副高吗",
    "工程师能考技师吗",
    "云南评审组要几个人才能单独设",
]


@pytest.fixture(scope="module")
def chroma_server(tmp_path_factory):
    with ChromaServer(tmp_path_factory.mktemp("chroma-server") / "data") as server:
        yield server


@pytest.fixture
def on_server(chroma_server, monkeypatch):
    monkeypatch.setenv(CHROMA_URL_ENV, chroma_server.url)
    return chroma_server


@pytest.fixture(scope="module")
def served(chroma_server):
    """The retriever of a replica whose vectors are on the server (built there on first open)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv(CHROMA_URL_ENV, chroma_server.url)
        yield Retriever.open()


def test_the_index_on_a_server_ranks_as_the_embedded_one(served, retriever):
    assert served.ready and served.vectors.client is not retriever.vectors.client
    for query in QUERIES:
        embedded_hits, served_hits = retriever.search(query, 5), served.search(query, 5)
        assert [h.clause_id for h in served_hits] == [h.clause_id for h in embedded_hits], query
        assert [h.score for h in served_hits] == pytest.approx([h.score for h in embedded_hits], abs=1e-4)


def test_replicas_building_the_same_index_at_once_agree(on_server, served):
    """Two replicas start together on an empty server: both build, neither breaks the other."""
    stored = served.vectors.collection.get(include=["embeddings"])
    vector_of = dict(zip(stored["ids"], stored["embeddings"], strict=True))
    text_to_id = {u.text: u.unit_id for u in served.units}

    def embed_passages(texts):  # the vectors the real model made for the first build
        return np.array([vector_of[text_to_id[text]] for text in texts])

    opened, failures = [], []

    def build():
        try:
            opened.append(open_vector_index("guantong-race-test", served.units, embed_passages, rebuild=True))
        except Exception as error:  # collected: the assertion below names it
            failures.append(error)

    builders = [threading.Thread(target=build) for _ in range(3)]
    for builder in builders:
        builder.start()
    for builder in builders:
        builder.join()
    assert not failures and len(opened) == 3
    assert all(index.is_complete(served.units) for index in opened)
    query = served.embedder.embed_queries(["技师评中级职称要几年"])[0]
    assert opened[0].similarities(query) == pytest.approx(served.vectors.similarities(query), abs=1e-5)


def test_health_says_which_store_and_whether_it_answers(on_server, served, retriever, monkeypatch, tmp_path):
    health = vector_store_health(served.vectors)
    assert (health["backend"], health["location"], health["reachable"]) == ("chroma-server", on_server.url, True)
    with ChromaServer(tmp_path / "data") as doomed:
        monkeypatch.setenv(CHROMA_URL_ENV, doomed.url)
        index = VectorIndex(chroma_client(), "guantong-probe")
        assert vector_store_health(index)["reachable"] is True
    gone = vector_store_health(index)
    assert gone["reachable"] is False and "向量库无法访问" in gone["problem"]
    with pytest.raises(VectorStoreError, match="向量库暂时无法访问"):
        index.similarities(np.zeros(4))
    assert vector_store_health(None)["reachable"] is None
    monkeypatch.delenv(CHROMA_URL_ENV)
    embedded = vector_store_health(retriever.vectors)
    assert embedded["backend"] == "chroma-embedded" and embedded["reachable"] is True
