"""The services replicas share when the assistant scales out, run for real by tests and the
scale benchmark: `redis-server` (sessions) and `chroma run` (vectors), each on a free port with
its files in a directory of its own."""

from __future__ import annotations

import shutil
import signal
import sys
from pathlib import Path

import httpx

from evals.managed_process import ManagedProcess

CHROMA = str(Path(sys.executable).parent / "chroma")


def redis_server_available() -> bool:
    return shutil.which("redis-server") is not None


class RedisServer(ManagedProcess):
    """redis-server with append-only persistence in `directory`: a restart on the same port and
    directory (`restart()`) comes back with every key it had acknowledged."""

    name = "redis-server"

    def __init__(self, directory: Path, port: int | None = None):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        super().__init__(self.directory / "redis.log", port)
        self.url = f"redis://127.0.0.1:{self.port}/0"

    def command(self) -> list[str]:
        return [
            "redis-server",
            *("--port", str(self.port), "--bind", "127.0.0.1", "--dir", str(self.directory)),
            *("--appendonly", "yes", "--appendfsync", "everysec", "--save", ""),
            *("--daemonize", "no", "--protected-mode", "yes"),
        ]

    def ready(self) -> bool:
        import redis

        try:
            return bool(redis.Redis(port=self.port, socket_timeout=1).ping())
        except redis.RedisError:
            return False

    def stop(self, sig: int = signal.SIGTERM) -> None:  # redis-server's own clean shutdown
        super().stop(sig)

    def restart(self) -> RedisServer:
        self.stop()
        self.start()
        return self


class ChromaServer(ManagedProcess):
    """`chroma run` (from the installed chromadb package) keeping its data in `directory`."""

    name = "chroma run"

    def __init__(self, directory: Path, port: int | None = None):
        self.directory = Path(directory)
        self.directory.mkdir(parents=True, exist_ok=True)
        super().__init__(self.directory.parent / f"{self.directory.name}.log", port, {"ANONYMIZED_TELEMETRY": "False"})
        self.url = f"http://127.0.0.1:{self.port}"

    def command(self) -> list[str]:
        return [CHROMA, "run", "--path", str(self.directory), "--host", "127.0.0.1", "--port", str(self.port)]

    def ready(self) -> bool:
        try:
            return httpx.get(f"{self.url}/api/v2/heartbeat", timeout=2).status_code == 200
        except httpx.HTTPError:
            return False
