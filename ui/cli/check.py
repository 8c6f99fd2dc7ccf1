"""`guantong check`: the rules engine's verdict for a facts JSON file."""

from __future__ import annotations

import datetime as dt
import json
import sys

from pydantic import ValidationError
from pydantic_core import ErrorDetails

from rules import Facts, evaluate
from rules.explain import describe
from rules.labels import label
from ui.cli.output import fail, print_json

EPILOG = """\
示例：
  guantong check facts.json                     按事实文件判断能否申报
  guantong check facts.json --as-of 2025-03-01  按指定日期判断（结果可复现）
  echo '{"track": "skill_to_title", "series": "工程"}' | guantong check -
  guantong check facts.json --json              输出 JSON
  guantong check --schema                       事实文件的 JSON Schema

事实文件示例：
  {"track": "skill_to_title", "province": "云南", "series": "工程", "target_level": "中级",
   "skill_certificates": [{"level": "技师", "obtained": "2021-06"}],
   "annual_review_results": ["合格", "合格", "合格"]}
不知道的项不写即可，结论会说明还需要补充什么。
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "check",
        help="按事实文件判断能否申报",
        epilog=EPILOG,
        description="读取一个事实文件（JSON），按政策规则给出结论、逐条条件和条款依据。",
    )
    parser.add_argument("file", nargs="?", metavar="文件", help="事实 JSON 文件；写 - 表示从标准输入读取")
    parser.add_argument("--as-of", metavar="日期", help="判断日期，格式 2025-03-01；默认今天")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.add_argument("--schema", action="store_true", help="输出事实文件的 JSON Schema")
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.schema:
        print_json(Facts.model_json_schema())
        return 0
    if not args.file:
        return fail("请给出事实文件，例如 guantong check facts.json；用 - 从标准输入读取。")
    try:
        as_of = dt.date.fromisoformat(args.as_of) if args.as_of else dt.date.today()
    except ValueError:
        return fail(f"日期“{args.as_of}”格式不对，请写成 2025-03-01。")
    text, error = _read(args.file)
    if error:
        return fail(error)
    try:
        facts = Facts.model_validate(json.loads(text))
    except json.JSONDecodeError as err:
        return fail(f"事实文件不是有效的 JSON（第{err.lineno}行第{err.colno}列附近）。")
    except ValidationError as err:
        return fail("事实文件有误：\n" + "\n".join(_explain(e) for e in err.errors()))
    verdict = evaluate(facts, as_of)
    if args.json:
        print_json(verdict.model_dump(mode="json"))
    else:
        print(describe(verdict))
    return 0


def _read(name: str) -> tuple[str, str | None]:
    if name == "-":
        return sys.stdin.read(), None
    try:
        with open(name, encoding="utf-8") as handle:
            return handle.read(), None
    except FileNotFoundError:
        return "", f"找不到文件“{name}”。"
    except (OSError, UnicodeDecodeError):
        return "", f"无法读取文件“{name}”，请确认它是 UTF-8 编码的文本文件。"


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
