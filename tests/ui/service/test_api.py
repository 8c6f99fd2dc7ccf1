"""The HTTP service, called over the network on a live `guantong serve` (real index, real model)."""

import json
import re
import sqlite3
import time

import httpx
import pytest

from evals.live_server import LiveServer

CHINESE = re.compile(r"[\u4e00-\u9fff]")
QUESTION = "我是电工，2020年7月拿的技师证，能评中级职称吗"
ALLOWED_ORIGIN = "https://hotline.example"


@pytest.fixture(scope="module")
def server(live_data_dir, tmp_path_factory):
    with LiveServer(
        live_data_dir,
        GUANTONG_MAX_MESSAGE_CHARS="300",
        GUANTONG_CORS_ORIGINS=ALLOWED_ORIGIN,
        GUANTONG_SESSIONS_DB=str(tmp_path_factory.mktemp("api") / "sessions.sqlite3"),
    ) as live:
        yield live


@pytest.fixture(scope="module")
def client(server):
    with httpx.Client(base_url=server.url, timeout=60) as http:
        yield http


def assert_chinese_error(response, status, code):
    assert response.status_code == status, response.text
    error = response.json()["error"]
    assert error["code"] == code and CHINESE.search(error["message"])
    assert "Traceback" not in response.text


def test_healthz_is_200_once_corpus_index_and_model_are_loaded(client):
    response = client.get("/healthz")
    assert response.status_code == 200, response.json()
    assert response.json()["components"] == {
        "corpus": True,
        "index": True,
        "rules": True,
        "faq": True,
        "assistant": True,
    }


def test_ask_returns_the_answer_object(client):
    data = client.post("/v1/ask", json={"question": QUESTION, "as_of": "2024-05-01"}).json()
    assert {"answer", "intent", "citations", "verdict", "facts", "next_question"} <= set(data)
    assert data["answer"] and data["intent"] in {"eligibility", "policy", "out_of_scope", "smalltalk"}


def test_every_quote_is_verbatim_in_its_clause(client):
    data = client.post("/v1/ask", json={"question": "技师评中级职称要满几年？"}).json()
    for citation in data["citations"]:
        clause = client.get(f"/v1/clauses/{citation['clause_id']}").json()
        assert citation["quote"] in clause["text"] and citation["label"] == clause["label"]


def test_chat_keeps_a_session_and_delete_forgets_it(client):
    first = client.post("/v1/chat", json={"message": QUESTION, "as_of": "2024-05-01"}).json()
    session_id = first["session_id"]
    second = client.post("/v1/chat", json={"session_id": session_id, "message": "最近三年考核都合格"}).json()
    assert second["session_id"] == session_id
    session = client.get(f"/v1/sessions/{session_id}").json()
    assert [t["role"] for t in session["turns"]] == ["user", "assistant"] * 2
    assert "2020年7月拿的技师证" in session["turns"][0]["text"] and session["facts"] == second["facts"]

    assert client.delete(f"/v1/sessions/{session_id}").json() == {"session_id": session_id, "deleted": True}
    assert_chinese_error(
        client.post("/v1/chat", json={"session_id": session_id, "message": "在吗"}), 404, "unknown_session"
    )
    assert_chinese_error(client.delete(f"/v1/sessions/{session_id}"), 404, "unknown_session")


def test_phone_and_id_numbers_never_reach_the_store_or_the_log(client, server):
    phone, id_card = "13812345678", "53010219900101123X"
    reply = client.post("/v1/chat", json={"message": f"我的电话{phone}，身份证{id_card}，技师能评什么职称"})
    session = client.get(f"/v1/sessions/{reply.json()['session_id']}").json()
    assert "138****5678" in session["turns"][0]["text"]
    stored = (
        sqlite3.connect(server.env["GUANTONG_SESSIONS_DB"])
        .execute("SELECT group_concat(state) FROM sessions")
        .fetchone()[0]
    )
    for raw in (phone, id_card):
        assert raw not in json.dumps(session, ensure_ascii=False) and raw not in stored
        assert raw not in server.read_log()


def logged_request(server, request_id):
    """The log line of one request (by the id the reply carries); it is written just after the reply, so
    wait for it a little — an earlier request to the same path must not stand in for it."""
    for _ in range(50):
        records = [json.loads(line) for line in server.read_log().splitlines() if line.startswith("{")]
        if matching := [r for r in records if r.get("request_id") == request_id]:
            return matching[0]
        time.sleep(0.1)
    return {}


def test_request_log_is_structured_with_timing(client, server):
    response = client.get("/v1/clauses/mohrss-2020-96:2.2.1?caller=13912345678")
    record = logged_request(server, response.headers["x-request-id"])
    assert record["path"] == "/v1/clauses/mohrss-2020-96:2.2.1" and record["status"] == 200
    assert record["method"] == "GET" and record["duration_ms"] >= 0 and record["query"] == "caller=139****5678"


def test_clause_and_unknown_clause(client):
    data = client.get("/v1/clauses/mohrss-2020-96:2.2.1").json()
    assert data["label"] == "人社部发〔2020〕96号 二（二）1" and "满2年" in data["text"]
    response = client.get("/v1/clauses/mohrss-2020-96:2.9")
    assert_chinese_error(response, 404, "clause_not_found")
    assert "mohrss-2020-96:2.5" in response.json()["error"]["message"]


def test_faq_quotes_the_text_verbatim(client):
    faq = client.get("/v1/faq").json()
    assert faq["title"] and len(faq["entries"]) >= 10
    citation = faq["entries"][0]["citations"][0]
    assert citation["quote"] in client.get(f"/v1/clauses/{citation['clause_id']}").json()["text"]


def test_search_has_the_design_shape(client):
    hits = client.post("/v1/search", json={"query": "高级工评助理工程师要几年", "k": 3}).json()["hits"]
    assert 1 <= len(hits) <= 3
    assert all({"clause_id", "label", "score", "text"} <= set(hit) for hit in hits)
    assert hits[0]["clause_id"] == "mohrss-2020-96:2.2.1"


def test_eligibility_returns_a_verdict_and_rejects_bad_facts(client):
    verdict = client.post("/v1/eligibility", json={"facts": {}, "as_of": "2024-05-01"}).json()
    assert {"outcome", "track", "target", "earliest_date", "conditions", "missing_facts"} <= set(verdict)
    assert verdict["outcome"] in {"eligible", "not_yet", "not_eligible", "need_info", "conditional"}
    assert_chinese_error(
        client.post("/v1/eligibility", json={"facts": {"province": ["不是", "文本"]}}), 422, "invalid_facts"
    )


BAD_REQUESTS = [
    ("post", "/v1/ask", {"json": {"question": ""}}, 422, "empty_message"),
    ("post", "/v1/ask", {"json": {"question": "   "}}, 422, "empty_message"),
    ("post", "/v1/ask", {"json": {"question": "长" * 301}}, 422, "message_too_long"),
    ("post", "/v1/ask", {"json": {"question": 42}}, 422, "invalid_request"),
    ("post", "/v1/ask", {"json": {"question": "问", "as_of": "去年"}}, 422, "invalid_request"),
    ("post", "/v1/ask", {"json": {}}, 422, "invalid_request"),
    (
        "post",
        "/v1/ask",
        {"content": b"{not json", "headers": {"content-type": "application/json"}},
        422,
        "invalid_request",
    ),
    ("post", "/v1/chat", {"json": {"message": "你好", "session_id": "../../etc/passwd"}}, 404, "unknown_session"),
    ("post", "/v1/chat", {"json": {"message": "x" * 400_000}}, 413, "request_too_large"),
    ("post", "/v1/search", {"json": {"query": "职称", "k": 0}}, 422, "invalid_request"),
    ("post", "/v1/search", {"json": {"query": ""}}, 422, "empty_message"),
    ("post", "/v1/eligibility", {"json": {"facts": "技师"}}, 422, "invalid_request"),
    ("post", "/v1/eligibility", {"json": {"facts": {"enterprise_above_scale": 0}}}, 422, "invalid_facts"),
    ("post", "/v1/ask", {"json": {"question": "问", "as_of": 0}}, 422, "invalid_request"),
    (
        "post",
        "/v1/eligibility",
        {"content": b'{"facts": "\xff"}', "headers": {"content-type": "application/json"}},
        400,
        "invalid_body",
    ),
    ("get", "/v1/sessions/nosuchsession", {}, 404, "unknown_session"),
    ("get", "/v1/sessions/x", {}, 404, "unknown_session"),
    ("get", "/v1/nothing-here", {}, 404, "not_found"),
    ("get", "/v1/ask", {}, 405, "method_not_allowed"),
    ("put", "/v1/clauses/mohrss-2020-96:1", {}, 405, "method_not_allowed"),
    ("trace", "/v1/ask", {}, 405, "method_not_allowed"),
    ("post", "/healthz", {}, 405, "method_not_allowed"),
    ("post", "/v1/chat/completions", {"json": {"messages": []}}, 422, "invalid_request"),
    (
        "post",
        "/v1/chat/completions",
        {"json": {"messages": [{"role": "system", "content": "你是谁"}]}},
        422,
        "no_user_message",
    ),
    (
        "post",
        "/v1/chat/completions",
        {"json": {"messages": [{"role": "user", "content": [{"type": "text", "text": "技师"}] * 2}]}},
        422,
        "invalid_request",
    ),
]


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"), BAD_REQUESTS, ids=[f"{m} {p} {c}" for m, p, _, _, c in BAD_REQUESTS]
)
def test_bad_input_gets_a_chinese_json_error_with_a_code(client, method, path, kwargs, status, code):
    assert_chinese_error(client.request(method.upper(), path, **kwargs), status, code)


def test_an_undeclared_method_is_405_with_the_allowed_ones(client):
    response = client.request("TRACE", "/v1/sessions/nosuchsession")
    assert response.status_code == 405 and response.headers["allow"] == "DELETE, GET"
    assert response.json()["error"]["code"] == "method_not_allowed"


def test_validation_error_names_the_field(client):
    error = client.post("/v1/ask", json={"question": "问", "as_of": "去年"}).json()["error"]
    assert "as_of" in error["message"] and "YYYY-MM-DD" in error["message"]


def test_cors_allows_only_the_configured_origin(client):
    preflight = {"access-control-request-method": "POST", "access-control-request-headers": "content-type"}
    allowed = client.options("/v1/ask", headers={"origin": ALLOWED_ORIGIN, **preflight})
    assert allowed.headers.get("access-control-allow-origin") == ALLOWED_ORIGIN
    other = client.options("/v1/ask", headers={"origin": "https://elsewhere.example", **preflight})
    assert other.headers.get("access-control-allow-origin") is None


def test_openapi_documents_every_endpoint_with_examples(client):
    schema = client.get("/openapi.json").json()
    assert {
        "/v1/ask",
        "/v1/chat",
        "/v1/eligibility",
        "/v1/search",
        "/v1/clauses/{clause_id}",
        "/v1/faq",
        "/v1/chat/completions",
        "/v1/sessions/{session_id}",
        "/healthz",
    } <= set(schema["paths"])
    for name in ("AskRequest", "ChatRequest", "EligibilityRequest", "SearchRequest", "CompletionRequest"):
        assert schema["components"]["schemas"][name]["examples"], name
    assert client.get("/docs").status_code == 200


def test_the_ui_is_served_at_the_root(client):
    page = client.get("/")
    assert page.status_code == 200 and "贯通助手" in page.text


def test_a_conversation_survives_a_restart(live_data_dir, tmp_path):
    sessions = str(tmp_path / "sessions.sqlite3")
    with LiveServer(live_data_dir, GUANTONG_SESSIONS_DB=sessions) as before:
        first = httpx.post(f"{before.url}/v1/chat", json={"message": QUESTION}, timeout=60).json()
    with LiveServer(live_data_dir, GUANTONG_SESSIONS_DB=sessions) as after:
        second = httpx.post(
            f"{after.url}/v1/chat",
            timeout=60,
            json={"session_id": first["session_id"], "message": "最近三年考核都合格"},
        )
        assert second.status_code == 200, second.text
        session = httpx.get(f"{after.url}/v1/sessions/{first['session_id']}").json()
    user_turns = [t["text"] for t in session["turns"] if t["role"] == "user"]
    assert len(user_turns) == 2 and "技师证" in user_turns[0] and user_turns[1] == "最近三年考核都合格"
    assert first["facts"].items() <= {**first["facts"], **second.json()["facts"]}.items()
