"""Two ways to run the CLI: `guantong` calls `ui.cli.main(argv)` in this process (fast, the
default); `guantong_binary` runs the installed console script, for the few end-to-end tests."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest

from ui.cli import main

# The console script installed beside this interpreter (the venv's bin/).
GUANTONG = str(Path(sys.executable).parent / "guantong")


@pytest.fixture
def guantong(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch):
    """`guantong(*args, stdin=...)` → CompletedProcess with the exit code, stdout and stderr."""

    def run(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
        try:
            code = main(list(args))
        except SystemExit as exit_:  # argparse: --help, bad arguments
            code = int(exit_.code or 0)
        out, err = capsys.readouterr()
        return subprocess.CompletedProcess(["guantong", *args], code, out, err)

    return run


@pytest.fixture
def guantong_binary():
    """`guantong_binary(*args, stdin=...)` runs the installed `guantong` as a user would."""

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([GUANTONG, *args], input=stdin, capture_output=True, text=True, timeout=600)

    return run
