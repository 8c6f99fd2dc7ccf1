"""The service keeps the promises of its OpenAPI document: schemathesis (every phase, every check)
against a live server whose messages are capped below the default, so the cap the document states
is the app's own setting."""

import re
import subprocess
import sys
from pathlib import Path

import pytest

from evals.live_server import LiveServer

SCHEMATHESIS = str(Path(sys.executable).parent / "schemathesis")
EXAMPLES_PER_OPERATION = 25


@pytest.fixture(scope="module")
def server(live_data_dir, tmp_path_factory):
    sessions = tmp_path_factory.mktemp("conformance") / "sessions.sqlite3"
    with LiveServer(live_data_dir, GUANTONG_MAX_MESSAGE_CHARS="300", GUANTONG_SESSIONS_DB=str(sessions)) as live:
        yield live


def test_every_operation_keeps_the_documents_promises(server, tmp_path):
    result = subprocess.run(
        [
            SCHEMATHESIS,
            "run",
            f"{server.url}/openapi.json",
            "--checks",
            "all",
            "--max-examples",
            str(EXAMPLES_PER_OPERATION),
            "--generation-deterministic",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-20_000:] + result.stderr[-5_000:]
    selected, total = re.search(r"Selected: (\d+)/(\d+)", result.stdout).groups()
    tested = re.search(r"Tested: (\d+)", result.stdout).group(1)
    assert selected == total == tested, result.stdout[-5_000:]  # every operation of the document
