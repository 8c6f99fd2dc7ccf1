"""`guantong index`: build (or rebuild) the vector index, with a progress bar."""

from __future__ import annotations

import time

from tqdm import tqdm

from retrieval import EmbeddingBackendError, Retriever, VectorStoreError
from ui.cli.output import fail
from ui.cli.search import add_backend_arguments

EPILOG = """\
示例：
  guantong index                    建立（或打开已有的）检索索引
  guantong index --rebuild          重新建立索引
  guantong index --backend sentence-transformers --model /path/to/model
索引放在数据目录（$GUANTONG_DATA_DIR，默认 ./data）的 chroma/ 下；
设置 GUANTONG_CHROMA_URL（如 http://127.0.0.1:8000）则存到该 Chroma 服务。
政策原文或模型变了，索引会自动重建。
"""


def register(commands) -> None:
    parser = commands.add_parser(
        "index", help="建立检索索引", epilog=EPILOG, description="把条款原句和整理好的问法转成向量，存入 ChromaDB。"
    )
    parser.add_argument("--rebuild", action="store_true", help="即使索引已是最新也重建")
    add_backend_arguments(parser)
    parser.set_defaults(run=run)


def run(args) -> int:
    if args.backend == "bm25":
        return fail("bm25 只用关键词，不需要建立向量索引。")
    started = time.perf_counter()
    with tqdm(desc="建立索引", unit="条") as bar:

        def progress(done: int, total: int) -> None:
            bar.total = total
            bar.update(done)

        try:
            retriever = Retriever.open(args.backend, args.model, rebuild=args.rebuild, progress=progress)
        except (EmbeddingBackendError, VectorStoreError) as error:
            return fail(str(error))
        built = bar.n > 0
    assert retriever.vectors is not None  # every backend but bm25 (refused above) has vectors
    elapsed = time.perf_counter() - started
    state = "已建立" if built else "已是最新，无需重建"
    print(
        f"索引{state}：{retriever.vectors.name}，共 {len(retriever.units)} 条"
        f"（{len(retriever.clause_ids)} 条条款），用时 {elapsed:.1f} 秒。"
    )
    return 0
