"""Scale-out for real: `guantong serve` replicas sharing a real redis-server (sessions) and a real
`chroma run` server (vectors). A conversation may hop between replicas on every turn, survive a
replica killed mid-conversation, survive a Redis restart, and two of its turns arriving at two
replicas at once both land."""

import contextlib
import threading

import httpx
import psutil
import pytest

from corpus.normalise import normalise_text
from evals.live_server import LiveServer
from evals.load.run import SCRIPT  # an eligibility check over four turns, then a policy question

pytestmark = pytest.mark.integration

AS_OF = "2024-05-01"


@pytest.fixture(scope="module")
def shared(redis_server, chroma_server):
    """The environment of every replica: sessions in Redis, vectors in the Chroma server."""
    return {"GUANTONG_SESSIONS_URL": redis_server.url, "GUANTONG_CHROMA_URL": chroma_server.url}


@pytest.fixture(scope="module")
def replicas(shared, live_data_dir):
    with contextlib.ExitStack() as stack:
        data = live_data_dir
        # The first one builds the index on the Chroma server; the second finds it there.
        pair = [stack.enter_context(LiveServer(data, **shared)) for _ in range(2)]
        assert [replica.health() for replica in pair] == ["ok", "ok"], pair[0].read_log()[-2000:]
        yield pair


def turn(url: str, session_id: str | None, message: str) -> dict:
    response = httpx.post(
        f"{url}/v1/chat", json={"session_id": session_id, "message": message, "as_of": AS_OF}, timeout=120
    )
    assert response.status_code == 200, response.text
    return response.json()


def play(urls: list[str], messages: list[str], session_id: str | None = None) -> tuple[str, list[dict]]:
    """The messages in order, turn i to urls[i % len(urls)]: the session id, and the replies
    without it (so that two conversations' replies compare equal when they say the same)."""
    replies = []
    for index, message in enumerate(messages):
        reply = turn(urls[index % len(urls)], session_id, message)
        session_id = reply.pop("session_id")
        replies.append(reply)
    return session_id, replies


def user_turns(url: str, session_id: str) -> list[str]:
    """What the session recorded the user saying (normalised: full-width punctuation to half-width)."""
    session = httpx.get(f"{url}/v1/sessions/{session_id}", timeout=30).json()
    return [t["text"] for t in session["turns"] if t["role"] == "user"]


SCRIPT_AS_STORED = [normalise_text(message) for message in SCRIPT]


def test_healthz_reports_both_shared_stores(replicas, redis_server, chroma_server):
    health = httpx.get(f"{replicas[0].url}/healthz", timeout=30).json()
    assert health["status"] == "ok"
    assert health["stores"]["sessions"] == {
        "backend": "redis",
        "location": redis_server.url,
        "reachable": True,
        "problem": None,
    }
    assert health["stores"]["vectors"] == {
        "backend": "chroma-server",
        "location": chroma_server.url,
        "reachable": True,
        "problem": None,
    }


def test_a_conversation_hopping_between_replicas_ends_as_on_one(replicas):
    one, other = replicas
    _, on_one = play([one.url], SCRIPT)
    _, hopping = play([one.url, other.url], SCRIPT)
    assert on_one[3]["verdict"]["outcome"] == "eligible" and on_one[3]["verdict"]["target"] == "中级"
    assert hopping == on_one


def test_a_killed_replica_loses_nothing(replicas, shared, live_data_dir):
    """The doomed replica runs two worker processes (`--workers 2`); it dies with SIGKILL after
    two turns, and the next turns go to a surviving replica."""
    survivor = replicas[0]
    _, on_one = play([survivor.url], SCRIPT)
    doomed = LiveServer(live_data_dir, workers=2, **shared).start()
    try:
        workers = psutil.Process(doomed.process.pid).children(recursive=True)
        assert sum("spawn_main" in " ".join(w.cmdline()) for w in workers) == 2
        session_id, before = play([doomed.url], SCRIPT[:2])
    finally:
        doomed.kill()
    _, alive = psutil.wait_procs(workers, timeout=20)
    assert all(w.status() == psutil.STATUS_ZOMBIE for w in alive)
    _, after = play([survivor.url], SCRIPT[2:], session_id)
    assert before + after == on_one
    assert user_turns(survivor.url, session_id) == SCRIPT_AS_STORED


def facts_after(url: str, messages: list[str]) -> dict:
    return play([url], messages)[1][-1]["facts"]


def test_two_turns_at_two_replicas_at_once_both_land(replicas):
    """The same session gets two messages at the same moment, one at each replica: the session
    ends as if they had come one after the other, in either order, never as if one was lost.
    Connections are opened beforehand, so that the two requests leave together and overlap."""
    messages = ["工程", "最近三年考核都合格"]
    both = [facts_after(replicas[0].url, [SCRIPT[0], *order]) for order in (messages, messages[::-1])]
    only_one = [facts_after(replicas[0].url, [SCRIPT[0], message]) for message in messages]
    assert not any(facts in both for facts in only_one)
    clients = [httpx.Client(base_url=replica.url, timeout=120) for replica in replicas]
    for client in clients:
        client.get("/healthz")
    for _ in range(10):
        session_id = turn(replicas[0].url, None, SCRIPT[0])["session_id"]
        start, statuses = threading.Barrier(2), []

        def send(client, message, session_id=session_id, start=start, statuses=statuses):
            start.wait()
            response = client.post("/v1/chat", json={"session_id": session_id, "message": message, "as_of": AS_OF})
            statuses.append(response.status_code)

        senders = [threading.Thread(target=send, args=pair) for pair in zip(clients, messages, strict=True)]
        for sender in senders:
            sender.start()
        for sender in senders:
            sender.join()
        assert statuses == [200, 200]
        session = httpx.get(f"{replicas[1].url}/v1/sessions/{session_id}", timeout=30).json()
        assert session["facts"] in both
        assert sorted(user_turns(replicas[0].url, session_id)[1:]) == sorted(messages)
    for client in clients:
        client.close()


def test_sessions_survive_a_redis_restart(replicas, redis_server):
    one, other = replicas
    _, on_one = play([one.url], SCRIPT)
    session_id, before = play([one.url, other.url], SCRIPT[:2])
    redis_server.stop()
    try:
        down = httpx.post(f"{one.url}/v1/chat", json={"session_id": session_id, "message": SCRIPT[2]}, timeout=60)
        assert down.status_code == 503 and down.json()["error"]["code"] == "session_store_unavailable"
        assert "不会丢失" in down.json()["error"]["message"] and "Traceback" not in down.text
        health = httpx.get(f"{one.url}/healthz", timeout=60)
        assert health.status_code == 503 and health.json()["stores"]["sessions"]["reachable"] is False
    finally:
        redis_server.start()
    _, after = play([one.url, other.url], SCRIPT[2:], session_id)
    assert before + after == on_one
    assert user_turns(one.url, session_id) == SCRIPT_AS_STORED
    assert httpx.get(f"{one.url}/healthz", timeout=30).json()["status"] == "ok"


def test_a_lost_vector_store_is_a_clear_503_and_comes_back(replicas, chroma_server):
    policy_question = SCRIPT[-1]
    chroma_server.stop()
    try:
        down = httpx.post(f"{replicas[0].url}/v1/chat", json={"message": policy_question}, timeout=60)
        assert down.status_code == 503 and down.json()["error"]["code"] == "vector_store_unavailable"
        health = httpx.get(f"{replicas[0].url}/healthz", timeout=60)
        assert health.status_code == 503 and health.json()["stores"]["vectors"]["reachable"] is False
    finally:
        chroma_server.start()
    _, back = play([replicas[1].url], [policy_question])
    assert back[0]["intent"] == "policy" and back[0]["citations"]
