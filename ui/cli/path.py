"""`guantong path`: the path map for a facts JSON file — every rung of both ladders above where
the person stands, each with the rules' outcome and earliest date."""

from __future__ import annotations

from rules.path import path_map, path_text
from ui.cli.facts_file import FactsFileError, read_facts
from ui.cli.output import fail, print_json

EPILOG = """\
示例：
  guantong path facts.json                      两条阶梯上每一级：能否申报、最早何时
  guantong path facts.json --as-of 2024-06-01   按指定日期判断（结果可复现）
  echo '{"skill_certificates": [{"level": "高级工", "obtained": "2022-03-15"}]}' | guantong path -
  guantong path facts.json --json               输出 JSON：{"as_of", "standing", "rungs": [...]}

事实文件的格式和 guantong check 相同（guantong check --schema）；其中“办理事项”和“想申报的等级”
不用写：路径图把两条阶梯上比现有等级高的每一级都判断一遍。
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "path",
        help="路径图：职称和技能等级两条阶梯上，每一级能否申报、最早何时",
        epilog=EPILOG,
        description="读取一个事实文件（JSON），把职称阶梯（技能人才评职称）和职业技能等级阶梯"
        "（职称人员评技能、晋级）上比现有等级高的每一级都按政策规则判断一遍。",
    )
    parser.add_argument("file", nargs="?", metavar="文件", help="事实 JSON 文件；写 - 表示从标准输入读取")
    parser.add_argument("--as-of", metavar="日期", help="判断日期，格式 2025-03-01；默认今天")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.set_defaults(run=run)


def run(args) -> int:
    try:
        facts, as_of = read_facts(args.file, args.as_of, "path")
    except FactsFileError as error:
        return fail(str(error))
    path = path_map(facts, as_of)
    if args.json:
        print_json(path.model_dump(mode="json"))
    else:
        print(path_text(path))
    return 0
