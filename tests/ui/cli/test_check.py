"""`guantong check`: a verdict for a facts file or stdin."""

import json

import pytest

FACTS = {
    "track": "skill_to_title",
    "province": "云南",
    "series": "工程",
    "target_level": "中级",
    "skill_certificates": [{"level": "技师", "obtained": "2021-06"}],
    "annual_review_results": ["合格", "合格", "合格"],
}


@pytest.fixture
def check(guantong):
    return lambda *args, stdin="": guantong("check", *args, stdin=stdin)


def test_readable_verdict_names_each_clause(check, tmp_path):
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    result = check(str(path), "--as-of", "2024-06-29")
    assert result.returncode == 0, result.stderr
    assert "结论：暂时还不能申报" in result.stdout and "2024年6月30日" in result.stdout
    assert "依据：人社部发〔2020〕96号 二（二）1" in result.stdout
    assert "按最晚可能的2021年6月30日计算" in result.stdout


def test_the_installed_command_reads_json_from_a_pipe(guantong_binary):
    result = guantong_binary("check", "-", "--as-of", "2024-06-30", "--json", stdin=json.dumps(FACTS))
    verdict = json.loads(result.stdout)
    assert {
        "outcome",
        "track",
        "target",
        "earliest_date",
        "conditions",
        "missing_facts",
        "other_options",
        "assumptions",
        "open_conditions",
        "summary",
        "clause_ids",
    } <= set(verdict)
    assert verdict["outcome"] == "eligible" and verdict["target"] == "中级"
    assert {"requirement", "fact", "status", "clause_ids", "detail", "route"} == set(verdict["conditions"][0])
    assert verdict["obligation"] is None and verdict["route"] == "ordinary"


def test_schema_lists_every_fact(check):
    schema = json.loads(check("--schema").stdout)
    assert {"skill_certificates", "annual_review_results", "applicant_count"} <= set(schema["properties"])


def test_bad_input_gets_a_chinese_error_and_exit_2(check, tmp_path):
    for stdin in (
        "{bad",
        "[1]",
        '{"unknown_field": 1}',
        '{"skill_certificates": [{"level": "大师"}]}',
        '{"title_obtained": "2020-13"}',
    ):
        result = check("-", stdin=stdin)
        assert result.returncode == 2 and "错误：" in result.stderr, stdin
        assert "Traceback" not in result.stderr + result.stdout
    for args in ((str(tmp_path / "missing.json"),), ("-", "--as-of", "明天")):
        result = check(*args, stdin="{}")
        assert result.returncode == 2 and "错误：" in result.stderr and "Traceback" not in result.stderr
