"""`guantong faq`: write the FAQ (Markdown, JSON or a standalone HTML page), or its coverage."""

from __future__ import annotations

import json
from pathlib import Path

from assistant.faq import FaqVerificationError, build_faq
from assistant.faq.coverage import render_coverage
from corpus import load_corpus
from ui.cli.output import fail, print_json

FORMATS = ("md", "json", "html")
SUFFIX_FORMATS = {".md": "md", ".markdown": "md", ".json": "json", ".html": "html", ".htm": "html"}

EPILOG = """\
示例：
  guantong faq                               在终端显示常见问题（Markdown）
  guantong faq --format html -o faq.html     生成可发布、可打印的网页
  guantong faq -o faq.json                   生成 JSON，供热线知识库导入（按文件后缀选格式）
  guantong faq --coverage                    查看哪些条款已有问答覆盖
每个回答都引用政策原文；涉及能否申报的回答都已用规则引擎核对。
如果原文、规则和问答对不上，生成会失败并指出是哪一条问答。
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "faq",
        help="生成常见问题（FAQ）",
        epilog=EPILOG,
        description="生成政策常见问题：Markdown、JSON 或独立的 HTML 网页。",
    )
    parser.add_argument(
        "--format", choices=FORMATS, metavar="格式", help="md、json 或 html；不写时按 -o 的文件后缀判断，默认 md"
    )
    parser.add_argument("-o", "--output", metavar="文件", help="写入文件，不写则输出到终端")
    parser.add_argument("--coverage", action="store_true", help="显示条款覆盖报告；覆盖不完整时退出码为 1")
    parser.set_defaults(run=run)


def run(args) -> int:
    fmt = args.format or _format_from_suffix(args.output) or "md"
    try:
        faq = build_faq()
    except FaqVerificationError as error:
        return fail(f"常见问题没有生成，因为校验没有通过。\n{error}", code=1)
    if args.coverage:
        return _show_coverage(faq, fmt)
    text = _render(faq, fmt)
    if not args.output:
        print(text, end="")
        return 0
    return _write(Path(args.output), text, fmt, len(faq.entries))


def _render(faq, fmt: str) -> str:
    if fmt == "json":
        return json.dumps(faq.to_dict(), ensure_ascii=False, indent=2) + "\n"
    return faq.to_html() if fmt == "html" else faq.to_markdown()


def _format_from_suffix(output: str | None) -> str | None:
    return SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output else None


def _show_coverage(faq, fmt: str) -> int:
    if fmt == "json":
        print_json(faq.coverage.to_dict())
    else:
        print(render_coverage(faq.coverage, load_corpus()))
    return 0 if faq.coverage.complete else 1


def _write(path: Path, text: str, fmt: str, count: int) -> int:
    try:
        path.write_text(text, encoding="utf-8")
    except OSError as error:
        return fail(f"无法写入文件“{path}”：{error.strerror or error}。请检查目录是否存在、是否有写权限。")
    print(f"已生成 {path}（{count} 个问题，格式 {fmt}）。")
    return 0
