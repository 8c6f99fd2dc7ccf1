"""The retriever as a LangChain `BaseRetriever`: drops into any LangChain app."""

from __future__ import annotations

from langchain_core.callbacks import CallbackManagerForRetrieverRun
from langchain_core.documents import Document
from langchain_core.retrievers import BaseRetriever
from pydantic import ConfigDict

from retrieval.retriever import Retriever


class ClauseRetriever(BaseRetriever):
    """Returns one Document per clause: the clause text, with clause_id, label, heading,
    score, the matched sentence and the reason in metadata."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    retriever: Retriever | None = None
    k: int = 5

    def _get_relevant_documents(self, query: str, *, run_manager: CallbackManagerForRetrieverRun) -> list[Document]:
        retriever = self.retriever or Retriever.load()
        return [
            Document(
                page_content=hit.text,
                id=hit.clause_id,
                metadata={
                    "clause_id": hit.clause_id,
                    "label": hit.label,
                    "heading": hit.heading,
                    "score": hit.score,
                    "sentence": hit.sentence,
                    "reason": hit.reason,
                },
            )
            for hit in retriever.search(query, k=self.k)
        ]
