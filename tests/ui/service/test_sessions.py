"""The SQLite session store, the conversation service and the service settings."""

import time

import pytest

from assistant.dialogue import DialogueState, Turn
from assistant.pipeline import Assistant
from ui.service.conversation import ConversationService, InvalidMessageError
from ui.service.sessions import SessionStore, UnknownSessionError
from ui.service.settings import ServiceSettings


@pytest.fixture
def store(tmp_path):
    store = SessionStore(tmp_path / "sessions.sqlite3", idle_seconds=3600)
    yield store
    store.close()


def test_a_session_survives_reopening_the_database(tmp_path, store):
    session_id, state = store.create()
    state.facts["skill_level"] = "技师"
    state.turns.append(Turn(role="user", text="我是技师"))
    store.save(session_id, state)
    store.close()
    reopened = SessionStore(tmp_path / "sessions.sqlite3", idle_seconds=3600)
    assert reopened.load(session_id) == state
    reopened.close()


def test_idle_sessions_expire(tmp_path):
    store = SessionStore(tmp_path / "sessions.sqlite3", idle_seconds=0.2)
    kept, _ = store.create()
    gone, _ = store.create()
    time.sleep(0.3)
    store.save(kept, DialogueState())  # a turn resets the idle clock
    with pytest.raises(UnknownSessionError):
        store.load(gone)
    assert store.load(kept) == DialogueState()
    time.sleep(0.3)
    assert store.purge_expired() == 1 and store.count() == 0


def test_delete_forgets(store):
    session_id, _ = store.create()
    assert store.delete(session_id) and not store.delete(session_id)
    with pytest.raises(UnknownSessionError):
        store.load(session_id)


def test_stored_state_is_masked(store):
    session_id, state = store.create()
    state.turns.append(Turn(role="user", text="电话13812345678"))
    state.fact_sources["skill_level"] = "电话13812345678"
    store.save(session_id, state)
    loaded = store.load(session_id)
    assert loaded.turns[0].text == "电话138****5678" and loaded.fact_sources["skill_level"] == "电话138****5678"


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


@pytest.mark.parametrize("value", ["abc", "0", "-5"])
def test_a_bad_setting_is_a_chinese_error(monkeypatch, value):
    monkeypatch.setenv("GUANTONG_SESSION_IDLE_SECONDS", value)
    with pytest.raises(ValueError, match=r"GUANTONG_SESSION_IDLE_SECONDS.*大于 0"):
        ServiceSettings.from_env()
