"""Pure ASGI middleware: request ids, a body-size limit, one masked log line per request, and
the last line of defence against unhandled exceptions."""

from __future__ import annotations

import json
import logging
import time
import uuid

from ui.service.errors import error_response
from ui.service.privacy import mask

ACCESS_LOG = logging.getLogger("guantong.access")


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
                await error_response(
                    413, "request_too_large", f"请求太大了，请控制在 {self.max_body_bytes // 1024} KB 以内。"
                )(scope, receive, send_with_id)
            else:
                await self.app(scope, receive, send_with_id)
        except Exception:  # the catch-all: log it, answer in Chinese, keep serving
            ACCESS_LOG.exception("unhandled error in request %s", request_id)
            if response["status"] is None:
                await error_response(
                    503, "internal_error", f"服务内部出错了（编号 {request_id}），请稍后再试或换一种说法。"
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
        record = {
            "event": "request",
            "request_id": request_id,
            "method": scope["method"],
            "path": mask(path),
            "query": mask(scope.get("query_string", b"").decode("latin-1")),
            "status": status,
            "duration_ms": round(seconds * 1000, 1),
        }
        ACCESS_LOG.log(logging.INFO if api else logging.DEBUG, json.dumps(record, ensure_ascii=False))


def configure_access_log() -> None:
    if not ACCESS_LOG.handlers:
        handler = logging.StreamHandler()
        handler.setFormatter(logging.Formatter("%(message)s"))
        ACCESS_LOG.addHandler(handler)
        ACCESS_LOG.setLevel(logging.INFO)
        ACCESS_LOG.propagate = False
