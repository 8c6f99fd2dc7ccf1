"""Service settings, from the environment (see `ServiceSettings.from_env`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

from assistant.pipeline import MAX_MESSAGE_CHARS
from corpus.runtime import data_dir
from ui.service.sessions import SessionStore, open_session_store

SESSIONS_URL_ENV = "GUANTONG_SESSIONS_URL"


@dataclass(frozen=True)
class ServiceSettings:
    max_message_chars: int = MAX_MESSAGE_CHARS  # the most the pipeline reads of one message
    session_idle_seconds: float = 3600
    sessions_db: Path | None = None  # None: sessions.sqlite3 in the data directory
    sessions_url: str | None = None  # redis://host:port/db: sessions in Redis instead of SQLite
    cors_origins: tuple[str, ...] = ()
    max_body_bytes: int = 256 * 1024
    max_history_messages: int = 60

    @classmethod
    def from_env(cls) -> ServiceSettings:
        """GUANTONG_MAX_MESSAGE_CHARS, GUANTONG_SESSION_IDLE_SECONDS, GUANTONG_SESSIONS_DB,
        GUANTONG_SESSIONS_URL, GUANTONG_CORS_ORIGINS (comma-separated, or *)."""
        origins = os.environ.get("GUANTONG_CORS_ORIGINS", "")
        db = os.environ.get("GUANTONG_SESSIONS_DB")
        return cls(
            max_message_chars=_env_number("GUANTONG_MAX_MESSAGE_CHARS", cls.max_message_chars, int),
            session_idle_seconds=_env_number("GUANTONG_SESSION_IDLE_SECONDS", cls.session_idle_seconds, float),
            sessions_db=Path(db) if db else None,
            sessions_url=_sessions_url(),
            cors_origins=tuple(o.strip() for o in origins.split(",") if o.strip()),
        )

    def sessions_path(self) -> Path:
        return self.sessions_db or data_dir() / "sessions.sqlite3"

    def open_session_store(self) -> SessionStore:
        return open_session_store(self.sessions_url, self.sessions_path(), self.session_idle_seconds)


def _sessions_url() -> str | None:
    raw = os.environ.get(SESSIONS_URL_ENV, "").strip()
    if not raw:
        return None
    if urlparse(raw).scheme not in ("redis", "rediss") or not urlparse(raw).hostname:
        raise ValueError(
            f"环境变量 {SESSIONS_URL_ENV} 的值不对：应为 Redis 地址，如 redis://127.0.0.1:6379/0；"
            "不设置则会话存在本机的 SQLite 文件里。"
        )
    return raw


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
