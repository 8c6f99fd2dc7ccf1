"""The path map over HTTP: every rung of both ladders above where the person stands, each with
the rules' outcome and earliest date (`rules.path_map`).

`POST /v1/path` takes `{facts, as_of}` like /v1/eligibility; `GET /v1/path?facts=…&as_of=…` takes
the same facts as JSON in the query, so a hotline system can link to a path map.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import ConfigDict, ValidationError

from rules import Facts
from rules.path import PathMap
from ui.service.components import require
from ui.service.errors import ApiError, error_responses
from ui.service.routes import BODY_ERRORS, components
from ui.service.schemas import AsOf, EligibilityRequest

router = APIRouter()
SUMMARY = "路径图：两条阶梯上每一级能否申报、最早何时"
EXAMPLE_FACTS: dict[str, Any] = {"series": "工程", "skill_certificates": [{"level": "高级工", "obtained": "2022"}]}


class PathRequest(EligibilityRequest):
    model_config = ConfigDict(json_schema_extra={"examples": [{"facts": EXAMPLE_FACTS, "as_of": "2025-03-01"}]})


@router.post(
    "/v1/path", response_model=PathMap, responses=error_responses(*BODY_ERRORS, 503), tags=["判定"], summary=SUMMARY
)
def post_path(body: PathRequest, request: Request):
    return _path(request, body.facts, body.as_of)


# The query's `facts` is JSON in a string: declared as a parameter with JSON content, so the
# document says exactly which texts are accepted (the same schema as the POST body's facts).
FACTS_IN_QUERY = {
    "name": "facts",
    "in": "query",
    "required": False,
    "description": "Facts as JSON, as in `guantong check --schema`; default: none known.",
    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Facts"}, "example": EXAMPLE_FACTS}},
}


@router.get(
    "/v1/path",
    response_model=PathMap,
    responses=error_responses(422, 503),
    tags=["判定"],
    summary=SUMMARY,
    openapi_extra={"parameters": [FACTS_IN_QUERY]},
)
def get_path(
    request: Request,
    as_of: Annotated[AsOf, Query(description="Date for every date computation (YYYY-MM-DD); default today.")] = None,
):
    return _path(request, _facts_in_query(request.query_params.get("facts", "{}")), as_of)


def _path(request: Request, facts: Facts, as_of: dt.date | None) -> PathMap:
    rules = require(components(request).rules, "rules")
    return rules.path_map(facts, as_of or dt.date.today())


def _facts_in_query(text: str) -> Facts:
    """The query's facts, checked as the POST body's are (the same Chinese error, problem by problem)."""
    try:
        return EligibilityRequest.model_validate({"facts": _json_object(text)}).facts
    except ValidationError as error:
        problem = error.errors()[0]
        raise ApiError(422, "invalid_facts", problem["msg"], problem.get("ctx", {}).get("details")) from None


def _json_object(text: str) -> dict[str, Any]:
    try:
        facts = json.loads(text)
    except json.JSONDecodeError:
        facts = None
    if not isinstance(facts, dict):
        raise ApiError(422, "invalid_facts", '事实内容不对：“facts”应为 JSON 对象，例如 {"series": "工程"}。')
    return facts
