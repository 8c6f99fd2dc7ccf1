"""`guantong clause`, `clause --list`, `documents` and the Chinese help."""

import argparse
import json

import pytest


def test_clause_json_has_the_contract_shape(guantong):
    result = guantong("clause", "mohrss-2020-96:2.2.1", "--json")
    assert result.returncode == 0
    data = json.loads(result.stdout)
    assert set(data) == {"clause_id", "label", "heading", "text"}
    assert data["label"] == "人社部发〔2020〕96号 二（二）1" and "满2年" in data["text"]


def test_clause_plain_text_shows_label_and_text(guantong):
    result = guantong("clause", "yunnan-2021-28:3")
    assert result.returncode == 0
    assert "云人社通〔2021〕28号 三" in result.stdout and "含5人" in result.stdout


def test_unknown_clause_lists_near_matches_and_exits_2(guantong):
    result = guantong("clause", "mohrss-2020-96:2.9")
    assert result.returncode == 2
    assert "找不到条款" in result.stderr and "mohrss-2020-96:2." in result.stderr
    assert "Traceback" not in result.stderr + result.stdout


def test_clause_list_names_all_28(guantong):
    result = guantong("clause", "--list", "--json")
    assert result.returncode == 0 and len(json.loads(result.stdout)) == 28


def test_documents_lists_both(guantong):
    result = guantong("documents", "--json")
    assert [d["doc_id"] for d in json.loads(result.stdout)] == ["yunnan-2021-28", "mohrss-2020-96"]


def _subcommand_parsers() -> dict:
    from ui.cli import build_parser

    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    return action.choices


ENGLISH_ARGPARSE = ("usage:", "options:", "show this help", "positional arguments")


def test_the_installed_command_shows_chinese_help_with_examples(guantong_binary):
    result = guantong_binary("--help")
    assert result.returncode == 0 and "用法：" in result.stdout and "示例" in result.stdout
    assert not [w for w in ENGLISH_ARGPARSE if w in result.stdout]


@pytest.mark.parametrize("command", sorted(_subcommand_parsers()))
def test_every_subcommand_help_is_chinese_with_examples(command):
    text = _subcommand_parsers()[command].format_help()
    assert "用法：" in text and "示例" in text
    assert not [w for w in ENGLISH_ARGPARSE if w in text]


def test_help_runs_as_a_command(guantong):
    result = guantong("clause", "--help")
    assert result.returncode == 0 and "条款编号" in result.stdout


def test_no_command_prints_the_help_and_exits_2(guantong):
    result = guantong()
    assert result.returncode == 2 and "可用命令" in result.stdout


def test_bad_arguments_get_a_chinese_error(guantong):
    result = guantong("clause", "--nonsense")
    assert result.returncode == 2 and "错误：" in result.stderr and "Traceback" not in result.stderr
