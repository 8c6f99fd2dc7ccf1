"""Every front door gives the same verdict for the same case.

Each situation in tests/rules/situations/ that carries `ask` (the case in a person's words) goes
through `guantong check` (its facts), `POST /v1/eligibility` (its facts) and `POST /v1/ask` (its
words) on a live server: outcome, target and earliest date must agree with each other and with
the situation's expected outcome.
"""

from __future__ import annotations

import json

import httpx
import pytest

from evals.live_server import LiveServer, shared_data_dir
from tests.rules.test_situations import SITUATIONS
from ui.cli import main

ASKED = [s for s in SITUATIONS if s.get("ask")]
AGREED = ("outcome", "target", "earliest_date")


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    with (
        LiveServer(shared_data_dir(tmp_path_factory)) as server,
        httpx.Client(base_url=server.url, timeout=120) as http,
    ):
        yield http


def _from_cli(situation, tmp_path, capsys) -> dict:
    facts = tmp_path / "facts.json"
    facts.write_text(json.dumps(situation["facts"], ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["check", str(facts), "--as-of", situation["as_of"].isoformat(), "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def _agreed(verdict: dict) -> tuple:
    return tuple(verdict.get(name) for name in AGREED)


def test_there_are_situations_in_words():
    assert len(ASKED) >= 15


@pytest.mark.parametrize("situation", ASKED, ids=[f"{s['file']}:{s['name']}" for s in ASKED])
def test_check_eligibility_and_ask_agree(situation, client, tmp_path, capsys):
    as_of = situation["as_of"].isoformat()
    from_cli = _from_cli(situation, tmp_path, capsys)
    from_facts = client.post("/v1/eligibility", json={"facts": situation["facts"], "as_of": as_of}).json()
    answer = client.post("/v1/ask", json={"question": situation["ask"], "as_of": as_of}).json()
    from_words = answer["verdict"]
    assert from_words is not None, answer["answer"]
    assert _agreed(from_cli) == _agreed(from_facts) == _agreed(from_words), answer["answer"]
    assert from_words["outcome"] == situation["expect"]["outcome"]
