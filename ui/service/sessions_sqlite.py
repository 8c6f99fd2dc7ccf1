"""Sessions in SQLite (the default): one file in the data directory, nothing else to run.

One row per session: the state as JSON, its version and the time of the last turn. A session
idle for longer than `idle_seconds` is gone: reading it deletes it, and `purge_expired` sweeps
the rest. Several worker processes may share the file: every write is one conditional UPDATE
(compare-and-set on the version), atomic across processes, and WAL lets readers go on meanwhile.
"""

from __future__ import annotations

import sqlite3
import threading
import time
from pathlib import Path

from assistant.dialogue import DialogueState
from ui.service.sessions import (
    SessionConflictError,
    SessionStore,
    SessionStoreUnavailableError,
    StoredSession,
    UnknownSessionError,
    dump_state,
    load_state,
    new_session_id,
)

_SCHEMA = """
CREATE TABLE IF NOT EXISTS sessions (
    session_id TEXT PRIMARY KEY,
    state      TEXT NOT NULL,
    created_at REAL NOT NULL,
    updated_at REAL NOT NULL,
    version    INTEGER NOT NULL DEFAULT 0
)"""
# How long a process waits for another one's write before giving up.
BUSY_TIMEOUT_SECONDS = 10


class SqliteSessionStore(SessionStore):
    backend = "sqlite"

    def __init__(self, path: Path, idle_seconds: float):
        self.path = Path(path)
        self.location = str(self.path)
        self.idle_seconds = idle_seconds
        self.path.parent.mkdir(parents=True, exist_ok=True)
        # One connection shared by this process's threads; the lock serialises access to it.
        self._db = sqlite3.connect(
            self.path, check_same_thread=False, isolation_level=None, timeout=BUSY_TIMEOUT_SECONDS
        )
        self._db_lock = threading.Lock()
        self._prepare()

    def _prepare(self) -> None:
        """Create the table, or add the version column to a file from before it existed. BEGIN
        IMMEDIATE takes the write lock first, so workers starting together do this once."""
        self._db.execute("PRAGMA journal_mode=WAL")
        # With WAL, NORMAL syncs at checkpoints, not on every turn: a crash of the process loses
        # nothing, a power cut at most the last turns, and the file stays consistent either way.
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.execute("BEGIN IMMEDIATE")
        try:
            self._db.execute(_SCHEMA)
            columns = {row[1] for row in self._db.execute("PRAGMA table_info(sessions)")}
            if "version" not in columns:
                self._db.execute("ALTER TABLE sessions ADD COLUMN version INTEGER NOT NULL DEFAULT 0")
        finally:
            self._db.execute("COMMIT")

    def create(self) -> str:
        session_id = new_session_id()
        now = time.time()
        self._change(
            "INSERT INTO sessions (session_id, state, created_at, updated_at, version) VALUES (?, ?, ?, ?, 0)",
            (session_id, dump_state(DialogueState()), now, now),
        )
        return session_id

    def read(self, session_id: str) -> StoredSession:
        rows = self._query("SELECT state, version, updated_at FROM sessions WHERE session_id = ?", (session_id,))
        if not rows:
            raise UnknownSessionError(session_id)
        row = rows[0]
        if time.time() - row[2] > self.idle_seconds:
            self.delete(session_id)
            raise UnknownSessionError(session_id)
        return StoredSession(load_state(row[0]), row[1])

    def write(self, session_id: str, state: DialogueState, version: int) -> None:
        updated = self._change(
            "UPDATE sessions SET state = ?, version = version + 1, updated_at = ? WHERE session_id = ? AND version = ?",
            (dump_state(state), time.time(), session_id, version),
        )
        if updated:
            return
        if not self._query("SELECT 1 FROM sessions WHERE session_id = ?", (session_id,)):
            raise UnknownSessionError(session_id)
        raise SessionConflictError(session_id)

    def delete(self, session_id: str) -> bool:
        return self._change("DELETE FROM sessions WHERE session_id = ?", (session_id,)) > 0

    def purge_expired(self) -> int:
        return self._change("DELETE FROM sessions WHERE updated_at < ?", (time.time() - self.idle_seconds,))

    def count(self) -> int:
        return self._query("SELECT COUNT(*) FROM sessions")[0][0]

    def ping(self) -> None:
        self._query("SELECT 1")

    def close(self) -> None:
        with self._db_lock:
            self._db.close()

    def _query(self, sql: str, parameters: tuple = ()) -> list[tuple]:
        return self._run(lambda: self._db.execute(sql, parameters).fetchall())

    def _change(self, sql: str, parameters: tuple) -> int:
        """Rows changed by one statement, atomic on its own (autocommit)."""
        return self._run(lambda: self._db.execute(sql, parameters).rowcount)

    def _run(self, statement):
        with self._db_lock:
            try:
                return statement()
            except sqlite3.OperationalError as error:  # locked past the timeout, disk gone, …
                raise SessionStoreUnavailableError(f"会话库 {self.path} 暂时无法读写：{error}") from error
