"""The blind evaluation data: written by authors who saw only the two documents, DESIGN's users and
the HTTP contract (LABELS.md, TOPICS.md, CONVENTIONS.md beside this file); split once by id into a
tuning half and a held-out half that is only ever scored."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"
SPLITS = ("tuning", "heldout")


def load(kind: str, split: str) -> list[dict[str, Any]]:
    """`kind`: utterances | dialogues; `split`: tuning | heldout | all."""
    splits = SPLITS if split == "all" else (split,)
    items: list[dict[str, Any]] = []
    for name in splits:
        items += yaml.safe_load((DATA / f"{kind}_{name}.yaml").read_text(encoding="utf-8"))
    return items
