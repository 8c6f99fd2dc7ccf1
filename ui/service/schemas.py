"""Request and reply models of the HTTP API."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from assistant.answer import Answer
from assistant.dialogue import Turn
from ui.service.components import EXAMPLE_QUESTION


class AskRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"question": EXAMPLE_QUESTION, "as_of": "2024-05-01", "province": "云南"}]}
    )
    question: str = Field(description="The question in Chinese.")
    as_of: dt.date | None = Field(None, description="Date for every date computation; default today.")
    province: str | None = Field(None, max_length=20, description="e.g. 云南; default national rules.")


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"message": EXAMPLE_QUESTION},
                {"session_id": "k3J9dXo0bW9yZS1yYW5kb20", "message": "最近三年考核都合格", "as_of": "2024-05-01"},
            ]
        }
    )
    session_id: str | None = Field(None, description="Omit to start a new conversation.")
    message: str
    as_of: dt.date | None = None
    province: str | None = Field(None, max_length=20)


class ChatReply(Answer):
    session_id: str = Field(description="Send it back with the next message.")


class EligibilityRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"facts": {"track": "skill_to_title", "province": "云南"}, "as_of": "2024-05-01"}]
        }
    )
    facts: dict[str, Any] = Field(description="Facts as in `guantong check --schema`.")
    as_of: dt.date | None = None


class SearchRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"query": "高级工评助理工程师要几年", "k": 3}]})
    query: str
    k: int = Field(5, ge=1, le=50)


class SearchHit(BaseModel):
    model_config = ConfigDict(extra="allow")
    clause_id: str = Field(examples=["mohrss-2020-96:2.2.1"])
    label: str = Field(examples=["人社部发〔2020〕96号 二（二）1"])
    score: float
    text: str


class SearchReply(BaseModel):
    hits: list[SearchHit]


class ClauseReply(BaseModel):
    clause_id: str = Field(examples=["mohrss-2020-96:2.2.1"])
    label: str = Field(examples=["人社部发〔2020〕96号 二（二）1"])
    heading: str = Field(examples=["淡化学历要求"])
    text: str


class SessionReply(BaseModel):
    session_id: str
    facts: dict[str, Any]
    turns: list[Turn]


class DeletedReply(BaseModel):
    session_id: str
    deleted: bool = True


class StoreStatus(BaseModel):
    backend: str = Field(description="sqlite | redis for sessions; chroma-embedded | chroma-server for vectors.")
    location: str = Field(description="File path, or server URL without credentials.")
    reachable: bool | None = Field(description="Answered just now; null while the index is still loading.")
    problem: str | None = None


class HealthReply(BaseModel):
    status: Literal["ok", "starting", "degraded"]
    components: dict[str, bool]
    stores: dict[str, StoreStatus] = Field(default_factory=dict, description="sessions and vectors")
    problems: dict[str, str] = Field(default_factory=dict)
