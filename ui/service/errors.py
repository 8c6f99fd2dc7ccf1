"""Every error is JSON `{"error": {"code", "type", "message", "details"?}}` with a Chinese message,
including FastAPI's own validation errors, unknown paths and wrong methods; nothing answers with a
traceback. `error_responses` documents them in the OpenAPI document, route by route."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from retrieval import VectorStoreError
from ui.service.conversation import InvalidMessageError
from ui.service.privacy import mask
from ui.service.sessions import SessionBusyError, SessionStoreUnavailableError, UnknownSessionError


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


# What each error status means, for the OpenAPI document.
_STATUS_MEANINGS = {
    400: "请求体无法解析（不是 UTF-8 编码的 JSON）",
    404: "要找的对象不存在（会话、条款或地址）",
    413: "请求体太大",
    422: "请求内容不对：缺项、类型不对、消息为空或太长",
    503: "服务还在启动（索引、规则或常见问题还在加载），或内部出错；请稍后再试",
}


def error_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The `responses` of a route that can answer these error statuses, each with the error model."""
    return {status: {"model": ErrorBody, "description": _STATUS_MEANINGS[status]} for status in statuses}


def error_response(
    status: int, code: str, message: str, details: list | None = None, headers: dict | None = None
) -> JSONResponse:
    kind = "invalid_request_error" if status < 500 else "server_error"
    body: dict[str, Any] = {"code": code, "type": kind, "message": message}
    if details:
        body["details"] = details
    return JSONResponse(status_code=status, content={"error": body}, headers=headers)


_VALIDATION_PROBLEMS = {
    "missing": "缺少这一项",
    "string_type": "应为文本",
    "int_parsing": "应为整数",
    "int_type": "应为整数",
    "int_from_float": "应为整数",
    "bool_type": "应为 true 或 false",
    "bool_parsing": "应为 true 或 false",
    "date_type": "应为日期，格式 YYYY-MM-DD",
    "date_parsing": "应为日期，格式 YYYY-MM-DD",
    "date_from_datetime_parsing": "应为日期，格式 YYYY-MM-DD",
    "date_from_datetime_inexact": "应为日期，格式 YYYY-MM-DD",
    "dict_type": "应为 JSON 对象",
    "model_type": "应为 JSON 对象",
    "list_type": "应为列表",
    "greater_than_equal": "太小",
    "less_than_equal": "太大",
    "too_short": "太短或为空",
    "too_long": "太长",
    "string_pattern_mismatch": "格式不对",
    "literal_error": "取值不在允许范围内",
    "extra_forbidden": "不认识这一项",
    "json_invalid": "不是合法的 JSON",
}


def describe_validation_errors(errors) -> list[dict[str, str]]:
    """FastAPI/pydantic validation errors as `{"field", "problem"}` in Chinese."""
    described = []
    for error in errors:
        loc = [str(part) for part in error.get("loc", ()) if part not in ("body", "query", "path")]
        kind = error.get("type", "")
        problem = _VALIDATION_PROBLEMS.get(kind, "取值不合法")
        limit = error.get("ctx") or {}
        if kind in ("greater_than_equal", "less_than_equal") and limit:
            problem += f"（界限 {next(iter(limit.values()))}）"
        field_name = "请求体" if kind == "json_invalid" else ".".join(loc) or "请求体"
        described.append({"field": field_name, "problem": problem, "type": kind})
    return described


def validation_message(details: list[dict[str, str]], lead: str = "请求内容不对") -> str:
    parts = [f"“{d['field']}”{d['problem']}" for d in details[:5]]
    return f"{lead}：" + "；".join(parts) + "。"


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def api_error(_: Request, error: ApiError):
        return error_response(error.status, error.code, error.message, error.details)

    @app.exception_handler(RequestValidationError)
    async def validation_error(request: Request, error: RequestValidationError):
        return _validation_error_response(request, error.errors())

    @app.exception_handler(InvalidMessageError)
    async def invalid_message(_: Request, error: InvalidMessageError):
        return error_response(422, error.code, error.message)

    @app.exception_handler(UnknownSessionError)
    async def unknown_session(request: Request, _: UnknownSessionError):
        return _unknown_session_response(request)

    for kind, (status, code, message, retry_after) in _TRY_AGAIN_LATER.items():
        app.add_exception_handler(kind, _try_again_later(status, code, message, retry_after))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, error: StarletteHTTPException):
        return _http_error_response(request, error.status_code, error.headers)


# Errors the request models raise with the service's own codes (schemas, openai_compat).
_MODEL_ERROR_CODES = {"empty_message", "message_too_long", "no_user_message", "invalid_facts"}


def _validation_error_response(request: Request, errors) -> JSONResponse:
    """A broken constraint with a code of the service's own keeps its code; the rest are described
    field by field."""
    kinds = [error.get("type") for error in errors]
    if "unknown_session" in kinds:
        return _unknown_session_response(request)
    own = next((error for error in errors if error.get("type") in _MODEL_ERROR_CODES), None)
    if own is not None:
        return error_response(422, own["type"], own["msg"], own.get("ctx", {}).get("details"))
    details = describe_validation_errors(errors)
    return error_response(422, "invalid_request", validation_message(details), details)


def _unknown_session_response(request: Request) -> JSONResponse:
    idle_minutes = request.app.state.settings.session_idle_seconds / 60
    return error_response(
        404,
        "unknown_session",
        f"会话不存在或已过期（闲置超过 {idle_minutes:g} 分钟会自动清除）。请不带 session_id 重新开始对话。",
    )


# Failures that pass: a burst of turns on one session, a store that is briefly unreachable.
_TRY_AGAIN_LATER: dict[type[Exception], tuple[int, str, str, int]] = {
    SessionBusyError: (409, "session_busy", "这个会话同时收到了太多条消息，正在处理。请等上一条回复出来后再发。", 1),
    SessionStoreUnavailableError: (
        503,
        "session_store_unavailable",
        "服务暂时无法读取对话记录，请稍后再试，已说的内容不会丢失。",
        5,
    ),
    VectorStoreError: (503, "vector_store_unavailable", "条款检索暂时不可用，请稍后再试。", 5),
}


def _try_again_later(status: int, code: str, message: str, retry_after: int):
    async def handler(_: Request, error: Exception):
        if status >= 500:  # the operator needs the cause; the user gets the Chinese message
            logging.getLogger("guantong.access").error("%s: %s", code, mask(str(error.__cause__ or error)))
        return error_response(status, code, message, headers={"Retry-After": str(retry_after)})

    return handler


def _http_error_response(request: Request, status: int, headers=None) -> JSONResponse:
    if status == 400:
        return error_response(400, "invalid_body", "请求体无法解析：请发送 UTF-8 编码的 JSON。", headers=headers)
    if status == 404:
        return error_response(404, "not_found", f"没有这个地址：{mask(request.url.path)}。接口列表见 /docs。")
    if status == 405:
        return error_response(
            405,
            "method_not_allowed",
            f"{request.url.path} 不支持 {request.method} 请求。接口用法见 /docs。",
            headers=headers,
        )
    return error_response(status, "http_error", "请求无法处理。接口用法见 /docs。", headers=headers)
