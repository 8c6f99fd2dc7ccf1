"""Service settings, from the environment (see `ServiceSettings.from_env`)."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from assistant.pipeline import MAX_MESSAGE_CHARS
from corpus.runtime import data_dir


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
            session_idle_seconds=_env_number("GUANTONG_SESSION_IDLE_SECONDS", cls.session_idle_seconds, float),
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
