"""Conversation sessions in SQLite: a conversation survives a server restart.

One row per session: the DialogueState as JSON (facts and turns, identifiers masked) and
the time of the last turn. A session idle for longer than `idle_seconds` is gone: reading
it deletes it, and `purge_expired` sweeps the rest.
"""

from __future__ import annotations

import contextlib
import secrets
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from assistant.dialogue import DialogueState
from ui.service.privacy import mask_data

SESSION_ID_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    state      TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL
)"""


class UnknownSessionError(KeyError):
    """No such session: never created, deleted, or expired."""

    def __init__(self, session_id: str):
        super().__init__(session_id)
        self.session_id = session_id


class SessionStore:
    def __init__(self, path: Path, idle_seconds: float):
        self.path = Path(path)
        self.idle_seconds = idle_seconds
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by the worker threads; the lock serialises access to it.
        self._db = sqlite3.connect(self.path, check_same_thread=False, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute(_SCHEMA)
        self._db_lock = threading.Lock()
        self._turn_locks: dict[str, threading.Lock] = {}
        self._turn_locks_guard = threading.Lock()

    def create(self) -> tuple[str, DialogueState]:
        session_id = secrets.token_urlsafe(16)
        state = DialogueState()
        now = time.time()
        with self._db_lock:
            self._db.execute("INSERT INTO sessions VALUES (?, ?, ?, ?)", (session_id, _dump(state), now, now))
        return session_id, state

    def load(self, session_id: str) -> DialogueState:
        with self._db_lock:
            row = self._db.execute(
                "SELECT state, updated_at FROM sessions WHERE session_id = ?", (session_id,)
            ).fetchone()
        if row is None:
            raise UnknownSessionError(session_id)
        if self._expired(row[1]):
            self.delete(session_id)
            raise UnknownSessionError(session_id)
        return DialogueState.model_validate_json(row[0])

    def save(self, session_id: str, state: DialogueState) -> None:
        with self._db_lock:
            self._db.execute(
                "UPDATE sessions SET state = ?, updated_at = ? WHERE session_id = ?",
                (_dump(state), time.time(), session_id),
            )

    def delete(self, session_id: str) -> bool:
        with self._db_lock:
            deleted = self._db.execute("DELETE FROM sessions WHERE session_id = ?", (session_id,)).rowcount
        with self._turn_locks_guard:
            self._turn_locks.pop(session_id, None)
        return deleted > 0

    def purge_expired(self) -> int:
        with self._db_lock:
            return self._db.execute(
                "DELETE FROM sessions WHERE updated_at < ?", (time.time() - self.idle_seconds,)
            ).rowcount

    def count(self) -> int:
        with self._db_lock:
            return self._db.execute("SELECT COUNT(*) FROM sessions").fetchone()[0]

    @contextlib.contextmanager
    def turn(self, session_id: str) -> Iterator[None]:
        """Serialises turns of one session: two messages sent at once must not lose a fact."""
        with self._turn_locks_guard:
            lock = self._turn_locks.setdefault(session_id, threading.Lock())
        with lock:
            yield

    def close(self) -> None:
        with self._db_lock:
            self._db.close()

    def _expired(self, updated_at: float) -> bool:
        return time.time() - updated_at > self.idle_seconds


def _dump(state: DialogueState) -> str:
    """The state as stored: every string masked, so no raw phone or ID number reaches the disk."""
    masked = DialogueState.model_validate(mask_data(state.model_dump(mode="json")))
    return masked.model_dump_json()
