"""The HTTP service (FastAPI): the assistant for hotline systems, with the web page at `/`.

`create_app` is the composition root: it builds the session store, the assistant and the
conversation service, and hands them to the routes through `app.state`.
"""

from __future__ import annotations

import threading
from contextlib import asynccontextmanager

from fastapi import FastAPI, Request
from fastapi.middleware.cors import CORSMiddleware
from fastapi.routing import APIRoute
from starlette.exceptions import HTTPException as StarletteHTTPException

from assistant.pipeline import Assistant
from corpus import load_corpus
from ui.service import openai_compat, path_routes, routes
from ui.service.components import Components
from ui.service.conversation import ConversationService
from ui.service.errors import ErrorBody, install_error_handlers
from ui.service.middleware import ServiceMiddleware, configure_access_log
from ui.service.sessions import SessionStore
from ui.service.settings import ServiceSettings

ROUTERS = (routes.router, openai_compat.router, path_routes.router)


def create_app(settings: ServiceSettings | None = None, with_ui: bool = True) -> FastAPI:
    settings = settings or ServiceSettings.from_env()
    configure_access_log()
    store = SessionStore(settings.sessions_path(), settings.session_idle_seconds)
    components = Components(corpus=load_corpus(), assistant=Assistant())
    service = ConversationService(store, components.assistant, settings.max_message_chars)

    app = FastAPI(
        title="贯通助手 guantong",
        version="0.1.0",
        description="高技能人才与专业技术人才职业发展贯通政策问答接口。所有错误都是 JSON："
        '`{"error": {"code", "type", "message"}}`，message 为中文。',
        responses={422: {"model": ErrorBody, "description": "请求内容不对"}},
        lifespan=_lifespan(components, store),
    )
    app.state.components, app.state.service, app.state.settings = components, service, settings
    install_error_handlers(app)
    for router in ROUTERS:
        app.include_router(router)
    _add_v1_fallback(app)
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


def _add_v1_fallback(app: FastAPI) -> None:
    """Unknown /v1 paths and wrong methods get JSON errors here, before the page mounted at `/`
    (which would otherwise answer them with its own page)."""

    @app.api_route("/v1/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"], include_in_schema=False)
    def v1_fallback(request: Request, rest: str):
        allowed = sorted(
            {
                method
                for router in ROUTERS
                for route in router.routes
                if isinstance(route, APIRoute) and route.path_regex.match(request.url.path)
                for method in route.methods
            }
        )
        if allowed:
            raise StarletteHTTPException(405, headers={"Allow": ", ".join(allowed)})
        raise StarletteHTTPException(404)
