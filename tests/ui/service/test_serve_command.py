"""`guantong serve` refuses bad process and store settings in Chinese, before any worker starts."""

import os
import subprocess

import pytest

from evals.live_server import GUANTONG, free_port


def serve(*args: str, **env: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [GUANTONG, "serve", "--port", str(free_port()), *args],
        env={**os.environ, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("workers", ["0", "-1", "65"])
def test_a_bad_worker_count_is_refused(workers):
    result = serve("--workers", workers)
    assert result.returncode != 0 and "工作进程数" in result.stderr and "Traceback" not in result.stderr


def test_a_sessions_url_that_is_not_redis_is_refused():
    result = serve(GUANTONG_SESSIONS_URL="postgres://db.example/sessions")
    assert result.returncode != 0 and "GUANTONG_SESSIONS_URL" in result.stderr and "Redis 地址" in result.stderr
    assert "Traceback" not in result.stderr
