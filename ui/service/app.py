"""The HTTP service (FastAPI): the assistant for hotline systems, with the web page at `/`.

`create_app` is the composition root: it builds the session store, the assistant and the
conversation service, and hands them to the routes through `app.state`.
"""

from __future__ import annotations

import copy
import functools
import inspect
import threading
from collections.abc import Callable, Mapping
from contextlib import asynccontextmanager
from typing import Any

from fastapi import APIRouter, FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.pipeline import Assistant
from corpus import load_corpus
from ui.service import openai_compat, path_routes, routes, schemas
from ui.service.components import Components
from ui.service.conversation import ConversationService
from ui.service.errors import install_error_handlers
from ui.service.middleware import ServiceMiddleware, configure_access_log
from ui.service.sessions import SessionStore
from ui.service.settings import ServiceSettings

ROUTERS = (routes.router, openai_compat.router, path_routes.router)
# Paths whose every method is answered in JSON here (405 for the undeclared ones), before the page at `/`.
API_PATHS = ("/v1/{rest:path}", "/healthz")
HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "CONNECT", "QUERY"]


def create_app(settings: ServiceSettings | None = None, with_ui: bool = True) -> FastAPI:
    settings = settings or ServiceSettings.from_env()
    configure_access_log()
    store = settings.open_session_store()
    components = Components(corpus=load_corpus(), assistant=Assistant(), sessions=store)
    service = ConversationService(store, components.assistant, settings.max_message_chars)

    app = FastAPI(
        title="贯通助手 guantong",
        version="0.1.0",
        description="高技能人才与专业技术人才职业发展贯通政策问答接口。所有错误都是 JSON："
        '`{"error": {"code", "type", "message"}}`，message 为中文；不支持的请求方法得到 405。',
        lifespan=_lifespan(components, store),
    )
    app.state.components, app.state.service, app.state.settings = components, service, settings
    install_error_handlers(app)
    models = {
        **schemas.request_models(settings.max_message_chars),
        **openai_compat.request_models(schemas.message_text(settings.max_message_chars)),
    }
    for router in ROUTERS:
        app.include_router(_with_models(router, models))
    _add_api_fallback(app)
    app.add_middleware(ServiceMiddleware, max_body_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware,
            allow_origins=list(settings.cors_origins),
            allow_methods=["GET", "POST", "DELETE", "OPTIONS"],
            allow_headers=["*"],
        )
    if with_ui:
        from ui.web import mount_ui

        mount_ui(app, service, components.corpus)
    return app


def _lifespan(components: Components, store: SessionStore):
    @asynccontextmanager
    async def lifespan(_: FastAPI):
        threading.Thread(target=components.warm, name="warm-up", daemon=True).start()
        store.purge_expired()
        yield
        store.close()

    return lifespan


def _with_models(router: APIRouter, models: Mapping[type, type]) -> APIRouter:
    """`router` with its endpoints taking this app's request models (`schemas.request_models`)."""
    typed = APIRouter()
    for route in router.routes:
        if isinstance(route, APIRoute):
            route = copy.copy(route)
            route.endpoint = _retyped(route.endpoint, models)
        typed.routes.append(route)
    return typed


def _retyped(endpoint: Callable[..., Any], models: Mapping[type, type]) -> Callable[..., Any]:
    """`endpoint` with its parameters' model types replaced by `models`. FastAPI reads a route's
    request model — what it validates and what the OpenAPI document declares — from its endpoint's
    signature; a wrapper with a signature of its own says which model this app uses."""
    signature = inspect.signature(endpoint, eval_str=True)
    parameters = [p.replace(annotation=models.get(p.annotation, p.annotation)) for p in signature.parameters.values()]
    if parameters == list(signature.parameters.values()):
        return endpoint
    if inspect.iscoroutinefunction(endpoint):
        raise TypeError(f"{endpoint.__name__}: only plain functions take the app's request models")

    @functools.wraps(endpoint)
    def with_app_models(*args, **kwargs):
        return endpoint(*args, **kwargs)

    with_app_models.__dict__["__signature__"] = signature.replace(parameters=parameters)
    return with_app_models


def _add_api_fallback(app: FastAPI) -> None:
    """Unknown API paths and undeclared methods (TRACE too) get JSON errors here, before the page
    mounted at `/` (which would otherwise answer them with its own page)."""

    def api_fallback(request: Request):
        allowed = sorted(
            {
                method
                for router in ROUTERS
                for route in router.routes
                if isinstance(route, APIRoute) and route.path_regex.match(request.url.path)
                for method in route.methods or ()
            }
        )
        if allowed:
            raise StarletteHTTPException(405, headers={"Allow": ", ".join(allowed)})
        raise StarletteHTTPException(404)

    for path in API_PATHS:
        app.add_route(path, api_fallback, methods=HTTP_METHODS, include_in_schema=False)
