"""`guantong path`: the path map for a facts JSON file — every rung of both ladders above where
the person stands, each with the rules' outcome and earliest date."""

from __future__ import annotations

from rules.path import path_map, path_text
from ui.cli.facts_file import add_facts_arguments, run_on_facts

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
    add_facts_arguments(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    return run_on_facts(args, "path", path_map, path_text)
