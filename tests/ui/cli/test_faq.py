"""`guantong faq`: the FAQ as HTML, JSON or Markdown, and its coverage report."""

import json


def test_html_file_for_a_policy_office(guantong, tmp_path):
    target = tmp_path / "faq.html"
    result = guantong("faq", "--format", "html", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert "已生成" in result.stdout
    page = target.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "取得技师后满几年可以申报中级职称？" in page


def test_format_follows_the_file_suffix(guantong, tmp_path):
    target = tmp_path / "faq.json"
    assert guantong("faq", "-o", str(target)).returncode == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["entries"] and data["coverage"]["complete"]


def test_markdown_to_stdout_by_default(guantong):
    result = guantong("faq")
    assert result.returncode == 0 and result.stdout.startswith("# ")


def test_coverage_report_is_complete(guantong):
    result = guantong("faq", "--coverage")
    assert result.returncode == 0
    assert "未覆盖 0 条" in result.stdout and "覆盖完整" in result.stdout
    report = json.loads(guantong("faq", "--coverage", "--format", "json").stdout)
    assert report["complete"] and not report["uncovered"]


def test_unwritable_output_gets_a_chinese_error(guantong, tmp_path):
    result = guantong("faq", "-o", str(tmp_path / "no-such-dir" / "faq.html"))
    assert result.returncode == 2 and "无法写入文件" in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_unknown_format_gets_a_chinese_error(guantong):
    result = guantong("faq", "--format", "pdf")
    assert result.returncode == 2 and "错误：" in result.stderr and "Traceback" not in result.stderr


def test_help_is_chinese_with_examples(guantong):
    result = guantong("faq", "--help")
    assert result.returncode == 0 and "用法：" in result.stdout and "示例" in result.stdout
