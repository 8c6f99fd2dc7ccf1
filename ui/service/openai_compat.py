"""OpenAI chat-completions compatibility: request shape, reply and server-sent-event stream."""

from __future__ import annotations

import datetime as dt
import json
import time
import uuid
from typing import Literal

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from assistant.answer import Answer
from ui.service.components import EXAMPLE_QUESTION
from ui.service.conversation import ConversationService
from ui.service.errors import ApiError, ErrorBody
from ui.service.sessions import checked_session_id
from ui.service.settings import ServiceSettings

MODEL_NAME = "guantong"


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class CompletionMessage(BaseModel):
    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "user", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None

    def plain_text(self) -> str:
        if isinstance(self.content, list):
            return "".join(part.text or "" for part in self.content if part.type == "text")
        return self.content or ""


class CompletionRequest(BaseModel):
    """OpenAI's request shape. Sampling options are accepted and ignored: answers are deterministic.
    Extras: `session_id` (continue a stored session with the last user message instead of
    replaying the history), `as_of`, `province`."""

    model_config = ConfigDict(
        extra="allow",
        json_schema_extra={
            "examples": [{"model": MODEL_NAME, "messages": [{"role": "user", "content": EXAMPLE_QUESTION}]}]
        },
    )
    model: str = MODEL_NAME
    messages: list[CompletionMessage] = Field(min_length=1)
    stream: bool = False
    session_id: str | None = None
    as_of: dt.date | None = None
    province: str | None = Field(None, max_length=20)


def completion_text(answer: Answer) -> str:
    """The answer as one chat message: the text, then the clauses it rests on, then the choices."""
    parts = [answer.answer.strip()]
    if answer.citations:
        lines = [f"{i}. {c.label}（{c.clause_id}）：“{c.quote}”" for i, c in enumerate(answer.citations, 1)]
        parts.append("**依据条款**\n" + "\n".join(lines))
    if answer.next_question and answer.next_question.options:
        parts.append("可以这样回答：" + " / ".join(answer.next_question.options))
    return "\n\n".join(parts)


def completion_reply(answer: Answer, model: str, session_id: str | None) -> dict:
    return {
        **_completion_head("chat.completion", model),
        "choices": [
            {"index": 0, "finish_reason": "stop", "message": {"role": "assistant", "content": completion_text(answer)}}
        ],
        **_completion_extras(answer, session_id),
    }


def _completion_head(kind: str, model: str) -> dict:
    return {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": kind, "created": int(time.time()), "model": model}


def _completion_extras(answer: Answer, session_id: str | None) -> dict:
    extras = {"citations": [c.model_dump() for c in answer.citations], "guantong": answer.model_dump(mode="json")}
    if session_id:
        extras["session_id"] = session_id
    return extras


def completion_stream(answer: Answer, model: str, session_id: str | None, piece_chars: int = 24):
    """Server-sent events in OpenAI's streaming shape; the extras ride on the last chunk."""
    head = _completion_head("chat.completion.chunk", model)
    text = completion_text(answer)

    def chunk(delta: dict, finish: str | None = None, **extra) -> str:
        body = {**head, "choices": [{"index": 0, "delta": delta, "finish_reason": finish}], **extra}
        return f"data: {json.dumps(body, ensure_ascii=False)}\n\n"

    yield chunk({"role": "assistant", "content": ""})
    for start in range(0, len(text), piece_chars):
        yield chunk({"content": text[start : start + piece_chars]})
    yield chunk({}, "stop", **_completion_extras(answer, session_id))
    yield "data: [DONE]\n\n"


router = APIRouter(tags=["OpenAI 兼容"])


@router.get("/v1/models", summary="模型列表（OpenAI 形状）")
def models():
    return {"object": "list", "data": [{"id": MODEL_NAME, "object": "model", "created": 0, "owned_by": "guantong"}]}


@router.post(
    "/v1/chat/completions",
    responses={404: {"model": ErrorBody}, 422: {"model": ErrorBody}},
    summary="OpenAI chat-completions 形状（支持 stream）",
)
def chat_completions(body: CompletionRequest, request: Request):
    session_id, answer = _complete(request.app.state.service, body, request.app.state.settings)
    if body.stream:
        return StreamingResponse(completion_stream(answer, body.model, session_id), media_type="text/event-stream")
    return completion_reply(answer, body.model, session_id)


def _complete(service: ConversationService, request: CompletionRequest, settings: ServiceSettings):
    user_messages = [m.plain_text() for m in request.messages if m.role == "user"]
    if not user_messages:
        raise ApiError(422, "no_user_message", "messages 里没有用户消息（role 为 user）。")
    if request.session_id:
        return service.send(checked_session_id(request.session_id), user_messages[-1], request.as_of, request.province)
    if len(user_messages) > settings.max_history_messages:
        raise ApiError(
            422,
            "history_too_long",
            f"对话太长了（{len(user_messages)} 条用户消息），最多 {settings.max_history_messages} 条；"
            "请开始新的对话，或使用 session_id。",
        )
    return None, service.replay(user_messages, request.as_of, request.province)
