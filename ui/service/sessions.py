"""Conversation sessions: the interface every session store keeps, and the choice of store.

A session is the DialogueState of one conversation (facts and turns, identifiers masked) with a
version number that every write increments. A turn reads the state, runs the pipeline on it and
writes it back only if nobody wrote in between (compare-and-set on the version); otherwise it
runs again on the newer state. So two turns of one session arriving at two processes or two
machines at once both land, in some order, and neither loses the other's facts.

Two stores: SQLite (`sessions_sqlite`, the default: one file, nothing to run) and Redis
(`sessions_redis`, for replicas on several machines). A session idle for longer than
`idle_seconds` is gone.
"""

from __future__ import annotations

import random
import secrets
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from dataclasses import dataclass
from typing import TypeVar

from assistant.dialogue import DialogueState
from ui.service.privacy import mask_data

SESSION_ID_PATTERN = r"^[A-Za-z0-9_-]{8,64}$"
# How often one turn is retried when other turns of the same session keep landing first, and
# the longest pause between two tries (the pauses grow: a burst of turns gets through one by one).
MAX_TURN_ATTEMPTS = 12
MAX_RETRY_PAUSE_SECONDS = 1.0

Result = TypeVar("Result")


class UnknownSessionError(KeyError):
    """No such session: never created, deleted, or expired."""

    def __init__(self, session_id: str):
        super().__init__(session_id)
        self.session_id = session_id


class SessionConflictError(RuntimeError):
    """Another turn wrote the session after it was read: the write did not happen."""


class SessionBusyError(RuntimeError):
    """A turn kept losing to other turns of the same session and gave up."""


class SessionStoreUnavailableError(RuntimeError):
    """The store cannot be reached (Redis down, database locked for too long)."""


@dataclass
class StoredSession:
    state: DialogueState
    version: int


@dataclass(frozen=True)
class StoreHealth:
    backend: str  # "sqlite" or "redis"
    location: str  # a path or a URL without its password
    reachable: bool
    problem: str | None = None

    def to_dict(self) -> dict:
        return {
            "backend": self.backend,
            "location": self.location,
            "reachable": self.reachable,
            "problem": self.problem,
        }


class SessionStore(ABC):
    backend: str
    location: str  # a path, or a URL without its password
    idle_seconds: float

    @abstractmethod
    def create(self) -> str:
        """A new session with an empty state (version 0); its id."""

    @abstractmethod
    def read(self, session_id: str) -> StoredSession:
        """The state and its version; UnknownSessionError if gone."""

    @abstractmethod
    def write(self, session_id: str, state: DialogueState, version: int) -> None:
        """Store `state` as version + 1 if the stored version is still `version` (and restart the
        idle clock); SessionConflictError if it is not, UnknownSessionError if the session is gone."""

    @abstractmethod
    def delete(self, session_id: str) -> bool: ...

    @abstractmethod
    def purge_expired(self) -> int:
        """Delete idle sessions now; how many. (Redis expires them by itself.)"""

    @abstractmethod
    def count(self) -> int: ...

    @abstractmethod
    def ping(self) -> None:
        """Touch the store; SessionStoreUnavailableError if it does not answer."""

    @abstractmethod
    def close(self) -> None: ...

    def load(self, session_id: str) -> DialogueState:
        return self.read(session_id).state

    def health(self) -> StoreHealth:
        try:
            self.ping()
        except SessionStoreUnavailableError as error:
            return StoreHealth(self.backend, self.location, False, str(error))
        return StoreHealth(self.backend, self.location, True)

    def update(self, session_id: str, change: Callable[[DialogueState], Result]) -> Result:
        """Apply `change` to the session's state and store the result atomically: when another
        turn wrote first, `change` runs again on the newer state. Returns what `change` returned."""
        for attempt in range(MAX_TURN_ATTEMPTS):
            stored = self.read(session_id)
            result = change(stored.state)
            try:
                self.write(session_id, stored.state, stored.version)
            except SessionConflictError:
                # Random and growing, so the turns that lost do not collide again.
                time.sleep(random.uniform(0, min(0.01 * 2**attempt, MAX_RETRY_PAUSE_SECONDS)))
                continue
            return result
        raise SessionBusyError(session_id)


def new_session_id() -> str:
    return secrets.token_urlsafe(16)


def dump_state(state: DialogueState) -> str:
    """The state as stored: every string masked, so no raw phone or ID number reaches the store."""
    masked = DialogueState.model_validate(mask_data(state.model_dump(mode="json")))
    return masked.model_dump_json()


def load_state(stored: str | bytes) -> DialogueState:
    return DialogueState.model_validate_json(stored)


def open_session_store(url: str | None, sqlite_path, idle_seconds: float) -> SessionStore:
    """Redis when `url` is redis://… or rediss://…, else SQLite at `sqlite_path`."""
    if url:
        from ui.service.sessions_redis import RedisSessionStore

        return RedisSessionStore(url, idle_seconds)
    from ui.service.sessions_sqlite import SqliteSessionStore

    return SqliteSessionStore(sqlite_path, idle_seconds)
