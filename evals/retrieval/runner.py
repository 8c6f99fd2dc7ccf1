"""Run the retrieval evaluation: every configuration over a split, metrics, Markdown + PNG.

Configurations compared side by side: BM25 alone, each dense backend alone, and the full
pipeline (BM25 + dense + direction and province rules) for each dense backend.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

from evals.retrieval.dataset import Question
from evals.retrieval.metrics import KS, first_relevant_rank, summarise
from retrieval import Retriever
from retrieval.embeddings import EmbeddingBackendError


@dataclass(frozen=True)
class Configuration:
    name: str
    backend: str
    components: tuple[str, ...] | None  # None: everything the backend has (full pipeline)


@dataclass
class Result:
    configuration: Configuration
    metrics: dict[str, float]
    misses: list[tuple[Question, list[str]]] = field(default_factory=list)


def configurations(backends: list[str]) -> list[Configuration]:
    configs = [Configuration("BM25（仅关键词）", "bm25", ("bm25",))]
    configs += [Configuration(f"{b} 向量（仅语义）", b, ("dense",)) for b in backends]
    configs += [Configuration(f"完整流程（{b} + BM25 + 规则）", b, None) for b in backends]
    return configs


def evaluate(configuration: Configuration, questions: list[Question]) -> Result:
    retriever = Retriever.load(configuration.backend)
    ranks, misses = [], []
    for question in questions:
        ranking = retriever.rank(question.text, configuration.components)
        ranked = [ranking.clause_ids[i] for i in ranking.order()]
        rank = first_relevant_rank(ranked, question.gold)
        ranks.append(rank)
        if rank != 1:
            misses.append((question, ranked[:3]))
    return Result(configuration, summarise(ranks), misses)


def run_all(questions: list[Question], backends: list[str]) -> tuple[list[Result], list[str]]:
    """Results for every configuration that can run here, and notes on those that cannot."""
    results, notes = [], []
    for configuration in configurations(backends):
        try:
            results.append(evaluate(configuration, questions))
        except EmbeddingBackendError as error:
            notes.append(f"{configuration.name}：未运行（{error}）")
    return results, notes


def table(results: list[Result]) -> str:
    header = "| 配置 | " + " | ".join(f"recall@{k}" for k in KS) + " | MRR |"
    lines = [header, "|---|" + "---:|" * (len(KS) + 1)]
    for result in results:
        values = [result.metrics[f"recall@{k}"] for k in KS] + [result.metrics["mrr"]]
        lines.append(f"| {result.configuration.name} | " + " | ".join(f"{v:.3f}" for v in values) + " |")
    return "\n".join(lines)


def write_report(results: list[Result], notes: list[str], split: str, count: int, directory: Path) -> Path:
    directory.mkdir(parents=True, exist_ok=True)
    chart = directory / "retrieval-recall.png"
    draw_chart(results, chart)
    full = [r for r in results if r.configuration.components is None]
    lines = [
        f"# 检索评测报告（{split}，{count} 题）",
        "",
        f"生成时间：{dt.datetime.now():%Y-%m-%d %H:%M}",
        "",
        table(results),
        "",
        f"![recall@k]({chart.name})",
        "",
    ]
    lines += [f"- {note}" for note in notes]
    for result in full:
        lines += ["", f"## {result.configuration.name} 未排第一的问题", ""]
        lines += [f"- {q.text}　应为 {'、'.join(q.gold)}；实际前三：{'、'.join(top)}" for q, top in result.misses] or [
            "（全部排第一）"
        ]
    report = directory / "retrieval-report.md"
    report.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report


def draw_chart(results: list[Result], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    from matplotlib import pyplot

    figure, axes = pyplot.subplots(figsize=(7, 4.5))
    for result in results:
        axes.plot(KS, [result.metrics[f"recall@{k}"] for k in KS], marker="o", label=_ascii_label(result.configuration))
    axes.set_xticks(KS)
    axes.set_xlabel("k")
    axes.set_ylabel("recall@k")
    axes.set_ylim(0, 1.02)
    axes.grid(alpha=0.3)
    axes.legend(loc="lower right", fontsize=8)
    axes.set_title("Retrieval recall@k")
    figure.tight_layout()
    figure.savefig(path, dpi=120)
    pyplot.close(figure)


def _ascii_label(configuration: Configuration) -> str:
    """Chart legends in ASCII: CJK fonts may be missing on a server, the report has the table."""
    if configuration.components is None:
        return f"full pipeline ({configuration.backend} + BM25 + rules)"
    if configuration.components == ("bm25",):
        return "BM25 only"
    return f"{configuration.backend} dense only"
