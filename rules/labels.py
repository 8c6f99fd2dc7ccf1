"""Chinese labels for Facts fields, outcomes, statuses, tracks and layers (rules/policy/labels.yaml)."""

from __future__ import annotations

import functools
from pathlib import Path

import yaml

LABELS_FILE = Path(__file__).parent / "policy" / "labels.yaml"


@functools.cache
def load_labels() -> dict[str, dict[str, str]]:
    """{"fields": {...}, "outcomes": {...}, "statuses": {...}, "tracks": {...}, "layers": {...}}"""
    return yaml.safe_load(LABELS_FILE.read_text(encoding="utf-8"))


def label(kind: str, key: str) -> str:
    return load_labels()[kind].get(key, key)
