"""The HTTP service (FastAPI): the assistant for hotline systems, with the Gradio UI at `/`.

Every error is JSON `{"error": {"code", "type", "message", "details"?}}` with a Chinese message,
including FastAPI's own validation errors and unknown paths; nothing answers with a traceback.
Settings come from the environment (see `ServiceSettings.from_env`).
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import re
import threading
import time
import uuid
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import JSONResponse, StreamingResponse
from fastapi.routing import APIRoute
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from corpus import UnknownClauseError, load_corpus
from corpus.runtime import data_dir

from assistant.answer import Answer
from assistant.dialogue import Turn
from assistant.pipeline import MAX_MESSAGE_CHARS, Assistant
from assistant.privacy import mask
from assistant.sessions import (SESSION_ID_PATTERN, ConversationService, InvalidMessageError,
                                SessionStore, UnknownSessionError)

MODEL_NAME = "guantong"
ACCESS_LOG = logging.getLogger("guantong.access")
EXAMPLE_QUESTION = "我是电工，2020年7月拿的技师证，能评中级职称吗"


# --------------------------------------------------------------------------- settings

@dataclass(frozen=True)
class ServiceSettings:
    max_message_chars: int = MAX_MESSAGE_CHARS  # the most the pipeline reads of one message
    session_idle_seconds: float = 3600
    sessions_db: Path | None = None  # None: sessions.sqlite3 in the data directory
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = 256 * 1024
    max_history_messages: int = 60

    @classmethod
    def from_env(cls) -> ServiceSettings:
        """GUANTONG_MAX_MESSAGE_CHARS, GUANTONG_SESSION_IDLE_SECONDS, GUANTONG_SESSIONS_DB,
        GUANTONG_CORS_ORIGINS (comma-separated, or *)."""
        origins = os.environ.get("GUANTONG_CORS_ORIGINS", "")
        db = os.environ.get("GUANTONG_SESSIONS_DB")
        return cls(
            max_message_chars=_env_number("GUANTONG_MAX_MESSAGE_CHARS", cls.max_message_chars, int),
            session_idle_seconds=_env_number("GUANTONG_SESSION_IDLE_SECONDS",
                                             cls.session_idle_seconds, float),
            sessions_db=Path(db) if db else None,
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
        )

    def sessions_path(self) -> Path:
        return self.sessions_db or data_dir() / "sessions.sqlite3"


def _env_number(name: str, default, kind):
    raw = os.environ.get(name)
    if raw is None or not raw.strip():
        return default
    try:
        value = kind(raw)
    except ValueError:
        value = 0
    if value <= 0:
        raise ValueError(f"环境变量 {name} 的值“{raw}”不对：应为大于 0 的数字。")
    return value


# --------------------------------------------------------------------------- errors

class ApiError(Exception):
    def __init__(self, status: int, code: str, message: str, details: list | None = None):
        super().__init__(message)
        self.status, self.code, self.message, self.details = status, code, message, details


class ErrorDetail(BaseModel):
    code: str = Field(description="Machine-readable error code.", examples=["message_too_long"])
    type: str = Field(description="OpenAI-style error class.", examples=["invalid_request_error"])
    message: str = Field(description="What went wrong, in Chinese.", examples=["消息太长了……"])
    details: list[dict[str, Any]] | None = None


class ErrorBody(BaseModel):
    error: ErrorDetail


def error_response(status: int, code: str, message: str, details: list | None = None,
                   headers: dict | None = None) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body = {"code": code, "type": kind, "message": message}
    if details:
        body["details"] = details
    return JSONResponse(status_code=status, content={"error": body}, headers=headers)


_VALIDATION_PROBLEMS = {
    "missing": "缺少这一项",
    "string_type": "应为文本",
    "int_parsing": "应为整数", "int_type": "应为整数", "int_from_float": "应为整数",
    "bool_type": "应为 true 或 false", "bool_parsing": "应为 true 或 false",
    "date_type": "应为日期，格式 YYYY-MM-DD", "date_parsing": "应为日期，格式 YYYY-MM-DD",
    "date_from_datetime_parsing": "应为日期，格式 YYYY-MM-DD",
    "date_from_datetime_inexact": "应为日期，格式 YYYY-MM-DD",
    "dict_type": "应为 JSON 对象", "model_type": "应为 JSON 对象", "list_type": "应为列表",
    "greater_than_equal": "太小", "less_than_equal": "太大", "too_short": "太短或为空",
    "too_long": "太长", "string_pattern_mismatch": "格式不对", "literal_error": "取值不在允许范围内",
    "extra_forbidden": "不认识这一项", "json_invalid": "不是合法的 JSON",
}


def describe_validation_errors(errors) -> list[dict[str, str]]:
    """FastAPI/pydantic validation errors as `{"field", "problem"}` in Chinese."""
    described = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
        kind = error.get("type", "")
        problem = _VALIDATION_PROBLEMS.get(kind, "取值不合法")
        limit = (error.get("ctx") or {})
        if kind in ("greater_than_equal", "less_than_equal") and limit:
            problem += f"（界限 {next(iter(limit.values()))}）"
        field_name = "请求体" if kind == "json_invalid" else ".".join(loc) or "请求体"
        described.append({"field": field_name, "problem": problem, "type": kind})
    return described


def _validation_message(details: list[dict[str, str]], lead: str = "请求内容不对") -> str:
    parts = [f"“{d['field']}”{d['problem']}" for d in details[:5]]
    return f"{lead}：" + "；".join(parts) + "。"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, error: ApiError):
        return error_response(error.status, error.code, error.message, error.details)

    @app.exception_handler(RequestValidationError)
    async def validation_error(_: Request, error: RequestValidationError):
        details = describe_validation_errors(error.errors())
        return error_response(422, "invalid_request", _validation_message(details), details)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        return _http_error_response(request, error.status_code, error.headers)


def _http_error_response(request: Request, status: int, headers=None) -> JSONResponse:
    if status == 404:
        return error_response(404, "not_found", f"没有这个地址：{mask(request.url.path)}。"
                              "接口列表见 /docs。")
    if status == 405:
        return error_response(405, "method_not_allowed",
                              f"{request.url.path} 不支持 {request.method} 请求。接口用法见 /docs。",
                              headers=headers)
    return error_response(status, "http_error", "请求无法处理。接口用法见 /docs。", headers=headers)


# --------------------------------------------------------------------------- logging and limits

class ServiceMiddleware:
    """Pure ASGI: a request id, a body-size limit on /v1, one structured (masked) log line per
    request with its timing, and the last line of defence: an unhandled exception becomes a
    Chinese JSON error (503 `internal_error`), never a traceback or a bare 500."""

    def __init__(self, app, max_body_bytes: int):
        self.app = app
        self.max_body_bytes = max_body_bytes

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        request_id = uuid.uuid4().hex[:12]
        started = time.perf_counter()
        response = {"status": None}

        async def send_with_id(message):
            if message["type"] == "http.response.start":
                response["status"] = message["status"]
                message.setdefault("headers", [])
                message["headers"] = [*message["headers"], (b"x-request-id", request_id.encode())]
            await send(message)

        try:
            if self._too_large(scope):
                await error_response(413, "request_too_large",
                                     f"请求太大了，请控制在 {self.max_body_bytes // 1024} KB 以内。"
                                     )(scope, receive, send_with_id)
            else:
                await self.app(scope, receive, send_with_id)
        except Exception:  # the catch-all: log it, answer in Chinese, keep serving
            ACCESS_LOG.exception("unhandled error in request %s", request_id)
            if response["status"] is None:
                await error_response(503, "internal_error",
                                     f"服务内部出错了（编号 {request_id}），请稍后再试或换一种说法。"
                                     )(scope, receive, send_with_id)
        finally:
            self._log(scope, request_id, response["status"], time.perf_counter() - started)

    def _too_large(self, scope) -> bool:
        if not scope["path"].startswith("/v1/"):
            return False
        length = dict(scope.get("headers") or []).get(b"content-length", b"0")
        return length.isdigit() and int(length) > self.max_body_bytes

    @staticmethod
    def _log(scope, request_id: str, status: int | None, seconds: float) -> None:
        path = scope["path"]
        api = path.startswith("/v1/") or path == "/healthz"
        record = {"event": "request", "request_id": request_id, "method": scope["method"],
                  "path": mask(path), "query": mask(scope.get("query_string", b"").decode("latin-1")),
                  "status": status, "duration_ms": round(seconds * 1000, 1)}
        ACCESS_LOG.log(logging.INFO if api else logging.DEBUG, json.dumps(record, ensure_ascii=False))


def _configure_access_log() -> None:
    if not ACCESS_LOG.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        ACCESS_LOG.addHandler(handler)
        ACCESS_LOG.setLevel(logging.INFO)
        ACCESS_LOG.propagate = False


# --------------------------------------------------------------------------- components

@dataclass
class Components:
    """The parts that take time to load, warmed in the background at start-up so the port
    opens at once and /healthz turns 200 when everything is in memory."""

    corpus: Any
    assistant: Assistant
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
        return {"corpus": self.corpus is not None,
                "index": bool(self.retriever is not None and self.retriever.ready),
                "rules": self.rules is not None,
                "faq": self.faq is not None,
                "assistant": self.assistant_warm}


def _require(component, name: str):
    if component is None:
        raise ApiError(503, f"{name}_not_ready", "服务还在启动，检索索引、判定规则和常见问题正在加载，请稍后再试。")
    return component


# --------------------------------------------------------------------------- request and reply models

class AskRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"question": EXAMPLE_QUESTION, "as_of": "2024-05-01", "province": "云南"}]})
    question: str = Field(description="The question in Chinese.")
    as_of: dt.date | None = Field(None, description="Date for every date computation; default today.")
    province: str | None = Field(None, max_length=20, description="e.g. 云南; default national rules.")


class ChatRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"message": EXAMPLE_QUESTION},
        {"session_id": "k3J9dXo0bW9yZS1yYW5kb20", "message": "最近三年考核都合格", "as_of": "2024-05-01"}]})
    session_id: str | None = Field(None, description="Omit to start a new conversation.")
    message: str
    as_of: dt.date | None = None
    province: str | None = Field(None, max_length=20)


class ChatReply(Answer):
    session_id: str = Field(description="Send it back with the next message.")


class EligibilityRequest(BaseModel):
    model_config = ConfigDict(json_schema_extra={"examples": [
        {"facts": {"track": "skill_to_title", "province": "云南"}, "as_of": "2024-05-01"}]})
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


class HealthReply(BaseModel):
    status: Literal["ok", "starting", "degraded"]
    components: dict[str, bool]
    problems: dict[str, str] = Field(default_factory=dict)


# --------------------------------------------------------------------------- OpenAI chat completions

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
    model_config = ConfigDict(extra="allow", json_schema_extra={"examples": [
        {"model": MODEL_NAME, "messages": [{"role": "user", "content": EXAMPLE_QUESTION}]}]})
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
    return {**_completion_head("chat.completion", model),
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": completion_text(answer)}}],
            **_completion_extras(answer, session_id)}


def _completion_head(kind: str, model: str) -> dict:
    return {"id": f"chatcmpl-{uuid.uuid4().hex}", "object": kind,
            "created": int(time.time()), "model": model}


def _completion_extras(answer: Answer, session_id: str | None) -> dict:
    extras = {"citations": [c.model_dump() for c in answer.citations],
              "guantong": answer.model_dump(mode="json")}
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
        yield chunk({"content": text[start:start + piece_chars]})
    yield chunk({}, "stop", **_completion_extras(answer, session_id))
    yield "data: [DONE]\n\n"


# --------------------------------------------------------------------------- the app

def create_app(settings: ServiceSettings | None = None, with_ui: bool = True) -> FastAPI:
    settings = settings or ServiceSettings.from_env()
    _configure_access_log()
    store = SessionStore(settings.sessions_path(), settings.session_idle_seconds)
    components = Components(corpus=load_corpus(), assistant=Assistant())
    service = ConversationService(store, components.assistant, settings.max_message_chars)

    app = FastAPI(title="贯通助手 guantong", version="0.1.0",
                  description="高技能人才与专业技术人才职业发展贯通政策问答接口。所有错误都是 JSON："
                              "`{\"error\": {\"code\", \"type\", \"message\"}}`，message 为中文。",
                  responses={422: {"model": ErrorBody, "description": "请求内容不对"}},
                  lifespan=_lifespan(components, store))
    app.state.components, app.state.service = components, service
    install_error_handlers(app)
    _add_routes(app, components, service, settings)
    _add_v1_fallback(app)
    app.add_middleware(ServiceMiddleware, max_body_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(CORSMiddleware, allow_origins=list(settings.cors_origins),
                           allow_methods=["GET", "POST", "DELETE", "OPTIONS"], allow_headers=["*"])
    if with_ui:
        # The composition root: the service shows the UI; the UI itself only uses `service`.
        from ui import mount_ui
        mount_ui(app, service, components.corpus)
    return app


def _lifespan(components: Components, store: SessionStore):
    from contextlib import asynccontextmanager

    @asynccontextmanager
    async def lifespan(_: FastAPI):
        threading.Thread(target=components.warm, name="warm-up", daemon=True).start()
        store.purge_expired()
        yield
        store.close()

    return lifespan


def _add_routes(app: FastAPI, components: Components, service: ConversationService,
                settings: ServiceSettings) -> None:
    errors = {404: {"model": ErrorBody}, 422: {"model": ErrorBody}}

    def checked(call):
        try:
            return call()
        except InvalidMessageError as error:
            raise ApiError(422, error.code, error.message) from None
        except UnknownSessionError:
            raise unknown_session from None

    unknown_session = ApiError(
        404, "unknown_session", f"会话不存在或已过期（闲置超过 {settings.session_idle_seconds / 60:g} 分钟"
        "会自动清除）。请不带 session_id 重新开始对话。")

    @app.get("/healthz", response_model=HealthReply, tags=["服务"],
             responses={503: {"model": HealthReply, "description": "还在加载"}})
    def healthz():
        status = components.status()
        ready = all(status.values())
        body = HealthReply(status="ok" if ready else ("degraded" if components.problems else "starting"),
                           components=status, problems=components.problems)
        return JSONResponse(body.model_dump(), status_code=200 if ready else 503)

    @app.post("/v1/ask", response_model=Answer, responses=errors, tags=["问答"],
              summary="一问一答（不保存会话）")
    def ask(request: AskRequest):
        return checked(lambda: service.ask(request.question, request.as_of, request.province))

    @app.post("/v1/chat", response_model=ChatReply, responses=errors, tags=["问答"],
              summary="多轮对话：不带 session_id 开始新会话，回复里带回 session_id")
    def chat(request: ChatRequest):
        session_id, answer = checked(lambda: service.send(
            _session_id(request.session_id), request.message, request.as_of, request.province))
        return ChatReply(**answer.model_dump(), session_id=session_id)

    @app.get("/v1/sessions/{session_id}", response_model=SessionReply, responses=errors,
             tags=["问答"], summary="查看一个会话已了解的情况和对话记录")
    def get_session(session_id: str):
        state = checked(lambda: service.store.load(_session_id(session_id)))
        return SessionReply(session_id=session_id, facts=state.facts, turns=state.turns)

    @app.delete("/v1/sessions/{session_id}", response_model=DeletedReply, responses=errors,
                tags=["问答"], summary="删除一个会话（忘记已了解的情况）")
    def delete_session(session_id: str):
        if not checked(lambda: service.store.delete(_session_id(session_id))):
            raise unknown_session
        return DeletedReply(session_id=session_id)

    @app.post("/v1/eligibility", responses=errors, tags=["判定"], summary="按事实判定能否申报")
    def eligibility(request: EligibilityRequest) -> dict[str, Any]:
        return _evaluate(_require(components.rules, "rules"), request)

    @app.post("/v1/search", response_model=SearchReply, responses=errors, tags=["条款"],
              summary="检索相关条款")
    def search(request: SearchRequest):
        query = checked(lambda: service.clean(request.query))
        hits = _require(components.retriever, "index").search(query, request.k)
        return {"hits": [hit.to_dict() for hit in hits]}

    @app.get("/v1/clauses/{clause_id}", response_model=ClauseReply, responses=errors, tags=["条款"],
             summary="一条条款的原文")
    def get_clause(clause_id: str):
        try:
            return components.corpus.clause(clause_id).to_dict()
        except UnknownClauseError as error:
            hint = "、".join(error.suggestions)
            raise ApiError(404, "clause_not_found", f"找不到条款“{mask(clause_id)}”。"
                           + (f"您是不是要找：{hint}。" if hint else "条款编号形如 mohrss-2020-96:2.2.1。"),
                           [{"suggestions": error.suggestions}]) from None

    @app.get("/v1/faq", tags=["条款"], summary="常见问题（每个回答都引用原文）",
             responses={503: {"model": ErrorBody}})
    def faq() -> dict[str, Any]:
        return _require(components.faq, "faq")

    @app.get("/v1/models", tags=["OpenAI 兼容"], summary="模型列表（OpenAI 形状）")
    def models():
        return {"object": "list", "data": [{"id": MODEL_NAME, "object": "model", "created": 0,
                                            "owned_by": "guantong"}]}

    @app.post("/v1/chat/completions", responses=errors, tags=["OpenAI 兼容"],
              summary="OpenAI chat-completions 形状（支持 stream）")
    def chat_completions(request: CompletionRequest):
        session_id, answer = checked(lambda: _complete(service, request, settings))
        if request.stream:
            return StreamingResponse(completion_stream(answer, request.model, session_id),
                                     media_type="text/event-stream")
        return completion_reply(answer, request.model, session_id)


def _complete(service: ConversationService, request: CompletionRequest, settings: ServiceSettings):
    user_messages = [m.plain_text() for m in request.messages if m.role == "user"]
    if not user_messages:
        raise ApiError(422, "no_user_message", "messages 里没有用户消息（role 为 user）。")
    if request.session_id:
        return service.send(_session_id(request.session_id), user_messages[-1],
                            request.as_of, request.province)
    if len(user_messages) > settings.max_history_messages:
        raise ApiError(422, "history_too_long",
                       f"对话太长了（{len(user_messages)} 条用户消息），最多 {settings.max_history_messages} 条；"
                       "请开始新的对话，或使用 session_id。")
    return None, service.replay(user_messages, request.as_of, request.province)


def _session_id(session_id: str | None) -> str | None:
    """A session id as given, if it has the shape of one; anything else is simply unknown."""
    if session_id is not None and not re.fullmatch(SESSION_ID_PATTERN, session_id):
        raise UnknownSessionError(session_id)
    return session_id


def _evaluate(rules, request: EligibilityRequest) -> dict:
    from pydantic import ValidationError
    try:
        facts = rules.Facts.model_validate(request.facts)
    except ValidationError as error:
        details = describe_validation_errors(error.errors())
        raise ApiError(422, "invalid_facts", _validation_message(details, "事实内容不对"), details) from None
    return rules.evaluate(facts, request.as_of or dt.date.today()).model_dump(mode="json")


def _add_v1_fallback(app: FastAPI) -> None:
    """Unknown /v1 paths and wrong methods get JSON errors here, before the UI mounted at `/`
    (which would otherwise answer them with its own page)."""

    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"],
                   include_in_schema=False)
    def v1_fallback(request: Request, rest: str):
        allowed = sorted({method for route in app.routes if isinstance(route, APIRoute)
                          and route.name != "v1_fallback" and route.path_regex.match(request.url.path)
                          for method in route.methods})
        if allowed:
            raise StarletteHTTPException(405, headers={"Allow": ", ".join(allowed)})
        raise StarletteHTTPException(404)
