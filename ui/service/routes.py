"""The HTTP routes: thin handlers over the conversation service, the rules and the corpus.

Collaborators come from `request.app.state` (set by `create_app`), so each handler is a plain
function of its request body; errors are raised as exceptions that `errors` turns into JSON.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from pydantic import ValidationError

from assistant.answer import Answer
from corpus import UnknownClauseError
from ui.service.components import Components, require
from ui.service.conversation import ConversationService
from ui.service.errors import ApiError, ErrorBody, describe_validation_errors, validation_message
from ui.service.privacy import mask
from ui.service.schemas import (
    AskRequest,
    ChatReply,
    ChatRequest,
    ClauseReply,
    DeletedReply,
    EligibilityRequest,
    HealthReply,
    SearchReply,
    SearchRequest,
    SessionReply,
)
from ui.service.sessions import UnknownSessionError, checked_session_id

ERRORS: dict[int | str, dict[str, Any]] = {404: {"model": ErrorBody}, 422: {"model": ErrorBody}}

router = APIRouter()


def components(request: Request) -> Components:
    return request.app.state.components


def service(request: Request) -> ConversationService:
    return request.app.state.service


@router.get(
    "/healthz",
    response_model=HealthReply,
    tags=["服务"],
    responses={503: {"model": HealthReply, "description": "还在加载"}},
)
def healthz(request: Request):
    parts = components(request)
    status = parts.status()
    ready = all(status.values())
    body = HealthReply(
        status="ok" if ready else ("degraded" if parts.problems else "starting"),
        components=status,
        problems=parts.problems,
    )
    return JSONResponse(body.model_dump(), status_code=200 if ready else 503)


@router.post("/v1/ask", response_model=Answer, responses=ERRORS, tags=["问答"], summary="一问一答（不保存会话）")
def ask(body: AskRequest, request: Request):
    return service(request).ask(body.question, body.as_of, body.province)


@router.post(
    "/v1/chat",
    response_model=ChatReply,
    responses=ERRORS,
    tags=["问答"],
    summary="多轮对话：不带 session_id 开始新会话，回复里带回 session_id",
)
def chat(body: ChatRequest, request: Request):
    session_id, answer = service(request).send(
        checked_session_id(body.session_id), body.message, body.as_of, body.province
    )
    return ChatReply(**answer.model_dump(), session_id=session_id)


@router.get(
    "/v1/sessions/{session_id}",
    response_model=SessionReply,
    responses=ERRORS,
    tags=["问答"],
    summary="查看一个会话已了解的情况和对话记录",
)
def get_session(session_id: str, request: Request):
    state = service(request).store.load(checked_session_id(session_id))
    return SessionReply(session_id=session_id, facts=state.facts, turns=state.turns)


@router.delete(
    "/v1/sessions/{session_id}",
    response_model=DeletedReply,
    responses=ERRORS,
    tags=["问答"],
    summary="删除一个会话（忘记已了解的情况）",
)
def delete_session(session_id: str, request: Request):
    if not service(request).store.delete(checked_session_id(session_id)):
        raise UnknownSessionError(session_id)
    return DeletedReply(session_id=session_id)


@router.post("/v1/eligibility", responses=ERRORS, tags=["判定"], summary="按事实判定能否申报")
def eligibility(body: EligibilityRequest, request: Request) -> dict[str, Any]:
    rules = require(components(request).rules, "rules")
    return rules.evaluate(checked_facts(rules, body.facts), body.as_of or dt.date.today()).model_dump(mode="json")


def checked_facts(rules, facts: dict[str, Any]):
    """`rules.Facts` from a request's facts, or a 422 that says in Chinese what is wrong."""
    try:
        return rules.Facts.model_validate(facts)
    except ValidationError as error:
        details = describe_validation_errors(error.errors())
        raise ApiError(422, "invalid_facts", validation_message(details, "事实内容不对"), details) from None


@router.post("/v1/search", response_model=SearchReply, responses=ERRORS, tags=["条款"], summary="检索相关条款")
def search(body: SearchRequest, request: Request):
    query = service(request).clean(body.query)
    hits = require(components(request).retriever, "index").search(query, body.k)
    return {"hits": [hit.to_dict() for hit in hits]}


@router.get(
    "/v1/clauses/{clause_id}", response_model=ClauseReply, responses=ERRORS, tags=["条款"], summary="一条条款的原文"
)
def get_clause(clause_id: str, request: Request):
    try:
        return components(request).corpus.clause(clause_id).to_dict()
    except UnknownClauseError as error:
        hint = "、".join(error.suggestions)
        raise ApiError(
            404,
            "clause_not_found",
            f"找不到条款“{mask(clause_id)}”。"
            + (f"您是不是要找：{hint}。" if hint else "条款编号形如 mohrss-2020-96:2.2.1。"),
            [{"suggestions": error.suggestions}],
        ) from None


@router.get("/v1/faq", tags=["条款"], summary="常见问题（每个回答都引用原文）", responses={503: {"model": ErrorBody}})
def faq(request: Request) -> dict[str, Any]:
    return require(components(request).faq, "faq")
