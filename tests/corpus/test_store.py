"""The Corpus API: lookup, tree walking, documents, leaves, near matches."""

import pytest

from corpus import UnknownClauseError, load_corpus


@pytest.fixture(scope="module")
def corpus():
    return load_corpus()


def test_loaded_once_per_process():
    assert load_corpus() is load_corpus()


def test_documents_in_reading_order_with_metadata(corpus):
    yunnan, national = corpus.documents()
    assert (yunnan.meta.doc_id, yunnan.meta.scope, yunnan.meta.province) == ("yunnan-2021-28", "provincial", "云南")
    assert yunnan.meta.forwards == national.meta.doc_id == "mohrss-2020-96"
    assert national.meta.wenhao == "人社部发〔2020〕96号" and national.meta.print_date.isoformat() == "2020-12-30"
    assert yunnan.meta.wenhao in yunnan.header and national.meta.wenhao in national.header


def test_tree_navigation(corpus):
    assert [c.clause_id for c in corpus.children("mohrss-2020-96:2.2")] == [
        "mohrss-2020-96:2.2.1",
        "mohrss-2020-96:2.2.2",
        "mohrss-2020-96:2.2.3",
    ]
    assert corpus.parent("mohrss-2020-96:2.2.3").clause_id == "mohrss-2020-96:2.2"
    assert [c.clause_id for c in corpus.ancestors("mohrss-2020-96:1.2.4")] == ["mohrss-2020-96:1", "mohrss-2020-96:1.2"]
    assert len(list(corpus.walk("mohrss-2020-96:2"))) == 1 + 5 + 3


def test_leaves_are_clauses_without_children(corpus):
    leaves = {c.clause_id for c in corpus.leaves()}
    assert "mohrss-2020-96:2.2.1" in leaves and "mohrss-2020-96:2.2" not in leaves
    assert len(leaves) == 28 - 5  # 1, 1.2, 2, 2.2, 3 have children


def test_unknown_id_raises_with_near_matches(corpus):
    with pytest.raises(UnknownClauseError) as caught:
        corpus.clause("mohrss-2020-96:2.2.9")
    assert "mohrss-2020-96:2.2.1" in caught.value.suggestions
    assert "mohrss-2020-96:2.2.9" not in corpus


def test_content_hash_is_stable(corpus):
    assert len(corpus.content_hash) == 16 and corpus.content_hash == load_corpus().content_hash
