"""Sessions in Redis (`GUANTONG_SESSIONS_URL=redis://host:port/db`): for replicas on several machines.

One hash per session, `guantong:session:<id>` = {state, version}, with a time-to-live of
`idle_seconds` that every write restarts: Redis itself forgets idle sessions. A write is an
optimistic transaction: WATCH the key, check the version, MULTI/EXEC the new state; if any other
client touched the key in between, EXEC fails and the turn runs again (`SessionStore.update`).
Persistence (AOF or RDB) is Redis's own configuration; see the README's deployment section.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from urllib.parse import urlparse

import redis
from redis.exceptions import RedisError, WatchError

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

KEY_PREFIX = "guantong:session:"
TIMEOUT_SECONDS = 5


class RedisSessionStore(SessionStore):
    backend = "redis"

    def __init__(self, url: str, idle_seconds: float):
        self.location = _without_password(url)
        self.idle_seconds = idle_seconds
        self._ttl_ms = max(1, round(idle_seconds * 1000))
        self._redis = redis.Redis.from_url(url, socket_timeout=TIMEOUT_SECONDS, socket_connect_timeout=TIMEOUT_SECONDS)

    def create(self) -> str:
        session_id = new_session_id()
        with self._reachable(), self._redis.pipeline(transaction=True) as pipe:
            pipe.hset(_key(session_id), mapping={"state": dump_state(DialogueState()), "version": 0})
            pipe.pexpire(_key(session_id), self._ttl_ms)
            pipe.execute()
        return session_id

    def read(self, session_id: str) -> StoredSession:
        with self._reachable():
            stored = self._redis.hgetall(_key(session_id))
        if not stored:
            raise UnknownSessionError(session_id)
        return StoredSession(load_state(stored[b"state"]), int(stored[b"version"]))

    def write(self, session_id: str, state: DialogueState, version: int) -> None:
        key = _key(session_id)
        with self._reachable(), self._redis.pipeline(transaction=True) as pipe:
            try:
                pipe.watch(key)
                current = pipe.hget(key, "version")
                if current is None:
                    raise UnknownSessionError(session_id)
                if int(current) != version:
                    raise SessionConflictError(session_id)
                pipe.multi()
                pipe.hset(key, mapping={"state": dump_state(state), "version": version + 1})
                pipe.pexpire(key, self._ttl_ms)
                pipe.execute()
            except WatchError:
                raise SessionConflictError(session_id) from None

    def delete(self, session_id: str) -> bool:
        with self._reachable():
            return self._redis.delete(_key(session_id)) > 0

    def purge_expired(self) -> int:
        return 0  # the keys' time-to-live does it

    def count(self) -> int:
        with self._reachable():
            return sum(1 for _ in self._redis.scan_iter(match=f"{KEY_PREFIX}*", count=1000))

    def ping(self) -> None:
        with self._reachable():
            self._redis.ping()

    def close(self) -> None:
        self._redis.close()

    @contextlib.contextmanager
    def _reachable(self) -> Iterator[None]:
        try:
            yield
        except RedisError as error:
            raise SessionStoreUnavailableError(f"连不上会话存储 {self.location}：{error}") from error


def _key(session_id: str) -> str:
    return KEY_PREFIX + session_id


def _without_password(url: str) -> str:
    """The URL as shown in /healthz and logs: scheme, host, port and database, no credentials."""
    parsed = urlparse(url)
    port = f":{parsed.port}" if parsed.port else ""
    return f"{parsed.scheme}://{parsed.hostname}{port}{parsed.path}"
