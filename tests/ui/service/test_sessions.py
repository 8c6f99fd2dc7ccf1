"""The session stores (SQLite and a real redis-server), the conversation service and the settings.

Every behaviour is checked on both stores; the concurrency test runs two real processes
updating one session at once.
"""

import multiprocessing
import sqlite3
import time

import pytest
import redis

from assistant.dialogue import DialogueState, Turn
from assistant.pipeline import Assistant
from evals.managed_process import free_port
from ui.service.conversation import ConversationService, InvalidMessageError
from ui.service.sessions import (
    SessionConflictError,
    SessionStoreUnavailableError,
    UnknownSessionError,
    open_session_store,
)
from ui.service.sessions_redis import KEY_PREFIX, RedisSessionStore
from ui.service.sessions_sqlite import SqliteSessionStore
from ui.service.settings import ServiceSettings

BACKENDS = ["sqlite", pytest.param("redis", marks=pytest.mark.integration)]


@pytest.fixture(params=BACKENDS)
def backend(request):
    return request.param


@pytest.fixture
def location(backend, tmp_path, request):
    """What `open_session_store` needs for this backend: (url, sqlite path)."""
    if backend == "sqlite":
        return None, tmp_path / "sessions.sqlite3"
    server = request.getfixturevalue("redis_server")
    redis.Redis.from_url(server.url).flushdb()
    return server.url, None


def open_store(location, idle_seconds=3600):
    url, path = location
    return open_session_store(url, path, idle_seconds)


@pytest.fixture
def store(location):
    store = open_store(location)
    yield store
    store.close()


def raw_stored(store, session_id) -> str:
    """The session exactly as the store holds it, bypassing the store's own reading."""
    if isinstance(store, SqliteSessionStore):
        with sqlite3.connect(store.path) as db:
            return db.execute("SELECT state FROM sessions WHERE session_id = ?", (session_id,)).fetchone()[0]
    return store._redis.hget(KEY_PREFIX + session_id, "state").decode()


def test_a_session_survives_reopening_the_store(location, store):
    session_id = store.create()
    state = DialogueState(facts={"skill_level": "技师"}, turns=[Turn(role="user", text="我是技师")])
    store.write(session_id, state, 0)
    store.close()
    reopened = open_store(location)
    assert reopened.read(session_id).state == state and reopened.read(session_id).version == 1
    reopened.close()


def test_idle_sessions_expire(location):
    store = open_store(location, idle_seconds=1.0)
    kept, gone = store.create(), store.create()
    time.sleep(0.6)
    store.write(kept, DialogueState(facts={"series": "工程"}), 0)  # a turn restarts the idle clock
    time.sleep(0.6)
    with pytest.raises(UnknownSessionError):
        store.read(gone)
    assert store.load(kept).facts == {"series": "工程"}
    time.sleep(0.6)
    store.purge_expired()
    assert store.count() == 0
    store.close()


def test_delete_forgets(store):
    session_id = store.create()
    assert store.delete(session_id) and not store.delete(session_id)
    with pytest.raises(UnknownSessionError):
        store.read(session_id)
    with pytest.raises(UnknownSessionError):
        store.write(session_id, DialogueState(), 0)


def test_stored_state_is_masked(store):
    session_id = store.create()
    state = DialogueState(turns=[Turn(role="user", text="电话13812345678，身份证530102199001011234")])
    state.fact_sources["skill_level"] = "电话13812345678"
    store.write(session_id, state, 0)
    loaded = store.load(session_id)
    assert loaded.turns[0].text == "电话138****5678，身份证530***********1234"
    assert loaded.fact_sources["skill_level"] == "电话138****5678"
    raw = raw_stored(store, session_id)
    assert "138****5678" in raw and "13812345678" not in raw and "530102199001011234" not in raw


def test_a_write_on_a_stale_version_is_refused(store):
    session_id = store.create()
    first, second = store.read(session_id), store.read(session_id)
    first.state.facts["series"] = "工程"
    store.write(session_id, first.state, first.version)
    second.state.facts["skill_level"] = "技师"
    with pytest.raises(SessionConflictError):
        store.write(session_id, second.state, second.version)
    assert store.load(session_id).facts == {"series": "工程"}


def test_update_runs_again_on_the_newer_state(store):
    session_id = store.create()
    stale = store.read(session_id)

    def change(state):
        if state.facts == {}:  # the first run: another turn lands in between
            store.write(session_id, DialogueState(facts={"series": "工程"}), stale.version)
        state.facts["skill_level"] = "技师"
        return dict(state.facts)

    assert store.update(session_id, change) == {"series": "工程", "skill_level": "技师"}
    assert store.read(session_id).state.facts == {"series": "工程", "skill_level": "技师"}
    assert store.read(session_id).version == 2


def _add_facts(location, session_id, label, count, barrier):
    """One process: `count` turns on the shared session, each adding a fact of its own."""
    store = open_store(location)
    barrier.wait()

    def change(state):
        state.facts[f"{label}-{len(state.turns)}"] = label
        time.sleep(0.002)  # the pipeline takes a moment: the other process writes meanwhile
        state.turns.append(Turn(role="user", text=label))

    for _ in range(count):
        store.update(session_id, change)
    store.close()


def test_two_processes_updating_one_session_lose_nothing(location, store):
    session_id = store.create()
    context = multiprocessing.get_context("spawn")
    barrier = context.Barrier(2)
    workers = [
        context.Process(target=_add_facts, args=(location, session_id, label, 25, barrier)) for label in ("甲", "乙")
    ]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(timeout=120)
        assert worker.exitcode == 0
    stored = store.read(session_id)
    texts = [turn.text for turn in stored.state.turns]
    assert texts.count("甲") == 25 and texts.count("乙") == 25
    assert len(stored.state.facts) == 50 and stored.version == 50


def test_an_unreachable_redis_is_a_clear_error_and_reported_in_health():
    store = RedisSessionStore(f"redis://127.0.0.1:{free_port()}/0", idle_seconds=60)
    with pytest.raises(SessionStoreUnavailableError, match="连不上会话存储"):
        store.read("abcdefgh1234")
    health = store.health()
    assert (health.backend, health.reachable) == ("redis", False) and "连不上" in health.problem
    store.close()


def test_an_old_sqlite_file_without_versions_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite3"
    with sqlite3.connect(path) as db:
        db.execute("CREATE TABLE sessions (session_id TEXT PRIMARY KEY, state TEXT, created_at REAL, updated_at REAL)")
        db.execute(
            "INSERT INTO sessions VALUES ('old-session-1', ?, ?, ?)",
            (DialogueState(facts={"series": "工程"}).model_dump_json(), time.time(), time.time()),
        )
    store = SqliteSessionStore(path, idle_seconds=3600)
    stored = store.read("old-session-1")
    assert stored.state.facts == {"series": "工程"} and stored.version == 0
    store.write("old-session-1", stored.state, 0)
    assert store.read("old-session-1").version == 1
    store.close()


def test_the_service_checks_masks_and_saves_each_turn(store):
    service = ConversationService(store, Assistant(), max_message_chars=20)
    session_id, answer = service.send(None, "  我的电话13812345678  ")
    state = store.load(session_id)
    assert state.turns[0].text == "我的电话138****5678" and state.facts == answer.facts
    service.send(session_id, "技师")
    assert len(store.load(session_id).turns) == 4
    with pytest.raises(InvalidMessageError) as caught:
        service.send(session_id, "长" * 21)
    assert caught.value.code == "message_too_long" and "20 字以内" in caught.value.message
    with pytest.raises(InvalidMessageError):
        service.ask(" \n ")


def test_settings_come_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("GUANTONG_SESSION_IDLE_SECONDS", "90")
    monkeypatch.setenv("GUANTONG_MAX_MESSAGE_CHARS", "500")
    monkeypatch.setenv("GUANTONG_CORS_ORIGINS", "https://a.example, https://b.example")
    monkeypatch.setenv("GUANTONG_DATA_DIR", str(tmp_path))
    settings = ServiceSettings.from_env()
    assert (settings.session_idle_seconds, settings.max_message_chars) == (90, 500)
    assert settings.cors_origins == ("https://a.example", "https://b.example")
    assert settings.sessions_path() == tmp_path / "sessions.sqlite3"
    store = settings.open_session_store()
    assert isinstance(store, SqliteSessionStore) and store.health().reachable
    store.close()
    monkeypatch.setenv("GUANTONG_SESSIONS_URL", "redis://:secret@10.0.0.5:6380/2")
    store = ServiceSettings.from_env().open_session_store()
    assert isinstance(store, RedisSessionStore) and store.location == "redis://10.0.0.5:6380/2"


@pytest.mark.parametrize(
    ("name", "value", "problem"),
    [
        ("GUANTONG_SESSION_IDLE_SECONDS", "abc", "大于 0"),
        ("GUANTONG_SESSION_IDLE_SECONDS", "0", "大于 0"),
        ("GUANTONG_SESSION_IDLE_SECONDS", "-5", "大于 0"),
        ("GUANTONG_SESSIONS_URL", "http://127.0.0.1:6379", "Redis 地址"),
        ("GUANTONG_SESSIONS_URL", "redis://", "Redis 地址"),
    ],
)
def test_a_bad_setting_is_a_chinese_error(monkeypatch, name, value, problem):
    monkeypatch.setenv(name, value)
    with pytest.raises(ValueError, match=rf"{name}.*{problem}"):
        ServiceSettings.from_env()
