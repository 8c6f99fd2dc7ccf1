"""Load run for `make bench`: concurrent conversations against live `guantong serve` processes.

Each simulated caller holds one session and plays a scripted dialogue (an eligibility check
answered over several turns, then a policy question) through POST /v1/chat. With several
server URLs, turn i of a conversation goes to URL i mod n, as behind a load balancer with no
stickiness. Reported: turns per second over the whole run, p50/p95/max latency per turn, and
errors. Figures go to stdout and to artifacts/load.json.

    python -m evals.load.run [--sessions 8] [--rounds 3] [--url http://127.0.0.1:7860]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import statistics
import tempfile
import time
from pathlib import Path

import httpx

from corpus.runtime import data_dir

SCRIPT = [
    "我是电工，2020年7月拿的技师证，能评中级职称吗",
    "工程",
    "是，一直在做",
    "3年都合格",
    "评职称还要看学历和论文吗？",
]
ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts"


async def play(
    client: httpx.AsyncClient, urls: list[str], rounds: int, offset: int, latencies: list[float], errors: list[str]
) -> None:
    """One caller: `rounds` conversations, each a fresh session through the whole script."""
    for _ in range(rounds):
        session_id = None
        for step, message in enumerate(SCRIPT):
            url = urls[(offset + step) % len(urls)]
            started = time.perf_counter()
            try:
                response = await client.post(
                    f"{url}/v1/chat", json={"message": message, "session_id": session_id, "as_of": "2024-05-01"}
                )
            except httpx.HTTPError as error:
                errors.append(repr(error))
                break
            latencies.append(time.perf_counter() - started)
            if response.status_code != 200:
                errors.append(f"{response.status_code} {response.text[:200]}")
                break
            session_id = response.json()["session_id"]


def measure(urls: list[str], sessions: int, rounds: int) -> dict:
    """`sessions` callers at once, each playing `rounds` conversations, spread over `urls`."""
    return asyncio.run(_measure(urls, sessions, rounds))


async def _measure(urls: list[str], sessions: int, rounds: int) -> dict:
    latencies: list[float] = []
    errors: list[str] = []
    # Idle connections are dropped before the server's keep-alive timeout (uvicorn: 5 s) would
    # close them under a request in flight.
    limits = httpx.Limits(max_connections=sessions, max_keepalive_connections=sessions, keepalive_expiry=2)
    async with httpx.AsyncClient(timeout=300, limits=limits) as client:
        started = time.perf_counter()
        await asyncio.gather(*(play(client, urls, rounds, i, latencies, errors) for i in range(sessions)))
        wall = time.perf_counter() - started
    ordered = sorted(latencies)
    return {
        "concurrent_sessions": sessions,
        "conversations": sessions * rounds,
        "turns": len(ordered),
        "errors": len(errors),
        "first_errors": errors[:3],
        "wall_seconds": round(wall, 2),
        "turns_per_second": round(len(ordered) / wall, 1),
        "latency_ms": {
            "p50": _ms(statistics.median(ordered)),
            "p95": _ms(_percentile(ordered, 0.95)),
            "max": _ms(ordered[-1]),
        },
    }


def summary(result: dict) -> str:
    latency = result["latency_ms"]
    return (
        f"{result['concurrent_sessions']} concurrent sessions, {result['turns']} turns in "
        f"{result['wall_seconds']} s → {result['turns_per_second']} turns/s; "
        f"latency p50 {latency['p50']} ms, p95 {latency['p95']} ms, max {latency['max']} ms; "
        f"errors {result['errors']}"
    )


def write_artifact(name: str, result: dict) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    (ARTIFACTS / name).write_text(json.dumps(result, ensure_ascii=False, indent=2), encoding="utf-8")


def _percentile(ordered: list[float], share: float) -> float:
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def _ms(seconds: float) -> float:
    return round(seconds * 1000, 1)


def main() -> int:
    parser = argparse.ArgumentParser(description="并发会话压测：轮次/秒与每轮延迟 p50/p95")
    parser.add_argument("--sessions", type=int, default=8, help="同时进行的会话数（默认 8）")
    parser.add_argument("--rounds", type=int, default=3, help="每个会话重复几遍对话脚本（默认 3）")
    parser.add_argument("--url", help="压测已运行的服务；不给时自动在空闲端口启动一个")
    args = parser.parse_args()
    if args.url:
        result = measure([args.url], args.sessions, args.rounds)
    else:
        from evals.live_server import LiveServer

        with (
            tempfile.TemporaryDirectory() as scratch,
            LiveServer(
                data_dir(),
                log_path=Path(scratch) / "server.log",
                GUANTONG_SESSIONS_DB=str(Path(scratch) / "sessions.sqlite3"),
            ) as server,
        ):
            measure([server.url], 1, 1)  # warm caches before timing
            result = measure([server.url], args.sessions, args.rounds)
    write_artifact("load.json", result)
    print(f"load: {summary(result)}")
    return 1 if result["errors"] else 0


if __name__ == "__main__":
    raise SystemExit(main())
