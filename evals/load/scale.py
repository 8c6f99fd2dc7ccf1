"""Scale run for `make bench`: the same load on one replica, two replicas, and `--workers 2`.

A real redis-server (sessions) and a real `chroma run` server (vectors) are started on free
ports; every configuration shares them, so what changes is only the number of serving
processes. With two replicas, each conversation's turns alternate between them (a load balancer
with no stickiness). The default embedded set-up (SQLite, Chroma on local disk) is measured
first as the reference. Figures go to stdout and to artifacts/scale.json, with the machine's
core count and load.

    python -m evals.load.scale [--sessions 200] [--rounds 2]
"""

from __future__ import annotations

import argparse
import os
import tempfile
from pathlib import Path
from typing import Any

from corpus.runtime import data_dir
from evals.backing_services import ChromaServer, RedisServer
from evals.live_server import LiveServer
from evals.load.run import measure, summary, write_artifact

WARM_UP_SESSIONS = 8


def run_configuration(urls: list[str], sessions: int, rounds: int) -> dict:
    measure(urls, WARM_UP_SESSIONS, 1)  # every process answers once before timing
    return measure(urls, sessions, rounds)


def measure_all(scratch: Path, sessions: int, rounds: int) -> dict[str, dict]:
    def replica(name: str, workers: int = 1, **env: str) -> LiveServer:
        return LiveServer(data_dir(), None, scratch / f"{name}.log", workers, **env)

    results = {}
    with replica("embedded", GUANTONG_SESSIONS_DB=str(scratch / "sessions.sqlite3")) as server:
        results["one replica, embedded stores (default)"] = run_configuration([server.url], sessions, rounds)
    with RedisServer(scratch / "redis") as redis, ChromaServer(scratch / "chroma") as chroma:
        shared = {"GUANTONG_SESSIONS_URL": redis.url, "GUANTONG_CHROMA_URL": chroma.url}
        with replica("first", **shared) as first:
            results["one replica"] = run_configuration([first.url], sessions, rounds)
            with replica("second", **shared) as second:
                results["two replicas"] = run_configuration([first.url, second.url], sessions, rounds)
        with replica("workers", workers=2, **shared) as server:
            results["one replica, --workers 2"] = run_configuration([server.url], sessions, rounds)
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description="扩展压测：一个副本、两个副本、--workers 2，同样的并发会话")
    parser.add_argument("--sessions", type=int, default=200, help="同时进行的会话数（默认 200）")
    parser.add_argument("--rounds", type=int, default=2, help="每个会话重复几遍对话脚本（默认 2）")
    args = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory() as scratch:
        results = measure_all(Path(scratch), args.sessions, args.rounds)
    report: dict[str, Any] = {
        "cpu_cores": os.cpu_count(),
        "load_average_before": [round(x, 2) for x in load_before],
        "load_average_after": [round(x, 2) for x in os.getloadavg()],
        "configurations": results,
    }
    write_artifact("scale.json", report)
    print(f"scale ({report['cpu_cores']} cores, load average before {report['load_average_before'][0]}):")
    for name, result in results.items():
        print(f"  {name}: {summary(result)}")
    return 1 if any(result["errors"] for result in results.values()) else 0


if __name__ == "__main__":
    raise SystemExit(main())
