"""Request and reply models of the HTTP API.

The request models declare every constraint the service enforces, so the OpenAPI document says
what will be accepted: a message is not blank and at most `ServiceSettings.max_message_chars`
characters, `k` is 1–50, a session id has the shape of one. A broken constraint is reported with the
service's own error code (`empty_message`, `message_too_long`, `unknown_session`), not a generic one.

The message length cap is a setting, so each app has its own request models (`request_models`):
subclasses of the ones here (which carry the pipeline's default cap) with their message fields
capped at the app's setting.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, TypeVar

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    create_model,
)
from pydantic_core import PydanticCustomError, PydanticKnownError

from assistant.answer import Answer
from assistant.dialogue import Turn
from assistant.pipeline import MAX_MESSAGE_CHARS
from retrieval.retriever import MAX_QUERY_CHARS
from rules import Facts
from ui.service.components import EXAMPLE_QUESTION
from ui.service.conversation import InvalidMessageError
from ui.service.errors import describe_validation_errors, validation_message
from ui.service.sessions import SESSION_ID_PATTERN

# At least one character that is not white space as str.strip() sees it. The class is spelled out:
# `\s` means slightly different things to Python, to pydantic's Rust engine and to JSON Schema's
# ECMA-262 regexes (U+001C–U+001F, U+0085, U+FEFF).
_WHITE_SPACE = "".join(f"\\u{code:04x}" for code in range(0x3001) if chr(code).isspace())
NOT_BLANK = f"[^{_WHITE_SPACE}]"
MAX_K = 50
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _as_message_error(value: Any, handler: ValidatorFunctionWrapHandler) -> str:
    """A blank or over-long message is reported as the service reports it."""
    try:
        return handler(value)
    except ValidationError as error:
        problem = error.errors()[0]
        if problem["type"] in ("string_too_short", "string_pattern_mismatch"):
            found = InvalidMessageError.empty()
        elif problem["type"] == "string_too_long":
            found = InvalidMessageError.too_long(len(value), problem["ctx"]["max_length"])
        else:
            raise
        raise PydanticCustomError(found.code, found.message) from None


def _as_unknown_session(value: Any, handler: ValidatorFunctionWrapHandler) -> str:
    """An id without the shape of one names no session: it is reported as an unknown session."""
    try:
        return handler(value)
    except ValidationError as error:
        if error.errors()[0]["type"] != "string_pattern_mismatch":
            raise
        raise PydanticCustomError("unknown_session", "会话不存在或已过期。") from None


def _as_invalid_facts(value: Any, handler: ValidatorFunctionWrapHandler) -> Facts:
    """Facts in the JSON types their schema gives (strictly: no 0 for false, no "5" for 5); facts the
    rules cannot take are reported as such, problem by problem."""
    if not isinstance(value, dict):
        return handler(value)  # not an object at all: a plain type error
    try:
        return Facts.model_validate(_integral_numbers(value), strict=True)
    except ValidationError as error:
        details = describe_validation_errors(error.errors())
        message = validation_message(details, "事实内容不对")
        raise PydanticCustomError("invalid_facts", message, {"details": details}) from None


def _integral_numbers(value: Any) -> Any:
    """JSON has one kind of number: 5.0 is the integer 5, as JSON Schema reads it."""
    if isinstance(value, dict):
        return {key: _integral_numbers(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_integral_numbers(item) for item in value]
    return int(value) if isinstance(value, float) and value.is_integer() else value


def _date_text(value: Any) -> Any:
    """A date is written YYYY-MM-DD, as the document says; not a number or a time."""
    if value is None or (isinstance(value, str) and _ISO_DATE.fullmatch(value)):
        return value
    raise PydanticKnownError("date_type")


def message_text(max_chars: int) -> Any:
    """The type of a text the assistant reads: not blank, at most `max_chars` characters."""
    return Annotated[
        str, Field(min_length=1, max_length=max_chars, pattern=NOT_BLANK), WrapValidator(_as_message_error)
    ]


if TYPE_CHECKING:  # for type checkers: strings; at run time: with their constraints
    MessageText: TypeAlias = str
    SearchQuery: TypeAlias = str
else:
    MessageText = message_text(MAX_MESSAGE_CHARS)
    SearchQuery = message_text(min(MAX_MESSAGE_CHARS, MAX_QUERY_CHARS))  # the retriever reads no more
SessionId = Annotated[
    str,
    Field(
        pattern=SESSION_ID_PATTERN, description="As returned by POST /v1/chat.", examples=["k3J9dXo0bW9yZS1yYW5kb20"]
    ),
    WrapValidator(_as_unknown_session),
]
Province = Annotated[str, Field(max_length=20, description="e.g. 云南; default: the national rules only.")]
AsOf = Annotated[
    dt.date | None,
    BeforeValidator(_date_text),
    Field(description="The date every date computation uses (YYYY-MM-DD); default today."),
]


class AskRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={"examples": [{"question": EXAMPLE_QUESTION, "as_of": "2024-05-01", "province": "云南"}]},
    )
    question: MessageText = Field(description="The question in Chinese.")
    as_of: AsOf = None
    province: Province | None = None


class ChatRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [
                {"message": EXAMPLE_QUESTION},
                {"session_id": "k3J9dXo0bW9yZS1yYW5kb20", "message": "最近三年考核都合格", "as_of": "2024-05-01"},
            ]
        },
    )
    session_id: SessionId | None = Field(None, description="Omit to start a new conversation.")
    message: MessageText = Field(description="What the person says, in Chinese.")
    as_of: AsOf = None
    province: Province | None = None


class ChatReply(Answer):
    session_id: str = Field(description="Send it back with the next message.")


class EligibilityRequest(BaseModel):
    model_config = ConfigDict(
        json_schema_extra={
            "examples": [{"facts": {"track": "skill_to_title", "province": "云南"}, "as_of": "2024-05-01"}]
        }
    )
    facts: Annotated[Facts, WrapValidator(_as_invalid_facts)] = Field(
        description="What is known about the person, as in `guantong check --schema`; every fact may be left out."
    )
    as_of: AsOf = None


class SearchRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [{"query": "高级工评助理工程师要几年", "k": 3}]})
    query: SearchQuery = Field(description="A question or key words, in Chinese.")
    k: int = Field(5, ge=1, le=MAX_K, description="How many clauses to return.")


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


Model = TypeVar("Model", bound=BaseModel)


def with_fields(model: type[Model], **annotations: Any) -> type[Model]:
    """`model` with the named fields retyped, their descriptions and schema extras kept. The subclass
    has the same name, so the OpenAPI document names it as before."""
    fields: dict[str, Any] = {
        name: (
            annotation,
            Field(
                description=model.model_fields[name].description,
                json_schema_extra=model.model_fields[name].json_schema_extra,
            ),
        )
        for name, annotation in annotations.items()
    }
    return create_model(model.__name__, __base__=model, __module__=model.__module__, **fields)


def request_models(max_message_chars: int) -> dict[type[BaseModel], type[BaseModel]]:
    """The request models of a service whose messages are capped at `max_message_chars`, keyed by
    the model each one replaces (OpenAI's shapes: `openai_compat.request_models`)."""
    text = message_text(max_message_chars)
    return {
        AskRequest: with_fields(AskRequest, question=text),
        ChatRequest: with_fields(ChatRequest, message=text),
        SearchRequest: with_fields(SearchRequest, query=message_text(min(max_message_chars, MAX_QUERY_CHARS))),
    }
