"""A real `guantong serve` process on a free port, for the API, browser and load runs."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

GUANTONG = str(Path(sys.executable).parent / "guantong")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class LiveServer:
    """`with LiveServer(data_dir, **env) as server:` starts the server, waits until its warm-up
    has finished (/healthz says "ok", or "degraded" with the reason), and stops it on exit."""

    def __init__(self, data_dir: Path, port: int | None = None, log_path: Path | None = None, **env: str):
        self.port = port or free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self.log_path = log_path or Path(data_dir) / f"server-{self.port}.log"
        self.env = {**os.environ, "GUANTONG_DATA_DIR": str(data_dir), **env}
        self.process: subprocess.Popen | None = None

    def start(self, timeout: float = 300) -> LiveServer:
        self.log = open(self.log_path, "w", encoding="utf-8")  # noqa: SIM115 - kept open until stop()
        self.process = subprocess.Popen(
            [GUANTONG, "serve", "--port", str(self.port)], env=self.env, stdout=self.log, stderr=subprocess.STDOUT
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"server exited with {self.process.returncode}:\n{self.read_log()}")
            if self.health() in ("ok", "degraded"):
                return self
            time.sleep(0.3)
        self.stop()
        raise RuntimeError(f"server not ready after {timeout}s:\n{self.read_log()}")

    def health(self) -> str | None:
        try:
            return httpx.get(f"{self.url}/healthz", timeout=5).json()["status"]
        except (httpx.HTTPError, ValueError, KeyError):
            return None

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.send_signal(signal.SIGINT)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        if self.process:
            self.log.close()

    def read_log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def __enter__(self) -> LiveServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
