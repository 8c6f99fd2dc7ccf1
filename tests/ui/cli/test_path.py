"""`guantong path`, run as a user would."""

import json
import subprocess
import sys
from pathlib import Path

GUANTONG = str(Path(sys.executable).parent / "guantong")
FACTS = {
    "series": "工程",
    "skill_certificates": [{"level": "高级工", "obtained": "2022-03-15"}],
    "annual_reviews_all_pass": True,
}


def path(*args, stdin=None):
    return subprocess.run([GUANTONG, "path", *args], input=stdin, capture_output=True, text=True, timeout=120)


def test_text_names_where_the_person_stands_and_each_rung_with_its_date(tmp_path):
    file = tmp_path / "facts.json"
    file.write_text(json.dumps(FACTS, ensure_ascii=False), encoding="utf-8")
    result = path(str(file), "--as-of", "2023-01-01")
    assert result.returncode == 0, result.stderr
    assert "现在：职业技能等级：高级工（2022年3月15日取得）" in result.stdout
    assert "- 助理级：2024年3月15日起可以申报" in result.stdout
    assert "- 技师：2023年3月15日起可以申报" in result.stdout
    assert "- 中级：目前不能申报" in result.stdout


def test_json_from_stdin_has_the_rungs():
    result = path("-", "--as-of", "2024-06-01", "--json", stdin=json.dumps(FACTS))
    data = json.loads(result.stdout)
    assert set(data) == {"as_of", "standing", "rungs"}
    rungs = {(r["track"], r["target"]): r for r in data["rungs"]}
    assert rungs[("skill_to_title", "助理级")]["outcome"] == "eligible"
    assert rungs[("title_to_skill", "技师")]["outcome"] == "conditional"
    assert {"track", "target", "outcome", "earliest_date", "clause_ids"} <= set(rungs[("skill_to_title", "中级")])


def test_bad_input_is_a_chinese_error_without_a_trace(tmp_path):
    for args, stdin, words in (
        ((), None, "请给出事实文件"),
        (("-",), "{not json", "不是有效的 JSON"),
        (("-",), '{"title_held": "教授"}', "只能是"),
        (("-", "--as-of", "昨天"), "{}", "格式不对"),
        ((str(tmp_path / "missing.json"),), None, "找不到文件"),
    ):
        result = path(*args, stdin=stdin)
        assert result.returncode == 2 and words in result.stderr, (args, result.stderr)
        assert "Traceback" not in result.stderr
