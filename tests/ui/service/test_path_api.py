"""GET and POST /v1/path on a live `guantong serve`, against situations worked out by hand from
人社部发〔2020〕96号 二（二）1 (高级工 + 2 → 助理级, 技师 + 3 → 中级) and 二（四） (晋级 one year
after the level below; title → skill by 助理级→高级工, 中级→技师, 副高级→高级技师)."""

import json

import httpx
import pytest

from evals.live_server import LiveServer

RULE_2_2_1, RULE_2_4 = "mohrss-2020-96:2.2.1", "mohrss-2020-96:2.4"
WORKER_OF_2022 = {
    "series": "工程",
    "skill_certificates": [{"level": "高级工", "obtained": "2022"}],
    "annual_review_results": ["合格", "合格", "合格"],
}


@pytest.fixture(scope="module")
def client(live_data_dir, tmp_path_factory):
    with (
        LiveServer(
            live_data_dir,
            GUANTONG_SESSIONS_DB=str(tmp_path_factory.mktemp("path") / "sessions.sqlite3"),
        ) as server,
        httpx.Client(base_url=server.url, timeout=60) as http,
    ):
        yield http


def rungs(reply) -> dict[str, dict]:
    assert reply.status_code == 200, reply.text
    return {rung["target"]: rung for rung in reply.json()["rungs"]}


def test_a_worker_of_2022_waits_for_both_ladders_in_2023(client):
    """ "2022" is read as its last day: 助理级 two years on, 技师 by 晋级 one year on."""
    found = rungs(client.post("/v1/path", json={"facts": WORKER_OF_2022, "as_of": "2023-06-01"}))
    assert (found["助理级"]["outcome"], found["助理级"]["earliest_date"]) == ("not_yet", "2024-12-31")
    assert RULE_2_2_1 in found["助理级"]["clause_ids"]
    assert (found["技师"]["outcome"], found["技师"]["earliest_date"], found["技师"]["route"]) == (
        "not_yet",
        "2023-12-31",
        "skill_promotion",
    )
    assert RULE_2_4 in found["技师"]["clause_ids"]


def test_a_worker_of_2022_in_2025_assistant_title_now_technician_on_the_occupation_standard(client):
    reply = client.post("/v1/path", json={"facts": WORKER_OF_2022, "as_of": "2025-03-01"})
    found = rungs(reply)
    assert reply.json()["standing"] == {
        "skill_level": "高级工",
        "skill_since": "2022-12-31",
        "title_level": None,
        "title_since": None,
    }
    assert set(found) == {"助理级", "中级", "副高级", "正高级", "技师", "高级技师"}
    assert found["助理级"]["outcome"] == "eligible" and found["助理级"]["earliest_date"] is None
    assert found["技师"]["outcome"] == "conditional" and "职业技能标准" in found["技师"]["summary"]
    # 中级 only after 技师 + 3; 高级技师 only by 晋级 from 技师; 副高级 only after 高级技师 + 4
    assert found["中级"]["outcome"] == "not_eligible" and "技师" in found["中级"]["blocked_by"]
    assert "满3年" in found["中级"]["blocked_by"]
    assert found["高级技师"]["outcome"] == "not_eligible" and "技师" in found["高级技师"]["blocked_by"]
    assert found["副高级"]["outcome"] == "not_eligible" and "满4年" in found["副高级"]["blocked_by"]


def test_a_technician_the_day_before_three_years_waits_one_day_for_the_intermediate_title(client):
    facts = {
        "series": "工程",
        "skill_certificates": [
            {"level": "高级工", "obtained": "2019-03-01"},
            {"level": "技师", "obtained": "2021-05-10"},
        ],
        "annual_reviews_all_pass": True,
    }
    found = rungs(client.post("/v1/path", json={"facts": facts, "as_of": "2024-05-09"}))
    assert "高级工" not in found and "技师" not in found  # held: not rungs any more
    assert found["助理级"]["outcome"] == "eligible"
    assert (found["中级"]["outcome"], found["中级"]["earliest_date"]) == ("not_yet", "2024-05-10")
    assert found["高级技师"]["outcome"] == "conditional" and found["高级技师"]["route"] == "skill_promotion"
    after = rungs(client.post("/v1/path", json={"facts": facts, "as_of": "2024-05-10"}))
    assert after["中级"]["outcome"] == "eligible"


def test_an_intermediate_title_leads_to_technician_not_to_senior_technician(client):
    facts = {"title_held": "中级", "occupation_matches_post": True}
    found = rungs(client.post("/v1/path", json={"facts": facts, "as_of": "2024-06-01"}))
    assert "助理级" not in found and "中级" not in found
    assert found["技师"]["outcome"] == "conditional" and found["技师"]["route"] == "title_mapping"
    assert found["高级技师"]["outcome"] == "not_eligible"
    assert found["副高级"]["outcome"] == "need_info" and "skill_certificates" in found["副高级"]["missing_facts"]


def test_get_takes_the_facts_as_json_in_the_query_and_answers_as_post_does(client):
    query = {"facts": json.dumps(WORKER_OF_2022, ensure_ascii=False), "as_of": "2023-06-01"}
    got = client.get("/v1/path", params=query)
    posted = client.post("/v1/path", json={"facts": WORKER_OF_2022, "as_of": "2023-06-01"})
    assert got.status_code == 200 and got.json() == posted.json()


def test_every_rung_is_what_eligibility_says_for_that_level(client):
    path = client.post("/v1/path", json={"facts": WORKER_OF_2022, "as_of": "2023-06-01"}).json()
    for rung in path["rungs"]:
        facts = {**WORKER_OF_2022, "track": rung["track"], "target_level": rung["target"]}
        verdict = client.post("/v1/eligibility", json={"facts": facts, "as_of": "2023-06-01"}).json()
        assert (verdict["outcome"], verdict["earliest_date"], verdict["clause_ids"]) == (
            rung["outcome"],
            rung["earliest_date"],
            rung["clause_ids"],
        )


@pytest.mark.parametrize(
    ("method", "kwargs", "code"),
    [
        ("post", {"json": {"facts": {"title_held": "教授"}}}, "invalid_facts"),
        ("post", {"json": {"facts": {"skill_certificates": [{"level": "技师", "obtained": "去年"}]}}}, "invalid_facts"),
        ("post", {"json": {"facts": "技师"}}, "invalid_request"),
        ("get", {"params": {"facts": "{不是 JSON"}}, "invalid_facts"),
        ("get", {"params": {"facts": "[1, 2]"}}, "invalid_facts"),
        ("get", {"params": {"facts": "{}", "as_of": "去年"}}, "invalid_request"),
        ("get", {"params": {"as_of": "0"}}, "invalid_request"),  # a number is not a date (not 1970-01-01)
    ],
)
def test_bad_facts_get_a_chinese_422(client, method, kwargs, code):
    reply = getattr(client, method)("/v1/path", **kwargs)
    assert reply.status_code == 422, reply.text
    error = reply.json()["error"]
    assert error["code"] == code and any("\u4e00" <= ch <= "\u9fff" for ch in error["message"])
    assert "Traceback" not in reply.text


def test_openapi_documents_both_methods_with_an_example(client):
    schema = client.get("/openapi.json").json()
    assert {"get", "post"} <= set(schema["paths"]["/v1/path"])
    example = schema["components"]["schemas"]["PathRequest"]["examples"][0]
    assert rungs(client.post("/v1/path", json=example))  # the documented example works as it is
    (facts,) = [p for p in schema["paths"]["/v1/path"]["get"]["parameters"] if p["name"] == "facts"]
    query_example = facts["content"]["application/json"]["example"]
    assert rungs(client.get("/v1/path", params={"facts": json.dumps(query_example, ensure_ascii=False)}))
