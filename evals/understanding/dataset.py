"""The blind evaluation data: written by authors who saw only the two documents, DESIGN's users and
the HTTP contract (LABELS.md, TOPICS.md, CONVENTIONS.md beside this file). The first round was split
once by id into a tuning half and a held-out half that is only ever scored. A second round was written
by new authors after the first tuning figures: two of its sets are tuning data only (`*_tuning2.yaml`),
the third was split by id like the first (`utterances_tuning3.yaml`, `utterances_heldout2.yaml`)."""

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
        for path in sorted(DATA.glob(f"{kind}_{name}*.yaml")):
            items += yaml.safe_load(path.read_text(encoding="utf-8"))
    return items
