"""The `guantong` command: one module per sub-command, each with `register` and `run`."""

from __future__ import annotations

import io
import sys

from ui.cli import ask, check, clause, eval, faq, index, path, search, serve
from ui.cli.parser import ChineseArgumentParser

COMMANDS = (ask, check, path, clause, faq, serve, search, index, eval)

DESCRIPTION = """\
贯通助手：解答高技能人才与专业技术人才职业发展贯通政策
（人社部发〔2020〕96号、云人社通〔2021〕28号），每个结论都注明所依据的条款。
本工具只解读政策原文，最终以评审机构的认定为准。

示例：
  guantong ask "我2020年7月拿的技师证，能评中级职称吗？"
  guantong chat                            在终端里一步步对话
  guantong clause mohrss-2020-96:2.2.1     查看一条条款原文
  guantong clause --list                   列出全部条款
  guantong documents                       列出收录的政策文件
  guantong serve --port 7860               启动网页和接口服务
"""


def build_parser() -> ChineseArgumentParser:
    parser = ChineseArgumentParser(prog="guantong", description=DESCRIPTION)
    commands = parser.add_subparsers(
        title="可用命令", metavar="命令", dest="command", parser_class=ChineseArgumentParser
    )
    for module in COMMANDS:
        module.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # a replaced stream may not have reconfigure()
            stream.reconfigure(encoding="utf-8")
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "run", None):
        parser.print_help()
        return 2
    try:
        return args.run(args)
    except BrokenPipeError:  # `guantong … | head`: the reader left, nothing to report
        sys.stderr.close()
        return 0
