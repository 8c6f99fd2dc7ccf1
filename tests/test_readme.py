"""The README tells the truth: every command and endpoint the product has is documented, and
every one the README documents exists."""

import argparse
import re
from pathlib import Path

import pytest

README = (Path(__file__).parents[1] / "README.md").read_text(encoding="utf-8")


def _documented_commands() -> set[str]:
    return set(re.findall(r"^\| `guantong (\w+)", README, flags=re.MULTILINE))


def _documented_endpoints() -> set[str]:
    rows = [line for line in README.splitlines() if re.match(r"^\| `(GET|POST|DELETE) ", line)]
    return {path for row in rows for path in re.findall(r"`(?:GET|POST|DELETE) (/[^`\s]*)`", row)}


def test_the_two_commands_are_there():
    assert "make run" in README and "make test" in README


def test_every_cli_command_is_documented_and_no_other():
    from ui.cli import build_parser

    action = next(a for a in build_parser()._actions if isinstance(a, argparse._SubParsersAction))
    assert _documented_commands() == set(action.choices)


@pytest.fixture(scope="module")
def routes() -> set[str]:
    from ui.service import create_app

    paths = create_app(with_ui=False).openapi()["paths"]
    return {re.sub(r"\{(\w+)\}", "{id}", p) for p in paths if p.startswith(("/v1/", "/healthz"))}


def test_every_endpoint_is_documented_and_exists(routes):
    documented = {re.sub(r"\{(\w+)\}", "{id}", p) for p in _documented_endpoints()}
    assert documented == routes


def test_design_contract_commands_are_all_documented():
    for command in ("ask", "chat", "search", "check", "clause", "faq", "index", "serve"):
        assert f"`guantong {command}" in README
