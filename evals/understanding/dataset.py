"""The blind evaluation data: written by authors who saw only the two documents, DESIGN's users and
the HTTP contract (LABELS.md, TOPICS.md, CONVENTIONS.md beside this file). The first round was split
once by id into a tuning half and a held-out half that is only ever scored. A second round was written
by new authors after the first tuning figures: two of its sets are tuning data only (`*_tuning2.yaml`),
the third was split by id like the first (`utterances_tuning3.yaml`, `utterances_heldout2.yaml`).
A third round, written after the second held-out score, is tuning data only (`*_tuning4/5.yaml`,
`dialogues_tuning3.yaml`). Rounds four to eight (`utterances_tuning6…15.yaml`, `dialogues_tuning4…9.yaml`)
were each scored once before anyone read them — a fresh estimate of how the reading generalises — and are
tuning data from then on; so are rounds nine to two hundred and six (`utterances_tuning16…411.yaml`,
`dialogues_tuning10…376.yaml`). The newest round (`*_fresh207*.yaml`) was scored once, after the changes made from
the round before it, and nobody has read it: the next round of changes can be measured on it first
(`--split fresh`), then it joins the tuning split and a new round takes its place."""

from __future__ import annotations

import datetime as dt
import functools
import pickle
import zlib
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).parent / "data"
SPLITS = ("tuning", "heldout", "fresh")
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser where PyYAML has it: ten times faster


def load(kind: str, split: str, every: int = 1) -> list[dict[str, Any]]:
    """`kind`: utterances | dialogues; `split`: tuning | heldout | fresh | all; `every`: one item in `every`,
    chosen by id (see `sampled`)."""
    splits = SPLITS if split == "all" else (split,)
    items: list[dict[str, Any]] = []
    for name in splits:
        for path in sorted(DATA.glob(f"{kind}_{name}*.yaml")):
            items += [_dated(item) for item in pickle.loads(_parsed(path)) if sampled(item["id"], every)]
    return items


def sampled(item_id: str, every: int) -> bool:
    """One id in `every`, always the same ones (a checksum of the id, not its place: files are added and moved)."""
    return zlib.crc32(item_id.encode("utf-8")) % every == 0


@functools.cache
def _parsed(path: Path) -> bytes:
    """A file's items, parsed once per process (a split is read again for every part measured), kept
    pickled so that each load hands out items of its own."""
    return pickle.dumps(yaml.load(path.read_text(encoding="utf-8"), Loader=_LOADER))


def _dated(item: dict[str, Any]) -> dict[str, Any]:
    """Some authors quote as_of ("2026-06-15"): the day is a date either way."""
    if isinstance(item.get("as_of"), str):
        item["as_of"] = dt.date.fromisoformat(item["as_of"])
    return item
