"""Printing helpers shared by the sub-commands."""

from __future__ import annotations

import json
import sys


def print_json(data) -> None:
    print(json.dumps(data, ensure_ascii=False, indent=2))


def fail(message: str, code: int = 2) -> int:
    """Print a Chinese error to stderr and return the exit code."""
    print(f"错误：{message}", file=sys.stderr)
    return code
