"""argparse, speaking Chinese: usage, section titles, help flag and errors."""

from __future__ import annotations

import argparse
import re
import sys

# argparse's own English error messages, and how a worker should read them.
_ERROR_TRANSLATIONS = (
    (re.compile(r"the following arguments are required: (.+)"), "缺少必填参数：{0}"),
    (re.compile(r"unrecognized arguments: (.+)"), "无法识别的参数：{0}"),
    (re.compile(r"argument (\S+): invalid choice: '?([^' ]+)'?.*"), "参数 {0} 的取值“{1}”无效"),
    (re.compile(r"argument (\S+): expected one argument"), "参数 {0} 后面需要跟一个值"),
    (re.compile(r"argument (\S+): invalid (\w+) value: '?([^']*)'?"), "参数 {0} 的值“{2}”格式不对"),
    (re.compile(r"argument (\S+): not allowed with argument (\S+)"), "参数 {0} 不能和 {1} 同时使用"),
)


def translate_error(message: str) -> str:
    for pattern, chinese in _ERROR_TRANSLATIONS:
        match = pattern.fullmatch(message)
        if match:
            return chinese.format(*match.groups())
    return message


class ChineseHelpFormatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog, **kwargs):
        kwargs.setdefault("max_help_position", 32)
        super().__init__(prog, **kwargs)

    def add_usage(self, usage, actions, groups, prefix=None):
        # argparse passes prefix="" when it builds a sub-command's prog: keep that.
        super().add_usage(usage, actions, groups, prefix="用法：" if prefix is None else prefix)


class ChineseArgumentParser(argparse.ArgumentParser):
    """An ArgumentParser whose every user-facing string is Chinese."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("formatter_class", ChineseHelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")

    def error(self, message: str):
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：{translate_error(message)}\n提示：加 -h 查看用法和示例。\n")
