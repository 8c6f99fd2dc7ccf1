"""A real `guantong serve` process on a free port, for the API, browser, scale and load runs."""

from __future__ import annotations

import sys
from pathlib import Path

import httpx

from evals.managed_process import ManagedProcess, free_port

GUANTONG = str(Path(sys.executable).parent / "guantong")

__all__ = ["LiveServer", "free_port"]


class LiveServer(ManagedProcess):
    """`with LiveServer(data_dir, **env) as server:` starts the server, waits until its warm-up
    has finished (/healthz says "ok", or "degraded" with the reason), and stops it on exit.
    `workers` > 1 runs `guantong serve --workers N`; `kill()` ends it as a crash would."""

    name = "guantong serve"

    def __init__(
        self, data_dir: Path, port: int | None = None, log_path: Path | None = None, workers: int = 1, **env: str
    ):
        port = port or free_port()
        super().__init__(
            log_path or Path(data_dir) / f"server-{port}.log", port, {"GUANTONG_DATA_DIR": str(data_dir), **env}
        )
        self.url = f"http://127.0.0.1:{self.port}"
        self.workers = workers

    def command(self) -> list[str]:
        return [GUANTONG, "serve", "--port", str(self.port), "--workers", str(self.workers)]

    def ready(self) -> bool:
        """Warmed up. With several workers, every new connection may reach another one: enough
        answers in a row that each worker has most likely answered."""
        polls = 1 if self.workers == 1 else 10 * self.workers
        return all(self.health() in ("ok", "degraded") for _ in range(polls))

    def health(self) -> str | None:
        try:
            return httpx.get(f"{self.url}/healthz", timeout=5).json()["status"]
        except (httpx.HTTPError, ValueError, KeyError):
            return None
