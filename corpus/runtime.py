"""Process-wide runtime settings: the data directory and the offline guarantee.

Every package imports `corpus`, so applying the offline defaults here means they
are in place before any library that could reach the network (huggingface_hub,
sentence-transformers, chromadb telemetry, gradio analytics) is imported.
"""

from __future__ import annotations

import os
from pathlib import Path

OFFLINE_DEFAULTS = {
    "HF_HUB_OFFLINE": "1",
    "TRANSFORMERS_OFFLINE": "1",
    "HF_DATASETS_OFFLINE": "1",
    "GRADIO_ANALYTICS_ENABLED": "False",
    "ANONYMIZED_TELEMETRY": "False",
}


def apply_offline_defaults() -> None:
    for name, value in OFFLINE_DEFAULTS.items():
        os.environ.setdefault(name, value)


def data_dir() -> Path:
    """Where the index and sessions live: $GUANTONG_DATA_DIR, else ./data."""
    path = Path(os.environ.get("GUANTONG_DATA_DIR", "data")).expanduser()
    path.mkdir(parents=True, exist_ok=True)
    return path
