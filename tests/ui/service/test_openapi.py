"""The OpenAPI document declares what the service enforces, with the app's own settings, and every
error a route can answer in the project's error shape (the live check is test_conformance.py)."""

import re

import pytest

from assistant.pipeline import MAX_MESSAGE_CHARS
from retrieval.retriever import MAX_QUERY_CHARS
from ui.service import create_app
from ui.service.sessions import SESSION_ID_PATTERN
from ui.service.settings import ServiceSettings


def document(max_message_chars: int) -> dict:
    return create_app(ServiceSettings(max_message_chars=max_message_chars), with_ui=False).openapi()


@pytest.fixture(scope="module")
def capped():
    return document(300)


def message_constraints(schema: dict) -> tuple:
    return schema["minLength"], schema["maxLength"], bool(re.search(schema["pattern"], " \u3000x")), schema["pattern"]


def test_messages_are_not_blank_and_capped_at_the_apps_setting(capped):
    models = capped["components"]["schemas"]
    texts = [
        models["AskRequest"]["properties"]["question"],
        models["ChatRequest"]["properties"]["message"],
        models["SearchRequest"]["properties"]["query"],
        models["TextPart"]["properties"]["text"],
        next(s for s in models["UserMessage"]["properties"]["content"]["anyOf"] if s.get("type") == "string"),
    ]
    for text in texts:
        minimum, maximum, finds_a_character, pattern = message_constraints(text)
        assert (minimum, maximum, finds_a_character) == (1, 300, True)
        assert not re.search(pattern, " \t\n\u3000\u0085")  # white space alone is blank


def test_the_default_cap_is_the_pipelines_and_search_reads_no_more_than_the_retriever():
    models = document(MAX_MESSAGE_CHARS)["components"]["schemas"]
    assert models["AskRequest"]["properties"]["question"]["maxLength"] == MAX_MESSAGE_CHARS
    assert models["SearchRequest"]["properties"]["query"]["maxLength"] == min(MAX_MESSAGE_CHARS, MAX_QUERY_CHARS)


def test_k_range_and_session_id_shape(capped):
    models = capped["components"]["schemas"]
    k = models["SearchRequest"]["properties"]["k"]
    assert (k["minimum"], k["maximum"]) == (1, 50)
    body_ids = [models[name]["properties"]["session_id"]["anyOf"][0] for name in ("ChatRequest", "CompletionRequest")]
    path_ids = [
        parameter["schema"]
        for operation in capped["paths"]["/v1/sessions/{session_id}"].values()
        for parameter in operation["parameters"]
    ]
    assert [schema["pattern"] for schema in body_ids + path_ids] == [SESSION_ID_PATTERN] * 4


def test_a_completion_needs_a_user_message(capped):
    messages = capped["components"]["schemas"]["CompletionRequest"]["properties"]["messages"]
    assert messages["minItems"] == 1 and messages["contains"]["properties"]["role"] == {"const": "user"}


def test_every_error_is_documented_with_the_error_model(capped):
    for path, operations in capped["paths"].items():
        for method, operation in operations.items():
            errors = {code: reply for code, reply in operation["responses"].items() if code >= "400"}
            if path == "/healthz":
                continue  # its 503 is the health report itself
            for code, reply in errors.items():
                schema = reply["content"]["application/json"]["schema"]
                assert schema == {"$ref": "#/components/schemas/ErrorBody"}, (method, path, code)
            if "requestBody" in operation:
                assert {"400", "413", "422"} <= set(errors), (method, path)
    assert "HTTPValidationError" not in capped["components"]["schemas"]
