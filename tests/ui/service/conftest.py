"""Real backing servers for the session-store and scale-out tests, started once per run."""

import pytest

from evals.backing_services import ChromaServer, RedisServer, redis_server_available


@pytest.fixture(scope="session")
def redis_server(tmp_path_factory):
    if not redis_server_available():
        pytest.skip("没有 redis-server（make test 会用 apt 安装；需要 root）")
    with RedisServer(tmp_path_factory.mktemp("redis")) as server:
        yield server


@pytest.fixture(scope="session")
def chroma_server(tmp_path_factory):
    with ChromaServer(tmp_path_factory.mktemp("chroma-server") / "data") as server:
        yield server
