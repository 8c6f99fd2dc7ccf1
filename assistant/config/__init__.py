"""Labels, questions, replies and suggestions as data: the assistant's wording lives here."""

import functools
import tomllib
from pathlib import Path
from typing import Any

CONFIG_DIR = Path(__file__).parent


@functools.cache
def load_config(name: str) -> dict[str, Any]:
    """`assistant/config/<name>.toml`, read once per process."""
    return tomllib.loads((CONFIG_DIR / f"{name}.toml").read_text(encoding="utf-8"))
