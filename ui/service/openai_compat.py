"""OpenAI chat-completions compatibility: request shape, reply and server-sent-event stream."""

from __future__ import annotations

import json
import time
import uuid
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, cast

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field, conlist, model_validator
from pydantic_core import PydanticCustomError

from assistant.answer import Answer
from ui.service.components import EXAMPLE_QUESTION
from ui.service.conversation import ConversationService
from ui.service.errors import ApiError, error_responses
from ui.service.schemas import AsOf, MessageText, Province, SessionId, with_fields
from ui.service.settings import ServiceSettings

MODEL_NAME = "guantong"


class TextPart(BaseModel):
    type: Literal["text"]
    text: MessageText = Field(description="What the person says, in Chinese.")


def user_content(text: Any) -> Any:
    """A user message's content, given the type of its text: the text, or one text part."""
    return text | conlist(with_fields(TextPart, text=text), min_length=1, max_length=1)


if TYPE_CHECKING:  # for type checkers: the plain shape; at run time: with its constraints
    UserContent: TypeAlias = str | list[TextPart]
else:
    UserContent = user_content(MessageText)


class UserMessage(BaseModel):
    """What the assistant reads: the text of a user message."""

    model_config = ConfigDict(extra="allow")
    role: Literal["user"]
    content: UserContent = Field(description="The text, or one text part: the assistant reads no images.")

    def plain_text(self) -> str:
        return self.content if isinstance(self.content, str) else self.content[0].text


class ContentPart(BaseModel):
    model_config = ConfigDict(extra="allow")
    type: str
    text: str | None = None


class OtherMessage(BaseModel):
    """System prompts and earlier replies: accepted and not read (the rules decide, not a prompt)."""

    model_config = ConfigDict(extra="allow")
    role: Literal["system", "developer", "assistant", "tool", "function"]
    content: str | list[ContentPart] | None = None


def completion_messages(user: type[UserMessage]) -> Any:
    """The conversation so far."""
    return conlist(cast(Any, user | OtherMessage), min_length=1)  # a union is a type form, not a class


HAS_A_USER_MESSAGE: dict[str, Any] = {
    "contains": {"type": "object", "properties": {"role": {"const": "user"}}, "required": ["role"]}
}


if TYPE_CHECKING:
    CompletionMessages: TypeAlias = list[UserMessage | OtherMessage]
else:
    CompletionMessages = completion_messages(UserMessage)


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
    messages: CompletionMessages = Field(
        description="The conversation so far, with at least one user message. Without `session_id` it is replayed "
        "from the start: at most `max_history_messages` (60) user messages.",
        json_schema_extra=HAS_A_USER_MESSAGE,
    )
    stream: bool = False
    session_id: SessionId | None = Field(None, description="Continue this stored session with the last user message.")
    as_of: AsOf = None
    province: Province | None = None

    @model_validator(mode="after")
    def _has_a_user_message(self) -> CompletionRequest:
        if not self.user_texts():
            raise PydanticCustomError("no_user_message", "messages 里没有用户消息（role 为 user）。")
        return self

    def user_texts(self) -> list[str]:
        return [message.plain_text() for message in self.messages if isinstance(message, UserMessage)]


def request_models(text: Any) -> dict[type[BaseModel], type[BaseModel]]:
    """OpenAI's request shapes for a service whose messages have the type `text`, keyed by the model
    each one replaces (see `schemas.request_models`)."""
    user = with_fields(UserMessage, content=user_content(text))
    return {UserMessage: user, CompletionRequest: with_fields(CompletionRequest, messages=completion_messages(user))}


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


# One server-sent event of the stream (OpenAPI 3.2's itemSchema).
STREAM_EVENT = {
    "type": "object",
    "required": ["data"],
    "properties": {"data": {"type": "string", "description": "一个 chat.completion.chunk（JSON）；最后一个是 [DONE]"}},
}

router = APIRouter(tags=["OpenAI 兼容"])


@router.get("/v1/models", summary="模型列表（OpenAI 形状）")
def models():
    return {"object": "list", "data": [{"id": MODEL_NAME, "object": "model", "created": 0, "owned_by": "guantong"}]}


@router.post(
    "/v1/chat/completions",
    responses={
        200: {
            "description": "stream 为 true 时是事件流",
            "content": {"text/event-stream": {"itemSchema": STREAM_EVENT}},
        },
        **error_responses(400, 404, 413, 422),
    },
    summary="OpenAI chat-completions 形状（支持 stream）",
)
def chat_completions(body: CompletionRequest, request: Request):
    session_id, answer = _complete(request.app.state.service, body, request.app.state.settings)
    if body.stream:
        return StreamingResponse(completion_stream(answer, body.model, session_id), media_type="text/event-stream")
    return completion_reply(answer, body.model, session_id)


def _complete(service: ConversationService, request: CompletionRequest, settings: ServiceSettings):
    user_messages = request.user_texts()
    if request.session_id:
        return service.send(request.session_id, user_messages[-1], request.as_of, request.province)
    if len(user_messages) > settings.max_history_messages:
        raise ApiError(
            422,
            "history_too_long",
            f"对话太长了（{len(user_messages)} 条用户消息），最多 {settings.max_history_messages} 条；"
            "请开始新的对话，或使用 session_id。",
        )
    return None, service.replay(user_messages, request.as_of, request.province)
