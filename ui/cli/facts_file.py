"""Reading a facts JSON file (or standard input) and a judging date, as `check` and `path` take
them: every problem becomes one Chinese message the person can act on; and running such a command."""

from __future__ import annotations

import datetime as dt
import json
import sys

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from rules import Facts
from rules.labels import label
from ui.cli.output import fail, print_json


class FactsFileError(ValueError):
    """The file, its JSON, its facts or the date cannot be used; the message says why, in Chinese."""


def read_facts(name: str | None, as_of: str | None, command: str) -> tuple[Facts, dt.date]:
    """The facts in file `name` ("-": standard input) and the date (default today)."""
    if not name:
        raise FactsFileError(f"请给出事实文件，例如 guantong {command} facts.json；用 - 从标准输入读取。")
    try:
        date = dt.date.fromisoformat(as_of) if as_of else dt.date.today()
    except ValueError:
        raise FactsFileError(f"日期“{as_of}”格式不对，请写成 2025-03-01。") from None
    text = _read(name)
    try:
        return Facts.model_validate(json.loads(text)), date
    except json.JSONDecodeError as err:
        raise FactsFileError(f"事实文件不是有效的 JSON（第{err.lineno}行第{err.colno}列附近）。") from None
    except ValidationError as err:
        raise FactsFileError("事实文件有误：\n" + "\n".join(_explain(e) for e in err.errors())) from None


def add_facts_arguments(parser) -> None:
    """The facts file, the judging date and --json, as every command over a facts file takes them."""
    parser.add_argument("file", nargs="?", metavar="文件", help="事实 JSON 文件；写 - 表示从标准输入读取")
    parser.add_argument("--as-of", metavar="日期", help="判断日期，格式 2025-03-01；默认今天")
    parser.add_argument("--json", action="store_true", help="输出 JSON")


def run_on_facts(args, command: str, decide, as_text) -> int:
    """`guantong COMMAND FILE [--as-of] [--json]`: `decide(facts, as_of)` printed as JSON or as text."""
    try:
        facts, as_of = read_facts(args.file, args.as_of, command)
    except FactsFileError as error:
        return fail(str(error))
    decided = decide(facts, as_of)
    if args.json:
        print_json(decided.model_dump(mode="json"))
    else:
        print(as_text(decided))
    return 0


def _read(name: str) -> str:
    if name == "-":
        return sys.stdin.read()
    try:
        with open(name, encoding="utf-8") as handle:
            return handle.read()
    except FileNotFoundError:
        raise FactsFileError(f"找不到文件“{name}”。") from None
    except (OSError, UnicodeDecodeError):
        raise FactsFileError(f"无法读取文件“{name}”，请确认它是 UTF-8 编码的文本文件。") from None


def _explain(error: ErrorDetails) -> str:
    """One pydantic error as a line a worker can act on."""
    where = ".".join(str(part) for part in error["loc"])
    field = label("fields", str(error["loc"][0])) if error["loc"] else ""
    place = f"“{where}”（{field}）" if field and field != where else f"“{where}”"
    kind = error["type"]
    if kind == "extra_forbidden":
        return f"- {place}不是可以识别的项；可用的项见 guantong check --schema。"
    if kind == "literal_error":
        allowed = str(error.get("ctx", {}).get("expected", "")).replace("' or '", "、").replace("'", "")
        return f"- {place}的值不对，只能是：{allowed}。"
    if kind == "value_error":
        return f"- {place}：{error.get('ctx', {}).get('error', error['msg'])!s}"
    if kind == "model_type" and not error["loc"]:
        return "- 事实文件应当是一个 JSON 对象（用 { } 括起来）。"
    return f"- {place}的值格式不对（应为{_expected(kind)}）。"


def _expected(kind: str) -> str:
    for key, chinese in (
        ("bool", "true 或 false"),
        ("int", "整数"),
        ("float", "数字"),
        ("list", "列表 [ ]"),
        ("string", "文字"),
        ("dict", "对象 { }"),
        ("model", "对象 { }"),
        ("too_long", "不超过3项"),
        ("greater", "不小于0的数"),
        ("less", "合理范围内的数"),
    ):
        if key in kind:
            return chinese
    return "文件说明中的格式"
