"""A server process for tests and benchmarks: started on a free port with its output in a log
file, waited for until it answers, stopped gracefully (or killed hard, to test a crash)."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import time
from pathlib import Path


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class ManagedProcess:
    """Subclasses give `command()` and `ready()`; `with Subclass(...) as server:` starts the
    process, waits until `ready()`, and stops it on exit. The process leads its own process
    group, so stopping or killing it reaches its workers too."""

    name = "server"

    def __init__(self, log_path: Path, port: int | None = None, env: dict[str, str] | None = None):
        self.port = port or free_port()
        self.log_path = Path(log_path)
        self.env = {**os.environ, **(env or {})}
        self.process: subprocess.Popen | None = None

    def command(self) -> list[str]:
        raise NotImplementedError

    def ready(self) -> bool:
        raise NotImplementedError

    def start(self, timeout: float = 300) -> ManagedProcess:
        self.log = open(self.log_path, "a", encoding="utf-8")  # noqa: SIM115 - kept open until stop()
        self.process = subprocess.Popen(
            self.command(), env=self.env, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                self.log.close()
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.read_log()}")
            if self.ready():
                return self
            time.sleep(0.2)
        self.stop()
        raise RuntimeError(f"{self.name} not ready after {timeout}s:\n{self.read_log()}")

    def stop(self, sig: int = signal.SIGINT) -> None:
        """A graceful stop (SIGINT to the group), a hard kill if it does not end in 20 s."""
        if self.process and self.process.poll() is None:
            self._signal_group(sig)
            try:
                self.process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.kill()
        if self.process and not self.log.closed:
            self.log.close()

    def kill(self) -> None:
        """SIGKILL to the whole group, as a crashed machine would: no clean-up runs."""
        if self.process and self.process.poll() is None:
            self._signal_group(signal.SIGKILL)
            self.process.wait()
        if self.process and not self.log.closed:
            self.log.close()

    def _signal_group(self, sig: int) -> None:
        assert self.process is not None  # only called on a started process
        with contextlib.suppress(ProcessLookupError):
            os.killpg(self.process.pid, sig)

    def read_log(self) -> str:
        return self.log_path.read_text(encoding="utf-8", errors="replace")

    def __enter__(self):
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()
