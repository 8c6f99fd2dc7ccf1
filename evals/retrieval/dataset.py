"""The retrieval question set: worker-style questions with gold clause ids."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

QUESTIONS_PATH = Path(__file__).parent / "questions.toml"
SPLITS = ("dev", "heldout")


@dataclass(frozen=True)
class Question:
    text: str
    gold: tuple[str, ...]
    split: str
    style: tuple[str, ...]


def load_questions(split: str | None = None, path: Path = QUESTIONS_PATH) -> list[Question]:
    """Questions of one split ("dev" or "heldout"), or all of them when split is None."""
    raw = tomllib.loads(path.read_text(encoding="utf-8"))["question"]
    questions = [Question(q["text"], tuple(q["gold"]), q["split"], tuple(q.get("style", ()))) for q in raw]
    return [q for q in questions if split is None or q.split == split]
