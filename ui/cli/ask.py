"""`guantong ask` (one question) and `guantong chat` (a conversation in the terminal)."""

from __future__ import annotations

import datetime as dt

from ui.cli.output import fail, print_json

ASK_EPILOG = """\
示例：
  guantong ask "我2020年7月拿的技师证，能评中级职称吗？"
  guantong ask "哪些职称系列可以贯通？" --json
  guantong ask "高级技师满几年可以评副高？" --as-of 2026-12-01 --province 云南
"""

CHAT_EPILOG = """\
示例：
  guantong chat
  guantong chat --as-of 2026-12-01 --province 云南
对话中：输入数字选择快捷回答；说“重新开始”清空信息；说“你了解到什么”查看已了解的情况；输入“退出”或按 Ctrl-D 结束。
"""


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise ValueError(value) from None


def _add_common(parser) -> None:
    parser.add_argument(
        "--as-of", type=_date, metavar="日期", help="按哪一天计算（YYYY-MM-DD），默认今天；用于复现结果"
    )
    parser.add_argument("--province", metavar="省份", help="申报所在省份，如 云南")


def register(commands) -> None:
    parser = commands.add_parser(
        "ask",
        help="问一个问题，得到带条款出处的回答",
        epilog=ASK_EPILOG,
        description="一问一答：判断能否申报，或引用政策原文回答政策问题。",
    )
    parser.add_argument("question", metavar="问题", help="用中文提问，建议用引号括起来")
    _add_common(parser)
    parser.add_argument("--json", action="store_true", help="输出 JSON（回答对象）")
    parser.set_defaults(run=run_ask)

    parser = commands.add_parser(
        "chat",
        help="在终端里对话，一步步判断能否申报",
        epilog=CHAT_EPILOG,
        description="多轮对话：助手一次问一个问题，直到得出结论。",
    )
    _add_common(parser)
    parser.set_defaults(run=run_chat)


def run_ask(args) -> int:
    from assistant.pipeline import Assistant

    if not args.question.strip():
        return fail('问题是空的。请写出您想问的，例如：guantong ask "技师满几年可以评中级职称？"')
    answer = Assistant().ask(args.question, as_of=args.as_of, province=args.province)
    if args.json:
        print_json(answer.model_dump(mode="json"))
    else:
        print(render(answer))
    return 0


def render(answer) -> str:
    """The answer for a terminal: Markdown text, numbered quick replies, the clauses quoted."""
    lines = [answer.answer]
    if answer.citations:
        lines += ["", "引用条款："]
        lines += [f"  [{c.label}] {c.quote}" for c in answer.citations]
    if answer.next_question and answer.next_question.options:
        lines += ["", "（回复序号或直接说都可以）"]  # the question itself opens the answer
        lines += [f"  {n}. {option}" for n, option in enumerate(answer.next_question.options, 1)]
    return "\n".join(lines)


def run_chat(args) -> int:
    from assistant.dialogue import DialogueState
    from assistant.pipeline import Assistant

    assistant, state, options = Assistant(), DialogueState(), []
    print("贯通助手：请说说您的情况或问题。输入“退出”结束。")
    while True:
        try:
            message = input("\n您：").strip()
        except (EOFError, KeyboardInterrupt):
            print()
            return 0
        if message in ("退出", "exit", "quit"):
            return 0
        if message.isdigit() and 1 <= int(message) <= len(options):
            message = options[int(message) - 1]
            print(f"（您选择了：{message}）")
        answer = assistant.chat(state, message, as_of=args.as_of, province=args.province)
        options = answer.next_question.options if answer.next_question else []
        print("\n助手：" + render(answer))
