"""The parts that take time to load, warmed in the background; /healthz reports them."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from assistant.pipeline import Assistant
from ui.service.errors import ApiError
from ui.service.middleware import ACCESS_LOG
from ui.service.sessions import SessionStore

EXAMPLE_QUESTION = "我是电工，2020年7月拿的技师证，能评中级职称吗"


@dataclass
class Components:
    """The parts that take time to load, warmed in the background at start-up so the port
    opens at once and /healthz turns 200 when everything is in memory."""

    corpus: Any
    assistant: Assistant
    sessions: SessionStore
    retriever: Any = None
    rules: Any = None
    faq: dict | None = None
    assistant_warm: bool = False
    problems: dict[str, str] = field(default_factory=dict)

    def warm(self) -> None:
        self._load("index", self._load_retriever)
        self._load("rules", self._load_rules)
        self._load("faq", self._load_faq)
        self._load("assistant", self._warm_assistant)

    def _load(self, name: str, loader) -> None:
        try:
            loader()
        except Exception as error:  # a part that fails to load keeps /healthz at 503, with why
            ACCESS_LOG.exception("could not load %s", name)
            self.problems[name] = f"{type(error).__name__}: {error}"

    def _load_retriever(self) -> None:
        from retrieval import Retriever

        retriever = Retriever.load()
        retriever.search(EXAMPLE_QUESTION, 1)
        self.retriever = retriever

    def _load_rules(self) -> None:
        import rules

        self.rules = rules

    def _load_faq(self) -> None:
        from assistant.faq import build_faq

        self.faq = build_faq().to_dict()

    def _warm_assistant(self) -> None:
        self.assistant.ask(EXAMPLE_QUESTION)
        self.assistant_warm = True

    def status(self) -> dict[str, bool]:
        return {
            "corpus": self.corpus is not None,
            "index": self._index_ready(),
            "rules": self.rules is not None,
            "faq": self.faq is not None,
            "assistant": self.assistant_warm,
        }

    def _index_ready(self) -> bool:
        from retrieval import VectorStoreError

        try:
            return bool(self.retriever is not None and self.retriever.ready)
        except VectorStoreError:  # reported with its reason under stores.vectors
            return False

    def stores(self) -> dict[str, dict]:
        """Where this process keeps sessions and vectors, and whether each answers right now:
        a replica that cannot reach them must leave the load balancer's rotation."""
        from retrieval.store import vector_store_health

        vectors = self.retriever.vectors if self.retriever is not None else None
        return {"sessions": self.sessions.health().to_dict(), "vectors": vector_store_health(vectors)}


def require(component, name: str):
    if component is None:
        raise ApiError(503, f"{name}_not_ready", "服务还在启动，检索索引、判定规则和常见问题正在加载，请稍后再试。")
    return component
