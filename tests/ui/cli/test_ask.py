"""`guantong ask` and `guantong chat` as a user runs them (real pipeline, subprocess)."""

import json
import subprocess
import sys
from pathlib import Path

GUANTONG = str(Path(sys.executable).parent / "guantong")


def run(*args, stdin=None):
    return subprocess.run([GUANTONG, *args], input=stdin, capture_output=True, text=True, timeout=300)


def test_ask_json_has_the_answer_object_shape():
    result = run(
        "ask", "我2024年3月取得技师，一直从事技术工作，考核都合格，想评工程系列中级", "--as-of", "2026-11-29", "--json"
    )
    assert result.returncode == 0, result.stderr
    answer = json.loads(result.stdout)
    assert {"answer", "intent", "citations", "verdict", "facts", "next_question"} <= set(answer)
    verdict = answer["verdict"]
    assert (verdict["outcome"], verdict["track"], verdict["target"], verdict["earliest_date"]) == (
        "not_yet",
        "skill_to_title",
        "中级",
        "2027-03-31",
    )
    assert {"clause_id", "label", "quote"} <= set(answer["citations"][0])


def test_as_of_makes_the_answer_reproducible():
    question = "我2022年12月1日取得高级技师，一直在一线，考核都合格，没有获得过荣誉，也没有绝活，想评工程系列副高"
    before = json.loads(run("ask", question, "--as-of", "2026-11-30", "--json").stdout)["verdict"]
    on_day = json.loads(run("ask", question, "--as-of", "2026-12-01", "--json").stdout)["verdict"]
    assert before["outcome"] == "not_yet" and on_day["outcome"] == "eligible"


def test_ask_plain_text_prints_citations_and_numbered_quick_replies():
    result = run("ask", "我2020年拿的技师证，想评工程系列中级", "--as-of", "2026-11-29")
    assert result.returncode == 0
    first_paragraph = result.stdout.split("\n\n")[0]
    assert first_paragraph.endswith("？") and "年度考核" in first_paragraph  # the one question comes first
    assert result.stdout.count(first_paragraph) == 1 and "引用条款" in result.stdout and "  1. " in result.stdout


def test_bad_date_and_empty_question_get_chinese_errors():
    bad_date = run("ask", "技师能评中级吗", "--as-of", "2026-13-01")
    empty = run("ask", "  ")
    assert bad_date.returncode == 2 and "错误：" in bad_date.stderr and "Traceback" not in bad_date.stderr
    assert empty.returncode == 2 and "问题是空的" in empty.stderr


def test_chat_in_the_terminal_with_numbered_choices():
    script = "我2020年拿的技师证，想评中级职称\n1\n1\n你了解到我什么情况了\n退出\n"
    result = run("chat", "--as-of", "2026-11-29", stdin=script)
    assert result.returncode == 0, result.stderr
    assert "（您选择了：工程）" in result.stdout
    assert "您现在可以申报工程系列中级职称" in result.stdout
    assert "目前我了解到的情况" in result.stdout
