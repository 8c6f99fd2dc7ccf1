"""`guantong check`: the rules engine's verdict for a facts JSON file."""

from __future__ import annotations

from rules import Facts, evaluate
from rules.explain import describe
from ui.cli.facts_file import add_facts_arguments, run_on_facts
from ui.cli.output import print_json

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
    add_facts_arguments(parser)
    parser.add_argument("--schema", action="store_true", help="输出事实文件的 JSON Schema")
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.schema:
        print_json(Facts.model_json_schema())
        return 0
    return run_on_facts(args, "check", evaluate, describe)
